// ModelCatalog::fromJson and the questions asked of ModelInfo, on any /api/models body
// ({"data": [...]} or a bare list, Ollama and OpenAI entries, workspace models...).
// Checks: every model has an id and a connection type; local() and external() split the list;
// localTaskCandidates() is a reordering of local() with the recommended models first, in their
// order; parameterBillions() is never negative; chatModelFor() honours its filter; find() works.
#include "FuzzCheck.h"
#include "ModelCatalog.h"

#include <cmath>

using tma::ModelCatalog;
using tma::ModelInfo;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ModelCatalog catalog = ModelCatalog::fromJson(fuzz::json(fuzz::bytes(data, size)));

    for (const ModelInfo& model : catalog.models()) {
        FUZZ_CHECK(!model.id.isEmpty() && !model.connectionType.isEmpty());
        FUZZ_CHECK(catalog.find(model.id) && catalog.find(model.id)->id == model.id);
        const double billions = model.parameterBillions();
        FUZZ_CHECK(billions >= 0 && !std::isnan(billions));
        (void)model.isReasoning();
        (void)model.isSmall();
        FUZZ_CHECK(!model.displayName().isEmpty());
    }
    const QList<ModelInfo> local = catalog.local();
    FUZZ_CHECK(local.size() + catalog.external().size() == catalog.models().size());

    const QList<ModelInfo> candidates = catalog.localTaskCandidates();
    FUZZ_CHECK(candidates.size() == local.size());
    const QStringList recommended = ModelCatalog::recommendedLocalModels();
    qsizetype lastRank = -1;
    for (const ModelInfo& model : candidates) {
        FUZZ_CHECK(model.isLocal());
        const qsizetype index = recommended.indexOf(model.id);
        const qsizetype rank = index >= 0 ? index : recommended.size();
        FUZZ_CHECK(rank >= lastRank);
        lastRank = rank;
    }

    for (bool wantLocal : {true, false}) {
        const QString avoid = catalog.isEmpty() ? QString() : catalog.models().constFirst().id;
        if (const ModelInfo* chat = catalog.chatModelFor(wantLocal, avoid))
            FUZZ_CHECK(chat->isLocal() == wantLocal && chat->ownedBy != QLatin1String("arena"));
    }
    return 0;
}
