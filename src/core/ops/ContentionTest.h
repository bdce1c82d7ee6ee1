#pragma once

#include "ChatStream.h"
#include "ContentionPlan.h"
#include "ContentionResult.h"
#include "ServerInfo.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tma {

class ApiReply;
class OpenWebUiClient;

// Measures what a user feels: how soon the chat answers while Open WebUI's background tasks run.
// Each round sends the plan's task requests for a chat, and once they have left, a streamed chat
// message (as a user's next message arrives while the tasks of the last answer run); it times the
// first word and the end of the answer. Rounds run one after the other, within the plan's time
// limit; cancel() stops every request at once.
class ContentionTest : public QObject
{
    Q_OBJECT
public:
    ContentionTest(OpenWebUiClient* client, TaskApi api, QObject* parent = nullptr);
    ~ContentionTest() override;

    void run(const ContentionPlan& plan);
    // Stops at once: every request is closed, no signal follows; result() keeps the rounds done,
    // marked Stopped.
    void cancel();
    bool isBusy() const { return m_busy; }
    const ContentionResult& result() const { return m_result; }

Q_SIGNALS:
    void roundStarted(int round, int rounds); // round counts from 1
    void finished(const tma::ContentionResult& result);

private:
    void startRound();
    void markSent(const ApiReply* reply);
    void sendChat();
    void onChatLine(const QByteArray& line);
    void onChatFinished(ApiReply* reply);
    void onTaskFinished(ApiReply* reply);
    void endRoundIfDone();
    void finish(ContentionResult::End end, const ApiError& error = {});
    void closeRequests();

    OpenWebUiClient* m_client;
    TaskApi m_api;
    ContentionPlan m_plan;
    ContentionResult m_result;
    QList<QPointer<ApiReply>> m_tasks; // this round's background requests still under way
    QList<const ApiReply*> m_unsent;   // this round's task requests not yet sent in full
    QPointer<ApiReply> m_chat;
    bool m_chatDone = false;
    ChatStream m_stream;
    QElapsedTimer m_chatClock;
    qint64 m_firstWordMs = -1;
    QTimer m_deadline;
    bool m_busy = false;
};

} // namespace tma
