#pragma once

#include "ApiError.h"
#include "ModelCatalog.h"
#include "PullProgress.h"

#include <QObject>
#include <QPointer>

namespace tma {

class ApiReply;
class OpenWebUiClient;

// Pulls an Ollama model through Open WebUI's proxy with live progress, then refreshes the model
// list so the new model can be used at once. Cancel closes the request, which stops the download.
class ModelPuller : public QObject
{
    Q_OBJECT
public:
    explicit ModelPuller(OpenWebUiClient* client, QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~ModelPuller() override;

    void pull(const QString& model, int ollamaIndex = 0);
    void cancel();
    bool isBusy() const { return !m_current.isNull(); }
    QString model() const { return m_model; }
    // The pulled model's id as the server lists it (":latest", a connection prefix), once finished.
    QString listedModel() const { return m_listedModel; }

Q_SIGNALS:
    // completed/total in bytes over all layers (total 0 while unknown).
    void progress(const QString& status, qint64 completed, qint64 total);
    void finished(const tma::ModelCatalog& models);
    void failed(const tma::ApiError& error);

private:
    void refreshModels();

    OpenWebUiClient* m_client;
    QPointer<ApiReply> m_current;
    PullProgress m_progress;
    QString m_model;
    QString m_listedModel;
};

} // namespace tma
