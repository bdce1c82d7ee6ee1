#pragma once

#include "ApiReply.h"
#include "Automation.h"
#include "ModelRecord.h"
#include "ServerAddress.h"
#include "ServerInfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace tma {

// The only place that knows Open WebUI's endpoints. Every call is asynchronous and returns an
// ApiReply the caller owns (see onFinished()).
class OpenWebUiClient : public QObject
{
    Q_OBJECT
public:
    explicit OpenWebUiClient(const QUrl& server, QObject* parent = nullptr);

    QUrl server() const { return m_server; }
    ServerAddress address() const { return m_server; }
    // Only the connector's http fallback moves a client (see Connector::setHttpFallback).
    void setServer(const QUrl& server) { m_server = server; }
    // A session token (JWT) or an API key ("sk-..."); empty = anonymous.
    void setCredential(const QString& tokenOrKey);
    bool hasCredential() const { return !m_credential.isEmpty(); }
    // For storing in the keychain after sign-in; never log it.
    QString credential() const { return m_credential; }
    bool usesApiKey() const { return m_credential.startsWith(QLatin1String("sk-")); }
    // What /api/config said about API keys: when they are on, a "not enabled" answer to a key can
    // only be an endpoint restriction (0.5-0.6.36 use the same sentence for both).
    void setServerAllowsApiKeys(bool allows) { m_serverAllowsApiKeys = allows; }
    void setPinnedCertificate(const QString& sha256) { m_pinnedSha256 = sha256; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Discovery (public).
    ApiReply* getReady();
    ApiReply* getConfig(bool authenticated);

    // Authentication.
    ApiReply* signIn(const QString& email, const QString& password);
    // routers/auths.py ldap_auth: LdapForm {user, password}; answers like signIn().
    ApiReply* signInLdap(const QString& user, const QString& password);
    ApiReply* getSessionUser();

    // Models.
    ApiReply* getModels(bool refresh);
    // A model's workspace record (routers/models.py get_model_by_id): who may use it.
    ApiReply* getModelRecord(const QString& id);
    // Writes a record form from ModelRecord: the access grants (0.11, which also creates a missing
    // record), or the whole record (earlier: update when one exists, else create).
    ApiReply* saveModelRecord(ModelRecord::Generation generation, bool exists, const QJsonObject& form);
    // Removes the record, so the model is back to how the server lists it without one.
    ApiReply* deleteModelRecord(ModelRecord::Generation generation, const QString& id);

    // Task settings and task runs.
    ApiReply* getTaskConfig(TaskApi api);
    ApiReply* updateTaskConfig(TaskApi api, const QJsonObject& config);
    ApiReply* generateTitle(TaskApi api, const QString& chatModel, const QJsonArray& messages);
    // One chat completion through the server (main.py chat_completion), not streamed, at most
    // `maxTokens` long: a real request to the model's provider.
    ApiReply* chatCompletion(const QString& model, const QJsonArray& messages, int maxTokens);

    // The same, streamed (server-sent events arrive as lineReceived(); ChatStream reads them), as
    // the web UI asks for an answer. The cap goes both ways Open WebUI reads it (see the .cpp).
    ApiReply* streamChatCompletion(const QString& model, const QJsonArray& messages, int maxTokens);
    // One of the background tasks the web UI causes for a chat (title, tags, follow-ups,
    // autocomplete), through the task route the server runs it with; `chatModel` is the chat's
    // model: the server picks the task model. `form` is the rest of the route's form.
    ApiReply* runBackgroundTask(TaskApi api, Automation automation, const QString& chatModel,
                                QJsonObject form);

    // OpenAI-compatible connections.
    ApiReply* getOpenAiConfig();
    ApiReply* updateOpenAiConfig(const QJsonObject& config);
    // `config` is the connection's own settings: an Azure or custom-header connection can only be
    // reached with them (routers/openai.py verify_connection, 0.6+; 0.5 ignores it).
    ApiReply* verifyOpenAiConnection(const QString& url, const QString& key, const QJsonObject& config = {});

    // The Ollama connections (admin): which nodes a pull can go to (see OllamaNodes).
    ApiReply* getOllamaConfig();
    // The models each Ollama node holds in memory (LoadedModels reads both of its shapes).
    ApiReply* getLoadedModels();
    // Ollama through Open WebUI's proxy: NDJSON progress arrives as lineReceived().
    ApiReply* pullModel(const QString& model, int urlIndex);

private:
    enum class Method
    {
        Get,
        Post,
        Delete,
    };
    ApiReply* send(Method method, const QString& path, const QJsonObject* body, ApiReply::Options options,
                   bool authenticated = true);
    ApiReply* send(Method method, const QString& path, const QJsonObject* body = nullptr);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_credential;
    QString m_pinnedSha256;
    int m_timeoutMs = 20000;
    bool m_apiKeyProven = false; // an answer accepted the current API key
    bool m_serverAllowsApiKeys = false;
};

} // namespace tma
