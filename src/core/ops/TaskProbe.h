#pragma once

#include "LoadedModels.h"
#include "ModelCatalog.h"
#include "ProbeResult.h"
#include "ServerInfo.h"
#include "TaskConfig.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace tma {

class ApiReply;
class OpenWebUiClient;

// Proves the task model works: runs one real title task through a chat model of each kind the
// server has (local → TASK_MODEL, external → TASK_MODEL_EXTERNAL), times it and records which
// model answered. Exactly one task request per slot. Where the chat model and the task model are
// two Ollama models, it also reads which models Ollama holds right before and right after the
// task (Residency): whether the server keeps both in memory.
class TaskProbe : public QObject
{
    Q_OBJECT
public:
    TaskProbe(OpenWebUiClient* client, TaskApi api, QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~TaskProbe() override;

    // Uses `models` if given (must be fresh: see ModelCatalog), else fetches /api/models?refresh=true.
    void run(const TaskConfig& config, const ModelCatalog& models = {});
    // Test only through this chat model (and so only its slot); empty = pick one per slot.
    void setChatModel(const QString& id) { m_chatModel = id; }
    // Read what Ollama holds around each task (the default), or not: for a test whose results
    // only serve as a "before", the two reads per slot would tell nobody anything.
    void setChecksMemory(bool checks) { m_checksMemory = checks; }
    void cancel();
    bool isBusy() const { return m_busy; }
    // The slots tested so far (all of them once finished): what a stopped test still shows.
    const QList<ProbeResult>& results() const { return m_results; }

Q_SIGNALS:
    void slotStarted(tma::ProbeResult::Slot slot, const QString& chatModel);
    void finished(const QList<tma::ProbeResult>& results);
    void failed(const tma::ApiError& error);

private:
    void runSlot(int index);
    // Reads which models Ollama holds, then `then` with them (nullopt: not read; `error` why).
    void readLoaded(std::function<void(const std::optional<LoadedModels>&, const ApiError&)> then);
    void askTitle(int index, ProbeResult result, const std::optional<LoadedModels>& before,
                  const ApiError& beforeError);
    void recordResidency(int index, ProbeResult result, const std::optional<LoadedModels>& before,
                         const ApiError& beforeError);
    void finishSlot(int index, const ProbeResult& result);

    OpenWebUiClient* m_client;
    TaskApi m_api;
    QPointer<ApiReply> m_current;
    TaskConfig m_config;
    ModelCatalog m_models;
    QString m_chatModel;
    bool m_checksMemory = true;
    QList<ProbeResult> m_results;
    bool m_busy = false;
};

} // namespace tma
