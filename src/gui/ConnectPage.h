#pragma once

#include "ApiError.h"
#include "Rewording.h"
#include "ServerInfo.h"
#include "Session.h"

#include <QDeadlineTimer>
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

// Step 1 of the guide: open the admin panel. Finds local servers, reads what the entered server says
// about signing in (LDAP offered, a trusted-header proxy, the login form off), signs in with email +
// password, an LDAP account or an API key, checks the account is an admin, and keeps the session in
// the keychain if asked.
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
    // Asks, then removes the entered saved server's profile and keychain sign-in.
    void forgetServer();
    void forgetConfirmed(const QUrl& url);
    void updateMethod();
    void inputChanged();
    AuthMethod currentMethod() const;
    void setMethod(AuthMethod method);
    // Reads the entered server's public config in the background (once per address).
    void probeEnteredServer();
    // Records what discovery of `requested` learnt and, if it is the entered server, shows it.
    void applyServerInfo(const QUrl& requested, const ServerInfo& info);
    // LDAP choice, advice and the plain-http note for the entered server.
    void refreshServerHints();
    void setBusy(bool busy, Wording status = {});
    // The sign-in's status line; an empty wording clears it.
    void showStatus(Wording text, bool error);
    // What the search for servers on this computer says, kept for typing and language switches.
    void showServerStatus(Wording text);
    QString detectedLabel(const QString& url, const QString& name) const;
    QUrl enteredServer(QString* error) const;
    QString enteredText() const;

    std::unique_ptr<Ui::ConnectPage> m_ui;
    WizardContext* m_context;
    QPointer<Connector> m_connector;
    QPointer<Connector> m_probe; // owns its client
    QUrl m_probing;
    ServerDetector* m_detector = nullptr;
    QHash<QString, ServerInfo> m_known; // what detection learnt about each server, by ServerAddress::key
    QHash<QString, QString> m_detected; // servers found on this computer: address → name, for their labels
    Wording m_serverStatus;
    Wording m_statusWording;
    Rewording m_rewording;
    QHash<QString, QDeadlineTimer> m_knownFresh; // until when it stands in for a discovery at sign-in
    const ServerInfo* freshlyKnown(const QUrl& server) const;
    QString m_pendingCertificate; // shown to the user for m_pendingCertificateServer, not yet trusted
    QUrl m_pendingCertificateServer;
    bool m_savedSessionTried = false;
    bool m_busy = false;
    bool m_passwordEdited = false; // typed since the last sign-in: the session no longer matches
    bool m_apiKeyEdited = false;
    bool m_methodChosen = false;   // the user clicked a method: the server's suggestion no longer applies
    int m_attempt = 0;             // bumped by every sign-in and Stop; late answers of older ones are dropped
};

} // namespace tma
