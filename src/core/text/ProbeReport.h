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

    // What the memory check found, with the advice when the server cannot hold both models;
    // empty when there was nothing to check. Model ids are put in raw: front ends cut them.
    static QString residencySentence(const Residency& residency);
    // The server unloads the chat model for every task: the change makes chats slower.
    static bool residencyWarns(const Residency& residency)
    {
        return residency.state == Residency::State::ChatModelUnloaded;
    }
    // For --json: "both-loaded", "chat-model-unloaded", "chat-model-not-loaded", "not-checked",
    // "not-applicable"; and why not checked: "route-missing", "refused", "unreadable",
    // "task-model-not-listed" (empty otherwise).
    static QString residencyCode(Residency::State state);
    static QString residencyReasonCode(Residency::Reason reason);
    // A size in memory as the user's language writes it ("42.5 GB").
    static QString memorySize(qint64 bytes);
};

} // namespace tma
