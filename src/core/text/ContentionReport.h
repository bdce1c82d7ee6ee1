#pragma once

#include "ContentionPlan.h"
#include "ContentionResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace tma {

// The contention test in words, the same for the wizard, the tray and the CLI: what it will send
// (shown before it starts) and what it measured.
class ContentionReport
{
    Q_DECLARE_TR_FUNCTIONS(ContentionReport)
public:
    // What the test sends and its bounds, one sentence each.
    static QStringList planSentences(const ContentionPlan& plan);
    // One run: the medians of the first word and of the whole answer.
    static QString resultSentence(const ContentionResult& result);
    // Before and after a change, side by side.
    static QString firstWordComparison(const ContentionResult& before, const ContentionResult& after);
    static QString totalComparison(const ContentionResult& before, const ContentionResult& after);
    // Why a run ended early (stopped, time limit, the chat failed); empty when it completed.
    static QString endSentence(const ContentionResult& result);
    // For --json: "completed", "stopped", "timed-out", "failed".
    static QString endCode(ContentionResult::End end);
    static QString seconds(qint64 ms);
};

} // namespace tma
