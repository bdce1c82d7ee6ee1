#pragma once

#include "ProbeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tma {

// What a task test proved, said the same way by the wizard, the tray and the CLI.
class ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)
public:
    // At least one slot ran, and every slot that ran was answered without the server falling back
    // to the chat model ("could not tell" is not a failure: nothing shows the setting ignored).
    static bool passed(const QList<ProbeResult>& results);
    // A sentence on who answered when it is not simply the task model; empty otherwise.
    static QString verdictSentence(const ProbeResult& result);
    // "task-model", "chat-model", "same-upstream", "unrecognised": for --json and logs.
    static QString verdictCode(ProbeResult::Verdict verdict);
};

} // namespace tma
