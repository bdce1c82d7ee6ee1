#include "OpenWebUiClient.h"

#include "AppVersion.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace tma {
namespace {

QString taskPath(TaskApi api, const QString& suffix)
{
    return (api == TaskApi::Legacy ? QStringLiteral("/api/task/") : QStringLiteral("/api/v1/tasks/")) + suffix;
}

// A model id in a query: ids hold ':', '/', '+' and spaces ("qwen2.5:3b", "org/model").
QString queryValue(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Running a task waits for a model: a cold local model can take a minute to load.
constexpr int kTaskTimeoutMs = 180000;
// A pull stream may be silent while Ollama verifies a large layer.
constexpr int kPullSilenceMs = 300000;

} // namespace

OpenWebUiClient::OpenWebUiClient(const QUrl& server, QObject* parent) : QObject(parent), m_server(server)
{
    // Open WebUI never needs a redirect to another origin; following one could send the token away.
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network.setAutoDeleteReplies(false);
}

void OpenWebUiClient::setCredential(const QString& tokenOrKey)
{
    if (tokenOrKey != m_credential)
        m_apiKeyProven = false;
    m_credential = tokenOrKey;
}

ApiReply* OpenWebUiClient::send(Method method, const QString& path, const QJsonObject* body)
{
    ApiReply::Options options;
    options.timeoutMs = m_timeoutMs;
    return send(method, path, body, options);
}

ApiReply* OpenWebUiClient::send(Method method, const QString& path, const QJsonObject* body,
                                ApiReply::Options options, bool authenticated)
{
    QUrl url = m_server;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_server.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("TaskModelAssistant/%1").arg(QStringLiteral(TMA_VERSION)));
    const bool withCredential = authenticated && !m_credential.isEmpty();
    if (withCredential)
        request.setRawHeader("Authorization", "Bearer " + m_credential.toUtf8());
    options.withApiKey = withCredential && usesApiKey();
    options.apiKeyProven = options.withApiKey && (m_apiKeyProven || m_serverAllowsApiKeys);
    options.pinnedSha256 = m_pinnedSha256;

    QNetworkReply* reply = nullptr;
    if (method == Method::Get) {
        reply = m_network.get(request);
    } else if (method == Method::Delete) {
        reply = m_network.deleteResource(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray payload = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray("{}");
        reply = m_network.post(request, payload);
    }
    auto* apiReply = new ApiReply(reply, options, this);
    if (options.withApiKey && !m_apiKeyProven) {
        // The first answer that accepts the key proves it: a later "API keys are not enabled" on
        // another path is an endpoint restriction (see classifyResponse).
        connect(apiReply, &ApiReply::finished, this, [this, apiReply, key = m_credential]() {
            if (apiReply->ok() && m_credential == key)
                m_apiKeyProven = true;
        });
    }
    return apiReply;
}

ApiReply* OpenWebUiClient::getReady()
{
    ApiReply::Options options;
    options.timeoutMs = qMin(m_timeoutMs, 10000);
    return send(Method::Get, QStringLiteral("/ready"), nullptr, options, false);
}

ApiReply* OpenWebUiClient::getConfig(bool authenticated)
{
    ApiReply::Options options;
    options.timeoutMs = m_timeoutMs;
    // An API key is not a JWT: newer servers answer 401 to it here, so keys only ever go anonymous.
    return send(Method::Get, QStringLiteral("/api/config"), nullptr, options, authenticated && !usesApiKey());
}

ApiReply* OpenWebUiClient::signIn(const QString& email, const QString& password)
{
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    ApiReply::Options options;
    options.timeoutMs = m_timeoutMs;
    return send(Method::Post, QStringLiteral("/api/v1/auths/signin"), &body, options, false);
}

ApiReply* OpenWebUiClient::signInLdap(const QString& user, const QString& password)
{
    const QJsonObject body{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    ApiReply::Options options;
    options.timeoutMs = m_timeoutMs;
    return send(Method::Post, QStringLiteral("/api/v1/auths/ldap"), &body, options, false);
}

ApiReply* OpenWebUiClient::getSessionUser()
{
    return send(Method::Get, QStringLiteral("/api/v1/auths/"));
}

ApiReply* OpenWebUiClient::getModels(bool refresh)
{
    return send(Method::Get, refresh ? QStringLiteral("/api/models?refresh=true") : QStringLiteral("/api/models"));
}

ApiReply* OpenWebUiClient::getModelRecord(const QString& id)
{
    return send(Method::Get, QStringLiteral("/api/v1/models/model?id=%1").arg(queryValue(id)));
}

ApiReply* OpenWebUiClient::saveModelRecord(ModelRecord::Generation generation, bool exists,
                                           const QJsonObject& form)
{
    // routers/models.py: 0.11 update_model_access_by_id; earlier update_model_by_id (id from the
    // query) or create_new_model.
    if (generation == ModelRecord::Generation::AccessGrants)
        return send(Method::Post, QStringLiteral("/api/v1/models/model/access/update"), &form);
    if (!exists)
        return send(Method::Post, QStringLiteral("/api/v1/models/create"), &form);
    const QString id = form.value(QLatin1String("id")).toString();
    return send(Method::Post, QStringLiteral("/api/v1/models/model/update?id=%1").arg(queryValue(id)), &form);
}

ApiReply* OpenWebUiClient::deleteModelRecord(ModelRecord::Generation generation, const QString& id)
{
    // routers/models.py delete_model_by_id: 0.11 takes the id in a POST body, earlier a DELETE
    // with the id in the query.
    if (generation == ModelRecord::Generation::AccessGrants) {
        const QJsonObject body{{QStringLiteral("id"), id}};
        return send(Method::Post, QStringLiteral("/api/v1/models/model/delete"), &body);
    }
    return send(Method::Delete, QStringLiteral("/api/v1/models/model/delete?id=%1").arg(queryValue(id)));
}

ApiReply* OpenWebUiClient::getTaskConfig(TaskApi api)
{
    return send(Method::Get, taskPath(api, QStringLiteral("config")));
}

ApiReply* OpenWebUiClient::updateTaskConfig(TaskApi api, const QJsonObject& config)
{
    return send(Method::Post, taskPath(api, QStringLiteral("config/update")), &config);
}

ApiReply* OpenWebUiClient::generateTitle(TaskApi api, const QString& chatModel, const QJsonArray& messages)
{
    const QJsonObject body{{QStringLiteral("model"), chatModel}, {QStringLiteral("messages"), messages}};
    ApiReply::Options options;
    options.timeoutMs = kTaskTimeoutMs;
    options.fromProvider = true; // from 0.6.22 the provider's refusal passes through
    return send(Method::Post, taskPath(api, QStringLiteral("title/completions")), &body, options);
}

ApiReply* OpenWebUiClient::chatCompletion(const QString& model, const QJsonArray& messages, int maxTokens)
{
    const QJsonObject body{{QStringLiteral("model"), model},
                           {QStringLiteral("messages"), messages},
                           {QStringLiteral("stream"), false},
                           {QStringLiteral("max_tokens"), maxTokens}};
    ApiReply::Options options;
    options.timeoutMs = qMax(m_timeoutMs, 60000);
    options.fromProvider = true;
    return send(Method::Post, QStringLiteral("/api/chat/completions"), &body, options);
}

ApiReply* OpenWebUiClient::streamChatCompletion(const QString& model, const QJsonArray& messages,
                                                int maxTokens)
{
    // utils/payload.py: up to about 0.5.14 and in 0.11 an Ollama model reads the top-level
    // max_tokens; between them only params.max_tokens reaches Ollama (as num_predict). A provider
    // gets the top-level one.
    const QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("max_tokens"), maxTokens},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("max_tokens"), maxTokens}}}};
    ApiReply::Options options;
    options.timeoutMs = qMax(m_timeoutMs, 120000); // until the first word: the model may be loading
    options.streamSilenceMs = 60000;
    options.streamLines = true;
    options.fromProvider = true;
    return send(Method::Post, QStringLiteral("/api/chat/completions"), &body, options);
}

ApiReply* OpenWebUiClient::runBackgroundTask(TaskApi api, Automation automation, const QString& chatModel,
                                             QJsonObject form)
{
    // routers/tasks.py (0.4: main.py /api/task/...): follow-ups from 0.6.14, autocomplete from 0.4.7.
    QString route;
    switch (automation) {
    case Automation::Title:
        route = QStringLiteral("title/completions");
        break;
    case Automation::Tags:
        route = QStringLiteral("tags/completions");
        break;
    case Automation::FollowUps:
        route = QStringLiteral("follow_up/completions");
        break;
    case Automation::Autocomplete:
        route = QStringLiteral("auto/completions");
        break;
    case Automation::SearchQuery:
    case Automation::RetrievalQuery:
        route = QStringLiteral("queries/completions");
        break;
    }
    form.insert(QStringLiteral("model"), chatModel);
    ApiReply::Options options;
    options.timeoutMs = kTaskTimeoutMs;
    options.fromProvider = true;
    return send(Method::Post, taskPath(api, route), &form, options);
}

ApiReply* OpenWebUiClient::getOpenAiConfig()
{
    return send(Method::Get, QStringLiteral("/openai/config"));
}

ApiReply* OpenWebUiClient::updateOpenAiConfig(const QJsonObject& config)
{
    return send(Method::Post, QStringLiteral("/openai/config/update"), &config);
}

ApiReply* OpenWebUiClient::verifyOpenAiConnection(const QString& url, const QString& key,
                                                  const QJsonObject& config)
{
    const QJsonObject body{
        {QStringLiteral("url"), url}, {QStringLiteral("key"), key}, {QStringLiteral("config"), config}};
    ApiReply::Options options;
    options.timeoutMs = qMax(m_timeoutMs, 30000);
    options.fromProvider = true;
    return send(Method::Post, QStringLiteral("/openai/verify"), &body, options);
}

ApiReply* OpenWebUiClient::getOllamaConfig()
{
    return send(Method::Get, QStringLiteral("/ollama/config"));
}

ApiReply* OpenWebUiClient::getLoadedModels()
{
    return send(Method::Get, QStringLiteral("/ollama/api/ps"));
}

ApiReply* OpenWebUiClient::pullModel(const QString& model, int urlIndex)
{
    // Older servers require "name", newer ones prefer "model": send both.
    const QJsonObject body{{QStringLiteral("name"), model}, {QStringLiteral("model"), model}};
    ApiReply::Options options;
    options.timeoutMs = m_timeoutMs; // until Ollama starts answering
    options.streamSilenceMs = kPullSilenceMs;
    options.streamLines = true;
    return send(Method::Post, QStringLiteral("/ollama/api/pull/%1").arg(urlIndex), &body, options);
}

} // namespace tma
