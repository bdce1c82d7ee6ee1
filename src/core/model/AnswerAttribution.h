#pragma once

#include "ModelCatalog.h"
#include "ProbeResult.h"

#include <QStringList>

namespace tma {

// Which model wrote a test task's answer. Open WebUI returns what the upstream says, not its own
// id: Ollama's name without the connection's prefix_id (routers/ollama.py strips it), a workspace
// model's base model, an OpenAI-compatible provider's own string (OpenAI answers "gpt-4o-mini" as
// "gpt-4o-mini-2024-07-18"). So the answer is held against the upstream names of the two
// candidates — the configured task model and the chat model it would fall back to.
class AnswerAttribution
{
public:
    // The names an upstream may answer with for `id` (lower case, ":latest" dropped): the id, the
    // raw Ollama or provider name, the name without a connection prefix, and for a workspace
    // model those of its base model.
    static QStringList upstreamNames(const QString& id, const ModelCatalog& catalog);
    static ProbeResult::Verdict decide(const QString& answeredBy, const QString& taskModel,
                                       const QString& chatModel, const ModelCatalog& catalog);
};

} // namespace tma
