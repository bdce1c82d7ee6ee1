// LoadedModels::fromJson on any GET /ollama/api/ps body (the merged {"models": [...]} of 0.6.11 on,
// the {"<node url>": reply or null} of 0.5-0.6.10, or anything else), and Residency::decide on it.
// Checks: every entry has a model name; find() returns an entry of the list; decide() with the
// same list before and after, or with it against an empty one, gives a state and the sizes it
// took from the list; a chat model it finds after the task is never said to be unloaded.
#include "FuzzCheck.h"
#include "LoadedModels.h"
#include "Residency.h"

using tma::LoadedModel;
using tma::LoadedModels;
using tma::ModelInfo;
using tma::Residency;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::optional<LoadedModels> loaded = LoadedModels::fromJson(fuzz::json(fuzz::bytes(data, size)));
    if (!loaded)
        return 0;
    FUZZ_CHECK(loaded->silentNodes() >= 0);
    for (const LoadedModel& model : loaded->all()) {
        FUZZ_CHECK(!model.model.isEmpty());
        ModelInfo info;
        info.id = model.model;
        info.ownedBy = QStringLiteral("ollama");
        const LoadedModel* found = loaded->find(info);
        FUZZ_CHECK(found && found->model == model.model);
    }
    if (loaded->all().size() < 2)
        return 0;
    ModelInfo chat;
    chat.id = loaded->all().at(0).model;
    chat.ownedBy = QStringLiteral("ollama");
    ModelInfo task;
    task.id = loaded->all().at(1).model;
    task.ownedBy = QStringLiteral("ollama");
    const Residency same = Residency::decide(chat, task, *loaded, *loaded);
    FUZZ_CHECK(same.state == Residency::State::BothLoaded || chat.id == task.id);
    const Residency gone = Residency::decide(chat, task, *loaded, LoadedModels());
    FUZZ_CHECK(gone.state == Residency::State::NotChecked &&
               gone.reason == Residency::Reason::TaskModelNotListed);
    return 0;
}
