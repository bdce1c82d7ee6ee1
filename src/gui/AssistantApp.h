#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace tma {

class AssistantWizard;
class SecretStore;
class TrayController;
class TrayIcon;

// Ties the wizard and the tray together for the GUI executable: what shows at start (--tray for
// login starts), what Finish and Close do, a second launch showing the first, and when to quit.
class AssistantApp : public QObject
{
    Q_OBJECT
public:
    explicit AssistantApp(SecretStore* secrets, QObject* parent = nullptr);
    ~AssistantApp() override;

    // `trayOnly`: started at login; shows just the tray (or the wizard if nothing is set up yet).
    void start(bool trayOnly, const QUrl& server);
    // A second launch's arguments.
    void activate(const QStringList& arguments);

    AssistantWizard* wizard() const;
    TrayIcon* tray() const { return m_tray; }
    TrayController* trayController() const { return m_controller; }

private:
    void showWizard(const QUrl& server);
    void showTray();
    void wizardClosed(int result);
    void askPresetName(const QUrl& server);
    void quitIfNothingShown();

    SecretStore* m_secrets;
    TrayController* m_controller;
    TrayIcon* m_tray = nullptr;
    QPointer<AssistantWizard> m_wizard;
};

} // namespace tma
