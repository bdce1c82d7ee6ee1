#pragma once

#include "ModelInfo.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tma {

// One model an Ollama node holds in memory, as GET /ollama/api/ps lists it.
struct LoadedModel
{
    QString model;       // 0.6.11 on: Open WebUI's id (with the connection's prefix); before: Ollama's name
    qint64 bytes = 0;    // "size": what it takes in memory
    QList<int> nodes;    // "urls" (0.6.11 on): the indices of the nodes that hold it
    QString nodeUrl;     // before 0.6.11: the node's base URL
};

// What GET /ollama/api/ps says is loaded (routers/ollama.py get_ollama_loaded_models, audited in
// tests/support/audit/ollama-ps.md). Two shapes: up to 0.6.10 each node's own reply keyed by its
// URL (`null` for a node that did not answer); from 0.6.11 one list merged by model, each with the
// nodes that hold it (a node that did not answer is left out, silently). The memory figures of a
// model held by several nodes are the first node's.
class LoadedModels
{
public:
    // nullopt: neither shape (a web page, an error body, something else).
    static std::optional<LoadedModels> fromJson(const QJsonValue& json);

    const QList<LoadedModel>& all() const { return m_models; }
    // The entry for a model of /api/models: by Open WebUI's id, or by Ollama's own name (the
    // older shape has no prefix), or by the base model a workspace model runs.
    const LoadedModel* find(const ModelInfo& model) const;
    // Nodes that did not answer (only the older shape tells).
    int silentNodes() const { return m_silentNodes; }

private:
    QList<LoadedModel> m_models;
    int m_silentNodes = 0;
};

} // namespace tma
