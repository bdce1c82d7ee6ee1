#include "LoadedModels.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tma {
namespace {

// One of Ollama's own /api/ps entries (server/routes.go PsHandler): name, model, size, size_vram,
// expires_at, digest, details.
std::optional<LoadedModel> entryFrom(const QJsonValue& value)
{
    const QJsonObject entry = value.toObject();
    const QString model =
        entry.value(QLatin1String("model")).toString(entry.value(QLatin1String("name")).toString());
    if (model.isEmpty())
        return std::nullopt;
    LoadedModel loaded;
    loaded.model = model;
    loaded.bytes = entry.value(QLatin1String("size")).toInteger();
    for (const QJsonValue& node : entry.value(QLatin1String("urls")).toArray())
        loaded.nodes << node.toInt();
    return loaded;
}

} // namespace

std::optional<LoadedModels> LoadedModels::fromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.toObject();
    LoadedModels result;
    const QJsonValue merged = object.value(QLatin1String("models"));
    if (merged.isArray()) { // 0.6.11 on
        for (const QJsonValue& value : merged.toArray()) {
            if (const std::optional<LoadedModel> loaded = entryFrom(value))
                result.m_models << *loaded;
        }
        return result;
    }
    // Up to 0.6.10: {"<node url>": {"models": [...]} or null}; {} while the Ollama API is off.
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull()) {
            ++result.m_silentNodes;
            continue;
        }
        const QJsonValue models = it.value().toObject().value(QLatin1String("models"));
        if (!models.isArray()) {
            ++result.m_silentNodes; // an error body from the node (an auth proxy, say)
            continue;
        }
        for (const QJsonValue& value : models.toArray()) {
            if (std::optional<LoadedModel> loaded = entryFrom(value)) {
                loaded->nodeUrl = it.key();
                result.m_models << *loaded;
            }
        }
    }
    return result;
}

const LoadedModel* LoadedModels::find(const ModelInfo& model) const
{
    QStringList names{model.id};
    names << model.upstreamIds;
    if (!model.baseModelId.isEmpty())
        names << model.baseModelId;
    for (const LoadedModel& loaded : m_models) {
        if (names.contains(loaded.model))
            return &loaded;
    }
    return nullptr;
}

} // namespace tma
