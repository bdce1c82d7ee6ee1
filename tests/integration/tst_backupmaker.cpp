// BackupMaker against the fake Open WebUI of every supported generation: a backup holds the task
// settings exactly and the connection settings with every key redacted, on disk under TMA_DATA_DIR.

#include "IntegrationSupport.h"

#include "BackupMaker.h"
#include "BackupStore.h"
#include "OpenAiConnections.h"

#include <QJsonArray>

using namespace tma;
using namespace tma::itest;
using tma::test::FakeFault;

namespace {

const QString kOpenAiKey = QStringLiteral("sk-proj-openai-secret-abcdef0123456789");
const QString kHeaderSecret = QStringLiteral("Bearer header-secret-42");

struct MakeOutcome
{
    std::optional<Backup> backup;
    std::optional<ApiError> error;
    int emissions = 0;
};

MakeOutcome runMake(BackupMaker& maker, const QString& reason)
{
    auto outcome = std::make_shared<MakeOutcome>();
    QObject context;
    QObject::connect(&maker, &BackupMaker::finished, &context, [outcome](const Backup& backup) {
        outcome->backup = backup;
        ++outcome->emissions;
    });
    QObject::connect(&maker, &BackupMaker::failed, &context, [outcome](const ApiError& error) {
        outcome->error = error;
        ++outcome->emissions;
    });
    maker.make(reason);
    (void)QTest::qWaitFor([outcome] { return outcome->emissions > 0; }, kWaitMs);
    QTest::qWait(20);
    return *outcome;
}

// A server with a connection that has a key and a per-connection header secret.
QJsonObject openAiWithSecrets()
{
    return QJsonObject{
        {QStringLiteral("ENABLE_OPENAI_API"), true},
        {QStringLiteral("OPENAI_API_BASE_URLS"),
         QJsonArray{QStringLiteral("https://api.openai.com/v1"), QStringLiteral("http://llm.internal:8000/v1")}},
        {QStringLiteral("OPENAI_API_KEYS"), QJsonArray{kOpenAiKey, QString()}},
        {QStringLiteral("OPENAI_API_CONFIGS"),
         QJsonObject{{QStringLiteral("0"), QJsonObject{{QStringLiteral("enable"), true}}},
                     {QStringLiteral("1"),
                      QJsonObject{{QStringLiteral("enable"), true},
                                  {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"), kHeaderSecret}}}}}}},
    };
}

} // namespace

class TstBackupMaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backupHoldsTaskAndRedactedConnections_data();
    void backupHoldsTaskAndRedactedConnections();
    void connectionsRefusedStillBacksUp_data();
    void connectionsRefusedStillBacksUp();
    void taskConfigErrorWritesNothing_data();
    void taskConfigErrorWritesNothing();

private:
    bool setUp(FakeOpenWebUi& fake, std::unique_ptr<OpenWebUiClient>& client, Session* session);
    std::unique_ptr<DataDir> m_dataDir;
};

void TstBackupMaker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstBackupMaker::init()
{
    m_dataDir = std::make_unique<DataDir>();
    QVERIFY(m_dataDir->isValid());
}

void TstBackupMaker::cleanup()
{
    m_dataDir.reset();
}

bool TstBackupMaker::setUp(FakeOpenWebUi& fake, std::unique_ptr<OpenWebUiClient>& client, Session* session)
{
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

void TstBackupMaker::backupHoldsTaskAndRedactedConnections_data()
{
    addProfileRows();
}

void TstBackupMaker::backupHoldsTaskAndRedactedConnections()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setOpenAiConfig(openAiWithSecrets());
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    BackupMaker maker(client.get(), session, std::make_unique<BackupStore>(fake.url()));
    const BackupStore& store = maker.backups();
    QVERIFY(store.directory().startsWith(m_dataDir->path()));

    const MakeOutcome first = runMake(maker, QStringLiteral("manual backup"));
    if (first.error)
        QFAIL(qPrintable(first.error->message()));
    QCOMPARE(first.emissions, 1);
    QVERIFY(first.backup);
    const Backup& backup = *first.backup;

    QCOMPARE(callList(fake), (QStringList{QStringLiteral("GET ") + taskConfigPath(profile), QStringLiteral("GET /openai/config")}));
    QCOMPARE(backup.taskConfig, fake.taskConfig()); // exactly, custom templates included
    QCOMPARE(backup.reason, QStringLiteral("manual backup"));
    QCOMPARE(backup.serverVersion, fake.version());
    QVERIFY(backup.original);
    QVERIFY(!backup.id.isEmpty());

    // Connection settings kept, every secret replaced.
    QCOMPARE(backup.openAiConfig, OpenAiConnections(openAiWithSecrets()).redacted());
    const QJsonArray keys = backup.openAiConfig.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
    QCOMPARE(keys, (QJsonArray{QStringLiteral("<redacted>"), QString()}));
    QCOMPARE(backup.openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")),
             openAiWithSecrets().value(QStringLiteral("OPENAI_API_BASE_URLS")));
    const QJsonObject second = backup.openAiConfig.value(QStringLiteral("OPENAI_API_CONFIGS"))
                                   .toObject()
                                   .value(QStringLiteral("1"))
                                   .toObject();
    QCOMPARE(second.value(QStringLiteral("headers")).toString(), QStringLiteral("<redacted>"));

    // On disk: readable back, and no secret in any file.
    const std::optional<Backup> stored = store.find(backup.id);
    QVERIFY(stored);
    QCOMPARE(stored->taskConfig, backup.taskConfig);
    QCOMPARE(stored->openAiConfig, backup.openAiConfig);
    QVERIFY(stored->original);
    QCOMPARE(filesContaining(m_dataDir->path(), kOpenAiKey.toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_dataDir->path(), "header-secret-42"), QStringList());
    QCOMPARE(filesContaining(m_dataDir->path(), client->credential().toUtf8()), QStringList());

    // A later backup is not the original; the original stays the first one.
    QJsonObject changed = fake.taskConfig();
    changed.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b"));
    fake.setTaskConfig(changed);
    const MakeOutcome later = runMake(maker, QStringLiteral("before upgrade"));
    QVERIFY(later.backup);
    QVERIFY(!later.backup->original);
    QCOMPARE(later.backup->taskConfig, changed);
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.original()->id, backup.id);
    QCOMPARE(store.latest()->id, later.backup->id);
}

void TstBackupMaker::connectionsRefusedStillBacksUp_data()
{
    addProfileRows();
}

void TstBackupMaker::connectionsRefusedStillBacksUp()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    fake.setFault(QStringLiteral("/openai/config"), FakeFault::ServerError);

    BackupMaker maker(client.get(), session, std::make_unique<BackupStore>(fake.url()));
    const BackupStore& store = maker.backups();
    const MakeOutcome outcome = runMake(maker, QStringLiteral("manual backup"));
    QVERIFY(outcome.backup);
    QCOMPARE(outcome.backup->taskConfig, fake.taskConfig());
    QVERIFY(outcome.backup->openAiConfig.isEmpty());
    QCOMPARE(store.list().size(), 1);
}

void TstBackupMaker::taskConfigErrorWritesNothing_data()
{
    addProfileRows();
}

void TstBackupMaker::taskConfigErrorWritesNothing()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    fake.setFault(taskConfigPath(profile), FakeFault::Html);

    BackupMaker maker(client.get(), session, std::make_unique<BackupStore>(fake.url()));
    const BackupStore& store = maker.backups();
    const MakeOutcome outcome = runMake(maker, QStringLiteral("manual backup"));
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ApiError::Kind::UnexpectedContent);
    QVERIFY(!outcome.error->message().isEmpty());
    QVERIFY(store.list().isEmpty());
    QCOMPARE(fileCount(m_dataDir->path()), 0);
}

QTEST_GUILESS_MAIN(TstBackupMaker)
#include "tst_backupmaker.moc"
