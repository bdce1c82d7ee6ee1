#include "ModelCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace tma {

ModelCatalog ModelCatalog::fromJson(const QJsonValue& body)
{
    const QJsonArray items = body.isArray() ? body.toArray() : body.toObject().value(QLatin1String("data")).toArray();
    QList<ModelInfo> models;
    for (const QJsonValue& item : items) {
        if (!item.isObject())
            continue;
        ModelInfo model = ModelInfo::fromJson(item.toObject());
        if (!model.id.isEmpty())
            models << model;
    }
    return ModelCatalog(models);
}

bool ModelCatalog::contains(const QString& id) const
{
    return find(id) != nullptr;
}

const ModelInfo* ModelCatalog::findPulled(const QString& name) const
{
    const QString pulled = name.trimmed();
    const QString tagged = pulled.contains(QLatin1Char(':')) ? pulled : pulled + QStringLiteral(":latest");
    for (const QString& wanted : {pulled, tagged}) {
        for (const ModelInfo& model : m_models) {
            if (!model.isOllama())
                continue;
            if (model.id == wanted || model.upstreamIds.contains(wanted) ||
                model.id.endsWith(QLatin1Char('.') + wanted))
                return &model;
        }
    }
    return nullptr;
}

const ModelInfo* ModelCatalog::find(const QString& id) const
{
    for (const ModelInfo& model : m_models) {
        if (model.id == id)
            return &model;
    }
    return nullptr;
}

QList<ModelInfo> ModelCatalog::local() const
{
    QList<ModelInfo> list;
    std::copy_if(m_models.begin(), m_models.end(), std::back_inserter(list),
                 [](const ModelInfo& model) { return model.isLocal(); });
    return list;
}

QList<ModelInfo> ModelCatalog::external() const
{
    QList<ModelInfo> list;
    std::copy_if(m_models.begin(), m_models.end(), std::back_inserter(list),
                 [](const ModelInfo& model) { return !model.isLocal(); });
    return list;
}

QList<ModelInfo> ModelCatalog::localTaskCandidates() const
{
    QList<ModelInfo> list = local();
    const QStringList recommended = recommendedLocalModels();
    auto rank = [&recommended](const ModelInfo& model) {
        const qsizetype index = recommended.indexOf(model.id);
        if (index >= 0)
            return static_cast<int>(index); // a short list: its position always fits
        if (model.isReasoning())
            return 2000;
        return model.isSmall() ? 1000 : 1500;
    };
    std::stable_sort(list.begin(), list.end(), [&rank](const ModelInfo& a, const ModelInfo& b) {
        const int ra = rank(a);
        const int rb = rank(b);
        if (ra != rb)
            return ra < rb;
        const double pa = a.parameterBillions() > 0 ? a.parameterBillions() : static_cast<double>(a.sizeBytes) / 1e9;
        const double pb = b.parameterBillions() > 0 ? b.parameterBillions() : static_cast<double>(b.sizeBytes) / 1e9;
        return pa < pb;
    });
    return list;
}

const ModelInfo* ModelCatalog::chatModelFor(bool local, const QString& avoid) const
{
    // The model people chat with is usually the largest one: that is where a task model helps, and
    // where "before" shows the cost. Reasoning models come last; `avoid` only as a last resort.
    const ModelInfo* best = nullptr;
    auto score = [&avoid](const ModelInfo& model) {
        const double size = model.parameterBillions() > 0 ? model.parameterBillions() : static_cast<double>(model.sizeBytes) / 1e9;
        return (model.id == avoid ? -2e6 : 0) + (model.isReasoning() ? -1e6 : 0) + size;
    };
    for (const ModelInfo& model : m_models) {
        if (model.isLocal() != local || model.ownedBy == QLatin1String("arena"))
            continue;
        if (!best || score(model) > score(*best))
            best = &model;
    }
    return best;
}

QStringList ModelCatalog::recommendedLocalModels()
{
    return {QStringLiteral("qwen2.5:3b"), QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:1.5b"),
            QStringLiteral("llama3.2:1b"), QStringLiteral("gemma2:2b"), QStringLiteral("phi3.5:3.8b")};
}

QStringList ModelCatalog::recommendedHostedModels()
{
    return {QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("meta-llama/llama-3.2-3b-instruct"),
            QStringLiteral("qwen/qwen-2.5-7b-instruct"), QStringLiteral("google/gemini-2.0-flash-lite-001"),
            QStringLiteral("mistralai/ministral-8b")};
}

} // namespace tma
