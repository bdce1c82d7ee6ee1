#include "AssistantApp.h"

#include "AssistantWizard.h"
#include "ForgetServerDialog.h"
#include "PresetNameDialog.h"
#include "ServerProfiles.h"
#include "ServerUrl.h"
#include "TrayController.h"
#include "TrayIcon.h"
#include "WizardContext.h"

#include <QApplication>

namespace tma {

AssistantApp::AssistantApp(SecretStore* secrets, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_controller(new TrayController(secrets, this))
{
    // Closing the wizard must not end the tray: this class decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_controller, &TrayController::openAssistantRequested, this, &AssistantApp::showWizard);
    connect(m_controller, &TrayController::savePresetRequested, this, &AssistantApp::askPresetName);
    connect(m_controller, &TrayController::forgetServerRequested, this,
            [this](const QUrl& server, const QString& name) {
                ForgetServerDialog::ask(nullptr, server, name, this,
                                        [this, server] { m_controller->forgetServer(server); });
            });
    connect(m_controller, &TrayController::aboutRequested, this, [] { AssistantWizard::showAbout(nullptr); });
    connect(m_controller, &TrayController::quitRequested, qApp, &QCoreApplication::quit);
}

AssistantApp::~AssistantApp()
{
    delete m_wizard;
}

AssistantWizard* AssistantApp::wizard() const
{
    return m_wizard;
}

void AssistantApp::start(bool trayOnly, const QUrl& server)
{
    const bool configured = !ServerProfiles::all().isEmpty();
    if (trayOnly && configured)
        return showTray();
    showWizard(server);
}

void AssistantApp::activate(const QStringList& arguments)
{
    QUrl server;
    const qsizetype index = arguments.indexOf(QStringLiteral("--server"));
    if (index >= 0 && index + 1 < arguments.size())
        server = ServerUrl::normalize(arguments.at(index + 1));
    showWizard(server);
}

void AssistantApp::showWizard(const QUrl& server)
{
    if (!m_wizard) {
        m_wizard = new AssistantWizard(m_secrets);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (server.isValid())
            m_wizard->context()->setInitialServer(server);
        connect(m_wizard, &QDialog::finished, this, &AssistantApp::wizardClosed);
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

void AssistantApp::showTray()
{
    if (!m_tray)
        m_tray = new TrayIcon(m_controller, this);
    m_tray->show();
}

void AssistantApp::wizardClosed(int result)
{
    const bool keepTray = result == QDialog::Accepted && m_wizard && m_wizard->keepInTray();
    if (keepTray || (m_tray && m_tray->isVisible()))
        return showTray();
    quitIfNothingShown();
}

void AssistantApp::askPresetName(const QUrl& server)
{
    PresetNameDialog::ask(nullptr, this, [this, server](const QString& name) {
        m_controller->saveCurrentAsPreset(server, name);
    });
}

void AssistantApp::quitIfNothingShown()
{
    if ((!m_tray || !m_tray->isVisible()))
        QCoreApplication::quit();
}

} // namespace tma
