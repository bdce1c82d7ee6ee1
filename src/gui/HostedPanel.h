#pragma once

#include "ApiError.h"
#include "Rewording.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class HostedPanel;
}

namespace tma {

class OpenWebUiClient;
class ProviderVerifier;

// An OpenAI-compatible provider (OpenRouter preselected): its URL and key, verified through the
// server (so the server, not just this computer, can reach it), and a small fast model to use.
class HostedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HostedPanel(QWidget* parent = nullptr);
    ~HostedPanel() override;

    void setClient(OpenWebUiClient* client);
    QString providerUrl() const;
    QString providerKey() const;
    QString selectedModel() const;
    QStringList verifiedModels() const { return m_verifiedModels; }
    bool isVerified() const { return m_verified; }
    // False while the provider's list is known and does not have the typed model.
    bool isModelAccepted() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void verify();
    void showVerified(const QStringList& offered);
    void invalidate();
    void addModel(const QString& id); // an offered model: the id as data, shown as text
    void updateModelCheck();
    void retranslate();

    std::unique_ptr<Ui::HostedPanel> m_ui;
    QPointer<OpenWebUiClient> m_client;
    ProviderVerifier* m_verifier = nullptr;
    QStringList m_verifiedModels;
    bool m_verified = false;
    Rewording m_rewording;
};

} // namespace tma
