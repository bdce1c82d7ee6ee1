#pragma once

#include "ModelInfo.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace tma {

// The models a server really has (/api/models), with the questions the strategies ask of them.
class ModelCatalog
{
public:
    ModelCatalog() = default;
    explicit ModelCatalog(const QList<ModelInfo>& models) : m_models(models) {}
    static ModelCatalog fromJson(const QJsonValue& body); // {"data": [...]} or a bare list

    const QList<ModelInfo>& models() const { return m_models; }
    bool isEmpty() const { return m_models.isEmpty(); }
    bool contains(const QString& id) const;
    const ModelInfo* find(const QString& id) const;
    // The model Ollama just pulled as `name`, as Open WebUI lists it: Ollama names an untagged pull
    // "<name>:latest", and the connection's prefix_id goes in front of the id. Null when the server
    // does not list it (the Ollama connection's model_ids leave it out).
    const ModelInfo* findPulled(const QString& name) const;

    QList<ModelInfo> local() const;
    QList<ModelInfo> external() const;
    // Local models best suited as task model: recommended ones first, then small ones by size.
    QList<ModelInfo> localTaskCandidates() const;

    // A chat model of the given kind to run a test task with: the largest non-reasoning one that is
    // not `avoid` (so the answer shows whether the task model, not the chat model, did the work).
    const ModelInfo* chatModelFor(bool local, const QString& avoid) const;

    // The small models the guide recommends, in order of preference (Ollama tags).
    static QStringList recommendedLocalModels();
    // Small, fast, non-reasoning models on OpenRouter, for the hosted shortlist.
    static QStringList recommendedHostedModels();

private:
    QList<ModelInfo> m_models;
};

} // namespace tma
