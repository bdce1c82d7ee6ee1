// ModelPuller against the fake Open WebUI of every supported generation: a streamed pull with
// progress, the refreshed model list, an error line in the stream, an unknown model, and a cancel
// that really closes the stream.

#include "IntegrationSupport.h"

#include "ModelCatalog.h"
#include "ModelPuller.h"

using namespace tma;
using namespace tma::itest;
using tma::test::FakeFault;

namespace {

struct ProgressEvent
{
    QString status;
    qint64 completed = 0;
    qint64 total = 0;
};

struct PullOutcome
{
    QList<ProgressEvent> progress;
    std::optional<ModelCatalog> models;
    std::optional<ApiError> error;
    int emissions = 0; // finished + failed
};

// Connects to the puller's signals; the returned outcome fills in as they arrive.
std::shared_ptr<PullOutcome> watch(ModelPuller& puller, QObject* context)
{
    auto outcome = std::make_shared<PullOutcome>();
    QObject::connect(&puller, &ModelPuller::progress, context,
                     [outcome](const QString& status, qint64 completed, qint64 total) {
                         outcome->progress << ProgressEvent{status, completed, total};
                     });
    QObject::connect(&puller, &ModelPuller::finished, context, [outcome](const ModelCatalog& models) {
        outcome->models = models;
        ++outcome->emissions;
    });
    QObject::connect(&puller, &ModelPuller::failed, context, [outcome](const ApiError& error) {
        outcome->error = error;
        ++outcome->emissions;
    });
    return outcome;
}

} // namespace

class TstModelPuller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pullWithProgress_data();
    void pullWithProgress();
    void errorLineFails_data();
    void errorLineFails();
    void unknownModelFails_data();
    void unknownModelFails();
    void streamCutShortFails_data();
    void streamCutShortFails();
    void pulledModelFoundAsListed_data();
    void pulledModelFoundAsListed();
    void cancelMidStream_data();
    void cancelMidStream();
    void ollamaDownOrOff_data();
    void ollamaDownOrOff();

private:
    std::unique_ptr<DataDir> m_dataDir;
    bool signIn(FakeOpenWebUi& fake, std::unique_ptr<OpenWebUiClient>& client);
};

void TstModelPuller::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// A fresh TMA_DATA_DIR per test; this operation must not write any file there.
void TstModelPuller::init()
{
    m_dataDir = std::make_unique<DataDir>();
    QVERIFY(m_dataDir->isValid());
}

void TstModelPuller::cleanup()
{
    const int written = fileCount(m_dataDir->path());
    m_dataDir.reset();
    QCOMPARE(written, 0);
}

bool TstModelPuller::signIn(FakeOpenWebUi& fake, std::unique_ptr<OpenWebUiClient>& client)
{
    if (!fake.listen())
        return false;
    client = std::make_unique<OpenWebUiClient>(fake.url());
    if (!signInAdmin(*client))
        return false;
    fake.clearRequests();
    return true;
}

void TstModelPuller::pullWithProgress_data()
{
    addProfileRows();
}

void TstModelPuller::pullWithProgress()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    const qint64 size = 1600000000;
    fake.setPullable(QStringLiteral("gemma2:2b"), size, 5, 20);
    std::unique_ptr<OpenWebUiClient> client;
    QVERIFY(signIn(fake, client));
    QVERIFY(!fake.modelIds().contains(QStringLiteral("gemma2:2b")));

    ModelPuller puller(client.get());
    const auto outcome = watch(puller, this);
    puller.pull(QStringLiteral("gemma2:2b"));
    QVERIFY(puller.isBusy());
    QCOMPARE(puller.model(), QStringLiteral("gemma2:2b"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->emissions > 0, kWaitMs);
    QTest::qWait(20);
    if (outcome->error)
        QFAIL(qPrintable(outcome->error->message()));
    QCOMPARE(outcome->emissions, 1);
    QVERIFY(outcome->models);
    QVERIFY(!puller.isBusy());

    // Progress: one event per stream line, never going backwards, a known size, ending complete.
    QVERIFY(outcome->progress.size() >= 5);
    qint64 last = 0;
    bool sawTotal = false;
    for (const ProgressEvent& event : std::as_const(outcome->progress)) {
        QVERIFY2(event.completed >= last, qPrintable(event.status));
        last = event.completed;
        QVERIFY(event.completed <= qMax(event.total, qint64(0)) || event.total == 0);
        QVERIFY(!event.status.isEmpty());
        if (event.total > 0) {
            sawTotal = true;
            QCOMPARE(event.total, size);
        }
    }
    QVERIFY(sawTotal);
    QCOMPARE(last, size);
    QCOMPARE(outcome->progress.first().status, QStringLiteral("pulling manifest"));
    QCOMPARE(outcome->progress.last().status, QStringLiteral("success"));

    // The refreshed catalog has the model, local, with its size.
    const ModelInfo* pulled = outcome->models->find(QStringLiteral("gemma2:2b"));
    QVERIFY(pulled);
    QVERIFY(pulled->isLocal());
    QCOMPARE(pulled->sizeBytes, size);

    // Requests: the pull on Ollama connection 0, then the model list with refresh=true.
    QCOMPARE(callList(fake), (QStringList{QStringLiteral("POST /ollama/api/pull/0"), QStringLiteral("GET /api/models")}));
    const FakeOpenWebUi::Request pull = fake.requests().first();
    QCOMPARE(pull.status, 200);
    // Older servers require "name", newer ones prefer "model": both are sent.
    QCOMPARE(bodyOf(pull), (QJsonObject{{QStringLiteral("name"), QStringLiteral("gemma2:2b")},
                                         {QStringLiteral("model"), QStringLiteral("gemma2:2b")}}));
    QCOMPARE(fake.requests().at(1).query.queryItemValue(QStringLiteral("refresh")), QStringLiteral("true"));
    QVERIFY(fake.modelIds().contains(QStringLiteral("gemma2:2b")));
}

void TstModelPuller::errorLineFails_data()
{
    addProfileRows();
}

void TstModelPuller::errorLineFails()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    const QString message = QStringLiteral("max retries exceeded: unexpected EOF");
    fake.setPullable(QStringLiteral("phi3.5:3.8b"), 2200000000, 5, 20);
    fake.setPullError(QStringLiteral("phi3.5:3.8b"), message);
    std::unique_ptr<OpenWebUiClient> client;
    QVERIFY(signIn(fake, client));

    ModelPuller puller(client.get());
    const auto outcome = watch(puller, this);
    puller.pull(QStringLiteral("phi3.5:3.8b"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->emissions > 0, kWaitMs);
    QTest::qWait(200); // the rest of the stream must not produce a second signal
    QCOMPARE(outcome->emissions, 1);
    QVERIFY(outcome->error);
    QVERIFY(outcome->error->detail().contains(message)); // Ollama's own words reach the user
    QVERIFY(outcome->error->message().contains(message));
    QVERIFY(outcome->error->message().contains(QStringLiteral("phi3.5:3.8b")));
    QVERIFY(!outcome->models);
    QVERIFY(!puller.isBusy());
    QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/models")), 0);
    QVERIFY(!fake.modelIds().contains(QStringLiteral("phi3.5:3.8b")));
}

void TstModelPuller::unknownModelFails_data()
{
    addProfileRows();
}

void TstModelPuller::unknownModelFails()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    std::unique_ptr<OpenWebUiClient> client;
    QVERIFY(signIn(fake, client));

    ModelPuller puller(client.get());
    const auto outcome = watch(puller, this);
    puller.pull(QStringLiteral("no-such-model:7b"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->emissions > 0, kWaitMs);
    QTest::qWait(20);
    QCOMPARE(outcome->emissions, 1);
    QVERIFY(outcome->error);
    QVERIFY(!outcome->error->message().isEmpty());
    QVERIFY2(outcome->error->detail().contains(QLatin1String("file does not exist")), qPrintable(outcome->error->detail()));
    QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/models")), 0);
}

void TstModelPuller::streamCutShortFails_data()
{
    addProfileRows();
}

void TstModelPuller::streamCutShortFails()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    std::unique_ptr<OpenWebUiClient> client;
    QVERIFY(signIn(fake, client));
    fake.setFault(QStringLiteral("/ollama/api/pull"), FakeFault::ServerError);

    ModelPuller puller(client.get());
    const auto outcome = watch(puller, this);
    puller.pull(QStringLiteral("qwen2.5:1.5b"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->emissions > 0, kWaitMs);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->kind(), ApiError::Kind::Server);
    QCOMPARE(outcome->error->httpStatus(), 500);
    QVERIFY(!outcome->error->message().isEmpty());
    verifyNoSecrets(*outcome->error, {client->credential()});
}

void TstModelPuller::ollamaDownOrOff_data()
{
    QTest::addColumn<FakeProfile>("profile");
    QTest::addColumn<bool>("turnedOff");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("said");
    QTest::newRow("0.5/unreachable") << FakeProfile::V0_5 << false << 500
                                     << QStringLiteral("Open WebUI: Server Connection Error");
    QTest::newRow("0.6/unreachable") << FakeProfile::V0_6 << false << 500
                                     << QStringLiteral("Ollama: Cannot connect");
    QTest::newRow("0.11/unreachable")
        << FakeProfile::V0_11 << false << 500 << QStringLiteral("Ollama: Cannot connect");
    QTest::newRow("0.11/turned off") << FakeProfile::V0_11 << true << 503
                                     << QStringLiteral("The Ollama API is disabled.");
}

// routers/ollama.py: an Ollama that refuses connections fails the pull before any stream (500,
// worded per version); 0.11 refuses pulls while the Ollama API is off (503). The user sees the
// server's words, and the model list is not read again.
void TstModelPuller::ollamaDownOrOff()
{
    QFETCH(FakeProfile, profile);
    QFETCH(bool, turnedOff);
    QFETCH(int, status);
    QFETCH(QString, said);
    FakeOpenWebUi fake(profile);
    std::unique_ptr<OpenWebUiClient> client;
    QVERIFY(signIn(fake, client));
    if (turnedOff)
        fake.setOllamaEnabled(false);
    else
        fake.setOllamaReachable(false);

    ModelPuller puller(client.get());
    const auto outcome = watch(puller, this);
    puller.pull(QStringLiteral("qwen2.5:1.5b"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->emissions > 0, kWaitMs);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->kind(), ApiError::Kind::Server);
    QCOMPARE(outcome->error->httpStatus(), status);
    QVERIFY2(outcome->error->message().contains(said), qPrintable(outcome->error->message()));
    QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/models")), 0);
}

void TstModelPuller::cancelMidStream_data()
{
    addProfileRows();
}

void TstModelPuller::cancelMidStream()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setPullable(QStringLiteral("llama3.2:1b"), 1300000000, 50, 100); // ~5 s of stream
    std::unique_ptr<OpenWebUiClient> client;
    QVERIFY(signIn(fake, client));

    ModelPuller puller(client.get());
    const auto outcome = watch(puller, this);
    puller.pull(QStringLiteral("llama3.2:1b"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->progress.size() >= 2, kWaitMs);
    QVERIFY(puller.isBusy());
    puller.cancel();
    QVERIFY(!puller.isBusy());
    const int progressAtCancel = int(outcome->progress.size());

    // Closing the request is how a pull is cancelled: the server sees the client hang up.
    QTRY_VERIFY_WITH_TIMEOUT(fake.pullCancelled(QStringLiteral("llama3.2:1b")), kWaitMs);
    QTest::qWait(300);
    QCOMPARE(outcome->emissions, 0); // cancel() is silent
    QCOMPARE(int(outcome->progress.size()), progressAtCancel);
    QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/models")), 0);
    QVERIFY(!fake.modelIds().contains(QStringLiteral("llama3.2:1b")));
}

void TstModelPuller::pulledModelFoundAsListed_data()
{
    addProfileColumn();
    QTest::addColumn<QString>("setup");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        for (const char* setup : {"untagged", "prefix", "shortlist"})
            QTest::addRow("%s/%s", name.constData(), setup) << profile << QString::fromLatin1(setup);
    }
}

// After a pull the model is selected as the server lists it: Ollama tags an untagged pull
// ":latest", a connection prefix goes in front of the id, and a model_ids allow-list on the Ollama
// connection leaves it out entirely (routers/ollama.py get_all_models) — which is said, not selected.
void TstModelPuller::pulledModelFoundAsListed()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, setup);
    FakeOpenWebUi fake(profile);
    fake.setPullable(QStringLiteral("smollm2:latest"), 270000000, 3, 10);
    if (setup == QLatin1String("prefix"))
        fake.setOllamaConnection(QStringLiteral("box"));
    else if (setup == QLatin1String("shortlist"))
        fake.setOllamaConnection(QString(), {QStringLiteral("qwen2.5:3b"), QStringLiteral("llama3.2:3b")});
    std::unique_ptr<OpenWebUiClient> client;
    QVERIFY(signIn(fake, client));

    ModelPuller puller(client.get());
    const auto outcome = watch(puller, this);
    puller.pull(QStringLiteral("smollm2"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->emissions > 0, kWaitMs);
    if (setup == QLatin1String("shortlist")) {
        QVERIFY(outcome->error);
        QVERIFY2(outcome->error->message().contains(QStringLiteral("model IDs")),
                 qPrintable(outcome->error->message()));
        QVERIFY(puller.listedModel().isEmpty());
        return;
    }
    if (outcome->error)
        QFAIL(qPrintable(outcome->error->message()));
    const QString expected = setup == QLatin1String("prefix") ? QStringLiteral("box.smollm2:latest")
                                                              : QStringLiteral("smollm2:latest");
    QCOMPARE(puller.listedModel(), expected);
    QVERIFY(outcome->models->contains(expected));
}

QTEST_GUILESS_MAIN(TstModelPuller)
#include "tst_modelpuller.moc"
