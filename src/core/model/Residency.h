#pragma once

#include "ApiError.h"
#include "LoadedModels.h"
#include "ModelInfo.h"

#include <QString>

#include <optional>

namespace tma {

// Whether an Ollama server keeps the chat model in memory while the task model runs, from what
// GET /ollama/api/ps listed right before and right after a task. If it cannot hold both, every
// background task unloads the chat model and the next chat message waits for it to load again.
struct Residency
{
    enum class State
    {
        NotApplicable,      // not two different Ollama models: nothing shares the memory
        BothLoaded,         // both listed after the task
        ChatModelUnloaded,  // listed before the task, gone after it: the node cannot hold both
        ChatModelNotLoaded, // not listed before: whether both fit could not be seen
        NotChecked,         // the server did not say; `reason` tells why
    };
    enum class Reason
    {
        None,
        RouteMissing,       // before 0.5 there is no /ollama/api/ps
        Refused,            // the server did not let this account read it
        Unreadable,         // an error, an answer in neither shape, a server that stopped answering
        TaskModelNotListed, // the task model that just answered is not listed: the list is incomplete
    };

    State state = State::NotApplicable;
    Reason reason = Reason::None;
    QString chatModel; // Open WebUI's ids
    QString taskModel;
    qint64 chatBytes = 0; // in memory, as Ollama reported it (0: not known)
    qint64 taskBytes = 0;
    bool separateNodes = false; // both loaded, but on different Ollama servers

    // Before and after a task that ran `task` for a chat with `chat`.
    static Residency decide(const ModelInfo& chat, const ModelInfo& task, const LoadedModels& before,
                            const LoadedModels& after);
    // The list could not be read (before or after): why, from the request's error.
    static Residency notChecked(const ModelInfo& chat, const ModelInfo& task, const ApiError& error);
    static Residency notChecked(const ModelInfo& chat, const ModelInfo& task, Reason reason);
    // Both are Ollama models, and not the same one: what the check is for.
    static bool applies(const ModelInfo* chat, const ModelInfo* task);
};

} // namespace tma
