#pragma once

#include "ApiError.h"
#include "ServerInfo.h"
#include "Session.h"

#include <QHash>

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectPage;
}

namespace tma {

class Connector;
class ServerDetector;
class WizardContext;

// Step 1 of the guide: open the admin panel. Finds local servers, signs in with email + password or
// an API key, checks the account is an admin, and keeps the session in the keychain if asked.
// Next is enabled only once an admin session exists.
class ConnectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(WizardContext* context, QWidget* parent = nullptr);
    ~ConnectPage() override;

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void detectServers();
    void signIn();
    void signInWithSavedSession();
    void stop();
    void onConnected(const Session& session, bool remember);
    void onFailed(const ApiError& error);
    void rememberSession();
    void trustCertificate();
    void updateMethod();
    void inputChanged();
    void setBusy(bool busy, const QString& status = {});
    void showStatus(const QString& text, bool error);
    QUrl enteredServer(QString* error) const;

    std::unique_ptr<Ui::ConnectPage> m_ui;
    WizardContext* m_context;
    QPointer<Connector> m_connector;
    ServerDetector* m_detector = nullptr;
    QHash<QString, ServerInfo> m_known; // what detection learnt about each server, by URL
    QString m_pendingCertificate; // shown to the user for m_pendingCertificateServer, not yet trusted
    QUrl m_pendingCertificateServer;
    bool m_savedSessionTried = false;
    bool m_busy = false;
    bool m_passwordEdited = false; // typed since the last sign-in: the session no longer matches
    bool m_apiKeyEdited = false;
    int m_attempt = 0;             // bumped by every sign-in and Stop; late answers of older ones are dropped
};

} // namespace tma
