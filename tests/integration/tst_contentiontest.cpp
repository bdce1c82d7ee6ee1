// ContentionTest against the fake Open WebUI of every supported generation: the chat's first word
// comes sooner once a small task model takes the background tasks off the chat model (the fake
// runs one generation per model at a time, as a single-GPU Ollama does); the requests it sends
// per round (the task routes of the version, then one streamed chat); Stop mid-way closes every
// request and sends no more; the time limit; a chat the server refuses.

#include "IntegrationSupport.h"

#include "ContentionPlan.h"
#include "ContentionTest.h"
#include "ModelCatalog.h"
#include "TaskConfig.h"

#include <QJsonArray>

using namespace tma;
using namespace tma::itest;
using tma::test::FakeModel;

namespace {

const QString kChat = QStringLiteral("llama3.1:70b");
const QString kTaskModel = QStringLiteral("qwen2.5:3b");
constexpr int kChatMs = 240; // one generation of the chat model (a task's, or a whole answer)
constexpr int kSmallMs = 40;

struct ContentionRun
{
    std::optional<ContentionResult> result;
    int emissions = 0;
    QList<int> rounds;
};

ContentionRun runContention(ContentionTest& test, const ContentionPlan& plan)
{
    auto run = std::make_shared<ContentionRun>();
    QObject context;
    QObject::connect(&test, &ContentionTest::roundStarted, &context,
                     [run](int round, int) { run->rounds << round; });
    QObject::connect(&test, &ContentionTest::finished, &context, [run](const ContentionResult& result) {
        run->result = result;
        ++run->emissions;
    });
    test.run(plan);
    (void)spinUntil([run] { return run->emissions > 0; }, kWaitMs);
    spinFor(20);
    return *run;
}

void setModels(FakeOpenWebUi& fake)
{
    FakeModel chat;
    chat.id = kChat;
    chat.sizeBytes = 42520412561LL;
    chat.parameterSize = QStringLiteral("70.6B");
    chat.latencyMs = kChatMs;
    fake.addModel(chat);
    FakeModel small;
    small.id = kTaskModel;
    small.sizeBytes = 1929912832LL;
    small.parameterSize = QStringLiteral("3.1B");
    small.latencyMs = kSmallMs;
    fake.addModel(small);
}

QStringList taskPaths(FakeProfile profile)
{
    QStringList paths{taskRoot(profile) + QStringLiteral("/title/completions"),
                      taskRoot(profile) + QStringLiteral("/tags/completions")};
    if (profile == FakeProfile::V0_6 || profile == FakeProfile::V0_11)
        paths << taskRoot(profile) + QStringLiteral("/follow_up/completions");
    // config.py: autocomplete on by default in 0.4.7-0.5, off from 0.6.
    if (profile == FakeProfile::V0_4 || profile == FakeProfile::V0_5)
        paths << taskRoot(profile) + QStringLiteral("/auto/completions");
    return paths;
}

// The models as the Strategy page lists them (refresh=true also fills app.state.MODELS, which
// the task routes look in).
ModelCatalog listModels(OpenWebUiClient& client)
{
    ApiReply* reply = client.getModels(true);
    (void)spinUntil([reply] { return reply->isFinished(); }, kWaitMs);
    const ModelCatalog models = reply->ok() ? ModelCatalog::fromJson(reply->json()) : ModelCatalog();
    reply->deleteLater();
    return models;
}

} // namespace

class TstContentionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void chatAnswersSoonerWithATaskModel_data() { addProfileRows(); }
    void chatAnswersSoonerWithATaskModel();
    void stopMidWay();
    void timeLimit();
    void refusedChatEndsIt();
    void planFollowsTheServersSwitches();

private:
    bool setUp(FakeOpenWebUi& fake, std::unique_ptr<OpenWebUiClient>& client, Session* session);
};

bool TstContentionTest::setUp(FakeOpenWebUi& fake, std::unique_ptr<OpenWebUiClient>& client, Session* session)
{
    setModels(fake);
    if (!fake.listen())
        return false;
    client = std::make_unique<OpenWebUiClient>(fake.url());
    const std::optional<Session> signedIn = signInAdmin(*client);
    if (!signedIn)
        return false;
    *session = *signedIn;
    return true;
}

void TstContentionTest::chatAnswersSoonerWithATaskModel()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    QJsonObject config = fake.taskConfig();
    config.insert(QStringLiteral("TASK_MODEL"), QString());
    fake.setTaskConfig(config);
    const ModelCatalog models = listModels(*client);
    QVERIFY(!models.isEmpty());

    // Before: no task model, so every background task runs on the chat model, and the chat's
    // answer waits behind them.
    ContentionPlan before = ContentionPlan::make(TaskConfig(fake.taskConfig()), models);
    before.rounds = 2;
    QCOMPARE(before.chatModel, kChat);
    QCOMPARE(before.tasks.size(), taskPaths(profile).size());
    fake.clearRequests();
    ContentionTest test(client.get(), session.server.taskApi);
    const ContentionRun slow = runContention(test, before);
    QCOMPARE(slow.emissions, 1);
    QVERIFY(slow.result);
    QCOMPARE(slow.result->end, ContentionResult::End::Completed);
    QCOMPARE(slow.result->rounds(), 2);
    QCOMPARE(slow.rounds, (QList<int>{1, 2}));
    QCOMPARE(slow.result->failedTasks, 0);
    // What the server received per round: the version's task routes, each naming the chat model,
    // then one streamed chat (after them: they were sent first).
    const QStringList paths = taskPaths(profile);
    for (const QString& path : paths) {
        const QList<FakeOpenWebUi::Request> sent = requestsTo(fake, "POST", path);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(bodyOf(sent.first()).value(QStringLiteral("model")).toString(), kChat);
    }
    const QList<FakeOpenWebUi::Request> chats =
        requestsTo(fake, "POST", QStringLiteral("/api/chat/completions"));
    QCOMPARE(chats.size(), 2);
    const QJsonObject chatBody = bodyOf(chats.first());
    QCOMPARE(chatBody.value(QStringLiteral("stream")).toBool(), true);
    QCOMPARE(chatBody.value(QStringLiteral("model")).toString(), kChat);
    QCOMPARE(chatBody.value(QStringLiteral("params")).toObject().value(QStringLiteral("max_tokens")).toInt(),
             before.maxTokens);
    QCOMPARE(fake.requests().size(), 2 * (1 + paths.size()));
    // The chat waited for every task on its model to finish first.
    const qint64 queued = static_cast<qint64>(paths.size()) * kChatMs;
    QVERIFY2(slow.result->medianFirstWordMs() >= queued,
             qPrintable(QStringLiteral("%1 ms").arg(slow.result->medianFirstWordMs())));
    QVERIFY(slow.result->medianTotalMs() >= queued + kChatMs * 7 / 8);

    // After: the small task model takes the tasks; the chat model answers at once.
    config.insert(QStringLiteral("TASK_MODEL"), kTaskModel);
    fake.setTaskConfig(config);
    ContentionPlan after = ContentionPlan::make(TaskConfig(fake.taskConfig()), models);
    after.rounds = 2;
    const ContentionRun fast = runContention(test, after);
    QVERIFY(fast.result);
    QCOMPARE(fast.result->end, ContentionResult::End::Completed);
    QCOMPARE(fast.result->rounds(), 2);
    QVERIFY2(fast.result->medianFirstWordMs() < kChatMs,
             qPrintable(QStringLiteral("%1 ms").arg(fast.result->medianFirstWordMs())));
    QVERIFY(fast.result->medianFirstWordMs() < slow.result->medianFirstWordMs());
    QVERIFY(fast.result->medianTotalMs() < slow.result->medianTotalMs());
}

void TstContentionTest::stopMidWay()
{
    FakeOpenWebUi fake(FakeProfile::V0_11);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    const ModelCatalog models = listModels(*client);
    ContentionPlan plan = ContentionPlan::make(TaskConfig(fake.taskConfig()), models);
    plan.rounds = 3;
    fake.clearRequests();
    ContentionTest test(client.get(), session.server.taskApi);
    int emissions = 0;
    connect(&test, &ContentionTest::finished, this, [&emissions] { ++emissions; });
    test.run(plan);
    // Stop while the chat waits behind the tasks on its model.
    QVERIFY(spinUntil(
        [&fake] { return !requestsTo(fake, "POST", QStringLiteral("/api/chat/completions")).isEmpty(); },
        kWaitMs));
    const qsizetype sentBeforeStop = fake.requests().size();
    test.cancel();
    QVERIFY(!test.isBusy());
    QCOMPARE(test.result().end, ContentionResult::End::Stopped);
    QCOMPARE(test.result().rounds(), 0);
    // Every request still open is closed (the fake sees the client hang up), and none follows.
    QVERIFY(spinUntil(
        [&fake] { return fake.abandonedRequests().contains(QStringLiteral("/api/chat/completions")); },
        kWaitMs));
    spinFor(4 * kChatMs);
    QCOMPARE(fake.requests().size(), sentBeforeStop);
    QCOMPARE(emissions, 0);
}

void TstContentionTest::timeLimit()
{
    FakeOpenWebUi fake(FakeProfile::V0_6);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    const ModelCatalog models = listModels(*client);
    ContentionPlan plan = ContentionPlan::make(TaskConfig(fake.taskConfig()), models);
    plan.rounds = 3;
    plan.timeLimitMs = kChatMs; // shorter than the first task on the chat model
    ContentionTest test(client.get(), session.server.taskApi);
    const ContentionRun run = runContention(test, plan);
    QCOMPARE(run.emissions, 1);
    QVERIFY(run.result);
    QCOMPARE(run.result->end, ContentionResult::End::TimedOut);
    QCOMPARE(run.result->rounds(), 0);
    QCOMPARE(run.result->medianFirstWordMs(), -1);
    QVERIFY(!test.isBusy());
}

void TstContentionTest::refusedChatEndsIt()
{
    FakeOpenWebUi fake(FakeProfile::V0_11);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    const ModelCatalog models = listModels(*client);
    ContentionPlan plan = ContentionPlan::make(TaskConfig(fake.taskConfig()), models);
    plan.chatModel = QStringLiteral("gone:7b"); // main.py chat_completion: 400 "Model not found"
    plan.tasks.clear();
    ContentionTest test(client.get(), session.server.taskApi);
    const ContentionRun run = runContention(test, plan);
    QVERIFY(run.result);
    QCOMPARE(run.result->end, ContentionResult::End::Failed);
    QCOMPARE(run.result->error.httpStatus(), 400);
    QVERIFY(run.result->error.message().contains(QStringLiteral("Model not found")));
    QCOMPARE(run.result->rounds(), 0);
}

void TstContentionTest::planFollowsTheServersSwitches()
{
    FakeOpenWebUi fake(FakeProfile::V0_11);
    std::unique_ptr<OpenWebUiClient> client;
    Session session;
    QVERIFY(setUp(fake, client, &session));
    const ModelCatalog models = listModels(*client);
    QJsonObject config = fake.taskConfig();
    config.insert(QStringLiteral("ENABLE_TAGS_GENERATION"), false);
    config.insert(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"), true);
    config.insert(QStringLiteral("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"), 10);
    fake.setTaskConfig(config);
    ContentionPlan plan = ContentionPlan::make(TaskConfig(config), models);
    QCOMPARE(plan.tasks,
             (QList<Automation>{Automation::Title, Automation::FollowUps, Automation::Autocomplete}));
    QCOMPARE(plan.autocompleteMaxChars, 10);
    plan.rounds = 1;
    fake.clearRequests();
    ContentionTest test(client.get(), session.server.taskApi);
    const ContentionRun run = runContention(test, plan);
    QVERIFY(run.result);
    QCOMPARE(run.result->end, ContentionResult::End::Completed);
    // The autocomplete prompt is cut to the server's limit, so it is answered, not refused.
    QCOMPARE(run.result->failedTasks, 0);
    const QList<FakeOpenWebUi::Request> autocomplete =
        requestsTo(fake, "POST", QStringLiteral("/api/v1/tasks/auto/completions"));
    QCOMPARE(autocomplete.size(), 1);
    QCOMPARE(bodyOf(autocomplete.first()).value(QStringLiteral("prompt")).toString().size(), 10);
    QVERIFY(requestsTo(fake, "POST", QStringLiteral("/api/v1/tasks/tags/completions")).isEmpty());
}

QTEST_GUILESS_MAIN(TstContentionTest)
#include "tst_contentiontest.moc"
