#pragma once

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace tma::test {

// Which Open WebUI generation the fake behaves like (see shared/openwebui-api.md §6 and §13).
enum class FakeProfile
{
    V0_4,  // 0.4.8: /api/task/... paths, 11 task fields, owned_by decides the slot, 403 without token
    V0_5,  // 0.5.20: /api/v1/tasks, 13 fields, 403 without token, features.enable_api_key (anonymous)
    V0_6,  // 0.6.30: 16 fields
    V0_11, // 0.11.4: 18 required + optional TASK_MODEL_PARAMS, /ready, 401 without token, POST signout
};

// A non-loopback IPv4 address of this machine (for tests of what only remote hosts get), if any.
std::optional<QHostAddress> nonLoopbackAddress();

QString profileName(FakeProfile profile);                 // "0.4", "0.5", "0.6", "0.11"
bool profileFromName(const QString& name, FakeProfile* out); // accepts the names above
QList<FakeProfile> allProfiles();

// A model the fake server lists in /api/models and can run task completions with.
struct FakeModel
{
    QString id;
    QString name;                // defaults to id
    QString ownedBy = QStringLiteral("ollama");      // "ollama" | "openai"
    QString connectionType = QStringLiteral("local"); // "local" | "external"
    qint64 sizeBytes = 0;        // Ollama size (0 for external models)
    QString parameterSize;       // e.g. "3.1B"
    int latencyMs = 10;          // how long a task completion with this model takes
    // The model's workspace record (Admin Panel > Settings > Models): none for a freshly pulled model;
    // the fake's default models have one that is public. `isPrivate`: the record grants no public
    // read. Without a public record, regular users neither see the model nor can a task use it.
    bool hasRecord = true;
    bool isPrivate = false;
    int openAiUrlIdx = -1;       // for external models: which OpenAI connection serves it
    // Ollama models: the connection's prefix_id; /api/models lists the model as "<prefix>.<id>"
    // and the task answer names it without the prefix (routers/ollama.py).
    QString prefixId;
    // A workspace model built on another model: listed with `preset` and info.base_model_id; the
    // upstream runs (and names) the base model (routers/ollama.py / openai.py).
    QString baseModelId;
    // What the upstream echoes as "model" when it runs this model, when it differs from its name:
    // OpenAI answers "gpt-4o-mini" as "gpt-4o-mini-2024-07-18".
    QString answersAs;
    QString upstreamId; // set by the fake: the name the upstream knows (no prefix)
};

// A big library: `count` models named the way a busy server or an aggregator names them, for lists
// and filters at real size. Open WebUI pages nothing: /api/models (utils/models.py get_all_models)
// and /openai/verify (routers/openai.py verify_connection) answer with every model in one list, and
// so does the fake with these. Ollama models ("family-vN:size", local) unless `hosted`: then a
// provider's ("vendor/family-vN", for setProvider).
QList<FakeModel> manyModels(int count, bool hosted = false);

// What can go wrong on purpose. Each fault applies to requests whose path starts with pathPrefix
// (and method, if given), for `times` requests (-1 = until cleared).
enum class FakeFault
{
    None,
    Hang,             // accept the request, never answer (client must time out)
    ServerError,      // 500 {"detail": "An internal error has occurred."}
    BadGateway,       // 502 with an HTML body, as nginx sends
    Html,             // 200 text/html login page, as an authenticating proxy sends
    Reset,            // close the connection after reading the request, no response
    BadJson,          // 200 application/json with a truncated body
    ExpiredToken,     // 401 {"detail": "401 Unauthorized"}: the session JWT has expired (utils/auth.py)
    NotPersisted,     // task-config update echoes the new config but does not store it
    ConcurrentChange, // after this GET is answered, another admin changes the task config (or,
                      // on /openai/config, adds a connection)
};

class FakeOpenWebUi : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;        // without query
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        int status = 0;      // what the fake answered (0 if it did not answer)
        // Timing, in µs since the fake started: when the request reached the fake, when the
        // server began to handle it (after the network's round trip), and when its answer (or the
        // head of a streamed one) left (-1: not yet).
        qint64 arrivedUs = -1;
        qint64 handledUs = -1;
        qint64 answeredUs = -1;
        int connection = 0;             // which TCP connection carried it: 1, 2, … in order of opening
        bool firstOnConnection = false; // the client opened that connection for it
    };

    explicit FakeOpenWebUi(FakeProfile profile = FakeProfile::V0_11, QObject* parent = nullptr);
    ~FakeOpenWebUi() override;

    // Listens on 127.0.0.1 (or `address`, e.g. a non-loopback address of this machine); port 0
    // picks a free one.
    bool listen(quint16 port = 0, const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    QUrl url() const; // http://127.0.0.1:PORT (or the address listened on)
    FakeProfile profile() const;
    QString version() const; // "0.4.8", "0.5.20", "0.6.30", "0.11.4"

    // Users. Defaults: admin@example.com / admin-pass (admin), user@example.com / user-pass (user),
    // pending@example.com / pending-pass (pending). Each has an API key "sk-<role>-key" usable when
    // API keys are enabled (enabled by default for 0.4-0.6 profiles, disabled by default for 0.11).
    void addUser(const QString& email, const QString& password, const QString& role, const QString& apiKey);
    void setApiKeysEnabled(bool enabled);
    void setEndpointRestrictions(bool enabled, const QStringList& allowedPaths = {});
    // ENABLE_PASSWORD_AUTH (0.11 profile only, like the rate limit and MFA: they arrived in 0.6.37):
    // false answers sign-in with 403 "restricted as a security measure".
    void setPasswordAuthEnabled(bool enabled);
    // ENABLE_LOGIN_FORM: /api/config features.enable_login_form (the web page hides its form).
    void setLoginFormEnabled(bool enabled);
    // WEBUI_AUTH=False (features.auth false): sign-in ignores its body and signs in admin@localhost.
    // `freshInstall` removes the default users first, as the real server requires.
    void setWebUiAuth(bool enabled, bool freshInstall = true);
    void setMfaRequired(bool required); // 0.11: sign-in answers a challenge (next_step) without a token
    // LDAP (routers/auths.py ldap_auth; /api/config features.enable_ldap). Off by default.
    void setLdapEnabled(bool enabled);
    // A directory entry: `user` signs in with `password` and maps to the Open WebUI account
    // `email`. That account is created at the first LDAP sign-in with `role` (standing in for
    // DEFAULT_USER_ROLE or what an admin later gave it) unless it exists already.
    void setLdapUser(const QString& user, const QString& password, const QString& email, const QString& role);
    // WEBUI_AUTH_TRUSTED_EMAIL_HEADER (default header name "X-User-Email"): /api/config says
    // features.auth_trusted_header, and sign-in needs that header (which a proxy would add).
    void setTrustedHeaderAuth(bool enabled, const QByteArray& header = "X-User-Email");

    // Models. Default set: qwen2.5:3b (local, 1.9 GB, 40 ms), llama3.2:3b (local, 2.0 GB, 45 ms),
    // llama3.1:70b (local, 40 GB, 2100 ms), deepseek-r1:32b (local, 19 GB, 3000 ms) and, when an
    // OpenAI connection exists, its models. Pulling a model adds it to Ollama; /api/models only
    // shows it (and task completions only find it) after the next /api/models call.
    void addModel(const FakeModel& model);
    void addModels(const QList<FakeModel>& models); // many at once (manyModels): no per-model lookup
    void removeModel(const QString& id);
    QStringList modelIds() const;      // what /api/models would list now
    void setPullable(const QString& name, qint64 totalBytes, int chunks = 5, int chunkDelayMs = 20);
    void setPullError(const QString& name, const QString& error); // NDJSON {"error": ...} mid-stream
    // True once a pull of `name` was cut short because the client closed the connection.
    bool pullCancelled(const QString& name) const;
    // false: an API-only install without the web app: unknown paths answer 404, not index.html.
    void setFrontendBuilt(bool built);
    // WEBUI_NAME as /api/config reports it (the demo labels itself with it).
    void setServerName(const QString& name);
    // What /api/version and /api/config give as "version" instead of the profile's. Every
    // audited version answers {"version": VERSION} (0.4's main.py get_app_version); a fork or a
    // dev build may put anything there ("main", "dev-3f2a1c"), which the assistant can't parse.
    // An empty text leaves the key out.
    void setReportedVersion(const QString& text);
    // Names that must be shown as text, never obeyed: HTML, terminal escapes, a newline, a
    // right-to-left override that makes an id read as another, a very long id, and a legitimately
    // right-to-left (Arabic) name. hostileModels() are small local models; addHostileNames() adds
    // them and sets WEBUI_NAME to hostileServerName().
    static QList<FakeModel> hostileModels();
    static QString hostileServerName();
    void addHostileNames();
    // The Ollama connection's prefix_id (models pulled from now on carry it) and model_ids allow-list.
    void setOllamaConnection(const QString& prefixId, const QStringList& modelIds = {});
    // ENABLE_OLLAMA_API (Admin Panel > Settings > Connections): off, the server lists no Ollama model.
    void setOllamaEnabled(bool enabled);
    // false: the Ollama server refuses connections (pulls fail before any stream).
    void setOllamaReachable(bool reachable);
    // OLLAMA_BASE_URLS and each node's `enable` (default: one node, enabled). Pulls take any index
    // of the list (/ollama/api/pull/{url_idx}); the models are served alike.
    void setOllamaNodes(const QStringList& urls, const QList<bool>& enabled = {});
    // How long task completions with a model pulled through the fake take (default 25 ms).
    void setPulledModelLatency(int ms);
    // Ollama's memory (GET /ollama/api/ps): what a node can hold (0, the default: everything),
    // how long loading a model takes before it generates, a model loaded before anything ran, and
    // what is loaded now. Task completions run Ollama models on the first node.
    void setOllamaMemory(int node, qint64 bytes);
    void setModelLoadMs(int ms);
    void preloadOllamaModel(const QString& id, int node = 0);
    QStringList loadedOllamaModels(int node = 0) const;
    QStringList ollamaEvictions() const; // "node:model", in order

    // Server state as the real server would store it.
    QJsonObject taskConfig() const;
    void setTaskConfig(const QJsonObject& config);
    QJsonObject openAiConfig() const;
    // The model's workspace record as stored now: whether it exists and grants every user read
    // (what check_model_access needs for role "user").
    bool modelHasRecord(const QString& id) const;
    bool modelUsableByUsers(const QString& id) const;
    // Another admin renames the model's record (Admin Panel > Settings > Models): a later edit.
    void renameModelRecord(const QString& id, const QString& name);
    QString modelRecordName(const QString& id) const;
    void setOpenAiConfig(const QJsonObject& config);
    // Models an OpenAI-compatible provider at providerUrl offers (used by /openai/verify and, once
    // the connection is added and enabled, by /api/models). providerKey is the key it accepts.
    void setProvider(const QString& providerUrl, const QString& providerKey, const QList<FakeModel>& models);
    // The provider also needs this header, which a connection sends from its config's `headers`.
    void setProviderRequiredHeader(const QString& providerUrl, const QString& name, const QString& value);
    // Like OpenRouter: the model list needs no key, so /openai/verify passes with any key.
    void setProviderModelListOpen(const QString& providerUrl, bool open);
    // Every completion through this provider is refused with `status` and `message` (402 credits…).
    void setProviderRefusal(const QString& providerUrl, int status, const QString& message);

    // A slow server or proxy: requests whose path starts with `pathPrefix` (and `method`, if given)
    // are handled only `ms` after they arrive, `times` times (-1 = until cleared) — and handled even
    // when the client has given up by then, so a write is still applied: uvicorn does not cancel
    // the app when the client disconnects (protocols/http/h11_impl.py RequestResponseCycle: a
    // send after the disconnect is dropped), so Open WebUI's handler runs to its end.
    void setDelay(const QString& pathPrefix, int ms, int times = -1, const QByteArray& method = {});

    // A server `ms` away, as a VPS or a VPN makes it: each request is handled one round trip after
    // it arrives, and the first request on a new connection one round trip later still (the TCP
    // handshake the client had to wait for). 0 (the default): loopback.
    void setRoundTrip(int ms);
    // Since the last clearRequests(), what a remote user waits for. Meaningful with setRoundTrip(),
    // which keeps an answer from leaving before requests sent in parallel with it have arrived.
    // roundTripsOnCriticalPath: the longest chain of requests each sent after the one before it
    // was answered, a request that opened its connection counting twice.
    int roundTripsOnCriticalPath() const;
    int maxConcurrentRequests() const; // answered or not yet, at the busiest moment
    int connectionsOpened() const;     // new TCP connections that carried a request
    // How long at least one request was being handled (a model generating, a slow route), the
    // network's round trips left out: what a client's wait owes to the server, not to the distance.
    qint64 serverBusyMs() const;

    // Faults.
    void setFault(const QString& pathPrefix, FakeFault fault, int times = -1, const QByteArray& method = {});
    void clearFaults();

    // What the fake received, in order.
    QList<Request> requests() const;
    // Paths of requests whose client closed the connection before the fake answered (an aborted
    // QNetworkReply closes its connection), in the order the connections closed.
    QStringList abandonedRequests() const;
    int requestCount(const QByteArray& method, const QString& path) const;
    void clearRequests(); // also forgets abandonedRequests()

Q_SIGNALS:
    void requestReceived(const QByteArray& method, const QString& path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tma::test
