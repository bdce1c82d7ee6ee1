#pragma once

#include "ApiError.h"
#include "Session.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace tma {

class ApiReply;
class OpenWebUiClient;

// The sign-in secret for one attempt. Never logged or stored by the connector.
struct Credentials
{
    // Password: email + password; Ldap: ldapUser + password. With a token, how that token was got
    // (a saved LDAP session stays an LDAP sign-in); an "sk-" token is always an API key.
    AuthMethod method = AuthMethod::Password;
    QString email;
    QString ldapUser; // the directory user name (LDAP_ATTRIBUTE_FOR_USERNAME), not an email
    QString password;
    QString token; // an API key ("sk-...") or a session token saved earlier
};

// Connects to a server the way shared/openwebui-api.md §12 describes: readiness, version, public
// config, sign-in, admin check. Asynchronous and cancellable; emits exactly one of connected(),
// probed() (for probe()), or failed().
//
// Sign-in is where the server's version differences are settled for the whole session: which task
// routes it has (ServerInfo::taskApi) comes from its version, or, when the version can't be read,
// from one look at the task settings route (findTaskApi). Nothing after sign-in guesses again.
class Connector : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Probing,
        ReadingVersion,
        SigningIn,
        CheckingAdmin,
    };
    Q_ENUM(Step)

    explicit Connector(OpenWebUiClient* client, QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~Connector() override;

    // Discovery only: is it Open WebUI, which version, which sign-in methods.
    void probe();
    // Discovery, then sign-in and the admin check; on success the client carries the credential.
    void connectAs(const Credentials& credentials);
    // Sign-in and the admin check after a successful probe() with this connector (no second discovery).
    void signInAfterProbe(const Credentials& credentials);
    // Sign-in and the admin check with what a discovery of this server found a moment ago (the
    // Connect page's detection or probe): a remote user does not wait for /ready and /api/config twice.
    void signInWith(const ServerInfo& known, const Credentials& credentials);
    // The address was typed without a scheme: when https finds no TLS server there (the handshake
    // fails without a certificate, the connection is refused or closed), try plain http once and
    // continue if Open WebUI answers (ServerInfo::plainHttpFallback). Never for an address typed
    // with https://, never when https showed a certificate (that one is for the user to check).
    void setHttpFallback(bool allowed) { m_httpFallback = allowed; }
    void cancel();
    bool isBusy() const { return !m_current.isNull() || !m_configReply.isNull(); }

Q_SIGNALS:
    void stepChanged(tma::Connector::Step step);
    void probed(const tma::ServerInfo& info);
    // What discovery learnt (also during connectAs()), before signing in.
    void discovered(const tma::ServerInfo& info);
    void connected(const tma::Session& session);
    void failed(const tma::ApiError& error);

private:
    void discover();
    void concludeDiscovery(); // once /ready and /api/config have both answered
    void signIn();
    void checkAdmin(AuthMethod method);
    // A session from the server's record of the signed-in user (sign-in's answer or /auths/), if an admin.
    void admit(const QJsonObject& user, AuthMethod method);
    void findTaskApi(const Session& session);
    void succeed(const Session& session);
    void fail(const ApiError& error);
    void discoveryFailed(const ApiError& error);
    void start(bool signIn, const Credentials& credentials);
    void signInWithLdap();
    void track(ApiReply* reply);

    OpenWebUiClient* m_client;
    QPointer<ApiReply> m_current;
    QPointer<ApiReply> m_configReply; // /api/config, asked beside /ready
    // What /ready and /api/config answered, kept until both have.
    struct Answer
    {
        bool arrived = false;
        ApiError error;
        int httpStatus = 0;
        QJsonObject json;
    };
    Answer m_ready;
    Answer m_config;
    ServerInfo m_info;
    Credentials m_credentials;
    bool m_signIn = false;
    bool m_httpFallback = false;
    QUrl m_httpsServer;    // set while the http fallback runs: where to go back to
    ApiError m_httpsError; // what https said, reported when http is no better
};

} // namespace tma
