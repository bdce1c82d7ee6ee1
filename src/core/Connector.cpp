#include "Connector.h"

#include "OpenWebUiClient.h"

#include <QJsonObject>

namespace tma {

Connector::Connector(OpenWebUiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

void Connector::probe()
{
    cancel();
    m_signIn = false;
    m_credentials = {};
    m_info = ServerInfo();
    m_info.url = m_client->server();
    readReady();
}

void Connector::connectAs(const Credentials& credentials)
{
    cancel();
    m_signIn = true;
    m_credentials = credentials;
    m_info = ServerInfo();
    m_info.url = m_client->server();
    readReady();
}

void Connector::cancel()
{
    abandon(m_current, this);
}

void Connector::track(ApiReply* reply)
{
    m_current = reply;
}

void Connector::fail(const ApiError& error)
{
    m_current.clear();
    m_credentials = {};
    Q_EMIT failed(error);
}

void Connector::readReady()
{
    Q_EMIT stepChanged(Step::Probing);
    ApiReply* reply = m_client->getReady();
    track(reply);
    onFinished(reply, this, [this](ApiReply* r) {
        // /ready is 0.11+. Older servers answer an unknown GET with their web app's index.html
        // (or 404 behind some proxies): try /health, which every version has.
        if (r->error().kind() == ApiError::Kind::NotFound || r->error().kind() == ApiError::Kind::UnexpectedContent)
            return readHealth();
        if (r->error().kind() == ApiError::Kind::Server && r->httpStatus() == 503)
            return fail(ApiError(ApiError::Kind::ServerStarting, r->error().detail(), 503));
        if (!r->ok())
            return fail(r->error());
        readVersion();
    });
}

void Connector::readHealth()
{
    ApiReply* reply = m_client->getHealth();
    track(reply);
    onFinished(reply, this, [this](ApiReply* r) {
        if (r->error().kind() == ApiError::Kind::NotFound)
            return fail(ApiError(ApiError::Kind::NotFound, tr("This server does not look like Open WebUI."), 404));
        if (!r->ok())
            return fail(r->error());
        readVersion();
    });
}

void Connector::readVersion()
{
    Q_EMIT stepChanged(Step::ReadingVersion);
    ApiReply* reply = m_client->getVersion();
    track(reply);
    onFinished(reply, this, [this](ApiReply* r) {
        if (!r->ok())
            return fail(r->error());
        m_info.readVersion(r->json().toObject());
        readConfig();
    });
}

void Connector::readConfig()
{
    ApiReply* reply = m_client->getConfig(false);
    track(reply);
    onFinished(reply, this, [this](ApiReply* r) {
        if (!r->ok())
            return fail(r->error());
        m_info.readConfig(r->json().toObject());
        if (!m_signIn) {
            m_current.clear();
            Q_EMIT probed(m_info);
            return;
        }
        signIn();
    });
}

void Connector::signIn()
{
    Q_EMIT stepChanged(Step::SigningIn);
    if (!m_credentials.token.isEmpty()) {
        m_client->setCredential(m_credentials.token);
        m_client->setServerAllowsApiKeys(m_info.apiKeysAllowed == 1);
        return checkAdmin(m_client->usesApiKey() ? AuthMethod::ApiKey : AuthMethod::Password);
    }
    // Without sign-in (WEBUI_AUTH=False) the server ignores the body and answers with its one admin.
    if (m_info.authEnabled && (m_credentials.email.isEmpty() || m_credentials.password.isEmpty()))
        return fail(ApiError(ApiError::Kind::Invalid, tr("Enter your email and password, or an API key.")));
    ApiReply* reply = m_client->signIn(m_credentials.email, m_credentials.password);
    track(reply);
    onFinished(reply, this, [this](ApiReply* r) {
        if (!r->ok())
            return fail(r->error());
        const QString token = r->json().toObject().value(QLatin1String("token")).toString();
        if (token.isEmpty()) // a second factor is pending: a desktop client can't complete it
            return fail(ApiError(ApiError::Kind::MfaRequired));
        m_client->setCredential(token);
        checkAdmin(AuthMethod::Password);
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
        const QJsonObject user = r->json().toObject();
        Session session;
        session.server = m_info;
        session.method = method;
        session.userId = user.value(QLatin1String("id")).toString();
        session.email = user.value(QLatin1String("email")).toString();
        session.name = user.value(QLatin1String("name")).toString();
        session.role = user.value(QLatin1String("role")).toString();
        session.expiresAt = static_cast<qint64>(user.value(QLatin1String("expires_at")).toDouble());
        if (session.role != QLatin1String("admin")) {
            m_client->setCredential({});
            return fail(ApiError(ApiError::Kind::NotAdmin,
                                 tr("%1 has the role \"%2\".").arg(session.email, session.role)));
        }
        m_current.clear();
        m_credentials = {};
        Q_EMIT connected(session);
    });
}

} // namespace tma
