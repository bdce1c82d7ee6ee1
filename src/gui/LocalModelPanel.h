#pragma once

#include "ApiError.h"
#include "ModelCatalog.h"
#include "Rewording.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class LocalModelPanel;
}

class QLabel;

namespace tma {

class ApiReply;
class FilterField;
class ModelPuller;
class OpenWebUiClient;

// The server's local models as task-model candidates (recommended small ones first, with sizes),
// and downloading one through Open WebUI with a progress bar and Stop.
class LocalModelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LocalModelPanel(QWidget* parent = nullptr);
    ~LocalModelPanel() override;

    void setClient(OpenWebUiClient* client);
    void setModels(const ModelCatalog& models, const QString& preferred = {});
    QString selectedModel() const;
    bool isPulling() const;

Q_SIGNALS:
    void selectionChanged();
    void pullingChanged(bool pulling);
    // A download finished: the server's models, now with the new one.
    void modelsChanged(const tma::ModelCatalog& models);

protected:
    void changeEvent(QEvent* event) override;

private:
    void startPull();
    void stopPull();
    void setPulling(bool pulling);
    void updatePullRow();
    void updateHint();
    void readNodes();
    void showNodes(bool visible);
    void applyFilter();

    std::unique_ptr<Ui::LocalModelPanel> m_ui;
    QPointer<OpenWebUiClient> m_client;
    FilterField* m_filter;
    QLabel* m_filterStatus;
    ModelPuller* m_puller = nullptr;
    QPointer<ApiReply> m_nodesReply;
    ModelCatalog m_models;
    bool m_pulling = false;
    Rewording m_rewording;
    bool m_ollamaOff = false; // ENABLE_OLLAMA_API is off: nothing can be downloaded
};

} // namespace tma
