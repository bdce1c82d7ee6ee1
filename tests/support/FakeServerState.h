#pragma once

#include "FakeGenerationSlots.h"
#include "FakeOllamaMemory.h"
#include "FakeOpenWebUi.h"
#include "FakeReplies.h"
#include "HttpConnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace tma::test::fake {

// Fixed so that listings are deterministic.
constexpr qint64 kCreated = 1760000000;

QString sha256Hex(const QString& text);
QString normalizedUrl(QString url);

struct User
{
    QString id;
    QString email;
    QString password;
    QString name;
    QString role;
    QString apiKey;
};

// An entry of the fake's LDAP directory (routers/auths.py ldap_auth reads username, mail, cn).
struct LdapEntry
{
    QString user;
    QString password;
    QString email;
    QString role; // of the Open WebUI account made at the first sign-in
};

struct PullSpec
{
    qint64 totalBytes = 1000000000;
    int chunks = 5;
    int chunkDelayMs = 20;
    QString error;
};

struct Provider
{
    QString url; // normalized
    QString key;
    QList<FakeModel> models;
    // A header the provider also needs (a gateway, say), which the connection's config sends
    // (OPENAI_API_CONFIGS[i].headers, routers/openai.py get_headers_and_cookies).
    QString requiredHeader;
    QString requiredHeaderValue;
    // OpenRouter shows its model list to anyone: /models then answers without a key (so
    // /openai/verify passes with any key), and only a completion checks it.
    bool openModelList = false;
    // A refusal of every completion (402 "Insufficient credits", say), after the key check.
    int refusalStatus = 0;
    QString refusalMessage;
};

struct Fault
{
    QString pathPrefix;
    FakeFault fault = FakeFault::None;
    int times = -1;
    QByteArray method;
};

struct Delay
{
    QString pathPrefix;
    int ms = 0;
    int times = -1;
    QByteArray method;
};

struct ListedModel
{
    FakeModel model;
    QJsonObject json;
};

enum class Access
{
    Public,
    Signed,   // any signed-in user, pending included (get_current_user)
    Verified, // user or admin (get_verified_user)
    Admin,    // admin (get_admin_user)
};

struct Exchange;

// What the fake server knows (users, models and their records, the stored configs, providers,
// faults, delays, the requests it received) and what more than one area of routes does with it:
// authenticating a request, answering it, listing the models.
struct FakeServerState
{
    QObject* owner = nullptr; // the FakeOpenWebUi: parent of streams, context of deferred answers
    FakeProfile profile = FakeProfile::V0_11;

    QList<User> users;
    QHash<QString, QString> sessions; // JWT -> user id
    bool apiKeysEnabled = false;
    bool restrictionsEnabled = false;
    QStringList allowedPaths;
    bool passwordAuthEnabled = true;
    bool loginFormEnabled = true; // ENABLE_LOGIN_FORM: what the web page shows, nothing more
    bool frontendBuilt = true;    // false: an API-only install (no FRONTEND_BUILD_DIR)
    bool webUiAuth = true;        // WEBUI_AUTH
    bool mfaRequired = false;
    QHash<QString, int> failedSignins; // lower-cased e-mail -> count
    bool ldapEnabled = false;
    QList<LdapEntry> ldapEntries;
    QByteArray trustedHeader; // lower-case name; empty = WEBUI_AUTH_TRUSTED_EMAIL_HEADER unset

    QList<FakeModel> models; // models the backends serve (Ollama + extra ones)
    // Workspace records written through the models router since start, by Open WebUI id: they
    // override what the FakeModel says (hasRecord/isPrivate), like the `model` table would.
    struct RecordState
    {
        bool exists = false;
        bool isPrivate = false;
        QString name;
        qint64 updatedAt = 0; // models/models.py: set on every write
    };
    QHash<QString, RecordState> records;
    qint64 recordClock = 1700000000;
    QHash<QString, FakeModel> modelMap; // app.state.MODELS, refilled by GET /api/models
    QHash<QString, PullSpec> pullables;
    QSet<QString> cancelledPulls;
    int pulledModelLatencyMs = 25;
    // OLLAMA_API_CONFIGS["0"]: the connection's prefix for models pulled through the fake, and its
    // model_ids allow-list (routers/ollama.py get_all_models: exact names, checked before the prefix).
    QString ollamaPrefixId;
    QStringList ollamaModelIds;
    // OLLAMA_BASE_URLS: the nodes a pull can go to (the fake serves every node's models alike).
    QStringList ollamaNodeUrls{QStringLiteral("http://ollama:11434")};
    bool ollamaEnabled = true;   // ENABLE_OLLAMA_API
    bool ollamaReachable = true; // false: the Ollama server refuses connections
    QList<bool> ollamaNodeEnabled{true};
    FakeOllamaMemory ollamaMemory; // what each node holds loaded (GET /ollama/api/ps)
    FakeGenerationSlots generationSlots; // when each loaded model is free to answer again
    QString serverName = QStringLiteral("Open WebUI");
    std::optional<QString> reportedVersion; // see setReportedVersion()
    QStringList abandonedRequests;

    QJsonObject taskConfig;
    QJsonObject openAiConfig;
    QList<Provider> providers;

    QList<Fault> faults;
    QList<Delay> delays;
    QList<FakeOpenWebUi::Request> requests;
    qint64 firstSerial = 0; // serial of requests.first()
    QElapsedTimer clock;    // the requests' arrivedUs and answeredUs
    int roundTripMs = 0;    // setRoundTrip()
    qint64 nextSerial = 0;
    int completionCounter = 0;

    bool is011() const { return profile == FakeProfile::V0_11; }
    bool is04() const { return profile == FakeProfile::V0_4; }
    // utils/models.py: model entries carry connection_type from 0.6 on; 0.5 and 0.4 have only owned_by.
    bool hasConnectionType() const { return !is04() && profile != FakeProfile::V0_5; }
    QString version() const; // the profile's version number, see FakeOpenWebUi::version()
    void addUser(const QString& email, const QString& password, const QString& role, const QString& apiKey);

    void storeRecord(const QString& id, RecordState state);

    // The requests: recorded, answered, held up by a fault or a delay.
    qint64 record(const HttpRequest& request, int connection, bool firstOnConnection);
    int statusOf(qint64 serial) const;
    void setStatus(qint64 serial, int status);
    void setHandled(qint64 serial); // the request's round trip is over: the server handles it now
    void send(Exchange& exchange, const Reply& reply);
    std::optional<FakeFault> takeFault(const HttpRequest& request, std::initializer_list<FakeFault> kinds);
    int takeDelay(const HttpRequest& request);

    // Who sent a request (utils/auth.py).
    static QString bearerToken(const HttpRequest& request);
    std::optional<User> userById(const QString& id) const;
    std::optional<User> userByApiKey(const QString& key) const;
    int userIndexByEmail(const QString& email) const;
    bool endpointAllowed(const QString& path) const;
    std::optional<Reply> authenticate(Exchange& exchange, Access access);

    // The models as utils/models.py lists them.
    bool openAiEnabled() const;
    QJsonObject baseModelJson(const FakeModel& model) const;
    QJsonObject recordJson(const FakeModel& model) const;
    static bool usableByUsers(const FakeModel& model);
    FakeModel withStoredRecord(FakeModel model) const;
    QJsonObject ollamaEntry(const FakeModel& model) const;
    // A generation with `model`, `generationMs` long: an Ollama model waits for its one slot on
    // the first node and is loaded there first (unloading what does not fit next to it); a
    // provider's model starts at once. The booking says when the first token comes.
    FakeGenerationSlots::Booking startGeneration(const FakeModel& model, int generationMs);
    static QJsonObject providerRawModel(const FakeModel& model);
    const Provider* providerFor(const QString& url) const;
    QList<ListedModel> connectionModels(int index) const;
    QList<ListedModel> openAiModels() const;
    QList<ListedModel> currentModels(bool admin) const;
    std::optional<FakeModel> listedModel(const QString& id) const;
    bool recordExists(const QString& id) const;
};

} // namespace tma::test::fake
