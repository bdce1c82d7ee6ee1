#pragma once

#include "ApiError.h"
#include "Session.h"
#include "TaskConfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tma {

class ApiReply;
class OpenWebUiClient;

// Finds out what a task-settings write did when its answer did not say. Open WebUI does not stop
// a handler when the client goes away (a timeout, a dropped connection, a proxy's error page), so
// a save whose answer was lost may be applied seconds later. This re-reads with fresh requests,
// for a bounded while when the answer was lost, and reports what the server then holds — never a
// guess.
class WriteConfirmer : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Applied,    // the server holds the settings that were written
        NotApplied, // the server still holds the settings from before
        Unknown,    // it could not be read back, or holds something else (another admin's save)
    };
    Q_ENUM(Outcome)

    WriteConfirmer(OpenWebUiClient* client, TaskApi api, QObject* parent = nullptr);
    ~WriteConfirmer() override;

    // Whether a write that failed with `error` may still have reached the server and be applied:
    // no answer came, or one from something in front of Open WebUI. A refusal from Open WebUI
    // itself (422, 401, 403, 404, or a 500 from its handler) or a connection never made is definite.
    static bool answerLost(const ApiError& error);

    // How long re-reads go on while the server still holds the old settings (after a lost answer).
    void setWaitMs(int ms) { m_waitMs = ms; }
    int waitMs() const { return m_waitMs; }

    void confirm(const TaskConfig& before, const TaskConfig& target, const ApiError& writeError);
    void cancel();

Q_SIGNALS:
    // `now` is the settings as last read (empty when none could be read); `waitedMs` how long after
    // the failed write the last read was answered.
    void settled(tma::WriteConfirmer::Outcome outcome, const tma::TaskConfig& now, qint64 waitedMs);

private:
    void read();
    void readAgainOr(Outcome outcome, const TaskConfig& now);

    OpenWebUiClient* m_client;
    TaskApi m_api;
    TaskConfig m_before;
    TaskConfig m_target;
    bool m_answerLost = false;
    int m_waitMs = 30000;
    QElapsedTimer m_clock;
    QTimer m_next;
    QPointer<ApiReply> m_current;
};

} // namespace tma
