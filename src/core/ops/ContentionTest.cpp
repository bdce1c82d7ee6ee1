#include "ContentionTest.h"

#include "ApiReply.h"
#include "LogCategories.h"
#include "OpenWebUiClient.h"
#include "SampleChat.h"

#include <QJsonObject>

namespace tma {

ContentionTest::ContentionTest(OpenWebUiClient* client, TaskApi api, QObject* parent)
    : QObject(parent), m_client(client), m_api(api)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(ContentionResult::End::TimedOut); });
}

ContentionTest::~ContentionTest()
{
    closeRequests();
}

void ContentionTest::run(const ContentionPlan& plan)
{
    closeRequests();
    m_plan = plan;
    m_result = ContentionResult();
    m_result.chatModel = plan.chatModel;
    m_result.plannedRounds = plan.rounds;
    m_busy = true;
    if (plan.isEmpty() || plan.rounds <= 0)
        return finish(ContentionResult::End::Completed);
    m_deadline.start(plan.timeLimitMs);
    startRound();
}

void ContentionTest::cancel()
{
    if (!m_busy)
        return;
    closeRequests();
    m_result.end = ContentionResult::End::Stopped;
    m_busy = false;
}

void ContentionTest::closeRequests()
{
    m_deadline.stop();
    for (QPointer<ApiReply>& task : m_tasks)
        abandon(task, this);
    m_tasks.clear();
    m_unsent.clear();
    abandon(m_chat, this);
}

void ContentionTest::startRound()
{
    const int round = m_result.rounds() + 1;
    qCInfo(lcProbe, "contention round %d of %d: %lld background requests, then the chat", round,
           m_plan.rounds, static_cast<long long>(m_plan.tasks.size()));
    Q_EMIT roundStarted(round, m_plan.rounds);
    m_chatDone = false;
    m_stream = ChatStream();
    m_firstWordMs = -1;
    m_unsent.clear();
    for (Automation automation : std::as_const(m_plan.tasks)) {
        QJsonObject form{{QStringLiteral("messages"), SampleChat::conversation()}};
        if (automation == Automation::Autocomplete) {
            // As the message box asks while the user types (the web UI's default type); a prompt
            // above the server's limit would only be refused.
            QString prompt = SampleChat::typedPrompt();
            if (m_plan.autocompleteMaxChars > 0)
                prompt.truncate(m_plan.autocompleteMaxChars);
            form.insert(QStringLiteral("prompt"), prompt);
            form.insert(QStringLiteral("type"), QStringLiteral("search query"));
        }
        ApiReply* reply = m_client->runBackgroundTask(m_api, automation, m_plan.chatModel, form);
        m_tasks << reply;
        m_unsent << reply;
        // The chat goes once every task request has left: the tasks are under way when it arrives.
        connect(reply, &ApiReply::sent, this, [this, reply] { markSent(reply); });
        onFinished(reply, this, [this](ApiReply* finished) { onTaskFinished(finished); });
    }
    if (m_plan.tasks.isEmpty())
        sendChat();
}

void ContentionTest::markSent(const ApiReply* reply)
{
    if (m_unsent.removeAll(reply) > 0 && m_unsent.isEmpty() && !m_chat && !m_chatDone)
        sendChat();
}

void ContentionTest::sendChat()
{
    m_chatClock.start();
    m_chat =
        m_client->streamChatCompletion(m_plan.chatModel, SampleChat::withNextQuestion(), m_plan.maxTokens);
    connect(m_chat.data(), &ApiReply::lineReceived, this, &ContentionTest::onChatLine);
    onFinished(m_chat.data(), this, [this](ApiReply* reply) { onChatFinished(reply); });
}

void ContentionTest::onChatLine(const QByteArray& line)
{
    if (m_stream.addLine(line))
        m_firstWordMs = m_chatClock.elapsed();
}

void ContentionTest::onChatFinished(ApiReply* reply)
{
    m_chat.clear();
    m_chatDone = true;
    const qint64 totalMs = m_chatClock.elapsed();
    if (!reply->ok())
        return finish(ContentionResult::End::Failed, reply->error());
    // A 200 whose events carry an error (a provider's refusal), or that never said a word.
    if (m_stream.state() == ChatStream::State::Failed || !m_stream.hasText() || m_firstWordMs < 0) {
        const QString detail = m_stream.error().isEmpty() ? tr("The answer had no text.") : m_stream.error();
        return finish(ContentionResult::End::Failed,
                      ApiError(ApiError::Kind::UnexpectedContent, detail, reply->httpStatus()));
    }
    m_result.firstWordMs << m_firstWordMs;
    m_result.totalMs << totalMs;
    qCInfo(lcProbe, "contention: first word after %lld ms, answer after %lld ms",
           static_cast<long long>(m_firstWordMs), static_cast<long long>(totalMs));
    endRoundIfDone();
}

void ContentionTest::onTaskFinished(ApiReply* reply)
{
    m_tasks.removeAll(QPointer<ApiReply>(reply));
    m_tasks.removeAll(QPointer<ApiReply>());
    // A task the server refuses still shows what the chat feels: counted, not fatal.
    const bool answered = reply->ok() && reply->json().toObject().contains(QLatin1String("choices"));
    if (!answered)
        ++m_result.failedTasks;
    markSent(reply); // one that failed before it left (no connection) holds the chat back no longer
    endRoundIfDone();
}

void ContentionTest::endRoundIfDone()
{
    if (!m_chatDone || !m_tasks.isEmpty() || !m_busy)
        return;
    if (m_result.rounds() >= m_plan.rounds)
        return finish(ContentionResult::End::Completed);
    startRound();
}

void ContentionTest::finish(ContentionResult::End end, const ApiError& error)
{
    if (!m_busy)
        return;
    closeRequests();
    m_busy = false;
    m_result.end = end;
    m_result.error = error;
    Q_EMIT finished(m_result);
}

} // namespace tma
