#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tma {

// One model from /api/models, reduced to what choosing a task model needs.
struct ModelInfo
{
    QString id;
    QString name;
    QString ownedBy;         // "ollama", "openai", "arena", a function owner...
    QString connectionType;  // "local" or "external" (derived from owned_by on 0.4 servers)
    qint64 sizeBytes = 0;    // Ollama download size, 0 when unknown
    QString parameterSize;   // "3.1B", when Ollama reports it
    // Regular users (role "user") can't run it, so a task with it fails in their chats: it has no
    // workspace record, or its record grants no public read (utils/models.py check_model_access).
    bool isPrivate = false;
    int openAiUrlIndex = -1; // which OpenAI connection serves it
    // The names the upstream knows it by: Ollama's own name (without the connection's prefix_id),
    // the provider's model id. A task answer carries one of these, not `id`.
    QStringList upstreamIds;
    QString baseModelId; // a workspace model's base model (info.base_model_id), else empty

    static ModelInfo fromJson(const QJsonObject& json);

    // Chats with a local model use TASK_MODEL, all others TASK_MODEL_EXTERNAL.
    bool isLocal() const { return connectionType == QLatin1String("local"); }
    bool isOllama() const { return ownedBy == QLatin1String("ollama"); }
    // Thinks before answering (r1, qwq, o1/o3, "thinking"...): slow and wasteful for a title.
    bool isReasoning() const;
    // A small model is a good task model: at most ~4B parameters or a ~3.5 GB download.
    bool isSmall() const;
    double parameterBillions() const; // 0 when unknown
    QString displayName() const;
};

} // namespace tma
