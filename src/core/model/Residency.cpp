#include "Residency.h"

namespace tma {
namespace {

Residency start(const ModelInfo& chat, const ModelInfo& task)
{
    Residency residency;
    residency.chatModel = chat.id;
    residency.taskModel = task.id;
    return residency;
}

bool sameNode(const LoadedModel& a, const LoadedModel& b)
{
    if (!a.nodeUrl.isEmpty() || !b.nodeUrl.isEmpty())
        return a.nodeUrl == b.nodeUrl;
    if (a.nodes.isEmpty() || b.nodes.isEmpty())
        return true; // not said: assume they share one
    for (int node : a.nodes) {
        if (b.nodes.contains(node))
            return true;
    }
    return false;
}

} // namespace

bool Residency::applies(const ModelInfo* chat, const ModelInfo* task)
{
    return chat && task && chat->isOllama() && task->isOllama() && chat->id != task->id;
}

Residency Residency::decide(const ModelInfo& chat, const ModelInfo& task, const LoadedModels& before,
                            const LoadedModels& after)
{
    Residency residency = start(chat, task);
    const LoadedModel* taskAfter = after.find(task);
    if (!taskAfter)
        return notChecked(chat, task, Reason::TaskModelNotListed);
    residency.taskBytes = taskAfter->bytes;
    const LoadedModel* chatBefore = before.find(chat);
    const LoadedModel* chatAfter = after.find(chat);
    if (chatAfter) {
        residency.state = State::BothLoaded;
        residency.chatBytes = chatAfter->bytes;
        residency.separateNodes = !sameNode(*chatAfter, *taskAfter);
    } else if (chatBefore) {
        residency.state = State::ChatModelUnloaded;
        residency.chatBytes = chatBefore->bytes;
    } else {
        residency.state = State::ChatModelNotLoaded;
    }
    return residency;
}

Residency Residency::notChecked(const ModelInfo& chat, const ModelInfo& task, Reason reason)
{
    Residency residency = start(chat, task);
    residency.state = State::NotChecked;
    residency.reason = reason;
    return residency;
}

Residency Residency::notChecked(const ModelInfo& chat, const ModelInfo& task, const ApiError& error)
{
    Reason reason = Reason::Unreadable;
    switch (error.kind()) {
    case ApiError::Kind::NotFound:
        reason = Reason::RouteMissing;
        break;
    case ApiError::Kind::UnexpectedContent:
        // Open WebUI's web app answers a GET on a path no route has (main.py mounts it at "/"):
        // a page with 200 is what a server without /ollama/api/ps (0.4) gives.
        if (error.httpStatus() == 200)
            reason = Reason::RouteMissing;
        break;
    case ApiError::Kind::NotAdmin:
    case ApiError::Kind::EndpointRestricted:
    case ApiError::Kind::SessionExpired:
        reason = Reason::Refused;
        break;
    default:
        break;
    }
    return notChecked(chat, task, reason);
}

} // namespace tma
