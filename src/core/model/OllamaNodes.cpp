#include "OllamaNodes.h"

#include <QJsonArray>

namespace tma {

QList<OllamaNode> OllamaNodes::fromConfig(const QJsonObject& config)
{
    QList<OllamaNode> nodes;
    if (!apiEnabled(config))
        return nodes;
    const QJsonArray urls = config.value(QLatin1String("OLLAMA_BASE_URLS")).toArray();
    const QJsonObject configs = config.value(QLatin1String("OLLAMA_API_CONFIGS")).toObject();
    for (qsizetype i = 0; i < urls.size(); ++i) {
        // routers/ollama.py get_all_models: the config by index, else the older one keyed by URL;
        // a node without either is enabled (.get("enable", True)).
        const QString url = urls.at(i).toString();
        const QJsonObject own = configs.contains(QString::number(i))
                                    ? configs.value(QString::number(i)).toObject()
                                    : configs.value(url).toObject();
        if (!own.value(QLatin1String("enable")).toBool(true))
            continue;
        OllamaNode node;
        node.index = static_cast<int>(i);
        node.url = url;
        node.prefixId = own.value(QLatin1String("prefix_id")).toString();
        nodes << node;
    }
    return nodes;
}

bool OllamaNodes::apiEnabled(const QJsonObject& config)
{
    return config.value(QLatin1String("ENABLE_OLLAMA_API")) != QJsonValue(false);
}

} // namespace tma
