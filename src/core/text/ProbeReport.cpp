#include "ProbeReport.h"

#include <QLocale>

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

QString ProbeReport::memorySize(qint64 bytes)
{
    // Ollama writes sizes in powers of 1000 (format.HumanBytes), as `ollama ps` shows them.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString ProbeReport::residencySentence(const Residency& residency)
{
    const QString& chat = residency.chatModel;
    const QString& task = residency.taskModel;
    switch (residency.state) {
    case Residency::State::NotApplicable:
        return {};
    case Residency::State::BothLoaded:
        if (residency.separateNodes)
            return tr("%1 and %2 run on different Ollama servers, so the task model never pushes the chat "
                      "model "
                      "out of memory.")
                .arg(chat, task);
        return tr("Both models stay in memory: %1 takes %2 and %3 takes %4.")
            .arg(chat, memorySize(residency.chatBytes), task, memorySize(residency.taskBytes));
    case Residency::State::ChatModelUnloaded:
        return tr("Ollama unloaded the chat model %1 (%2) to run the task model %3 (%4): the server cannot "
                  "hold "
                  "both in memory, so after every background task the next chat message waits for %1 to load "
                  "again. Choose a smaller task model or a hosted endpoint, or turn automations off.")
            .arg(chat, memorySize(residency.chatBytes), task, memorySize(residency.taskBytes));
    case Residency::State::ChatModelNotLoaded:
        return tr("%1 was not in memory before the test, so whether it fits in memory together with %2 could "
                  "not be seen. Chat with %1 once, then test again.")
            .arg(chat, task);
    case Residency::State::NotChecked:
        break;
    }
    switch (residency.reason) {
    case Residency::Reason::RouteMissing:
        return tr(
            "This version of Open WebUI does not show which models are in memory (0.5 and later do), so "
            "whether both models fit could not be checked.");
    case Residency::Reason::Refused:
        return tr(
            "The server did not let this account see which models are in memory, so whether both models "
            "fit could not be checked.");
    case Residency::Reason::TaskModelNotListed:
        return tr("The server's list of models in memory does not include %1, which has just answered, so "
                  "whether both models fit could not be checked.")
            .arg(task);
    case Residency::Reason::Unreadable:
    case Residency::Reason::None:
        break;
    }
    return tr("The server's list of models in memory could not be read, so whether both models fit could not "
              "be checked.");
}

QString ProbeReport::residencyCode(Residency::State state)
{
    switch (state) {
    case Residency::State::NotApplicable:
        return QStringLiteral("not-applicable");
    case Residency::State::BothLoaded:
        return QStringLiteral("both-loaded");
    case Residency::State::ChatModelUnloaded:
        return QStringLiteral("chat-model-unloaded");
    case Residency::State::ChatModelNotLoaded:
        return QStringLiteral("chat-model-not-loaded");
    case Residency::State::NotChecked:
        return QStringLiteral("not-checked");
    }
    return QStringLiteral("not-checked");
}

QString ProbeReport::residencyReasonCode(Residency::Reason reason)
{
    switch (reason) {
    case Residency::Reason::None:
        return {};
    case Residency::Reason::RouteMissing:
        return QStringLiteral("route-missing");
    case Residency::Reason::Refused:
        return QStringLiteral("refused");
    case Residency::Reason::Unreadable:
        return QStringLiteral("unreadable");
    case Residency::Reason::TaskModelNotListed:
        return QStringLiteral("task-model-not-listed");
    }
    return {};
}

} // namespace tma
