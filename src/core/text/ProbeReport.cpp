#include "ProbeReport.h"

namespace tma {

bool ProbeReport::passed(const QList<ProbeResult>& results)
{
    bool ranOne = false;
    for (const ProbeResult& result : results) {
        if (result.outcome == ProbeResult::Outcome::NoChatModel)
            continue;
        if (result.outcome != ProbeResult::Outcome::Answered || result.settingIgnored())
            return false;
        ranOne = true;
    }
    return ranOne;
}

QString ProbeReport::verdictSentence(const ProbeResult& result)
{
    if (result.outcome != ProbeResult::Outcome::Answered)
        return {};
    switch (result.verdict) {
    case ProbeResult::Verdict::TaskModel:
        return {};
    case ProbeResult::Verdict::ChatModel:
        return tr("The chat model %1 answered instead of %2: the server ignored the task model setting. Open "
                  "WebUI "
                  "does this when it does not list the task model.")
            .arg(result.chatModel, result.expectedTaskModel);
    case ProbeResult::Verdict::SameUpstream:
        return tr("%1 and %2 are the same model for their provider, so the answer cannot show which of them "
                  "ran the task.")
            .arg(result.expectedTaskModel, result.chatModel);
    case ProbeResult::Verdict::Unrecognised:
        return tr("The answer came from \"%1\", which is neither %2 nor %3 as their providers name them, so "
                  "the test "
                  "cannot tell which of them ran the task.")
            .arg(result.answeredBy, result.expectedTaskModel, result.chatModel);
    }
    return {};
}

QString ProbeReport::verdictCode(ProbeResult::Verdict verdict)
{
    switch (verdict) {
    case ProbeResult::Verdict::TaskModel:
        return QStringLiteral("task-model");
    case ProbeResult::Verdict::ChatModel:
        return QStringLiteral("chat-model");
    case ProbeResult::Verdict::SameUpstream:
        return QStringLiteral("same-upstream");
    case ProbeResult::Verdict::Unrecognised:
        return QStringLiteral("unrecognised");
    }
    return QStringLiteral("unrecognised");
}

} // namespace tma
