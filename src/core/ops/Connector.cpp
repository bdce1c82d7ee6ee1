#include "Connector.h"

#include "OpenWebUiClient.h"

#include <QJsonObject>
#include <QNetworkReply>

#include <utility>

namespace tma {
namespace {

// What https to a plain-http port (or to no https at all) looks like: the handshake fails before
// any certificate arrives (the server answered "HTTP/1.1 400" to our hello), or the port refuses
// or drops the connection. A certificate problem has a certificate and is not this.
bool noTlsServer(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::Tls)
        return error.certificate().sha256.isEmpty();
    if (error.kind() != ApiError::Kind::Unreachable)
        return false;
    const auto code = static_cast<QNetworkReply::NetworkError>(error.networkError());
    return code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::RemoteHostClosedError ||
           code == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

Connector::Connector(OpenWebUiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

Connector::~Connector()
{
    cancel();
}

void Connector::probe()
{
    start(false, {});
}

void Connector::connectAs(const Credentials& credentials)
{
    start(true, credentials);
}

void Connector::start(bool signIn, const Credentials& credentials)
{
    cancel();
    if (!m_httpsServer.isEmpty()) // an earlier attempt ended mid-fallback
        m_client->setServer(m_httpsServer);
    m_httpsServer.clear();
    m_httpsError = {};
    m_signIn = signIn;
    m_credentials = credentials;
    m_info = ServerInfo();
    m_info.url = m_client->server();
    discover();
}

void Connector::signInAfterProbe(const Credentials& credentials)
{
    signInWith(ServerInfo(m_info), credentials); // a copy: signInWith assigns it to m_info
}

void Connector::signInWith(const ServerInfo& known, const Credentials& credentials)
{
    cancel();
    m_httpsServer.clear();
    m_httpsError = {};
    m_info = known;
    m_signIn = true;
    m_credentials = credentials;
    signIn();
}

void Connector::cancel()
{
    abandon(m_current, this);
    abandon(m_configReply, this);
}

void Connector::track(ApiReply* reply)
{
    m_current = reply;
}

void Connector::fail(const ApiError& error)
{
    m_current.clear();
    m_configReply.clear();
    m_credentials = {};
    Q_EMIT failed(error);
}

// A failure before /api/config was read. During the http fallback it means http is no better:
// go back to https and say what https said.
void Connector::discoveryFailed(const ApiError& error)
{
    if (m_httpsServer.isEmpty())
        return fail(error);
    m_client->setServer(m_httpsServer);
    m_info.url = m_httpsServer;
    m_info.plainHttpFallback = false;
    m_httpsServer.clear();
    fail(std::exchange(m_httpsError, {}));
}

void Connector::discover()
{
    Q_EMIT stepChanged(Step::Probing);
    // /ready and /api/config do not depend on each other: both at once, so a server far away costs
    // one round trip here. /ready still decides first (the scheme, a server starting up).
    m_ready = Answer();
    m_config = Answer();
    ApiReply* ready = m_client->getReady();
    ApiReply* config = m_client->getConfig(false);
    track(ready);
    m_configReply = config;
    onFinished(ready, this, [this](ApiReply* r) {
        m_ready = Answer{true, r->error(), r->httpStatus(), {}};
        m_current.clear();
        if (m_config.arrived)
            concludeDiscovery();
    });
    onFinished(config, this, [this](ApiReply* r) {
        m_config = Answer{true, r->error(), r->httpStatus(), r->json().toObject()};
        m_configReply.clear();
        if (m_ready.arrived)
            concludeDiscovery();
    });
}

void Connector::concludeDiscovery()
{
    const ApiError& ready = m_ready.error;
    if (ready.isError() && m_httpFallback && m_httpsServer.isEmpty() &&
        m_client->server().scheme() == QLatin1String("https") && noTlsServer(ready)) {
        // Typed without a scheme, and nothing speaks TLS there: a plain-http Open WebUI (or a
        // closed https port) looks like this. Try http once.
        m_httpsServer = m_client->server();
        m_httpsError = ready;
        QUrl http = m_httpsServer;
        http.setScheme(QStringLiteral("http"));
        m_client->setServer(http);
        m_info.url = http;
        m_info.plainHttpFallback = true;
        return discover();
    }
    // /ready is 0.11+. Older servers answer an unknown GET with their web app's index.html (or,
    // without the web app, 404). Their /api/config, which every version has, then tells both that
    // the server is up and what it is: no /health round trip.
    const bool readyMissing =
        ready.kind() == ApiError::Kind::NotFound || ready.kind() == ApiError::Kind::UnexpectedContent;
    if (!readyMissing) {
        if (ready.kind() == ApiError::Kind::Server && m_ready.httpStatus == 503)
            return discoveryFailed(ApiError(ApiError::Kind::ServerStarting, ready.detail(), 503));
        if (ready.isError())
            return discoveryFailed(ready);
    }
    // /api/config gives the version to everyone, signed in or not, in every audited version
    // (main.py get_app_config: "version": VERSION beside the name): no /api/version round trip.
    Q_EMIT stepChanged(Step::ReadingVersion);
    // Neither /ready nor /api/config: whatever answers there, it is not Open WebUI.
    if (readyMissing && m_config.error.kind() == ApiError::Kind::NotFound)
        return discoveryFailed(
            ApiError(ApiError::Kind::NotFound, QString(), 404)); // its sentence says it all
    if (m_config.error.isError())
        return discoveryFailed(m_config.error);
    m_info.readConfig(m_config.json);
    m_httpsServer.clear(); // http answered as Open WebUI: it stays
    m_httpsError = {};
    Q_EMIT discovered(m_info);
    if (!m_signIn) {
        Q_EMIT probed(m_info);
        return;
    }
    signIn();
}

void Connector::signIn()
{
    // The http fallback found the server, but nothing secret goes over plain http unless the
    // user typed http:// (after seeing it): a saved session, a key or a password alike.
    if (m_info.plainHttpFallback)
        return fail(ApiError(ApiError::Kind::PlainHttpOnly, m_info.url.toString()));
    Q_EMIT stepChanged(Step::SigningIn);
    if (!m_credentials.token.isEmpty()) {
        m_client->setCredential(m_credentials.token);
        m_client->setServerAllowsApiKeys(m_info.apiKeysAllowed == 1);
        const AuthMethod method = m_client->usesApiKey()                     ? AuthMethod::ApiKey
                                  : m_credentials.method == AuthMethod::Ldap ? AuthMethod::Ldap
                                                                             : AuthMethod::Password;
        return checkAdmin(method);
    }
    if (m_credentials.method == AuthMethod::Ldap)
        return signInWithLdap();
    // Without sign-in (WEBUI_AUTH=False) the server ignores the body and answers with its one admin.
    if (m_info.authEnabled && (m_credentials.email.isEmpty() || m_credentials.password.isEmpty()))
        return fail(ApiError(ApiError::Kind::Invalid, tr("Enter your email and password, or an API key.")));
    ApiReply* reply = m_client->signIn(m_credentials.email, m_credentials.password);
    track(reply);
    onFinished(reply, this, [this](ApiReply* r) {
        if (!r->ok())
            return fail(r->error());
        const QJsonObject user = r->json().toObject();
        const QString token = user.value(QLatin1String("token")).toString();
        if (token.isEmpty()) // a second factor is pending: a desktop client can't complete it
            return fail(ApiError(ApiError::Kind::MfaRequired));
        m_client->setCredential(token);
        // The answer is the signed-in user, role and expiry included (routers/auths.py signin:
        // the same fields GET /api/v1/auths/ gives), so the admin check needs no round trip.
        Q_EMIT stepChanged(Step::CheckingAdmin);
        admit(user, AuthMethod::Password);
    });
}

void Connector::signInWithLdap()
{
    // /api/config says whether LDAP is on (features.enable_ldap): a password is not sent to a
    // server that would not use it.
    if (!m_info.ldapEnabled)
        return fail(ApiError(ApiError::Kind::LdapDisabled));
    if (m_credentials.ldapUser.trimmed().isEmpty() || m_credentials.password.isEmpty())
        return fail(ApiError(ApiError::Kind::Invalid, tr("Enter your LDAP user name and password.")));
    ApiReply* reply = m_client->signInLdap(m_credentials.ldapUser.trimmed(), m_credentials.password);
    track(reply);
    onFinished(reply, this, [this](ApiReply* r) {
        if (!r->ok()) {
            // 0.11 refuses a blank password with INVALID_CRED ("The email or password…"): on this
            // route it is the LDAP account that is wrong.
            if (r->error().kind() == ApiError::Kind::WrongCredentials)
                return fail(ApiError(ApiError::Kind::LdapFailed, r->error().detail(), r->httpStatus()));
            return fail(r->error());
        }
        const QJsonObject user = r->json().toObject();
        const QString token = user.value(QLatin1String("token")).toString();
        if (token.isEmpty()) // a second factor is pending: a desktop client can't complete it
            return fail(ApiError(ApiError::Kind::MfaRequired));
        m_client->setCredential(token);
        // routers/auths.py ldap_auth answers like signin: the user, role included.
        Q_EMIT stepChanged(Step::CheckingAdmin);
        admit(user, AuthMethod::Ldap);
    });
}

void Connector::checkAdmin(AuthMethod method)
{
    Q_EMIT stepChanged(Step::CheckingAdmin);
    ApiReply* reply = m_client->getSessionUser();
    track(reply);
    onFinished(reply, this, [this, method](ApiReply* r) {
        if (!r->ok()) {
            m_client->setCredential({});
            return fail(r->error());
        }
        admit(r->json().toObject(), method);
    });
}

void Connector::admit(const QJsonObject& user, AuthMethod method)
{
    Session session;
    session.server = m_info;
    session.method = method;
    session.userId = user.value(QLatin1String("id")).toString();
    session.email = user.value(QLatin1String("email")).toString();
    // An LDAP sign-in is remembered under the directory user name the user typed (the
    // server's record only has the directory's mail attribute).
    const QString ldapUser = m_credentials.ldapUser.trimmed();
    session.account = method == AuthMethod::Ldap && !ldapUser.isEmpty() ? ldapUser : session.email;
    session.name = user.value(QLatin1String("name")).toString();
    session.role = user.value(QLatin1String("role")).toString();
    session.expiresAt = static_cast<qint64>(user.value(QLatin1String("expires_at")).toDouble());
    if (session.role != QLatin1String("admin")) {
        m_client->setCredential({});
        return fail(ApiError(ApiError::Kind::NotAdmin,
                             tr("%1 has the role \"%2\".").arg(session.email, session.role)));
    }
    if (!session.server.version.isValid())
        return findTaskApi(session);
    succeed(session);
}

void Connector::findTaskApi(const Session& session)
{
    // A fork or dev build whose version can't be read: ask the current task settings route once
    // (admins only, so after the admin check). A ≤0.4 server has no /api/v1/tasks: its web app
    // answers the GET with index.html, or an API-only install or a proxy with 404.
    ApiReply* reply = m_client->getTaskConfig(TaskApi::V1);
    track(reply);
    onFinished(reply, this, [this, session](ApiReply* r) {
        Session found = session;
        const ApiError::Kind kind = r->error().kind();
        // Any other answer (the settings, or an error they would give anyway) keeps the current
        // routes: the later read then reports that error where it belongs.
        found.server.taskApi = kind == ApiError::Kind::NotFound || kind == ApiError::Kind::UnexpectedContent
                                   ? TaskApi::Legacy
                                   : TaskApi::V1;
        succeed(found);
    });
}

void Connector::succeed(const Session& session)
{
    m_current.clear();
    m_credentials = {};
    Q_EMIT connected(session);
}

} // namespace tma
