#include "ConnectPage.h"

#include "ui_ConnectPage.h"

#include "AfterFirstPaint.h"
#include "Connector.h"
#include "OpenWebUiClient.h"
#include "SecretStore.h"
#include "ServerDetector.h"
#include "ServerProfiles.h"
#include "ServerUrl.h"
#include "WizardContext.h"

#include <QEvent>

namespace tma {

ConnectPage::ConnectPage(WizardContext* context, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ConnectPage>()), m_context(context)
{
    m_ui->setupUi(this);
    m_ui->busyBar->setVisible(false);
    m_ui->trustButton->setVisible(false);
    m_ui->serverCombo->lineEdit()->setPlaceholderText(QStringLiteral("http://localhost:3000"));
    m_ui->serverCombo->setObjectName(QStringLiteral("serverCombo"));

    // Next follows the session: a new sign-in attempt disables it until an admin is signed in again.
    connect(m_context, &WizardContext::sessionChanged, this, &ConnectPage::completeChanged);
    connect(m_ui->detectButton, &QPushButton::clicked, this, &ConnectPage::detectServers);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectPage::signIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ConnectPage::stop);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &ConnectPage::trustCertificate);
    connect(m_ui->passwordRadio, &QRadioButton::toggled, this, &ConnectPage::updateMethod);
    connect(m_ui->serverCombo, &QComboBox::currentTextChanged, this, &ConnectPage::inputChanged);
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, &ConnectPage::inputChanged);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] {
        m_passwordEdited = true;
        inputChanged();
    });
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, [this] {
        m_apiKeyEdited = true;
        inputChanged();
    });
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &ConnectPage::signIn);
    connect(m_ui->apiKeyEdit, &QLineEdit::returnPressed, this, &ConnectPage::signIn);
    updateMethod();
}

ConnectPage::~ConnectPage() = default;

void ConnectPage::initializePage()
{
    if (m_ui->serverCombo->count() > 0 || !m_ui->serverCombo->currentText().isEmpty())
        return; // coming back: keep what the user typed
    const std::optional<ServerProfile> current =
        m_context->initialServer().isValid() ? ServerProfiles::find(m_context->initialServer()) : ServerProfiles::current();
    if (m_context->initialServer().isValid())
        m_ui->serverCombo->addItem(m_context->initialServer().toString(), m_context->initialServer().toString());
    const QList<ServerProfile> known = ServerProfiles::all();
    for (const ServerProfile& profile : known) {
        if (m_ui->serverCombo->findData(profile.url.toString()) < 0)
            m_ui->serverCombo->addItem(profile.url.toString(), profile.url.toString());
    }
    if (current) {
        m_ui->serverCombo->setCurrentIndex(m_ui->serverCombo->findData(current->url.toString()));
        m_ui->emailEdit->setText(current->account);
        m_ui->apiKeyRadio->setChecked(current->method == AuthMethod::ApiKey);
    }
    // Looking for servers and the saved sign-in (keychain, network) waits for the first frame.
    const bool trySaved = current && !m_savedSessionTried;
    AfterFirstPaint::run(window(), [this, trySaved] {
        detectServers();
        if (trySaved)
            signInWithSavedSession();
    });
}

bool ConnectPage::isComplete() const
{
    return m_context->isConnected();
}

void ConnectPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

void ConnectPage::updateMethod()
{
    const bool password = m_ui->passwordRadio->isChecked();
    m_ui->form->setRowVisible(m_ui->emailEdit, password);
    m_ui->form->setRowVisible(m_ui->passwordEdit, password);
    m_ui->form->setRowVisible(m_ui->apiKeyEdit, !password);
    m_ui->form->setRowVisible(m_ui->apiKeyHelpLabel, !password);
    inputChanged();
}

void ConnectPage::inputChanged()
{
    QString error;
    const QUrl url = enteredServer(&error);
    // The session stays only while it is what the form shows: same server, same account and method
    // (detection relabelling the server list changes nothing).
    if (m_context->isConnected()) {
        const Session& session = m_context->session();
        const bool passwordMode = m_ui->passwordRadio->isChecked();
        const bool same = url == session.server.url &&
                          (passwordMode ? session.method == AuthMethod::Password &&
                                              (m_ui->emailEdit->text().trimmed().isEmpty() ||
                                               m_ui->emailEdit->text().trimmed() == session.email) &&
                                              !m_passwordEdited
                                        : session.method == AuthMethod::ApiKey && !m_apiKeyEdited);
        if (!same) {
            m_context->clearSession();
            showStatus({}, false);
        }
    }
    if (url.isValid() && ServerUrl::isInsecureRemote(url))
        m_ui->serverStatusLabel->setText(
            tr("Warning: this address uses plain http to another computer, so your password or key would travel "
               "unencrypted. Use https:// if the server offers it."));
    else if (!m_ui->serverStatusLabel->property("detected").toBool())
        m_ui->serverStatusLabel->clear();
}

void ConnectPage::detectServers()
{
    if (!m_detector) {
        m_detector = new ServerDetector(this);
        connect(m_detector, &ServerDetector::found, this, [this](const ServerInfo& info) {
            const QString url = info.url.toString();
            int index = m_ui->serverCombo->findData(url);
            const QString label = tr("%1 — %2").arg(url, info.displayName());
            if (index < 0) {
                m_ui->serverCombo->addItem(label, url);
                index = m_ui->serverCombo->count() - 1;
            } else {
                m_ui->serverCombo->setItemText(index, label);
            }
            if (m_ui->serverCombo->currentText().isEmpty())
                m_ui->serverCombo->setCurrentIndex(index);
            m_ui->serverStatusLabel->setProperty("detected", true);
            m_known.insert(url, info);
            QStringList lines{tr("Found %1 at %2.").arg(info.displayName(), url)};
            // What discovery says about signing in, so the user isn't asked for what the server won't take.
            if (info.onboarding)
                lines << tr("This server has no administrator yet: open it in a browser, create the first account, "
                            "then sign in here.");
            else if (!info.authEnabled)
                lines << tr("This server runs without sign-in: just press Sign in.");
            else if (!info.loginFormEnabled)
                lines << tr("Password sign-in is turned off on this server: use an API key.");
            m_ui->serverStatusLabel->setText(lines.join(QLatin1Char('\n')));
            if (info.authEnabled && !info.loginFormEnabled && enteredServer(nullptr) == info.url)
                m_ui->apiKeyRadio->setChecked(true);
        });
        connect(m_detector, &ServerDetector::finished, this, [this]() {
            m_ui->detectButton->setEnabled(true);
            if (!m_ui->serverStatusLabel->property("detected").toBool())
                m_ui->serverStatusLabel->setText(
                    tr("No Open WebUI answered on this computer (ports 3000 and 8080). Enter your server's address."));
        });
    }
    m_ui->detectButton->setEnabled(false);
    m_ui->serverStatusLabel->setProperty("detected", false);
    m_ui->serverStatusLabel->setText(tr("Looking for Open WebUI on this computer…"));
    QList<QUrl> urls = ServerDetector::candidates();
    if (m_context->initialServer().isValid() && !urls.contains(m_context->initialServer()))
        urls.prepend(m_context->initialServer());
    m_detector->start(urls);
}

QUrl ConnectPage::enteredServer(QString* error) const
{
    const int index = m_ui->serverCombo->currentIndex();
    QString text = m_ui->serverCombo->currentText();
    // A detected entry shows "url — name version"; its data holds the plain address.
    if (index >= 0 && m_ui->serverCombo->itemText(index) == text)
        text = m_ui->serverCombo->itemData(index).toString();
    return ServerUrl::normalize(text, error);
}

void ConnectPage::signIn()
{
    if (m_busy) // Enter in a field while a sign-in runs
        return;
    ++m_attempt;
    QString error;
    const QUrl server = enteredServer(&error);
    if (!server.isValid())
        return showStatus(error, true);
    Credentials credentials;
    const bool noSignIn = m_known.contains(server.toString()) && !m_known.value(server.toString()).authEnabled;
    if (m_ui->passwordRadio->isChecked()) {
        credentials.email = m_ui->emailEdit->text().trimmed();
        credentials.password = m_ui->passwordEdit->text();
        if (!noSignIn && (credentials.email.isEmpty() || credentials.password.isEmpty()))
            return showStatus(tr("Enter the email and password of an admin account."), true);
    } else {
        credentials.token = m_ui->apiKeyEdit->text().trimmed();
        if (!credentials.token.startsWith(QLatin1String("sk-")))
            return showStatus(tr("An Open WebUI API key starts with \"sk-\"."), true);
    }
    OpenWebUiClient* client = m_context->resetClient(server);
    if (const std::optional<ServerProfile> profile = ServerProfiles::find(server))
        client->setPinnedCertificate(profile->pinnedSha256);
    if (m_connector)
        m_connector->deleteLater();
    m_connector = new Connector(client, client);
    connect(m_connector, &Connector::connected, this, [this](const Session& session) { onConnected(session, true); });
    connect(m_connector, &Connector::failed, this, &ConnectPage::onFailed);
    connect(m_connector, &Connector::stepChanged, this, [this](Connector::Step step) {
        switch (step) {
        case Connector::Step::Probing: setBusy(true, tr("Contacting the server…")); break;
        case Connector::Step::ReadingVersion: setBusy(true, tr("Reading the server's version…")); break;
        case Connector::Step::SigningIn: setBusy(true, tr("Signing in…")); break;
        case Connector::Step::CheckingAdmin: setBusy(true, tr("Checking that the account is an admin…")); break;
        }
    });
    m_ui->trustButton->setVisible(false);
    m_pendingCertificate.clear(); // only a certificate shown for this very attempt can be trusted
    m_pendingCertificateServer = server;
    setBusy(true, tr("Contacting the server…"));
    m_connector->connectAs(credentials);
}

void ConnectPage::signInWithSavedSession()
{
    m_savedSessionTried = true;
    QString error;
    const QUrl server = enteredServer(&error);
    const std::optional<ServerProfile> profile = ServerProfiles::find(server);
    if (!server.isValid() || !profile || profile->account.isEmpty())
        return;
    const QString key = SecretStore::credentialKey(server, profile->account, profile->method);
    setBusy(true, tr("Looking for your saved sign-in in the keychain…"));
    const int attempt = ++m_attempt;
    m_context->secrets()->read(key, this, [this, server, profile, attempt](const SecretStore::Result& result) {
        if (attempt != m_attempt)
            return; // the user stopped it or signed in by hand meanwhile
        setBusy(false);
        if (!result.ok) {
            showStatus(result.notFound ? QString() : result.error, !result.notFound);
            return;
        }
        OpenWebUiClient* client = m_context->resetClient(server);
        client->setPinnedCertificate(profile->pinnedSha256);
        if (m_connector)
            m_connector->deleteLater();
        m_connector = new Connector(client, client);
        connect(m_connector, &Connector::connected, this, [this](const Session& session) {
            onConnected(session, false); // it came from the keychain: nothing new to remember
        });
        connect(m_connector, &Connector::failed, this, [this](const ApiError& failure) {
            setBusy(false);
            showStatus(failure.kind() == ApiError::Kind::SessionExpired
                           ? tr("Your saved sign-in has expired. Please sign in again.")
                           : failure.message(),
                       true);
        });
        setBusy(true, tr("Signing in with your saved session…"));
        Credentials credentials;
        credentials.token = result.secret;
        m_connector->connectAs(credentials);
    });
}

void ConnectPage::stop()
{
    ++m_attempt;
    if (m_connector)
        m_connector->cancel();
    setBusy(false);
    showStatus(tr("Stopped. Nothing was changed."), false);
}

void ConnectPage::onConnected(const Session& session, bool remember)
{
    setBusy(false);
    m_passwordEdited = false;
    m_apiKeyEdited = false;
    m_context->setSession(session);
    showStatus(tr("Signed in as %1 (admin) on %2.").arg(session.email, session.server.displayName()), false);
    if (remember)
        rememberSession();
    Q_EMIT completeChanged();
}

void ConnectPage::rememberSession()
{
    const Session& session = m_context->session();
    ServerProfile profile = ServerProfiles::find(session.server.url).value_or(ServerProfile());
    profile.url = session.server.url;
    profile.account = session.email;
    profile.method = session.method;
    ServerProfiles::save(profile); // a certificate is pinned only by trustCertificate(), never here
    const QString key = SecretStore::credentialKey(profile.url, profile.account, session.method);
    auto report = [this](const SecretStore::Result& result) {
        if (!result.ok && !result.notFound)
            showStatus(m_ui->statusLabel->text() + QLatin1Char('\n') +
                           tr("Your sign-in could not be kept in the keychain: %1").arg(result.error),
                       true);
    };
    if (m_ui->rememberCheck->isChecked())
        m_context->secrets()->write(key, m_context->client()->credential(), this, report);
    else
        m_context->secrets()->remove(key, this, report);
}

void ConnectPage::onFailed(const ApiError& error)
{
    setBusy(false);
    QString text = error.message();
    if (error.kind() == ApiError::Kind::Tls && !error.certificate().sha256.isEmpty()) {
        const CertificateSummary& certificate = error.certificate();
        text += QLatin1Char('\n') + tr("Certificate: %1\nIssued by: %2\nSHA-256: %3\nProblem: %4")
                                        .arg(certificate.subject, certificate.issuer, certificate.sha256,
                                             certificate.errors.join(QStringLiteral("; ")));
        QString entered;
        const std::optional<ServerProfile> profile = ServerProfiles::find(enteredServer(&entered));
        if (profile && !profile->pinnedSha256.isEmpty() && profile->pinnedSha256 != certificate.sha256)
            text += QLatin1Char('\n') + tr("Warning: this is not the certificate you trusted before for this server "
                                           "(SHA-256 %1). Only trust the new one if you know why it changed.")
                                            .arg(profile->pinnedSha256);
        m_pendingCertificate = certificate.sha256;
        m_ui->trustButton->setVisible(true);
    }
    if (error.kind() == ApiError::Kind::ApiKeysDisabled || error.kind() == ApiError::Kind::MfaRequired ||
        error.kind() == ApiError::Kind::PasswordAuthDisabled)
        m_ui->form->setRowVisible(m_ui->apiKeyHelpLabel, true);
    showStatus(text, true);
}

void ConnectPage::trustCertificate()
{
    QString error;
    const QUrl server = enteredServer(&error);
    if (!server.isValid() || m_pendingCertificate.isEmpty() || server != m_pendingCertificateServer)
        return;
    ServerProfile profile = ServerProfiles::find(server).value_or(ServerProfile());
    profile.url = server;
    profile.pinnedSha256 = m_pendingCertificate;
    ServerProfiles::save(profile);
    m_ui->trustButton->setVisible(false);
    signIn();
}

void ConnectPage::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->signInButton->setEnabled(!busy);
    m_ui->serverCombo->setEnabled(!busy);
    if (!status.isEmpty())
        showStatus(status, false);
}

void ConnectPage::showStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    // The palette's link colour is readable on light and dark themes alike; errors use a fixed red.
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_ui->statusLabel->setProperty("isError", error);
}

} // namespace tma
