// TaskProbe against the fake Open WebUI of every supported generation: which model answers the
// title task per slot before and after a task model is set, one title request per slot, the
// legacy task path on 0.4, title generation turned off, and an unknown task model id; and whether
// Ollama keeps the chat model in memory while the task model runs (GET /ollama/api/ps around it).

#include "IntegrationSupport.h"

#include "ModelCatalog.h"
#include "ProbeReport.h"
#include "ProbeResult.h"
#include "TaskConfig.h"
#include "TaskProbe.h"

#include <QJsonArray>

using namespace tma;
using namespace tma::itest;

Q_DECLARE_METATYPE(tma::Residency::State)
Q_DECLARE_METATYPE(tma::Residency::Reason)
using tma::test::FakeFault;
using tma::test::FakeModel;

namespace {

const QString kProviderUrl = QStringLiteral("https://router.example.test/api/v1");
const QString kProviderKey = QStringLiteral("sk-or-v1-provider-secret-0123456789");
const QString kExternalChat = QStringLiteral("openai/gpt-4o"); // the big external chat model
const QString kExternalSmall = QStringLiteral("openai/gpt-4o-mini");

struct ProbeOutcome
{
    std::optional<QList<ProbeResult>> results;
    std::optional<ApiError> error;
    QList<QPair<ProbeResult::Slot, QString>> started;
    int emissions = 0;
};

ProbeOutcome runProbe(TaskProbe& probe, const TaskConfig& config, const ModelCatalog& models = {})
{
    auto outcome = std::make_shared<ProbeOutcome>();
    QObject context;
    QObject::connect(&probe, &TaskProbe::slotStarted, &context,
                     [outcome](ProbeResult::Slot slot, const QString& chatModel) { outcome->started << qMakePair(slot, chatModel); });
    QObject::connect(&probe, &TaskProbe::finished, &context, [outcome](const QList<ProbeResult>& results) {
        outcome->results = results;
        ++outcome->emissions;
    });
    QObject::connect(&probe, &TaskProbe::failed, &context, [outcome](const ApiError& error) {
        outcome->error = error;
        ++outcome->emissions;
    });
    probe.run(config, models);
    (void)QTest::qWaitFor([outcome] { return outcome->emissions > 0; }, kWaitMs);
    QTest::qWait(20);
    return *outcome;
}

const ProbeResult* slotResult(const QList<ProbeResult>& results, ProbeResult::Slot slot)
{
    for (const ProbeResult& result : results) {
        if (result.slot == slot)
            return &result;
    }
    return nullptr;
}

// The fake's 70B model answers in 2.1 s by default; keep the suite quick.
void speedUpBigModel(FakeOpenWebUi& fake)
{
    FakeModel big;
    big.id = QStringLiteral("llama3.1:70b");
    big.sizeBytes = 42520412561LL;
    big.parameterSize = QStringLiteral("70.6B");
    big.latencyMs = 60;
    fake.addModel(big);
}

// An OpenAI-compatible provider connection with a big and a small model (external chats).
void addProviderConnection(FakeOpenWebUi& fake)
{
    FakeModel chat;
    chat.id = kExternalChat;
    chat.ownedBy = QStringLiteral("openai");
    chat.connectionType = QStringLiteral("external");
    chat.latencyMs = 30;
    FakeModel small = chat;
    small.id = kExternalSmall;
    fake.setProvider(kProviderUrl, kProviderKey, {chat, small});
    QJsonObject openAi = fake.openAiConfig();
    openAi.insert(QStringLiteral("ENABLE_OPENAI_API"), true);
    openAi.insert(QStringLiteral("OPENAI_API_BASE_URLS"), QJsonArray{QStringLiteral("https://api.openai.com/v1"), kProviderUrl});
    openAi.insert(QStringLiteral("OPENAI_API_KEYS"), QJsonArray{QString(), kProviderKey});
    openAi.insert(QStringLiteral("OPENAI_API_CONFIGS"),
                  QJsonObject{{QStringLiteral("0"), QJsonObject{{QStringLiteral("enable"), false}}},
                              {QStringLiteral("1"), QJsonObject{{QStringLiteral("enable"), true},
                                                                {QStringLiteral("connection_type"), QStringLiteral("external")}}}});
    fake.setOpenAiConfig(openAi);
}

QJsonObject withModels(QJsonObject config, const QString& local, const QString& external)
{
    config.insert(QStringLiteral("TASK_MODEL"), local);
    config.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), external);
    return config;
}

} // namespace

class TstTaskProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void beforeTaskModelSet_data();
    void beforeTaskModelSet();
    void afterTaskModelSet_data();
    void afterTaskModelSet();
    void givenCatalogSkipsListing_data();
    void givenCatalogSkipsListing();
    void titleDisabled_data();
    void titleDisabled();
    void unknownTaskModelFallsBack_data();
    void unknownTaskModelFallsBack();
    void taskFailure_data();
    void taskFailure();
    void answerNamesTheUpstream_data();
    void answerNamesTheUpstream();
    void sameUpstreamCannotTell();
    void chatModelGoneFromTheModelMap_data();
    void chatModelGoneFromTheModelMap();
    void providerRefusesTheTask_data();
    void providerRefusesTheTask();
    void memoryResidency_data();
    void memoryResidency();
    void memoryNotReadWithoutTwoLocalModels();

private:
    std::unique_ptr<DataDir> m_dataDir;
    bool setUp(FakeOpenWebUi& fake, std::unique_ptr<OpenWebUiClient>& client, Session* session);
};

void TstTaskProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// A fresh TMA_DATA_DIR per test; this operation must not write any file there.
void TstTaskProbe::init()
{
    m_dataDir = std::make_unique<DataDir>();
    QVERIFY(m_dataDir->isValid());
}

void TstTaskProbe::cleanup()
{
    const int written = fileCount(m_dataDir->path());
    m_dataDir.reset();
    QCOMPARE(written, 0);
}

bool TstTaskProbe::setUp(FakeOpenWebUi& fake, std::unique_ptr<OpenWebUiClient>& client, Session* session)
{
    speedUpBigModel(fake);
    if (!fake.listen())
        return false;
    client = std::make_unique<OpenWebUiClient>(fake.url());
    const std::optional<Session> signedIn = signInAdmin(*client);
    if (!signedIn)
        return false;
    *session = *signedIn;
    fake.clearRequests();
    return true;
}

void TstTaskProbe::beforeTaskModelSet_data()
{
    addProfileRows();
}

void TstTaskProbe::beforeTaskModelSet()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    addProviderConnection(fake);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    QCOMPARE(fake.taskConfig().value(QStringLiteral("TASK_MODEL")).toString(), QString());

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()));
    if (outcome.error)
        QFAIL(qPrintable(outcome.error->message()));
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.results);
    QCOMPARE(outcome.results->size(), 2);
    QVERIFY(!probe.isBusy());

    // No task model: each chat model answers its own title task.
    const ProbeResult* local = slotResult(*outcome.results, ProbeResult::Slot::Local);
    const ProbeResult* external = slotResult(*outcome.results, ProbeResult::Slot::External);
    QVERIFY(local && external);
    QCOMPARE(local->outcome, ProbeResult::Outcome::Answered);
    QCOMPARE(local->chatModel, QStringLiteral("llama3.1:70b")); // the largest non-reasoning local model
    QCOMPARE(local->expectedTaskModel, local->chatModel);
    QCOMPARE(local->answeredBy, QStringLiteral("llama3.1:70b"));
    QVERIFY(local->answeredAsExpected());
    QCOMPARE(local->title, QStringLiteral("How do I keep"));
    QVERIFY(local->elapsedMs >= 50);
    QCOMPARE(external->outcome, ProbeResult::Outcome::Answered);
    QCOMPARE(external->chatModel, kExternalChat);
    QCOMPARE(external->answeredBy, kExternalChat);
    QVERIFY(external->answeredAsExpected());

    // One model listing (refresh=true), then exactly one title request per slot on the right path.
    QCOMPARE(callList(fake), (QStringList{QStringLiteral("GET /api/models"), QStringLiteral("POST ") + titlePath(profile),
                                          QStringLiteral("POST ") + titlePath(profile)}));
    QCOMPARE(fake.requests().first().query.queryItemValue(QStringLiteral("refresh")), QStringLiteral("true"));
    const QList<FakeOpenWebUi::Request> titles = requestsTo(fake, "POST", titlePath(profile));
    QCOMPARE(bodyOf(titles.at(0)).value(QStringLiteral("model")).toString(), QStringLiteral("llama3.1:70b"));
    QCOMPARE(bodyOf(titles.at(1)).value(QStringLiteral("model")).toString(), kExternalChat);
    for (const FakeOpenWebUi::Request& title : titles) {
        const QJsonArray messages = bodyOf(title).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(title.status, 200);
    }
    QCOMPARE(outcome.started.size(), 2);
    QCOMPARE(outcome.started.at(0).first, ProbeResult::Slot::Local);
    QCOMPARE(outcome.started.at(0).second, QStringLiteral("llama3.1:70b"));
    QCOMPARE(outcome.started.at(1).first, ProbeResult::Slot::External);
    QCOMPARE(outcome.started.at(1).second, kExternalChat);
}

void TstTaskProbe::afterTaskModelSet_data()
{
    addProfileColumn();
    QTest::addColumn<bool>("withProvider");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        QTest::addRow("%s/local-only", name.constData()) << profile << false;
        QTest::addRow("%s/with-provider", name.constData()) << profile << true;
    }
}

void TstTaskProbe::afterTaskModelSet()
{
    QFETCH(FakeProfile, profile);
    QFETCH(bool, withProvider);
    FakeOpenWebUi fake(profile);
    if (withProvider)
        addProviderConnection(fake);
    // Different models per slot, so the answer shows which slot the server used.
    fake.setTaskConfig(withModels(fake.taskConfig(), QStringLiteral("qwen2.5:3b"),
                                  withProvider ? kExternalSmall : QStringLiteral("llama3.2:3b")));
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()));
    if (outcome.error)
        QFAIL(qPrintable(outcome.error->message()));
    QVERIFY(outcome.results);
    const ProbeResult* local = slotResult(*outcome.results, ProbeResult::Slot::Local);
    const ProbeResult* external = slotResult(*outcome.results, ProbeResult::Slot::External);
    QVERIFY(local && external);

    // A chat with a local model: TASK_MODEL answers.
    QCOMPARE(local->outcome, ProbeResult::Outcome::Answered);
    QCOMPARE(local->chatModel, QStringLiteral("llama3.1:70b"));
    QCOMPARE(local->expectedTaskModel, QStringLiteral("qwen2.5:3b"));
    QCOMPARE(local->answeredBy, QStringLiteral("qwen2.5:3b"));
    QVERIFY(local->answeredAsExpected());
    QVERIFY(!local->title.isEmpty());

    if (withProvider) {
        // A chat with the provider's model: TASK_MODEL_EXTERNAL answers.
        QCOMPARE(external->outcome, ProbeResult::Outcome::Answered);
        QCOMPARE(external->chatModel, kExternalChat);
        QCOMPARE(external->expectedTaskModel, kExternalSmall);
        QCOMPARE(external->answeredBy, kExternalSmall);
        QVERIFY(external->answeredAsExpected());
        QCOMPARE(fake.requestCount("POST", titlePath(profile)), 2);
    } else {
        // No external chat model on the server: nothing to test in that slot, and no request for it.
        QCOMPARE(external->outcome, ProbeResult::Outcome::NoChatModel);
        QVERIFY(external->chatModel.isEmpty());
        QVERIFY(!external->answeredAsExpected());
        QCOMPARE(fake.requestCount("POST", titlePath(profile)), 1);
    }
    // 0.4 has only the legacy routes; nothing was sent to the other family.
    const QString otherTitlePath = profile == FakeProfile::V0_4 ? QStringLiteral("/api/v1/tasks/title/completions")
                                                                : QStringLiteral("/api/task/title/completions");
    QCOMPARE(fake.requestCount("POST", otherTitlePath), 0);
    QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/models")), 1);
}

void TstTaskProbe::givenCatalogSkipsListing_data()
{
    addProfileRows();
}

void TstTaskProbe::givenCatalogSkipsListing()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setTaskConfig(withModels(fake.taskConfig(), QStringLiteral("qwen2.5:3b"), QStringLiteral("qwen2.5:3b")));
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));

    // The caller's catalog must be fresh (the server's model map is filled by a listing).
    bool listed = false;
    ModelCatalog catalog;
    onFinished(client->getModels(true), this, [&](ApiReply* reply) {
        catalog = ModelCatalog::fromJson(reply->json());
        listed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, kWaitMs);
    fake.clearRequests();

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()), catalog);
    QVERIFY(outcome.results);
    // No listing; around the local slot's task (two Ollama models), what Ollama holds: asked once
    // where the route is missing (0.4: the web app's page), before and after elsewhere.
    const QString loaded = QStringLiteral("GET /ollama/api/ps");
    const QString title = QStringLiteral("POST ") + titlePath(profile);
    QCOMPARE(callList(fake), profile == FakeProfile::V0_4 ? (QStringList{loaded, title})
                                                          : (QStringList{loaded, title, loaded}));
    const ProbeResult* local = slotResult(*outcome.results, ProbeResult::Slot::Local);
    QVERIFY(local);
    QCOMPARE(local->answeredBy, QStringLiteral("qwen2.5:3b"));
    QVERIFY(local->answeredAsExpected());
}

void TstTaskProbe::titleDisabled_data()
{
    addProfileColumn();
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        if (profile == FakeProfile::V0_4)
            continue; // 0.4 has no switch: title generation always runs there
        QTest::newRow(tma::test::profileName(profile).toLatin1().constData()) << profile;
    }
}

void TstTaskProbe::titleDisabled()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    addProviderConnection(fake);
    QJsonObject config = withModels(fake.taskConfig(), QStringLiteral("qwen2.5:3b"), QStringLiteral("qwen2.5:3b"));
    config.insert(QStringLiteral("ENABLE_TITLE_GENERATION"), false);
    fake.setTaskConfig(config);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(config));
    QVERIFY(outcome.results);
    QCOMPARE(outcome.results->size(), 2);
    for (const ProbeResult& result : *outcome.results) {
        QCOMPARE(result.outcome, ProbeResult::Outcome::Disabled);
        QVERIFY(!result.answeredAsExpected());
        QVERIFY(result.answeredBy.isEmpty());
        QCOMPARE(result.error.detail(), QStringLiteral("Title generation is disabled"));
        QVERIFY(!result.error.message().isEmpty());
    }
    QCOMPARE(fake.requestCount("POST", titlePath(profile)), 2);
}

void TstTaskProbe::unknownTaskModelFallsBack_data()
{
    addProfileRows();
}

// The server ignores a slot whose model it doesn't list and lets the chat model answer: the probe
// must show that the configured task model did not answer.
void TstTaskProbe::unknownTaskModelFallsBack()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setTaskConfig(withModels(fake.taskConfig(), QStringLiteral("ghost-model:1b"), QStringLiteral("ghost-model:1b")));
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()));
    QVERIFY(outcome.results);
    const ProbeResult* local = slotResult(*outcome.results, ProbeResult::Slot::Local);
    QVERIFY(local);
    QCOMPARE(local->outcome, ProbeResult::Outcome::Answered);
    QCOMPARE(local->expectedTaskModel, QStringLiteral("ghost-model:1b"));
    QCOMPARE(local->answeredBy, local->chatModel); // the server fell back silently
    QVERIFY(!local->answeredAsExpected());
    QCOMPARE(fake.requestCount("POST", titlePath(profile)), 1);
}

void TstTaskProbe::taskFailure_data()
{
    addProfileRows();
}

void TstTaskProbe::taskFailure()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    fake.setFault(titlePath(profile), FakeFault::ServerError);

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()));
    QVERIFY(outcome.results); // a failed task is a result, not a failure of the probe
    const ProbeResult* local = slotResult(*outcome.results, ProbeResult::Slot::Local);
    QVERIFY(local);
    QCOMPARE(local->outcome, ProbeResult::Outcome::Failed);
    QCOMPARE(local->error.kind(), ApiError::Kind::Server);
    QVERIFY(!local->error.message().isEmpty());
    QVERIFY(!local->answeredAsExpected());

    // Failing to list the models fails the probe itself.
    fake.setFault(QStringLiteral("/api/models"), FakeFault::ServerError);
    const ProbeOutcome listing = runProbe(probe, TaskConfig(fake.taskConfig()));
    QVERIFY(listing.error);
    QCOMPARE(listing.error->kind(), ApiError::Kind::Server);
    QVERIFY(!probe.isBusy());
}

void TstTaskProbe::answerNamesTheUpstream_data()
{
    addProfileColumn();
    QTest::addColumn<QString>("setup");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        for (const char* setup : {"dated-provider-name", "ollama-prefix", "workspace-model"})
            QTest::addRow("%s/%s", name.constData(), setup) << profile << QString::fromLatin1(setup);
    }
}

// The answer's "model" is the upstream's name (routers/tasks.py returns what the upstream sent):
// a provider's dated form, Ollama's name without the connection prefix, a workspace model's base.
// None of these may read as "the server ignored the task model setting".
void TstTaskProbe::answerNamesTheUpstream()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, setup);
    FakeOpenWebUi fake(profile);
    QString slotModel;
    ProbeResult::Slot slot = ProbeResult::Slot::Local;
    QString expectedAnswer;
    if (setup == QLatin1String("dated-provider-name")) {
        FakeModel chat;
        chat.id = kExternalChat;
        chat.ownedBy = QStringLiteral("openai");
        chat.connectionType = QStringLiteral("external");
        chat.latencyMs = 30;
        FakeModel small = chat;
        small.id = kExternalSmall;
        small.answersAs = QStringLiteral("openai/gpt-4o-mini-2024-07-18");
        fake.setProvider(kProviderUrl, kProviderKey, {chat, small});
        QJsonObject openAi = fake.openAiConfig();
        openAi.insert(QStringLiteral("ENABLE_OPENAI_API"), true);
        openAi.insert(QStringLiteral("OPENAI_API_BASE_URLS"), QJsonArray{kProviderUrl});
        openAi.insert(QStringLiteral("OPENAI_API_KEYS"), QJsonArray{kProviderKey});
        openAi.insert(QStringLiteral("OPENAI_API_CONFIGS"),
                      QJsonObject{{QStringLiteral("0"), QJsonObject{{QStringLiteral("enable"), true}}}});
        fake.setOpenAiConfig(openAi);
        slotModel = kExternalSmall;
        slot = ProbeResult::Slot::External;
        expectedAnswer = small.answersAs;
    } else if (setup == QLatin1String("ollama-prefix")) {
        FakeModel small;
        small.id = QStringLiteral("phi3:mini");
        small.prefixId = QStringLiteral("gpu");
        small.sizeBytes = 2176178913LL;
        small.parameterSize = QStringLiteral("3.8B");
        fake.addModel(small);
        slotModel = QStringLiteral("gpu.phi3:mini");
        expectedAnswer = QStringLiteral("phi3:mini");
    } else {
        FakeModel titler;
        titler.id = QStringLiteral("titler");
        titler.name = QStringLiteral("Titler");
        titler.baseModelId = QStringLiteral("qwen2.5:3b");
        fake.addModel(titler);
        slotModel = QStringLiteral("titler");
        expectedAnswer = QStringLiteral("qwen2.5:3b");
    }
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    const QJsonObject config = slot == ProbeResult::Slot::Local
                                   ? withModels(fake.taskConfig(), slotModel, QString())
                                   : withModels(fake.taskConfig(), QString(), slotModel);
    fake.setTaskConfig(config);

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(config));
    if (outcome.error)
        QFAIL(qPrintable(outcome.error->message()));
    QVERIFY(outcome.results);
    const ProbeResult* result = slotResult(*outcome.results, slot);
    QVERIFY(result);
    QCOMPARE(result->outcome, ProbeResult::Outcome::Answered);
    QCOMPARE(result->answeredBy, expectedAnswer); // what the real server sends back
    QCOMPARE(result->expectedTaskModel, slotModel);
    QVERIFY2(result->answeredAsExpected(), qPrintable(ProbeReport::verdictSentence(*result)));
    QVERIFY(!result->settingIgnored());
    QVERIFY(ProbeReport::verdictSentence(*result).isEmpty());
    QVERIFY(ProbeReport::passed(*outcome.results));
}

// A workspace model on top of the chat model's own base: the answer names the same upstream
// model either way, so the test must say it cannot tell — not claim success or failure.
void TstTaskProbe::sameUpstreamCannotTell()
{
    FakeOpenWebUi fake(FakeProfile::V0_11);
    FakeModel titler;
    titler.id = QStringLiteral("titler");
    titler.baseModelId = QStringLiteral("llama3.1:70b");
    fake.addModel(titler);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    const QJsonObject config = withModels(fake.taskConfig(), QStringLiteral("titler"), QString());
    fake.setTaskConfig(config);

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(config));
    QVERIFY(outcome.results);
    const ProbeResult* local = slotResult(*outcome.results, ProbeResult::Slot::Local);
    QVERIFY(local);
    QCOMPARE(local->chatModel, QStringLiteral("llama3.1:70b"));
    QCOMPARE(local->verdict, ProbeResult::Verdict::SameUpstream);
    QVERIFY(!local->settingIgnored());
    const QString sentence = ProbeReport::verdictSentence(*local);
    QVERIFY(sentence.contains(QStringLiteral("titler")));
    QVERIFY(sentence.contains(QStringLiteral("cannot show")));
}

void TstTaskProbe::chatModelGoneFromTheModelMap_data()
{
    addProfileRows();
}

// The chat model left the server's model map between the listing and the task (another worker,
// a connection turned off): 404 "Model not found" / "Model '' was not found" is about the model,
// not an unknown address.
void TstTaskProbe::chatModelGoneFromTheModelMap()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    TaskProbe probe(client.get(), session.server.taskApi);
    probe.setChatModel(QStringLiteral("llama3.2:3b"));
    ModelCatalog catalog = ModelCatalog::fromJson(
        QJsonObject{{QStringLiteral("data"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("llama3.2:3b")},
                                            {QStringLiteral("owned_by"), QStringLiteral("ollama")},
                                            {QStringLiteral("connection_type"), QStringLiteral("local")}}}}});
    fake.removeModel(QStringLiteral("llama3.2:3b"));
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()), catalog); // no fresh listing
    QVERIFY(outcome.results);
    const ProbeResult* local = slotResult(*outcome.results, ProbeResult::Slot::Local);
    QVERIFY(local);
    QCOMPARE(local->outcome, ProbeResult::Outcome::Failed);
    QCOMPARE(local->error.kind(), ApiError::Kind::ModelNotFound);
    QCOMPARE(local->error.httpStatus(), 404);
    QVERIFY(local->error.message().contains(QStringLiteral("no longer lists")));
    QVERIFY(!ProbeReport::passed(*outcome.results));
}

void TstTaskProbe::providerRefusesTheTask_data()
{
    QTest::addColumn<FakeProfile>("profile");
    QTest::addColumn<int>("status");
    for (FakeProfile profile : {FakeProfile::V0_5, FakeProfile::V0_6, FakeProfile::V0_11}) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        QTest::addRow("%s/credits", name.constData()) << profile << 402;
        QTest::addRow("%s/key", name.constData()) << profile << 401;
    }
}

// The hosted task model's provider refuses the title task (its key was revoked, the credits ran
// out). Before 0.6.22 the title route hides that behind 400 "An internal error has occurred.";
// from 0.6.22 the provider's status and JSON pass through. Either way it is never read as our own
// session ("sign in again"): from 0.6.22 on the provider's own words are shown.
void TstTaskProbe::providerRefusesTheTask()
{
    QFETCH(FakeProfile, profile);
    QFETCH(int, status);
    FakeOpenWebUi fake(profile);
    addProviderConnection(fake);
    fake.setTaskConfig(withModels(fake.taskConfig(), QString(), kExternalSmall));
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    if (status == 402) {
        fake.setProviderRefusal(kProviderUrl, 402, QStringLiteral("Insufficient credits"));
    } else {
        // The stored key no longer works; like OpenRouter, the model list still answers without one.
        FakeModel chat;
        chat.id = kExternalChat;
        chat.ownedBy = QStringLiteral("openai");
        chat.connectionType = QStringLiteral("external");
        FakeModel small = chat;
        small.id = kExternalSmall;
        fake.setProvider(kProviderUrl, QStringLiteral("sk-or-v1-a-new-key"), {chat, small});
        fake.setProviderModelListOpen(kProviderUrl, true);
    }
    TaskProbe probe(client.get(), session.server.taskApi);
    probe.setChatModel(kExternalChat);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()));
    QVERIFY(outcome.results);
    const ProbeResult* external = slotResult(*outcome.results, ProbeResult::Slot::External);
    QVERIFY(external);
    QCOMPARE(external->outcome, ProbeResult::Outcome::Failed);
    QVERIFY(external->error.kind() != ApiError::Kind::SessionExpired);
    if (profile == FakeProfile::V0_5) {
        QCOMPARE(external->error.httpStatus(), 400);
        QCOMPARE(external->error.detail(), QStringLiteral("An internal error has occurred."));
    } else {
        QCOMPARE(external->error.kind(), ApiError::Kind::ProviderRefused);
        QCOMPARE(external->error.httpStatus(), status);
        QVERIFY2(external->error.message().contains(status == 402
                                                        ? QStringLiteral("Insufficient credits")
                                                        : QStringLiteral("No auth credentials found")),
                 qPrintable(external->error.message()));
    }
}

// The local slot's chat model (llama3.1:70b, 42.5 GB) was loaded before the test; the task model
// (qwen2.5:3b, 1.9 GB) then runs on the same Ollama server. Read before and after the task, in
// both of /ollama/api/ps's shapes (0.5: by node URL; 0.6.11 on: merged).
void TstTaskProbe::memoryResidency_data()
{
    QTest::addColumn<FakeProfile>("profile");
    QTest::addColumn<qint64>("memory"); // the node's budget, 0: no limit
    QTest::addColumn<bool>("chatLoaded");
    QTest::addColumn<Residency::State>("state");
    QTest::addColumn<Residency::Reason>("reason");
    const qint64 gb = 1000LL * 1000 * 1000;
    for (FakeProfile profile : {FakeProfile::V0_5, FakeProfile::V0_11}) {
        const QByteArray name = profileName(profile).toLatin1();
        QTest::newRow(name + "/too small for both")
            << profile << 43 * gb << true << Residency::State::ChatModelUnloaded << Residency::Reason::None;
        QTest::newRow(name + "/room for both")
            << profile << 48 * gb << true << Residency::State::BothLoaded << Residency::Reason::None;
        QTest::newRow(name + "/chat model not loaded")
            << profile << 0LL << false << Residency::State::ChatModelNotLoaded << Residency::Reason::None;
    }
    QTest::newRow("0.4/no such route") << FakeProfile::V0_4 << 43 * gb << true << Residency::State::NotChecked
                                       << Residency::Reason::RouteMissing;
}

void TstTaskProbe::memoryResidency()
{
    QFETCH(FakeProfile, profile);
    QFETCH(qint64, memory);
    QFETCH(bool, chatLoaded);
    QFETCH(Residency::State, state);
    QFETCH(Residency::Reason, reason);
    FakeOpenWebUi fake(profile);
    fake.setTaskConfig(withModels(fake.taskConfig(), QStringLiteral("qwen2.5:3b"), QString()));
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    fake.setOllamaMemory(0, memory);
    if (chatLoaded)
        fake.preloadOllamaModel(QStringLiteral("llama3.1:70b"));

    TaskProbe probe(client.get(), session.server.taskApi);
    const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()));
    QVERIFY(outcome.results);
    const ProbeResult* local = slotResult(*outcome.results, ProbeResult::Slot::Local);
    QVERIFY(local);
    QVERIFY(local->answeredAsExpected()); // the memory check never fails the test itself
    const Residency& residency = local->residency;
    QCOMPARE(residency.state, state);
    QCOMPARE(residency.reason, reason);
    QCOMPARE(residency.chatModel, QStringLiteral("llama3.1:70b"));
    QCOMPARE(residency.taskModel, QStringLiteral("qwen2.5:3b"));
    QVERIFY(ProbeReport::passed(*outcome.results));
    QCOMPARE(ProbeReport::residencyWarns(residency), state == Residency::State::ChatModelUnloaded);
    const QString sentence = ProbeReport::residencySentence(residency);
    switch (state) {
    case Residency::State::ChatModelUnloaded:
        QCOMPARE(fake.ollamaEvictions(), QStringList{QStringLiteral("0:llama3.1:70b")});
        QCOMPARE(residency.chatBytes, 42520412561LL); // as /ollama/api/ps reported them
        QCOMPARE(residency.taskBytes, 1929912832LL);
        QVERIFY2(sentence.contains(QLatin1String("cannot hold both")) &&
                     sentence.contains(QLatin1String("42.5 GB")) &&
                     sentence.contains(QLatin1String("hosted endpoint")),
                 qPrintable(sentence));
        break;
    case Residency::State::BothLoaded:
        QVERIFY(fake.ollamaEvictions().isEmpty());
        QVERIFY(!residency.separateNodes);
        QVERIFY2(sentence.contains(QLatin1String("Both models stay in memory")) &&
                     sentence.contains(QLatin1String("42.5 GB")) &&
                     sentence.contains(QLatin1String("1.9 GB")),
                 qPrintable(sentence));
        break;
    case Residency::State::ChatModelNotLoaded:
        QVERIFY2(sentence.contains(QLatin1String("was not in memory before the test")), qPrintable(sentence));
        break;
    default:
        QVERIFY2(sentence.contains(QLatin1String("could not be checked")), qPrintable(sentence));
        break;
    }
    // Before and after the local slot's task; once only where the first answer says it can't tell.
    const int reads = fake.requestCount("GET", QStringLiteral("/ollama/api/ps"));
    QCOMPARE(reads, state == Residency::State::NotChecked ? 1 : 2);
}

// Nothing to share memory with: a hosted task model, or the chat model doing its own tasks
// (an empty slot). /ollama/api/ps is not asked.
void TstTaskProbe::memoryNotReadWithoutTwoLocalModels()
{
    for (const QString& taskModel : {kExternalSmall, QString()}) {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        addProviderConnection(fake);
        fake.setTaskConfig(withModels(fake.taskConfig(), taskModel, kExternalSmall));
        std::unique_ptr<OpenWebUiClient> client;
        Session session;
        QVERIFY(setUp(fake, client, &session));
        TaskProbe probe(client.get(), session.server.taskApi);
        const ProbeOutcome outcome = runProbe(probe, TaskConfig(fake.taskConfig()));
        QVERIFY(outcome.results);
        for (const ProbeResult& result : *outcome.results) {
            QCOMPARE(result.residency.state, Residency::State::NotApplicable);
            QVERIFY(ProbeReport::residencySentence(result.residency).isEmpty());
        }
        QCOMPARE(fake.requestCount("GET", QStringLiteral("/ollama/api/ps")), 0);
    }
}

QTEST_GUILESS_MAIN(TstTaskProbe)
#include "tst_taskprobe.moc"
