#include "ContentionReport.h"

#include <QLocale>

namespace tma {

QString ContentionReport::seconds(qint64 ms)
{
    return tr("%1 s", "seconds").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
}

QStringList ContentionReport::planSentences(const ContentionPlan& plan)
{
    QStringList sentences;
    if (plan.isEmpty()) {
        sentences << tr("The server has no chat model to measure.");
        return sentences;
    }
    sentences << tr("The chat speed test sends %1 short chat messages to %2, one after the other.")
                     .arg(plan.rounds)
                     .arg(plan.chatModel);
    QStringList tasks;
    for (Automation automation : plan.tasks)
        tasks << Automations::label(automation);
    if (tasks.isEmpty())
        sentences << tr("Open WebUI's background tasks are all turned off, so each message is sent alone.");
    else
        sentences
            << tr("With each message, it sends the background requests Open WebUI runs for a chat at the "
                  "same moment: %1.")
                   .arg(QLocale().createSeparatedList(tasks));
    sentences << tr("Each run makes %1 requests to the server; each answer is cut at %2 tokens.")
                     .arg(plan.requestCount())
                     .arg(plan.maxTokens);
    sentences << tr("A run ends on its own after %1 minutes at the latest, and can be stopped at any moment.")
                     .arg(plan.timeLimitMs / 60000);
    return sentences;
}

QString ContentionReport::resultSentence(const ContentionResult& result)
{
    if (result.rounds() == 0)
        return {};
    return tr("While the background tasks ran, the first word of the answer came after %1 and the whole "
              "answer "
              "after %2 (medians; messages answered: %3).")
        .arg(seconds(result.medianFirstWordMs()), seconds(result.medianTotalMs()))
        .arg(result.rounds());
}

QString ContentionReport::firstWordComparison(const ContentionResult& before, const ContentionResult& after)
{
    if (before.rounds() == 0 || after.rounds() == 0)
        return {};
    return tr("First word of the answer: %1 with the old settings, %2 with the new ones.")
        .arg(seconds(before.medianFirstWordMs()), seconds(after.medianFirstWordMs()));
}

QString ContentionReport::totalComparison(const ContentionResult& before, const ContentionResult& after)
{
    if (before.rounds() == 0 || after.rounds() == 0)
        return {};
    return tr("Whole answer: %1 with the old settings, %2 with the new ones.")
        .arg(seconds(before.medianTotalMs()), seconds(after.medianTotalMs()));
}

QString ContentionReport::endSentence(const ContentionResult& result)
{
    switch (result.end) {
    case ContentionResult::End::Completed:
        return {};
    case ContentionResult::End::Stopped:
        return tr("The chat speed test was stopped. Messages answered: %1.").arg(result.rounds());
    case ContentionResult::End::TimedOut:
        return tr("The chat speed test reached its time limit. Messages answered: %1.").arg(result.rounds());
    case ContentionResult::End::Failed:
        return tr("The chat speed test could not finish: %1").arg(result.error.message());
    }
    return {};
}

QString ContentionReport::endCode(ContentionResult::End end)
{
    switch (end) {
    case ContentionResult::End::Completed:
        return QStringLiteral("completed");
    case ContentionResult::End::Stopped:
        return QStringLiteral("stopped");
    case ContentionResult::End::TimedOut:
        return QStringLiteral("timed-out");
    case ContentionResult::End::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace tma
