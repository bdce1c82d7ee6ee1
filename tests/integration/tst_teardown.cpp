// Every object that starts requests, destroyed while its request hangs (a window closed, the tray
// quit mid-apply): nothing crashes, no signal follows, and the server sees the request closed
// instead of one that runs on with nobody to answer.

#include "IntegrationSupport.h"

#include "BackupMaker.h"
#include "MemorySecretStore.h"
#include "ModelSharer.h"
#include "ProviderProof.h"
#include "ProviderVerifier.h"
#include "SavedServerSessions.h"
#include "ServerDetector.h"
#include "ServerProfiles.h"
#include "SettingsReader.h"
#include "WriteConfirmer.h"

#include <QSettings>

using namespace tma;
using namespace tma::itest;
using tma::test::FakeFault;

namespace {

// One object under way: what to destroy, and the request of it that hangs.
struct Started
{
    std::unique_ptr<QObject> object;
    QString hangingPath;
};

// Counts every result signal, wherever it comes from.
struct Counter
{
    int emitted = 0;
    void operator()() { ++emitted; }
};

} // namespace

class TstTeardown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void destroyedMidRequest_data();
    void destroyedMidRequest();

private:
    Started start(const QString& kind, FakeOpenWebUi& fake, OpenWebUiClient* client, const Session& session,
                  std::shared_ptr<Counter> counter);

    std::unique_ptr<DataDir> m_dataDir;
    std::unique_ptr<BackupStore> m_store; // for the objects that note what they do
};

void TstTeardown::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstTeardown::init()
{
    m_dataDir = std::make_unique<DataDir>();
    QVERIFY(m_dataDir->isValid());
}

void TstTeardown::cleanup()
{
    m_store.reset();
    m_dataDir.reset();
}

void TstTeardown::destroyedMidRequest_data()
{
    QTest::addColumn<QString>("kind");
    addProfileColumn();
    const QStringList kinds{QStringLiteral("ConfigApplier"),    QStringLiteral("TaskProbe"),
                            QStringLiteral("ModelPuller"),      QStringLiteral("ModelSharer"),
                            QStringLiteral("ProviderVerifier"), QStringLiteral("ProviderProof"),
                            QStringLiteral("WriteConfirmer"),   QStringLiteral("BackupMaker"),
                            QStringLiteral("Connector"),        QStringLiteral("ServerDetector"),
                            QStringLiteral("SettingsReader"),   QStringLiteral("SavedServerSessions")};
    for (const QString& kind : kinds) {
        for (FakeProfile profile : {FakeProfile::V0_4, FakeProfile::V0_11})
            QTest::newRow(qPrintable(kind + QLatin1Char(' ') + tma::test::profileName(profile)))
                << kind << profile;
    }
}

Started TstTeardown::start(const QString& kind, FakeOpenWebUi& fake, OpenWebUiClient* client,
                           const Session& session, std::shared_ptr<Counter> counter)
{
    const TaskApi api = session.server.taskApi;
    const QString taskConfig = taskConfigPath(fake.profile());
    auto hang = [&fake](const QString& path) {
        fake.setFault(path, FakeFault::Hang);
        return path;
    };
    auto count = [counter] {
        (*counter)();
    };
    if (kind == QLatin1String("ConfigApplier")) {
        auto applier =
            std::make_unique<ConfigApplier>(client, session, std::make_unique<BackupStore>(*m_store));
        connect(applier.get(), &ConfigApplier::finished, this, count);
        connect(applier.get(), &ConfigApplier::failed, this, count);
        const QString path = hang(taskConfig);
        applier->apply(Preset::quiet());
        return {std::move(applier), path};
    }
    if (kind == QLatin1String("TaskProbe")) {
        auto probe = std::make_unique<TaskProbe>(client, api);
        connect(probe.get(), &TaskProbe::finished, this, count);
        connect(probe.get(), &TaskProbe::failed, this, count);
        const QString path = hang(titlePath(fake.profile()));
        probe->run(TaskConfig(fake.taskConfig()));
        return {std::move(probe), path};
    }
    if (kind == QLatin1String("ModelPuller")) {
        fake.setPullable(QStringLiteral("llama3.2:1b"), 1300000000);
        auto puller = std::make_unique<ModelPuller>(client);
        connect(puller.get(), &ModelPuller::progress, this, count);
        connect(puller.get(), &ModelPuller::finished, this, count);
        connect(puller.get(), &ModelPuller::failed, this, count);
        const QString path = hang(QStringLiteral("/ollama/api/pull"));
        puller->pull(QStringLiteral("llama3.2:1b"));
        return {std::move(puller), path + QStringLiteral("/0")};
    }
    if (kind == QLatin1String("ModelSharer")) {
        auto sharer = std::make_unique<ModelSharer>(client, session.server.version);
        connect(sharer.get(), &ModelSharer::changed, this, count);
        connect(sharer.get(), &ModelSharer::finished, this, count);
        connect(sharer.get(), &ModelSharer::failed, this, count);
        const QString path = hang(QStringLiteral("/api/v1/models/model"));
        ModelInfo model;
        model.id = QStringLiteral("qwen2.5:3b");
        model.name = model.id;
        sharer->share({model}, m_store.get(), QStringLiteral("backup-1"));
        return {std::move(sharer), path};
    }
    if (kind == QLatin1String("ProviderVerifier")) {
        auto verifier = std::make_unique<ProviderVerifier>(client);
        connect(verifier.get(), &ProviderVerifier::verified, this, count);
        connect(verifier.get(), &ProviderVerifier::failed, this, count);
        const QString path = hang(QStringLiteral("/openai/verify"));
        verifier->verify(QStringLiteral("https://router.example.test/api/v1"), QStringLiteral("sk-provider"));
        return {std::move(verifier), path};
    }
    if (kind == QLatin1String("ProviderProof")) {
        auto proof = std::make_unique<ProviderProof>(client);
        connect(proof.get(), &ProviderProof::proven, this, count);
        connect(proof.get(), &ProviderProof::failed, this, count);
        const QString path = hang(QStringLiteral("/api/chat/completions"));
        proof->prove(QStringLiteral("qwen2.5:3b"));
        return {std::move(proof), path};
    }
    if (kind == QLatin1String("WriteConfirmer")) {
        auto confirmer = std::make_unique<WriteConfirmer>(client, api);
        connect(confirmer.get(), &WriteConfirmer::settled, this, count);
        const QString path = hang(taskConfig);
        const TaskConfig before(fake.taskConfig());
        confirmer->confirm(before, before, ApiError(ApiError::Kind::Timeout));
        return {std::move(confirmer), path};
    }
    if (kind == QLatin1String("BackupMaker")) {
        auto maker = std::make_unique<BackupMaker>(client, session, std::make_unique<BackupStore>(*m_store));
        connect(maker.get(), &BackupMaker::finished, this, count);
        connect(maker.get(), &BackupMaker::failed, this, count);
        const QString path = hang(taskConfig);
        maker->make(QStringLiteral("manual backup"));
        return {std::move(maker), path};
    }
    if (kind == QLatin1String("Connector")) {
        // A sign-in of its own, on a client of its own (the connector's parent, as the pages do).
        auto fresh = std::make_unique<OpenWebUiClient>(fake.url());
        auto* connector = new Connector(fresh.get(), fresh.get());
        connect(connector, &Connector::connected, this, count);
        connect(connector, &Connector::probed, this, count);
        connect(connector, &Connector::failed, this, count);
        const QString path = hang(QStringLiteral("/api/config"));
        connector->connectAs(adminPassword());
        return {std::move(fresh), path};
    }
    if (kind == QLatin1String("ServerDetector")) {
        auto detector = std::make_unique<ServerDetector>();
        connect(detector.get(), &ServerDetector::found, this, count);
        connect(detector.get(), &ServerDetector::finished, this, count);
        const QString path = hang(QStringLiteral("/api/config"));
        detector->start({fake.url()});
        return {std::move(detector), path};
    }
    if (kind == QLatin1String("SavedServerSessions")) {
        // The tray's sessions: a saved server and its key in the keychain; reading the settings signs
        // in first (a client of its own), then the reading hangs. The keychain goes with them.
        const QString config = m_dataDir->path() + QStringLiteral("/config");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
        fake.setApiKeysEnabled(true);
        ServerProfile profile;
        profile.url = fake.url();
        profile.account = QStringLiteral("admin@example.com");
        profile.method = AuthMethod::ApiKey;
        ServerProfiles::save(profile);
        auto owner = std::make_unique<QObject>();
        auto* secrets = new MemorySecretStore(owner.get());
        secrets->write(SecretStore::apiKeyKey(fake.url(), profile.account), QStringLiteral("sk-admin-key"),
                       owner.get(), [](const SecretStore::Result&) {});
        auto* sessions = new SavedServerSessions(secrets, owner.get());
        connect(sessions, &SavedServerSessions::changed, this, count);
        const QString path = hang(taskConfig);
        sessions->readSettings(fake.url());
        return {std::move(owner), path};
    }
    // SettingsReader: the reading belongs to its context (a page).
    auto context = std::make_unique<QObject>();
    const QString path = hang(taskConfig);
    SettingsReader::read(client, api, SettingsReader::Models::Fresh, context.get(),
                         [count](const SettingsReader::Result&) { count(); });
    return {std::move(context), path};
}

void TstTeardown::destroyedMidRequest()
{
    QFETCH(QString, kind);
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    const std::optional<Session> session = signInAdminQuickly(client);
    QVERIFY(session);
    m_store = std::make_unique<BackupStore>(fake.url());
    fake.clearRequests();

    auto counter = std::make_shared<Counter>();
    Started started = start(kind, fake, &client, *session, counter);
    QVERIFY(started.object);
    QVERIFY(spinUntil(
        [&] {
            return fake.requestCount("GET", started.hangingPath) +
                       fake.requestCount("POST", started.hangingPath) >
                   0;
        },
        kWaitMs));
    QCOMPARE(counter->emitted, 0);

    started.object.reset(); // mid-request
    // The request was closed, not left running against the server.
    QVERIFY2(spinUntil([&] { return fake.abandonedRequests().contains(started.hangingPath); }, kWaitMs),
             qPrintable(fake.abandonedRequests().join(QStringLiteral(", "))));
    spinFor(50);
    QCOMPARE(counter->emitted, 0);
}

QTEST_GUILESS_MAIN(TstTeardown)
#include "tst_teardown.moc"
