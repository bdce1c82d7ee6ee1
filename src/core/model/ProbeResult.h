#pragma once

#include "ApiError.h"
#include "Residency.h"

#include <QString>

namespace tma {

// One test task run through one task-model slot.
struct ProbeResult
{
    enum class Slot
    {
        Local,    // a chat with a local model: TASK_MODEL answers
        External, // any other chat: TASK_MODEL_EXTERNAL answers
    };
    enum class Outcome
    {
        Answered,    // a title came back
        Disabled,    // title generation is turned off (HTTP 200 with a detail)
        NoChatModel, // the server has no chat model of this kind: nothing to test
        Failed,
    };
    // Who wrote the answer (AnswerAttribution), when a title came back.
    enum class Verdict
    {
        TaskModel,    // the configured task model (or the chat model, when the slot is empty)
        ChatModel,    // the chat model: the server ignored the task model setting
        SameUpstream, // both reach the same model upstream: the answer can't tell them apart
        Unrecognised, // the answer names neither of them as their upstreams name them
    };

    Slot slot = Slot::Local;
    Outcome outcome = Outcome::Failed;
    QString chatModel;         // the chat model the request named
    QString expectedTaskModel; // who should answer per the settings (the chat model if the slot is empty)
    QString answeredBy;        // "model" of the response: the upstream's name, not Open WebUI's id
    Verdict verdict = Verdict::Unrecognised;
    QString title;
    qint64 elapsedMs = 0;
    ApiError error;
    // Whether Ollama kept the chat model in memory while the task model ran (local models only).
    Residency residency;

    // The configured task model answered (not the chat model by silent fallback).
    bool answeredAsExpected() const { return outcome == Outcome::Answered && verdict == Verdict::TaskModel; }
    // The answer shows the server let the chat model do the task instead.
    bool settingIgnored() const { return outcome == Outcome::Answered && verdict == Verdict::ChatModel; }
    QString slotId() const { return slot == Slot::Local ? QStringLiteral("local") : QStringLiteral("external"); }
};

} // namespace tma
