// ConfigApplier against the fake Open WebUI of every supported generation: the presets (quiet,
// local, hosted, original), what the server stores afterwards (keys we don't own untouched), the
// exact requests, a round trip back to the original, and every failure path (unknown model,
// conflict, change not kept, errors on the write) with the server left unchanged.

#include "IntegrationSupport.h"

#include "Automation.h"
#include "BackupStore.h"
#include "ConfigApplier.h"
#include "OpenAiConnections.h"
#include "Preset.h"
#include "TaskConfig.h"

#include <QJsonArray>

using namespace tma;
using namespace tma::itest;
using tma::test::FakeFault;
using tma::test::FakeModel;

Q_DECLARE_METATYPE(tma::ApiError::Kind)
Q_DECLARE_METATYPE(tma::test::FakeFault)
Q_DECLARE_METATYPE(tma::PresetIssue::Kind)

namespace {

const QString kProviderUrl = QStringLiteral("https://router.example.test/api/v1");
const QString kProviderKey = QStringLiteral("sk-or-v1-provider-secret-0123456789");
const QString kHostedModel = QStringLiteral("meta-llama/llama-3.2-3b-instruct");

struct ApplyOutcome
{
    bool finished = false;
    bool failed = false;
    ConfigApplier::Report report;
    ApiError error;
    QList<ConfigApplier::Step> steps;
    int emissions = 0;
};

ApplyOutcome runApply(ConfigApplier& applier, const Preset& preset)
{
    auto outcome = std::make_shared<ApplyOutcome>();
    QObject context;
    QObject::connect(&applier, &ConfigApplier::stepChanged, &context,
                     [outcome](ConfigApplier::Step step) { outcome->steps << step; });
    QObject::connect(&applier, &ConfigApplier::finished, &context, [outcome](const ConfigApplier::Report& report) {
        outcome->finished = true;
        outcome->report = report;
        ++outcome->emissions;
    });
    QObject::connect(&applier, &ConfigApplier::failed, &context,
                     [outcome](const ApiError& error, const ConfigApplier::Report& report) {
                         outcome->failed = true;
                         outcome->error = error;
                         outcome->report = report;
                         ++outcome->emissions;
                     });
    applier.apply(preset);
    (void)QTest::qWaitFor([outcome] { return outcome->emissions > 0; }, kWaitMs);
    QTest::qWait(20); // a second signal would be a bug
    return *outcome;
}

QList<FakeModel> providerModels()
{
    FakeModel hosted;
    hosted.id = kHostedModel;
    hosted.ownedBy = QStringLiteral("openai");
    hosted.connectionType = QStringLiteral("external");
    FakeModel other;
    other.id = QStringLiteral("openai/gpt-4o-mini");
    other.ownedBy = QStringLiteral("openai");
    other.connectionType = QStringLiteral("external");
    return {hosted, other};
}

Preset hostedPreset()
{
    HostedConnection connection;
    connection.url = kProviderUrl;
    connection.modelIds = {kHostedModel};
    connection.keyRef = QStringLiteral("provider|") + kProviderUrl;
    return Preset::hosted(connection, kHostedModel);
}

// What the quiet preset must make of `config`, computed independently of Preset::applyTo.
QJsonObject quietOf(QJsonObject config)
{
    const char* off[] = {"ENABLE_TAGS_GENERATION", "ENABLE_FOLLOW_UP_GENERATION", "ENABLE_AUTOCOMPLETE_GENERATION",
                         "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION"};
    for (const char* key : off) {
        if (config.contains(QLatin1String(key)))
            config.insert(QLatin1String(key), false);
    }
    if (config.contains(QLatin1String("ENABLE_TITLE_GENERATION")))
        config.insert(QStringLiteral("ENABLE_TITLE_GENERATION"), true);
    return config;
}

QJsonObject withModels(QJsonObject config, const QString& local, const QString& external)
{
    config.insert(QStringLiteral("TASK_MODEL"), local);
    config.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), external);
    return config;
}

// Every key the assistant does not own is exactly as it was, and no key appeared or vanished.
void verifyUnownedKeysKept(const QJsonObject& before, const QJsonObject& after)
{
    QStringList beforeKeys = before.keys();
    QStringList afterKeys = after.keys();
    QCOMPARE(afterKeys, beforeKeys);
    const QStringList owned = TaskConfig::ownedKeys();
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (owned.contains(it.key()))
            continue;
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(QStringLiteral("changed: ") + it.key()));
    }
}

} // namespace

class TstConfigApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void applyQuiet_data();
    void applyQuiet();
    void applyRoundTrips();
    void applyLocal_data();
    void applyLocal();
    void applyHosted_data();
    void applyHosted();
    void restoreOriginal_data();
    void restoreOriginal();
    void unknownModelRefused_data();
    void unknownModelRefused();
    void missingProviderKeyRefused_data();
    void missingProviderKeyRefused();
    void modelWarnings_data();
    void modelWarnings();
    void conflict_data();
    void conflict();
    void notPersisted_data();
    void notPersisted();
    void notPersistedHostedIsNotHalfDone_data();
    void notPersistedHostedIsNotHalfDone();
    void missingRequiredFieldFilled_data();
    void missingRequiredFieldFilled();
    void noFieldGuessedFromTheVersion();
    void failedWrite_data();
    void failedWrite();
    void lateSaveIsReportedAsSaved_data();
    void lateSaveIsReportedAsSaved();
    void lostSaveNeverAppliedIsUnchanged_data();
    void lostSaveNeverAppliedIsUnchanged();
    void lostSaveThatCannotBeReadBackIsUnconfirmed_data();
    void lostSaveThatCannotBeReadBackIsUnconfirmed();
    void failedWriteRollsBackConnection_data();
    void failedWriteRollsBackConnection();
    void hostedWrongProviderKeyRefused_data();
    void hostedWrongProviderKeyRefused();
    void providerRefusalFoundByOneRealRequest_data();
    void providerRefusalFoundByOneRealRequest();
    void verifySendsTheConnectionsConfig_data();
    void verifySendsTheConnectionsConfig();
    void connectionsChangedMeanwhileAreNotOverwritten_data();
    void connectionsChangedMeanwhileAreNotOverwritten();
    void rollbackLeavesAnotherAdminsConnections_data();
    void rollbackLeavesAnotherAdminsConnections();
    void privateTaskModelMadePublicAndRestored_data();
    void privateTaskModelMadePublicAndRestored();
    void restoreKeepsLaterEditsAndRunsOnce_data();
    void restoreKeepsLaterEditsAndRunsOnce();
    void failedWriteTakesTheShareBack_data();
    void failedWriteTakesTheShareBack();
    void backupsHoldNoProviderKey_data();
    void backupsHoldNoProviderKey();
    void unparseableVersionUsesTheRoutesSignInFound_data();
    void unparseableVersionUsesTheRoutesSignInFound();

private:
    struct Rig
    {
        explicit Rig(FakeProfile profile) : fake(profile) {}
        FakeOpenWebUi fake;
        std::unique_ptr<OpenWebUiClient> client;
        Session session;
        std::unique_ptr<BackupStore> store;
        // For an applier to own: the same folder as `store`, through which the tests read it.
        std::unique_ptr<BackupStore> newStore() const { return std::make_unique<BackupStore>(*store); }
    };
    // Starts the fake, signs in as admin and prepares the backup store; QVERIFY inside.
    bool setUp(Rig& rig);

    std::unique_ptr<DataDir> m_dataDir;
};

void TstConfigApplier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstConfigApplier::init()
{
    m_dataDir = std::make_unique<DataDir>();
    QVERIFY(m_dataDir->isValid());
}

void TstConfigApplier::cleanup()
{
    m_dataDir.reset();
}

bool TstConfigApplier::setUp(Rig& rig)
{
    if (!rig.fake.listen())
        return false;
    rig.fake.setProvider(kProviderUrl, kProviderKey, providerModels());
    rig.client = std::make_unique<OpenWebUiClient>(rig.fake.url());
    const std::optional<Session> session = signInAdmin(*rig.client);
    if (!session)
        return false;
    rig.session = *session;
    rig.store = std::make_unique<BackupStore>(rig.fake.url());
    if (!rig.store->directory().startsWith(m_dataDir->path()))
        return false; // TMA_DATA_DIR must decide where backups go
    rig.fake.clearRequests();
    return true;
}

void TstConfigApplier::applyQuiet_data()
{
    addProfileRows();
}

void TstConfigApplier::applyQuiet()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    const QJsonObject openAiBefore = rig.fake.openAiConfig();

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, Preset::quiet());
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(!applier.isBusy());

    // Exactly: read, read the connections for the first ("original") backup, re-read right before
    // writing (nobody changed them meanwhile), write, verify.
    // The first two together (one round trip), in either order.
    QCOMPARE(
        sortedFirst(callList(rig.fake), 2),
        sortedFirst(QStringList{QStringLiteral("GET ") + taskConfigPath(profile),
                                QStringLiteral("GET /openai/config"),
                                QStringLiteral("GET ") + taskConfigPath(profile), // re-read before writing
                                QStringLiteral("POST ") + taskUpdatePath(profile),
                                QStringLiteral("GET ") + taskConfigPath(profile)},
                    2));
    const QJsonObject expected = quietOf(before);
    const QList<FakeOpenWebUi::Request> posts = requestsTo(rig.fake, "POST", taskUpdatePath(profile));
    QCOMPARE(bodyOf(posts.first()), expected); // the whole object, only our switches changed
    QCOMPARE(posts.first().status, 200);
    QCOMPARE(rig.fake.taskConfig(), expected);
    verifyUnownedKeysKept(before, rig.fake.taskConfig());
    QCOMPARE(rig.fake.openAiConfig(), openAiBefore);
    if (profile == FakeProfile::V0_11)
        QCOMPARE(rig.fake.taskConfig().value(QStringLiteral("TASK_MODEL_PARAMS")).toObject(),
                 (QJsonObject{{QStringLiteral("max_tokens"), 64}}));

    const ConfigApplier::Report& report = outcome.report;
    QVERIFY(!report.alreadyApplied);
    QVERIFY(!report.serverUnchanged);
    QCOMPARE(report.before.json(), before);
    QCOMPARE(report.after.json(), expected);
    QCOMPARE(report.taskApi, profile == FakeProfile::V0_4 ? TaskApi::Legacy : TaskApi::V1);
    QVERIFY(report.addedConnection.isEmpty());
    QStringList changed = report.changedKeys;
    changed.sort();
    QStringList expectedChanged;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (before.value(it.key()) != it.value())
            expectedChanged << it.key();
    }
    expectedChanged.sort();
    QCOMPARE(changed, expectedChanged);
    // Switches this version lacks are reported, not invented.
    QList<Automation> expectedSkipped;
    for (Automation automation : Automations::all()) {
        if (!before.contains(Automations::configKey(automation)))
            expectedSkipped << automation;
    }
    QCOMPARE(report.skipped.size(), expectedSkipped.size());
    for (Automation automation : std::as_const(expectedSkipped))
        QVERIFY(report.skipped.contains(automation));
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::Reading));
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::BackingUp));
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::Applying));
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::Verifying));
    QVERIFY(!outcome.steps.contains(ConfigApplier::Step::AddingConnection));

    // The first backup is the original: the settings from before, connections included.
    QVERIFY(!report.backupId.isEmpty());
    const std::optional<Backup> backup = rig.store->find(report.backupId);
    QVERIFY(backup);
    QVERIFY(backup->original);
    QCOMPARE(backup->taskConfig, before);
    QCOMPARE(backup->openAiConfig, OpenAiConnections(openAiBefore).redacted());
    QCOMPARE(backup->serverVersion, rig.fake.version());

    // Applying again changes nothing and does not even need the connections.
    rig.fake.clearRequests();
    ConfigApplier again(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome second = runApply(again, Preset::quiet());
    QVERIFY(second.finished);
    QVERIFY(second.report.alreadyApplied);
    QVERIFY(second.report.changedKeys.isEmpty());
    QCOMPARE(callList(rig.fake), QStringList{QStringLiteral("GET ") + taskConfigPath(profile)});
    QCOMPARE(rig.fake.taskConfig(), expected);
}

// A server far away: the apply's first reads go together on the connections the sign-in left open
// (one round trip), then the re-read that guards against another admin, the write and the check.
void TstConfigApplier::applyRoundTrips()
{
    Rig rig(FakeProfile::V0_11);
    QVERIFY(setUp(rig));
    rig.fake.setRoundTrip(25);
    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome first = runApply(applier, Preset::quiet());
    QVERIFY(first.finished);
    QCOMPARE(rig.fake.requests().size(), 5); // settings and connections, re-read, write, verify
    QCOMPARE(rig.fake.connectionsOpened(), 0);
    QCOMPARE(rig.fake.roundTripsOnCriticalPath(), 4);

    // A local preset checks the server's models before the backup: read with the settings.
    rig.fake.clearRequests();
    const ApplyOutcome local = runApply(applier, Preset::local(QStringLiteral("qwen2.5:3b")));
    QVERIFY(local.finished);
    QCOMPARE(requestsTo(rig.fake, "GET", QStringLiteral("/api/models")).size(), 1);
    QCOMPARE(rig.fake.roundTripsOnCriticalPath(), 4);
}

void TstConfigApplier::applyLocal_data()
{
    addProfileRows();
}

void TstConfigApplier::applyLocal()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, Preset::local(QStringLiteral("qwen2.5:3b")));
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    QVERIFY(outcome.finished);

    // The settings, the connections and the models together (one round trip), in any order.
    QCOMPARE(
        sortedFirst(callList(rig.fake), 3),
        sortedFirst(QStringList{QStringLiteral("GET ") + taskConfigPath(profile),
                                QStringLiteral("GET /openai/config"), QStringLiteral("GET /api/models"),
                                QStringLiteral("GET ") + taskConfigPath(profile), // re-read before writing
                                QStringLiteral("POST ") + taskUpdatePath(profile),
                                QStringLiteral("GET ") + taskConfigPath(profile)},
                    3));
    // The model check refreshes the server's model map (task routes only find listed models).
    const QList<FakeOpenWebUi::Request> listings = requestsTo(rig.fake, "GET", QStringLiteral("/api/models"));
    QCOMPARE(listings.first().query.queryItemValue(QStringLiteral("refresh")), QStringLiteral("true"));

    const QJsonObject expected = withModels(before, QStringLiteral("qwen2.5:3b"), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(bodyOf(requestsTo(rig.fake, "POST", taskUpdatePath(profile)).first()), expected);
    QCOMPARE(rig.fake.taskConfig(), expected);
    verifyUnownedKeysKept(before, rig.fake.taskConfig());
    QStringList changed = outcome.report.changedKeys;
    changed.sort();
    QCOMPARE(changed, (QStringList{QStringLiteral("TASK_MODEL"), QStringLiteral("TASK_MODEL_EXTERNAL")}));
    QVERIFY(outcome.report.warnings.isEmpty()); // qwen2.5:3b: small, public, no reasoning
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::CheckingModels));

    // A second apply with the original already on disk does not read the connections again.
    rig.fake.clearRequests();
    ConfigApplier second(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome other = runApply(second, Preset::local(QStringLiteral("llama3.2:3b")));
    QVERIFY(other.finished);
    QCOMPARE(rig.fake.requestCount("GET", QStringLiteral("/openai/config")), 0);
    QCOMPARE(rig.fake.taskConfig(), withModels(before, QStringLiteral("llama3.2:3b"), QStringLiteral("llama3.2:3b")));
    const std::optional<Backup> latest = rig.store->find(other.report.backupId);
    QVERIFY(latest);
    QVERIFY(!latest->original);
    QCOMPARE(latest->taskConfig, expected);
    QCOMPARE(rig.store->list().size(), 2);
    QCOMPARE(rig.store->original()->taskConfig, before);
}

void TstConfigApplier::applyHosted_data()
{
    addProfileRows();
}

void TstConfigApplier::applyHosted()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    const QJsonObject openAiBefore = rig.fake.openAiConfig();
    QVERIFY(!rig.fake.modelIds().contains(kHostedModel));

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(kProviderKey);
    const ApplyOutcome outcome = runApply(applier, hostedPreset());
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    QVERIFY(outcome.finished);
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::AddingConnection));

    // In this order (a POST /openai/verify of the new connection may come before the update).
    QStringList calls = callList(rig.fake);
    calls.removeAll(QStringLiteral("POST /openai/verify"));
    QCOMPARE(sortedFirst(calls, 2),
             sortedFirst(
                 QStringList{QStringLiteral("GET ") + taskConfigPath(profile),
                             QStringLiteral("GET /openai/config"),
                             QStringLiteral("GET /openai/config"), // re-read right before writing
                             QStringLiteral("POST /openai/config/update"), QStringLiteral("GET /api/models"),
                             QStringLiteral("POST /api/chat/completions"),     // one real, tiny request
                             QStringLiteral("GET ") + taskConfigPath(profile), // re-read before writing
                             QStringLiteral("POST ") + taskUpdatePath(profile),
                             QStringLiteral("GET ") + taskConfigPath(profile)},
                 2));

    // The connection was appended, index-aligned, enabled and with the shortlist.
    const QJsonObject openAi = rig.fake.openAiConfig();
    QCOMPARE(openAi.value(QStringLiteral("ENABLE_OPENAI_API")), QJsonValue(true));
    const QJsonArray urls = openAi.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    const QJsonArray keys = openAi.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
    const QJsonArray urlsBefore = openAiBefore.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    QCOMPARE(urls.size(), urlsBefore.size() + 1);
    const int index = int(urls.size()) - 1;
    QCOMPARE(urls.at(index).toString(), kProviderUrl);
    QCOMPARE(keys.size(), urls.size());
    QCOMPARE(keys.at(index).toString(), kProviderKey);
    for (int i = 0; i < index; ++i) {
        QCOMPARE(urls.at(i), urlsBefore.at(i));
        QCOMPARE(keys.at(i), openAiBefore.value(QStringLiteral("OPENAI_API_KEYS")).toArray().at(i));
    }
    const QJsonObject configs = openAi.value(QStringLiteral("OPENAI_API_CONFIGS")).toObject();
    const QJsonObject entry = configs.value(QString::number(index)).toObject();
    QCOMPARE(entry.value(QStringLiteral("enable")), QJsonValue(true));
    QCOMPARE(entry.value(QStringLiteral("connection_type")).toString(), QStringLiteral("external"));
    QCOMPARE(entry.value(QStringLiteral("model_ids")).toArray(), QJsonArray{kHostedModel});
    // Connections that were there keep their settings.
    const QJsonObject configsBefore = openAiBefore.value(QStringLiteral("OPENAI_API_CONFIGS")).toObject();
    for (auto it = configsBefore.begin(); it != configsBefore.end(); ++it)
        QCOMPARE(configs.value(it.key()), it.value());

    // The update body sent the key at the same index the URL went to.
    const QJsonObject posted = bodyOf(requestsTo(rig.fake, "POST", QStringLiteral("/openai/config/update")).first());
    QCOMPARE(posted.value(QStringLiteral("ENABLE_OPENAI_API")), QJsonValue(true));
    QCOMPARE(posted.value(QStringLiteral("OPENAI_API_KEYS")).toArray().at(index).toString(), kProviderKey);

    // The server lists the model now, and both slots use it.
    QVERIFY(rig.fake.modelIds().contains(kHostedModel));
    const QJsonObject expected = withModels(before, kHostedModel, kHostedModel);
    QCOMPARE(rig.fake.taskConfig(), expected);
    verifyUnownedKeysKept(before, rig.fake.taskConfig());
    QCOMPARE(outcome.report.addedConnection, kProviderUrl);
    const std::optional<Backup> backup = rig.store->find(outcome.report.backupId);
    QVERIFY(backup);
    QCOMPARE(backup->addedConnections, QStringList{kProviderUrl});
}

void TstConfigApplier::restoreOriginal_data()
{
    addProfileColumn();
    QTest::addColumn<QString>("preset");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        for (const char* preset : {"local", "hosted"}) // quiet: covered by local (no connection change)
            QTest::addRow("%s/%s", name.constData(), preset) << profile << QString::fromLatin1(preset);
    }
}

void TstConfigApplier::restoreOriginal()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, preset);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    const QJsonObject openAiBefore = rig.fake.openAiConfig();

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(kProviderKey);
    Preset chosen = preset == QLatin1String("quiet")   ? Preset::quiet()
                    : preset == QLatin1String("local") ? Preset::local(QStringLiteral("llama3.2:3b"))
                                                       : hostedPreset();
    const ApplyOutcome applied = runApply(applier, chosen);
    if (applied.failed)
        QFAIL(qPrintable(applied.error.message()));
    QVERIFY(rig.fake.taskConfig() != before);
    verifyUnownedKeysKept(before, rig.fake.taskConfig());
    // And a second change on top, so "original" is not simply "the latest backup".
    ConfigApplier more(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome applied2 = runApply(more, Preset::quiet());
    QVERIFY(applied2.report.changedKeys.size() > 0);
    QVERIFY(applied2.finished);

    const std::optional<Backup> original = rig.store->original();
    QVERIFY(original);
    QCOMPARE(original->taskConfig, before);

    rig.fake.clearRequests();
    ConfigApplier restorer(rig.client.get(), rig.session, rig.newStore());
    restorer.restoreFrom(*original);
    const ApplyOutcome restored = runApply(restorer, Preset::original(original->taskConfig));
    if (restored.failed)
        QFAIL(qPrintable(restored.error.message()));
    QVERIFY(restored.finished);

    // Exactly the settings from before the first apply, templates and TASK_MODEL_PARAMS included.
    QCOMPARE(rig.fake.taskConfig(), before);
    QCOMPARE(bodyOf(requestsTo(rig.fake, "POST", taskUpdatePath(profile)).first()), before);
    QCOMPARE(rig.fake.requestCount("GET", QStringLiteral("/api/models")), 0); // nothing to check
    // The connection an apply added is gone again; the others are as they were.
    QCOMPARE(rig.fake.openAiConfig(), openAiBefore);
    QVERIFY(!rig.fake.modelIds().contains(kHostedModel));
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/openai/config/update")),
             preset == QLatin1String("hosted") ? 1 : 0);
    QVERIFY(!restored.report.alreadyApplied);
    QStringList changed = restored.report.changedKeys;
    QVERIFY(!changed.isEmpty());
}

void TstConfigApplier::unknownModelRefused_data()
{
    addProfileRows();
}

void TstConfigApplier::unknownModelRefused()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, Preset::local(QStringLiteral("does-not-exist:1b")));
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.emissions, 1);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Invalid);
    QVERIFY(!outcome.error.message().isEmpty());
    QVERIFY2(outcome.error.message().contains(QLatin1String("does-not-exist:1b")), qPrintable(outcome.error.message()));
    QVERIFY(outcome.report.serverUnchanged);
    QCOMPARE(rig.fake.requestCount("POST", taskUpdatePath(profile)), 0);
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/openai/config/update")), 0);
    QCOMPARE(rig.fake.taskConfig(), before);
    QVERIFY(!applier.isBusy());
    // Refused before anything was written: no backup either.
    QVERIFY(outcome.report.backupId.isEmpty());
    QVERIFY(rig.store->list().isEmpty());
    QVERIFY(!outcome.steps.contains(ConfigApplier::Step::BackingUp));
}

void TstConfigApplier::missingProviderKeyRefused_data()
{
    addProfileRows();
}

void TstConfigApplier::missingProviderKeyRefused()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, hostedPreset()); // no setProviderKey()
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Invalid);
    QVERIFY(!outcome.error.message().isEmpty());
    QVERIFY(outcome.report.serverUnchanged);
    QCOMPARE(rig.fake.requests().size(), 0);
}

void TstConfigApplier::modelWarnings_data()
{
    addProfileColumn();
    QTest::addColumn<QString>("model");
    QTest::addColumn<PresetIssue::Kind>("warning");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        QTest::addRow("%s/reasoning", name.constData())
            << profile << QStringLiteral("deepseek-r1:32b") << PresetIssue::Kind::ReasoningModel;
        QTest::addRow("%s/private", name.constData())
            << profile << QStringLiteral("private-small:1b") << PresetIssue::Kind::PrivateModel;
    }
}

void TstConfigApplier::modelWarnings()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, model);
    QFETCH(PresetIssue::Kind, warning);
    Rig rig(profile);
    FakeModel privateModel;
    privateModel.id = QStringLiteral("private-small:1b");
    privateModel.sizeBytes = 900000000;
    privateModel.parameterSize = QStringLiteral("1.2B");
    privateModel.isPrivate = true;
    rig.fake.addModel(privateModel);
    QVERIFY(setUp(rig));

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, Preset::local(model));
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    QVERIFY(outcome.finished); // a warning does not stop the apply
    bool found = false;
    for (const PresetIssue& issue : outcome.report.warnings) {
        QCOMPARE(issue.severity, PresetIssue::Severity::Warning);
        QVERIFY(!issue.message.isEmpty());
        if (issue.kind == warning) {
            found = true;
            QCOMPARE(issue.modelId, model);
        }
    }
    QVERIFY(found);
    if (model == QLatin1String("deepseek-r1:32b")) { // 32.8B: also not a lightweight model
        const bool large = std::any_of(outcome.report.warnings.begin(), outcome.report.warnings.end(),
                                       [](const PresetIssue& issue) { return issue.kind == PresetIssue::Kind::LargeModel; });
        QVERIFY(large);
    }
    QCOMPARE(rig.fake.taskConfig().value(QStringLiteral("TASK_MODEL")).toString(), model);
}

void TstConfigApplier::conflict_data()
{
    addProfileColumn();
    QTest::addColumn<bool>("concurrentFault");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        QTest::addRow("%s/changed-since-read", name.constData()) << profile << false;
        QTest::addRow("%s/concurrent-change", name.constData()) << profile << true;
    }
}

void TstConfigApplier::conflict()
{
    QFETCH(FakeProfile, profile);
    QFETCH(bool, concurrentFault);
    Rig rig(profile);
    QVERIFY(setUp(rig));

    TaskConfig seen;
    if (concurrentFault) {
        // The user reads the settings; right after, another admin saves theirs.
        rig.fake.setFault(taskConfigPath(profile), FakeFault::ConcurrentChange, 1, "GET");
        bool done = false;
        onFinished(rig.client->getTaskConfig(rig.session.server.taskApi), this, [&](ApiReply* reply) {
            seen = TaskConfig(reply->json().toObject());
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
    } else {
        seen = TaskConfig(rig.fake.taskConfig());
        QJsonObject changed = rig.fake.taskConfig();
        changed.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("someone-else:1b"));
        rig.fake.setTaskConfig(changed);
    }
    const QJsonObject serverNow = rig.fake.taskConfig();
    QVERIFY(TaskConfig(serverNow) != seen);
    rig.fake.clearRequests();

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setExpected(seen);
    const ApplyOutcome outcome = runApply(applier, Preset::local(QStringLiteral("qwen2.5:3b")));
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Conflict);
    QVERIFY(!outcome.error.message().isEmpty());
    // The settings concerned, named as the admin page names them, in a sentence of our own.
    QVERIFY2(outcome.error.detail().contains(QLatin1String("Task model for chats with local models")),
             qPrintable(outcome.error.detail()));
    if (concurrentFault) // the other admin also flipped tags generation
        QVERIFY2(outcome.error.detail().contains(QLatin1String("Tags Generation")),
                 qPrintable(outcome.error.detail()));
    QVERIFY2(outcome.error.message().contains(QLatin1String("Settings concerned: ")) &&
                 !outcome.error.message().contains(QLatin1String("Server says")),
             qPrintable(outcome.error.message()));
    QVERIFY(outcome.report.serverUnchanged);
    QCOMPARE(rig.fake.requestCount("POST", taskUpdatePath(profile)), 0);
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/openai/config/update")), 0);
    QCOMPARE(rig.fake.taskConfig(), serverNow); // the other admin's change survives
    QVERIFY(rig.store->list().isEmpty());       // nothing was about to change: no backup
}

void TstConfigApplier::notPersisted_data()
{
    addProfileRows();
}

void TstConfigApplier::notPersisted()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    rig.fake.setFault(taskUpdatePath(profile), FakeFault::NotPersisted);

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, Preset::local(QStringLiteral("qwen2.5:3b")));
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::NotPersisted);
    QVERIFY(!outcome.error.message().isEmpty());
    QVERIFY2(outcome.error.detail().contains(QLatin1String("Task model for chats with local models")),
             qPrintable(outcome.error.detail()));
    QVERIFY(outcome.report.serverUnchanged);
    QCOMPARE(rig.fake.taskConfig(), before);
    QCOMPARE(rig.fake.requestCount("POST", taskUpdatePath(profile)), 1);
    QCOMPARE(rig.fake.requestCount("GET", taskConfigPath(profile)), 3); // read + re-read before writing + verify
    QCOMPARE(outcome.report.after.json(), before);
}

void TstConfigApplier::notPersistedHostedIsNotHalfDone_data()
{
    addProfileRows();
}

// ConfigApplier.h: "The server's settings end up either unchanged or fully applied; a failure says
// which." When the task settings are not kept, the connection added for a hosted preset must be
// taken back (as after any other failed write), or the report must not claim the server unchanged.
void TstConfigApplier::notPersistedHostedIsNotHalfDone()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    const QJsonObject openAiBefore = rig.fake.openAiConfig();
    rig.fake.setFault(taskUpdatePath(profile), FakeFault::NotPersisted);

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(kProviderKey);
    const ApplyOutcome outcome = runApply(applier, hostedPreset());
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::NotPersisted);
    QCOMPARE(rig.fake.taskConfig(), before);
    const bool connectionGone = rig.fake.openAiConfig() == openAiBefore;
    QVERIFY2(!outcome.report.serverUnchanged || connectionGone,
             "report says the server is unchanged, but the connection the apply added is still there");
    QVERIFY2(outcome.report.addedConnection.isEmpty() == connectionGone,
             "report.addedConnection disagrees with the server's connections");
    // The preferred outcome: nothing half done.
    QVERIFY2(connectionGone, "the connection added for the preset was left on the server");
    QVERIFY(outcome.report.serverUnchanged);
}

void TstConfigApplier::missingRequiredFieldFilled_data()
{
    addProfileRows();
}

// A required field the GET lacks (no audited version does that, but a proxy or a fork may): the
// update answers 422 naming it, and the write is made once more with its default.
void TstConfigApplier::missingRequiredFieldFilled()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QJsonObject stored = rig.fake.taskConfig();
    stored.remove(QStringLiteral("TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"));
    rig.fake.setTaskConfig(stored);
    QVERIFY(setUp(rig));

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, Preset::local(QStringLiteral("qwen2.5:3b")));
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    const QList<FakeOpenWebUi::Request> posts = requestsTo(rig.fake, "POST", taskUpdatePath(profile));
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.first().status, 422);
    QCOMPARE(posts.last().status, 200);
    QJsonObject expected = withModels(stored, QStringLiteral("qwen2.5:3b"), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(bodyOf(posts.first()), expected); // nothing guessed up front
    expected.insert(QStringLiteral("TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"), QString());
    QCOMPARE(bodyOf(posts.last()), expected);
    QCOMPARE(rig.fake.taskConfig(), expected);
}

// The session takes the server for a newer release than it is (0.6.14 has follow-ups; this one is
// 0.5): no switch the server does not have is invented, so nothing reads as "not kept".
void TstConfigApplier::noFieldGuessedFromTheVersion()
{
    Rig rig(FakeProfile::V0_5);
    QVERIFY(setUp(rig));
    rig.session.server.version = ServerVersion(0, 6, 14);
    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, Preset::local(QStringLiteral("qwen2.5:3b")));
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    const QList<FakeOpenWebUi::Request> posts =
        requestsTo(rig.fake, "POST", taskUpdatePath(FakeProfile::V0_5));
    QCOMPARE(posts.size(), 1);
    QVERIFY(!bodyOf(posts.first()).contains(QStringLiteral("ENABLE_FOLLOW_UP_GENERATION")));
    QCOMPARE(outcome.report.changedKeys.size(), 2); // the two task models, nothing else
}

void TstConfigApplier::failedWrite_data()
{
    addProfileColumn();
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        QTest::addRow("%s/server-error", name.constData()) << profile << FakeFault::ServerError << ApiError::Kind::Server;
        QTest::addRow("%s/reset", name.constData()) << profile << FakeFault::Reset << ApiError::Kind::Unreachable;
        QTest::addRow("%s/html", name.constData()) << profile << FakeFault::Html << ApiError::Kind::UnexpectedContent;
        QTest::addRow("%s/expired-token", name.constData())
            << profile << FakeFault::ExpiredToken << ApiError::Kind::SessionExpired;
    }
}

void TstConfigApplier::failedWrite()
{
    QFETCH(FakeProfile, profile);
    QFETCH(FakeFault, fault);
    QFETCH(ApiError::Kind, kind);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    rig.fake.setFault(taskUpdatePath(profile), fault, -1, "POST");

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setConfirmWaitMs(1500);
    const ApplyOutcome outcome = runApply(applier, Preset::quiet());
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.emissions, 1);
    QVERIFY2(outcome.error.kind() == kind, qPrintable(outcome.error.code() + QLatin1Char(' ') + outcome.error.message()));
    QVERIFY(!outcome.error.message().isEmpty());
    verifyNoSecrets(outcome.error, {rig.client->credential()});
    QVERIFY(outcome.report.serverUnchanged);
    QCOMPARE(rig.fake.taskConfig(), before);
    QVERIFY(rig.fake.requestCount("POST", taskUpdatePath(profile)) >= 1);
    // Read, re-read right before writing, and after the failed write once more to learn whether
    // it was applied anyway. A reset connection lost the answer: the write may still land, so the
    // settings are read back until the wait is over.
    const bool answerLost = fault == FakeFault::Reset;
    QCOMPARE(outcome.report.writeCheckedAfterMs >= 1500, answerLost);
    QCOMPARE(rig.fake.requestCount("GET", taskConfigPath(profile)) > 3, answerLost);
    if (!answerLost)
        QCOMPARE(rig.fake.requestCount("GET", taskConfigPath(profile)), 3);
    QVERIFY(!outcome.report.writeUnconfirmed);
    QCOMPARE(ConfigApplier::serverStateText(outcome.report, false).contains(QStringLiteral("did not answer")),
             answerLost);

    // The backup taken before the write is on disk and intact.
    QVERIFY(!outcome.report.backupId.isEmpty());
    const std::optional<Backup> backup = rig.store->find(outcome.report.backupId);
    QVERIFY(backup);
    QCOMPARE(backup->taskConfig, before);
    QVERIFY(rig.store->problems().isEmpty());
}

void TstConfigApplier::lateSaveIsReportedAsSaved_data()
{
    addProfileRows();
}

void TstConfigApplier::lateSaveIsReportedAsSaved()
{
    // The save is applied after the client gave up on it: what the server then holds is told, with
    // the backup to undo it — never "not changed".
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    rig.client->setTimeoutMs(700);
    rig.fake.setDelay(taskUpdatePath(profile), 1500, 1, "POST");

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setConfirmWaitMs(8000);
    const ApplyOutcome outcome = runApply(applier, Preset::quiet());
    QVERIFY2(outcome.finished, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::ConfirmingWrite));
    QCOMPARE(rig.fake.taskConfig(), quietOf(before));
    QCOMPARE(outcome.report.after.json(), quietOf(before));
    QVERIFY(!outcome.report.serverUnchanged);
    // Read back more than once: the first read still found the old settings.
    QVERIFY(rig.fake.requestCount("GET", taskConfigPath(profile)) >= 4);
    QVERIFY(outcome.report.writeCheckedAfterMs >= 500);
    QVERIFY(ConfigApplier::serverStateText(outcome.report, true)
                .contains(QStringLiteral("showed that they were saved")));
    QVERIFY(rig.store->find(outcome.report.backupId)); // Undo has its backup
    QCOMPARE(rig.store->find(outcome.report.backupId)->taskConfig, before);
}

void TstConfigApplier::lostSaveNeverAppliedIsUnchanged_data()
{
    addProfileRows();
}

void TstConfigApplier::lostSaveNeverAppliedIsUnchanged()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    rig.client->setTimeoutMs(500);
    rig.fake.setFault(taskUpdatePath(profile), FakeFault::Hang, -1, "POST");

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setConfirmWaitMs(1200);
    const ApplyOutcome outcome = runApply(applier, Preset::quiet());
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(rig.fake.taskConfig(), before);
    QVERIFY(outcome.report.serverUnchanged);
    QVERIFY(!outcome.report.writeUnconfirmed);
    QVERIFY(outcome.report.writeCheckedAfterMs >= 1200);
    QVERIFY(rig.fake.requestCount("GET", taskConfigPath(profile)) >= 4);
    QVERIFY(ConfigApplier::serverStateText(outcome.report, false)
                .contains(QStringLiteral("still held its previous")));
}

void TstConfigApplier::lostSaveThatCannotBeReadBackIsUnconfirmed_data()
{
    addProfileRows();
}

void TstConfigApplier::lostSaveThatCannotBeReadBackIsUnconfirmed()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    rig.client->setTimeoutMs(500);
    rig.fake.setFault(taskUpdatePath(profile), FakeFault::Hang, -1, "POST");
    // Once the save is on its way, the server stops answering reads too (it is down, say).
    connect(&rig.fake, &FakeOpenWebUi::requestReceived, this,
            [&rig, profile](const QByteArray& method, const QString& path) {
                if (method == "POST" && path == taskUpdatePath(profile))
                    rig.fake.setFault(taskConfigPath(profile), FakeFault::BadGateway, -1, "GET");
            });

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setConfirmWaitMs(1000);
    const ApplyOutcome outcome = runApply(applier, Preset::quiet());
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(outcome.report.writeUnconfirmed);
    QVERIFY(!outcome.report.serverUnchanged); // never claimed
    QVERIFY(ConfigApplier::serverStateText(outcome.report, false).contains(QStringLiteral("could not tell")));
    QVERIFY(!outcome.report.backupId.isEmpty());
}

void TstConfigApplier::failedWriteRollsBackConnection_data()
{
    addProfileRows();
}

void TstConfigApplier::failedWriteRollsBackConnection()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    const QJsonObject openAiBefore = rig.fake.openAiConfig();
    rig.fake.setFault(taskUpdatePath(profile), FakeFault::ServerError, -1, "POST");

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(kProviderKey);
    const ApplyOutcome outcome = runApply(applier, hostedPreset());
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Server);
    // The connection added for the preset was taken back: nothing is half done.
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/openai/config/update")), 2);
    QCOMPARE(rig.fake.openAiConfig(), openAiBefore);
    QCOMPARE(rig.fake.taskConfig(), before);
    QVERIFY(outcome.report.serverUnchanged);
    QVERIFY(outcome.report.addedConnection.isEmpty());
    verifyNoSecrets(outcome.error, {kProviderKey});
}

void TstConfigApplier::hostedWrongProviderKeyRefused_data()
{
    addProfileRows();
}

// Spec §8 ("POST /openai/verify ... Use this before saving") and §12 step 5: a new connection is
// verified with its key before it is saved. A key the provider refuses must not end up on the
// server (with a model_ids shortlist the server lists the model anyway, and every task then fails
// upstream with 401).
void TstConfigApplier::hostedWrongProviderKeyRefused()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    const QJsonObject openAiBefore = rig.fake.openAiConfig();
    const QString wrongKey = QStringLiteral("sk-or-v1-wrong-key-9876543210");

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(wrongKey);
    const ApplyOutcome outcome = runApply(applier, hostedPreset());
    QVERIFY2(outcome.failed, "a connection with a key the provider refuses was saved");
    QVERIFY(!outcome.error.message().isEmpty());
    QVERIFY2(outcome.error.kind() != ApiError::Kind::SessionExpired,
             "the provider's 401 must not read as the admin's session having expired");
    verifyNoSecrets(outcome.error, {wrongKey});
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/openai/verify")), 1);
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/openai/config/update")), 0);
    QCOMPARE(rig.fake.requestCount("POST", taskUpdatePath(profile)), 0);
    QCOMPARE(rig.fake.openAiConfig(), openAiBefore);
    QCOMPARE(rig.fake.taskConfig(), before);
    QVERIFY(outcome.report.serverUnchanged);
}

void TstConfigApplier::providerRefusalFoundByOneRealRequest_data()
{
    addProfileColumn();
    QTest::addColumn<QString>("refusal");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        for (const char* refusal : {"wrong-key", "no-credits", "unknown-model"})
            QTest::addRow("%s/%s", name.constData(), refusal) << profile << QString::fromLatin1(refusal);
    }
}

// OpenRouter lists its models for anyone, so /openai/verify passes with any key. One tiny
// completion through the server after adding the connection shows the refusal; the provider's
// words reach the user, the connection goes again and the task settings stay as they were.
void TstConfigApplier::providerRefusalFoundByOneRealRequest()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, refusal);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    rig.fake.setProviderModelListOpen(kProviderUrl, true);
    const QJsonObject before = rig.fake.taskConfig();
    const QJsonObject openAiBefore = rig.fake.openAiConfig();
    QString key = kProviderKey;
    Preset preset = hostedPreset();
    QString said;
    int status = 0;
    if (refusal == QLatin1String("wrong-key")) {
        key = QStringLiteral("sk-or-v1-wrong-key-9876543210");
        said = QStringLiteral("No auth credentials found");
        status = 401;
    } else if (refusal == QLatin1String("no-credits")) {
        rig.fake.setProviderRefusal(kProviderUrl, 402, QStringLiteral("Insufficient credits"));
        said = QStringLiteral("Insufficient credits");
        status = 402;
    } else {
        HostedConnection connection = *preset.connection;
        connection.modelIds = {QStringLiteral("acme/no-such-model")};
        preset = Preset::hosted(connection, QStringLiteral("acme/no-such-model"));
        said = QStringLiteral("acme/no-such-model is not a valid model ID");
        status = 404;
    }

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(key);
    const ApplyOutcome outcome = runApply(applier, preset);
    QVERIFY(outcome.failed);
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::ProvingProvider));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::ProviderRefused);
    QVERIFY2(outcome.error.message().contains(said), qPrintable(outcome.error.message()));
    // 0.11 hides the provider's status behind 400; the others keep it (0.5 inside the text).
    if (profile != FakeProfile::V0_11)
        QCOMPARE(outcome.error.httpStatus(), status);
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/api/chat/completions")), 1);
    const QJsonObject proofBody =
        bodyOf(requestsTo(rig.fake, "POST", QStringLiteral("/api/chat/completions")).first());
    QCOMPARE(proofBody.value(QStringLiteral("max_tokens")).toInt(), 1);
    QCOMPARE(proofBody.value(QStringLiteral("stream")), QJsonValue(false));
    QCOMPARE(rig.fake.requestCount("POST", taskUpdatePath(profile)), 0);
    QCOMPARE(rig.fake.openAiConfig(), openAiBefore); // the connection went again
    QCOMPARE(rig.fake.taskConfig(), before);
    QVERIFY(outcome.report.serverUnchanged);
    verifyNoSecrets(outcome.error, {key});
}

void TstConfigApplier::verifySendsTheConnectionsConfig_data()
{
    addProfileRows();
}

// An existing connection that reaches its provider only with its own headers (a gateway, Azure)
// must be verified with them: routers/openai.py verify_connection reads `config` from 0.6 on.
void TstConfigApplier::verifySendsTheConnectionsConfig()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject headers{{QStringLiteral("X-Gateway"), QStringLiteral("team-a")}};
    rig.fake.setProviderRequiredHeader(kProviderUrl, QStringLiteral("X-Gateway"), QStringLiteral("team-a"));
    QJsonObject openAi = rig.fake.openAiConfig();
    QJsonArray urls = openAi.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    QJsonArray keys = openAi.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
    QJsonObject configs = openAi.value(QStringLiteral("OPENAI_API_CONFIGS")).toObject();
    // Turned off, so the apply turns it on again and verifies it first.
    configs.insert(QString::number(urls.size()),
                   QJsonObject{{QStringLiteral("enable"), false},
                               {QStringLiteral("headers"), headers},
                               {QStringLiteral("connection_type"), QStringLiteral("external")}});
    urls.append(kProviderUrl);
    keys.append(kProviderKey);
    openAi.insert(QStringLiteral("OPENAI_API_BASE_URLS"), urls);
    openAi.insert(QStringLiteral("OPENAI_API_KEYS"), keys);
    openAi.insert(QStringLiteral("OPENAI_API_CONFIGS"), configs);
    rig.fake.setOpenAiConfig(openAi);

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(kProviderKey);
    const ApplyOutcome outcome = runApply(applier, hostedPreset());
    const QList<FakeOpenWebUi::Request> verifies =
        requestsTo(rig.fake, "POST", QStringLiteral("/openai/verify"));
    QCOMPARE(verifies.size(), 1);
    const QJsonObject sent = bodyOf(verifies.first()).value(QStringLiteral("config")).toObject();
    QCOMPARE(sent.value(QStringLiteral("headers")).toObject(), headers);
    if (profile == FakeProfile::V0_4 || profile == FakeProfile::V0_5) {
        // 0.5 ignores the config: the provider refuses, and the refusal is the provider's.
        QVERIFY(outcome.failed);
        QVERIFY(outcome.error.message().contains(kProviderUrl));
        QVERIFY(outcome.error.kind() != ApiError::Kind::SessionExpired);
        QVERIFY(outcome.report.serverUnchanged);
        return;
    }
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    QCOMPARE(rig.fake.taskConfig().value(QStringLiteral("TASK_MODEL_EXTERNAL")).toString(), kHostedModel);
}

void TstConfigApplier::connectionsChangedMeanwhileAreNotOverwritten_data()
{
    addProfileRows();
}

// /openai/config/update replaces every connection: another admin's change between our read and
// our write must stop the apply, not be overwritten.
void TstConfigApplier::connectionsChangedMeanwhileAreNotOverwritten()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    rig.fake.setFault(QStringLiteral("/openai/config"), FakeFault::ConcurrentChange, 1, "GET");

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(kProviderKey);
    const ApplyOutcome outcome = runApply(applier, hostedPreset());
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::ConnectionConflict);
    QVERIFY(!outcome.error.message().isEmpty());
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/openai/config/update")), 0);
    const QJsonArray urls = rig.fake.openAiConfig().value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    QVERIFY(urls.contains(QJsonValue(QStringLiteral("https://someone-else.example/v1")))); // theirs stays
    QVERIFY(!urls.contains(QJsonValue(kProviderUrl)));
    QCOMPARE(rig.fake.taskConfig(), before);
    QVERIFY(outcome.report.serverUnchanged);
}

void TstConfigApplier::rollbackLeavesAnotherAdminsConnections_data()
{
    addProfileRows();
}

// The task write fails after our connection was added, and another admin has changed the
// connections since: taking ours back would overwrite theirs, so both stay and the report says
// the server was changed.
void TstConfigApplier::rollbackLeavesAnotherAdminsConnections()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    rig.fake.setFault(QStringLiteral("/openai/config/update"), FakeFault::ConcurrentChange, 1, "POST");
    rig.fake.setFault(taskUpdatePath(profile), FakeFault::ServerError, -1, "POST");

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setProviderKey(kProviderKey);
    const ApplyOutcome outcome = runApply(applier, hostedPreset());
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Server);
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/openai/config/update")), 1); // no rollback write
    const QJsonArray urls = rig.fake.openAiConfig().value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    QVERIFY(urls.contains(QJsonValue(QStringLiteral("https://someone-else.example/v1"))));
    QVERIFY(urls.contains(QJsonValue(kProviderUrl)));
    QVERIFY(!outcome.report.serverUnchanged);
    QCOMPARE(outcome.report.addedConnection, kProviderUrl);
    QCOMPARE(rig.fake.taskConfig(), before);
}

void TstConfigApplier::backupsHoldNoProviderKey_data()
{
    addProfileRows();
}

void TstConfigApplier::backupsHoldNoProviderKey()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(setUp(rig));

    // The first apply adds the connection; the second one backs up a server that has the key.
    for (int round = 0; round < 2; ++round) {
        ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
        applier.setProviderKey(kProviderKey);
        const ApplyOutcome outcome = runApply(applier, hostedPreset());
        if (outcome.failed)
            QFAIL(qPrintable(outcome.error.message()));
        QCOMPARE(outcome.report.alreadyApplied, round == 1);
    }
    const QList<Backup> backups = rig.store->list();
    QCOMPARE(backups.size(), 2);
    const QJsonArray keys = backups.first().openAiConfig.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(1).toString(), QStringLiteral("<redacted>"));
    QVERIFY(fileCount(m_dataDir->path()) >= 2);
    QCOMPARE(filesContaining(m_dataDir->path(), kProviderKey.toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_dataDir->path(), rig.client->credential().toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_dataDir->path(), "admin-pass"), QStringList());
}

namespace {

// One profile per generation of workspace records: access_control (0.6) and access grants (0.11).
void addRecordGenerationRows()
{
    addProfileColumn();
    for (FakeProfile profile : {FakeProfile::V0_6, FakeProfile::V0_11})
        QTest::newRow(qPrintable(tma::test::profileName(profile))) << profile;
}

// A small model regular users may not use: freshly pulled (no record) or with a private record.
void addPrivateModel(FakeOpenWebUi& fake, bool hasRecord)
{
    FakeModel model;
    model.id = QStringLiteral("private-small:1b");
    model.sizeBytes = 900000000;
    model.parameterSize = QStringLiteral("1.2B");
    model.hasRecord = hasRecord;
    model.isPrivate = hasRecord;
    fake.addModel(model);
}

} // namespace

void TstConfigApplier::privateTaskModelMadePublicAndRestored_data()
{
    addProfileColumn();
    QTest::addColumn<bool>("hasRecord");
    for (FakeProfile profile : {FakeProfile::V0_5, FakeProfile::V0_6, FakeProfile::V0_11}) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        QTest::addRow("%s/no-record", name.constData()) << profile << false;
        QTest::addRow("%s/private-record", name.constData()) << profile << true;
    }
}

void TstConfigApplier::privateTaskModelMadePublicAndRestored()
{
    QFETCH(FakeProfile, profile);
    QFETCH(bool, hasRecord);
    const QString model = QStringLiteral("private-small:1b");
    Rig rig(profile);
    addPrivateModel(rig.fake, hasRecord);
    QVERIFY(setUp(rig));
    QVERIFY(!rig.fake.modelUsableByUsers(model));

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setShareModels(true);
    const ApplyOutcome outcome = runApply(applier, Preset::local(model));
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    QCOMPARE(outcome.report.sharedModels, QStringList{model});
    QVERIFY(outcome.steps.contains(ConfigApplier::Step::SharingModels));
    for (const PresetIssue& issue : outcome.report.warnings)
        QVERIFY(issue.kind != PresetIssue::Kind::PrivateModel); // it holds no more
    QVERIFY(rig.fake.modelUsableByUsers(model));
    QCOMPARE(rig.fake.taskConfig().value(QStringLiteral("TASK_MODEL")).toString(), model);
    // The record as it was went into the backup before anything was written.
    const std::optional<Backup> backup = rig.store->find(outcome.report.backupId);
    QVERIFY(backup);
    QCOMPARE(backup->sharedModels.size(), 1);
    const QJsonObject noted = backup->sharedModels.first().toObject();
    QCOMPARE(noted.value(QStringLiteral("id")).toString(), model);
    QCOMPARE(noted.value(QStringLiteral("record")).isObject(), hasRecord);
    // The endpoints of the version: 0.11 writes the grants, earlier versions the whole record.
    const bool v011 = profile == FakeProfile::V0_11;
    QCOMPARE(rig.fake.requestCount("GET", QStringLiteral("/api/v1/models/model")), 1);
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/api/v1/models/model/access/update")),
             v011 ? 1 : 0);
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/api/v1/models/create")),
             !v011 && !hasRecord ? 1 : 0);
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/api/v1/models/model/update")),
             !v011 && hasRecord ? 1 : 0);

    // Undo: the record goes back to what it was (none, or private again).
    ConfigApplier restorer(rig.client.get(), rig.session, rig.newStore());
    restorer.restoreFrom(*backup);
    const ApplyOutcome restored = runApply(restorer, Preset::original(backup->taskConfig));
    if (restored.failed)
        QFAIL(qPrintable(restored.error.message()));
    QCOMPARE(restored.report.restoredModels, QStringList{model});
    QVERIFY(!rig.fake.modelUsableByUsers(model));
    QCOMPARE(rig.fake.modelHasRecord(model), hasRecord);
    QCOMPARE(rig.fake.taskConfig(), backup->taskConfig);
}

void TstConfigApplier::restoreKeepsLaterEditsAndRunsOnce_data()
{
    addRecordGenerationRows();
}

// After the share an admin edited the record (renamed it): the restore takes back only the public
// access, the record and its new name stay. A second restore of the same backup does nothing to it.
void TstConfigApplier::restoreKeepsLaterEditsAndRunsOnce()
{
    QFETCH(FakeProfile, profile);
    const QString model = QStringLiteral("private-small:1b");
    Rig rig(profile);
    addPrivateModel(rig.fake, false);
    QVERIFY(setUp(rig));
    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setShareModels(true);
    const ApplyOutcome outcome = runApply(applier, Preset::local(model));
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    QVERIFY(rig.fake.modelUsableByUsers(model));
    rig.fake.renameModelRecord(model, QStringLiteral("Team task model"));

    const std::optional<Backup> backup = rig.store->find(outcome.report.backupId);
    QVERIFY(backup);
    ConfigApplier restorer(rig.client.get(), rig.session, rig.newStore());
    restorer.restoreFrom(*backup);
    const ApplyOutcome restored = runApply(restorer, Preset::original(backup->taskConfig));
    if (restored.failed)
        QFAIL(qPrintable(restored.error.message()));
    QCOMPARE(restored.report.restoredModels, QStringList{model});
    QVERIFY(!rig.fake.modelUsableByUsers(model));
    QVERIFY(rig.fake.modelHasRecord(model)); // edited since: not deleted
    QCOMPARE(rig.fake.modelRecordName(model), QStringLiteral("Team task model"));

    rig.fake.clearRequests();
    ConfigApplier again(rig.client.get(), rig.session, rig.newStore());
    again.restoreFrom(*rig.store->find(outcome.report.backupId));
    const ApplyOutcome twice = runApply(again, Preset::original(backup->taskConfig));
    if (twice.failed)
        QFAIL(qPrintable(twice.error.message()));
    QVERIFY(twice.report.restoredModels.isEmpty());
    QCOMPARE(rig.fake.requestCount("GET", QStringLiteral("/api/v1/models/model")), 0);
    QVERIFY(rig.fake.modelHasRecord(model));
}

void TstConfigApplier::failedWriteTakesTheShareBack_data()
{
    addRecordGenerationRows();
}

void TstConfigApplier::failedWriteTakesTheShareBack()
{
    QFETCH(FakeProfile, profile);
    const QString model = QStringLiteral("private-small:1b");
    Rig rig(profile);
    addPrivateModel(rig.fake, false);
    QVERIFY(setUp(rig));
    const QJsonObject before = rig.fake.taskConfig();
    rig.fake.setFault(taskUpdatePath(profile), FakeFault::ServerError, -1, "POST");

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    applier.setShareModels(true);
    const ApplyOutcome outcome = runApply(applier, Preset::local(model));
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Server);
    // Never half done: the task settings are as before, and so is the model's record.
    QVERIFY(outcome.report.serverUnchanged);
    QVERIFY(outcome.report.sharedModels.isEmpty());
    QCOMPARE(rig.fake.taskConfig(), before);
    QVERIFY(!rig.fake.modelHasRecord(model));
    QVERIFY(!rig.fake.modelUsableByUsers(model));
}

void TstConfigApplier::unparseableVersionUsesTheRoutesSignInFound_data()
{
    addProfileColumn();
    QTest::addColumn<QString>("version");
    QTest::newRow("0.4 dev build") << FakeProfile::V0_4 << QStringLiteral("dev-3f2a1c");
    QTest::newRow("0.4 no version") << FakeProfile::V0_4 << QString();
    QTest::newRow("0.11 dev build") << FakeProfile::V0_11 << QStringLiteral("main");
}

// A fork or dev build whose version can't be read: sign-in finds the task routes once, and the
// apply, its verify and the test after it all use them, never trying the other set again.
void TstConfigApplier::unparseableVersionUsesTheRoutesSignInFound()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, version);
    Rig rig(profile);
    rig.fake.setReportedVersion(version);
    QVERIFY(setUp(rig));
    QVERIFY(!rig.session.server.version.isValid());
    QCOMPARE(rig.session.server.taskApi, profile == FakeProfile::V0_4 ? TaskApi::Legacy : TaskApi::V1);

    ConfigApplier applier(rig.client.get(), rig.session, rig.newStore());
    const ApplyOutcome outcome = runApply(applier, Preset::quiet());
    if (outcome.failed)
        QFAIL(qPrintable(outcome.error.message()));
    QCOMPARE(rig.fake.taskConfig(), quietOf(outcome.report.before.json()));
    TaskProbe probe(rig.client.get(), rig.session.server.taskApi);
    const TaskProbeRun probed = runTaskProbe(probe, outcome.report.after);
    QVERIFY2(probed.results && !probed.results->isEmpty(),
             qPrintable(probed.error ? probed.error->message() : QStringLiteral("no result")));

    const QString wrongRoot =
        profile == FakeProfile::V0_4 ? QStringLiteral("/api/v1/tasks") : QStringLiteral("/api/task/");
    const QStringList calls = callList(rig.fake);
    for (const QString& call : calls)
        QVERIFY2(!call.section(QLatin1Char(' '), 1).startsWith(wrongRoot), qPrintable(call));
    QCOMPARE(requestsTo(rig.fake, "GET", taskConfigPath(profile)).size(), 3); // read, re-read, verify
    QCOMPARE(requestsTo(rig.fake, "POST", taskUpdatePath(profile)).size(), 1);
    QVERIFY(!requestsTo(rig.fake, "POST", titlePath(profile)).isEmpty());
}

QTEST_GUILESS_MAIN(TstConfigApplier)
#include "tst_configapplier.moc"
