#pragma once

#include <QWizard>

namespace tma {

class ApplyPage;
class ConnectPage;
class SecretStore;
class StrategyPage;
class WizardContext;

// The guided setup, step for step as in Open WebUI's guide: connect to the admin panel, choose a
// strategy, save and test. Pages share a WizardContext; the window remembers its size and place.
class AssistantWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ConnectPageId,
        StrategyPageId,
        ApplyPageId,
    };

    explicit AssistantWizard(SecretStore* secrets, QWidget* parent = nullptr);
    ~AssistantWizard() override;

    WizardContext* context() const { return m_context; }
    // Whether the user asked to keep the assistant in the tray after Finish.
    bool keepInTray() const;

    static void showAbout(QWidget* parent);
    // "" follows the system; saved for the next start.
    static void setLanguage(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void done(int result) override;
    void changeEvent(QEvent* event) override;

private:
    void saveGeometrySetting();
    void retranslate();
    void showLanguageMenu();

    WizardContext* m_context;
    ConnectPage* m_connectPage;
    StrategyPage* m_strategyPage;
    ApplyPage* m_applyPage;
};

} // namespace tma
