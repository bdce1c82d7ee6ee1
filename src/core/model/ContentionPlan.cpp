#include "ContentionPlan.h"

#include "ModelCatalog.h"
#include "TaskConfig.h"

namespace tma {

ContentionPlan ContentionPlan::make(const TaskConfig& config, const ModelCatalog& models)
{
    ContentionPlan plan;
    // A local chat model is where the contention is: one Ollama server runs the chat and, unless
    // a hosted endpoint takes them, its tasks. Without one, an external chat is tested.
    const ModelInfo* chat = models.chatModelFor(true, config.taskModel());
    plan.localChat = chat != nullptr;
    if (!chat)
        chat = models.chatModelFor(false, config.taskModelExternal());
    if (!chat)
        return plan;
    plan.chatModel = chat->id;
    // The web UI's requests for one message (0.6.14+: follow-ups on every message; title and tags
    // on a chat's first): only what the server has and runs. A switch the settings do not list is
    // a task the server does not have, except the title, which 0.4 and early 0.5 always run.
    for (Automation automation :
         {Automation::Title, Automation::Tags, Automation::FollowUps, Automation::Autocomplete}) {
        const bool exists = automation == Automation::Title || config.has(automation);
        if (exists && config.isEnabled(automation))
            plan.tasks << automation;
    }
    plan.autocompleteMaxChars =
        config.json().value(QLatin1String("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH")).toInt(-1);
    return plan;
}

} // namespace tma
