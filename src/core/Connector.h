#pragma once

#include "ApiError.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

namespace tma {

class ApiReply;
class OpenWebUiClient;

// The sign-in secret for one attempt. Never logged or stored by the connector.
struct Credentials
{
    QString email;
    QString password;
    QString token; // an API key ("sk-...") or a session token saved earlier
};

// Connects to a server the way shared/openwebui-api.md §12 describes: readiness, version, public
// config, sign-in, admin check. Asynchronous and cancellable; emits exactly one of connected(),
// probed() (for probe()), or failed().
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

    // Discovery only: is it Open WebUI, which version, which sign-in methods.
    void probe();
    // Discovery, then sign-in and the admin check; on success the client carries the credential.
    void connectAs(const Credentials& credentials);
    void cancel();
    bool isBusy() const { return !m_current.isNull(); }

Q_SIGNALS:
    void stepChanged(tma::Connector::Step step);
    void probed(const tma::ServerInfo& info);
    void connected(const tma::Session& session);
    void failed(const tma::ApiError& error);

private:
    void readReady();
    void readHealth();
    void readVersion();
    void readConfig();
    void signIn();
    void checkAdmin(AuthMethod method);
    void fail(const ApiError& error);
    void track(ApiReply* reply);

    OpenWebUiClient* m_client;
    QPointer<ApiReply> m_current;
    ServerInfo m_info;
    Credentials m_credentials;
    bool m_signIn = false;
};

} // namespace tma
