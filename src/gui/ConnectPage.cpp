#include "ConnectPage.h"

#include "ui_ConnectPage.h"

#include "AfterFirstPaint.h"
#include "Connector.h"
#include "DisplayText.h"
#include "ElidedName.h"
#include "ForgetServerDialog.h"
#include "OpenWebUiClient.h"
#include "SecretStore.h"
#include "ServerAddress.h"
#include "ServerDetector.h"
#include "ServerForgetter.h"
#include "ServerProfiles.h"
#include "ServerUrl.h"
#include "SignInAdvice.h"
#include "WizardContext.h"

#include <QEvent>
#include <QLocale>

namespace tma {

ConnectPage::ConnectPage(WizardContext* context, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ConnectPage>()), m_context(context)
{
    m_ui->setupUi(this);
    m_ui->busyBar->setVisible(false);
    m_ui->trustButton->setVisible(false);
    m_ui->ldapRadio->setVisible(false); // until the server offers LDAP (or it was used before)
    m_ui->serverCombo->lineEdit()->setPlaceholderText(QStringLiteral("http://localhost:3000"));
    m_ui->serverCombo->setObjectName(QStringLiteral("serverCombo"));

    // Next follows the session: a new sign-in attempt disables it until an admin is signed in again.
    connect(m_context, &WizardContext::sessionChanged, this, &ConnectPage::completeChanged);
    connect(m_ui->detectButton, &QPushButton::clicked, this, &ConnectPage::detectServers);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectPage::signIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ConnectPage::stop);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &ConnectPage::trustCertificate);
    connect(m_ui->forgetServerButton, &QPushButton::clicked, this, &ConnectPage::forgetServer);
    connect(m_ui->passwordRadio, &QRadioButton::toggled, this, &ConnectPage::updateMethod);
    connect(m_ui->ldapRadio, &QRadioButton::toggled, this, &ConnectPage::updateMethod);
    connect(m_ui->apiKeyRadio, &QRadioButton::toggled, this, &ConnectPage::updateMethod);
    for (QRadioButton* radio : {m_ui->passwordRadio, m_ui->ldapRadio, m_ui->apiKeyRadio})
        connect(radio, &QRadioButton::clicked, this, [this] { m_methodChosen = true; });
    // What the server says about signing in is read once the address is typed or picked.
    connect(m_ui->serverCombo->lineEdit(), &QLineEdit::editingFinished, this,
            &ConnectPage::probeEnteredServer);
    connect(m_ui->serverCombo, &QComboBox::activated, this, &ConnectPage::probeEnteredServer);
    connect(m_ui->ldapUserEdit, &QLineEdit::textEdited, this, &ConnectPage::inputChanged);
    connect(m_ui->ldapUserEdit, &QLineEdit::returnPressed, this, &ConnectPage::signIn);
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
        (current->method == AuthMethod::Ldap ? m_ui->ldapUserEdit : m_ui->emailEdit)
            ->setText(current->account);
        refreshServerHints(); // a remembered LDAP sign-in offers LDAP again before the server answers
        setMethod(current->method);
    }
    // Looking for servers and the saved sign-in (keychain, network) waits for the first frame.
    const bool trySaved = current && !m_savedSessionTried;
    AfterFirstPaint::run(window(), [this, trySaved] {
        detectServers();
        if (trySaved)
            signInWithSavedSession();
        else if (!m_detector->isProbing(enteredServer(nullptr))) // the detection asks the initial server too
            probeEnteredServer();
    });
}

bool ConnectPage::isComplete() const
{
    return m_context->isConnected();
}

void ConnectPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (int index = 0; index < m_ui->serverCombo->count(); ++index) {
            const QString url = m_ui->serverCombo->itemData(index).toString();
            if (m_detected.contains(url))
                m_ui->serverCombo->setItemText(index, detectedLabel(url, m_detected.value(url)));
        }
        m_rewording.rewordAll();
        refreshServerHints(); // the server's advice and the plain-http note, in the new language
    }
    QWizardPage::changeEvent(event);
}

AuthMethod ConnectPage::currentMethod() const
{
    if (m_ui->apiKeyRadio->isChecked())
        return AuthMethod::ApiKey;
    if (m_ui->ldapRadio->isChecked() && !m_ui->ldapRadio->isHidden())
        return AuthMethod::Ldap;
    return AuthMethod::Password;
}

void ConnectPage::setMethod(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password:
        m_ui->passwordRadio->setChecked(true);
        break;
    case AuthMethod::ApiKey:
        m_ui->apiKeyRadio->setChecked(true);
        break;
    case AuthMethod::Ldap:
        if (!m_ui->ldapRadio->isHidden())
            m_ui->ldapRadio->setChecked(true);
        break;
    }
}

void ConnectPage::updateMethod()
{
    const AuthMethod method = currentMethod();
    m_ui->form->setRowVisible(m_ui->emailEdit, method == AuthMethod::Password);
    m_ui->form->setRowVisible(m_ui->ldapUserEdit, method == AuthMethod::Ldap);
    m_ui->form->setRowVisible(m_ui->passwordEdit, method != AuthMethod::ApiKey);
    m_ui->form->setRowVisible(m_ui->apiKeyEdit, method == AuthMethod::ApiKey);
    m_ui->form->setRowVisible(m_ui->apiKeyHelpLabel, method == AuthMethod::ApiKey);
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
        const AuthMethod method = currentMethod();
        const QLineEdit* accountEdit = method == AuthMethod::Ldap ? m_ui->ldapUserEdit : m_ui->emailEdit;
        const QString account = accountEdit->text().trimmed();
        const bool same = ServerAddress(url) == session.server.address() && session.method == method &&
                          (method == AuthMethod::ApiKey ? !m_apiKeyEdited
                                                        : (account.isEmpty() || account == session.account ||
                                                           account == session.email) &&
                                                              !m_passwordEdited);
        if (!same) {
            m_context->clearSession();
            showStatus({}, false);
        }
    }
    // Typing replaces what the search for servers said, unless it found one.
    if (!m_ui->serverStatusLabel->property("detected").toBool())
        m_serverStatus = {};
    refreshServerHints();
}

void ConnectPage::refreshServerHints()
{
    const QUrl url = enteredServer(nullptr);
    const auto known = url.isValid() ? m_known.constFind(ServerAddress(url).key()) : m_known.constEnd();
    const bool isKnown = known != m_known.constEnd();
    if (url.isValid() && ServerAddress(url).isInsecureRemote())
        m_ui->serverStatusLabel->setText(
            tr("Warning: this address uses plain http to another computer, so your password or key would travel "
               "unencrypted. Use https:// if the server offers it."));
    else if (isKnown && known->plainHttpFallback)
        m_ui->serverStatusLabel->setText(SignInAdvice::plainHttpNote(known->url));
    else if (m_serverStatus)
        m_ui->serverStatusLabel->setText(m_serverStatus());
    else
        m_ui->serverStatusLabel->clear();

    // LDAP is offered where the server advertises it, and where it was used before (the server's
    // answer may still be on its way).
    const std::optional<ServerProfile> profile = url.isValid() ? ServerProfiles::find(url) : std::nullopt;
    m_ui->forgetServerButton->setVisible(profile.has_value()); // only a saved server can be forgotten
    const bool offersLdap =
        (isKnown && known->ldapEnabled) || (profile && profile->method == AuthMethod::Ldap);
    if (m_ui->ldapRadio->isHidden() == offersLdap) {
        m_ui->ldapRadio->setVisible(offersLdap);
        if (!offersLdap && m_ui->ldapRadio->isChecked())
            m_ui->passwordRadio->setChecked(true);
    }
    const SignInAdvice advice = isKnown ? SignInAdvice::forServer(*known) : SignInAdvice();
    m_ui->adviceLabel->setText(advice.text);
    m_ui->form->setRowVisible(m_ui->adviceLabel, !advice.text.isEmpty());
    // The server's suggestion, unless the user chose a method or signed in here before.
    if (advice.preselect && !m_methodChosen && !(profile && !profile->account.isEmpty()) &&
        currentMethod() != *advice.preselect)
        setMethod(*advice.preselect);
}

void ConnectPage::probeEnteredServer()
{
    const QUrl url = enteredServer(nullptr);
    if (!url.isValid() || m_busy || m_known.contains(ServerAddress(url).key()) ||
        (m_probe && ServerAddress(m_probing) == ServerAddress(url)))
        return;
    if (m_probe)
        m_probe->parent()->deleteLater(); // its client, and the connector with it
    auto* client = new OpenWebUiClient(url, this);
    client->setTimeoutMs(10000);
    client->setPinnedCertificate(ServerProfiles::pinnedCertificate(url));
    m_probe = new Connector(client, client);
    m_probe->setHttpFallback(!ServerUrl::hasScheme(enteredText()));
    m_probing = url;
    connect(m_probe, &Connector::discovered, this,
            [this, url](const ServerInfo& info) { applyServerInfo(url, info); });
    m_probe->probe();
}

void ConnectPage::applyServerInfo(const QUrl& requested, const ServerInfo& info)
{
    m_known.insert(ServerAddress(requested).key(), info);
    // A minute: long enough to type a password, short enough that an upgrade since is unlikely.
    m_knownFresh.insert(ServerAddress(requested).key(), QDeadlineTimer(60 * 1000));
    if (enteredServer(nullptr) == requested)
        refreshServerHints();
}

void ConnectPage::detectServers()
{
    if (!m_detector) {
        m_detector = new ServerDetector(this);
        connect(m_detector, &ServerDetector::found, this, [this](const ServerInfo& info) {
            const QString url = info.url.toString();
            int index = m_ui->serverCombo->findData(url);
            m_detected.insert(url, info.displayName());
            const QString label = detectedLabel(url, info.displayName());
            if (index < 0) {
                m_ui->serverCombo->addItem(label, url);
                index = m_ui->serverCombo->count() - 1;
            } else {
                m_ui->serverCombo->setItemText(index, label);
            }
            if (m_ui->serverCombo->currentText().isEmpty())
                m_ui->serverCombo->setCurrentIndex(index);
            m_ui->serverStatusLabel->setProperty("detected", true);
            showServerStatus([this, name = info.displayName(), url] {
                const QFontMetrics metrics = m_ui->serverStatusLabel->fontMetrics();
                return tr("Found %1 at %2.")
                    .arg(ElidedName::inText(name, metrics, ElidedName::defaultWidth(metrics)), url);
            });
            // What discovery says about signing in (SignInAdvice), so the user isn't asked for what
            // the server won't take.
            applyServerInfo(info.url, info);
        });
        connect(m_detector, &ServerDetector::finished, this, [this]() {
            m_ui->detectButton->setEnabled(true);
            if (!m_ui->serverStatusLabel->property("detected").toBool())
                showServerStatus([] {
                    return tr(
                        "No Open WebUI answered on this computer (ports 3000 and 8080). Enter your server's "
                        "address.");
                });
        });
    }
    m_ui->detectButton->setEnabled(false);
    m_ui->serverStatusLabel->setProperty("detected", false);
    showServerStatus([] { return tr("Looking for Open WebUI on this computer…"); });
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

QString ConnectPage::enteredText() const
{
    const int index = m_ui->serverCombo->currentIndex();
    const QString text = m_ui->serverCombo->currentText();
    if (index >= 0 && m_ui->serverCombo->itemText(index) == text)
        return m_ui->serverCombo->itemData(index).toString();
    return text;
}

void ConnectPage::signIn()
{
    if (m_busy) // Enter in a field while a sign-in runs
        return;
    ++m_attempt;
    QString error;
    const QUrl server = enteredServer(&error);
    if (!server.isValid())
        return showStatus(
            [typed = enteredText()] {
                QString problem; // worded by ServerUrl in the language shown
                ServerUrl::normalize(typed, &problem);
                return problem;
            },
            true);
    Credentials credentials;
    credentials.method = currentMethod();
    // Empty fields are fine on a server without sign-in (WEBUI_AUTH=False); before its config is
    // known, the connector reads it and asks for them if they are needed.
    const QString key = ServerAddress(server).key();
    const bool known = m_known.contains(key);
    const bool noSignIn = known && !m_known.value(key).authEnabled;
    if (credentials.method == AuthMethod::Password) {
        credentials.email = m_ui->emailEdit->text().trimmed();
        credentials.password = m_ui->passwordEdit->text();
        if (known && !noSignIn && (credentials.email.isEmpty() || credentials.password.isEmpty()))
            return showStatus([] { return tr("Enter the email and password of an admin account."); }, true);
    } else if (credentials.method == AuthMethod::Ldap) {
        credentials.ldapUser = m_ui->ldapUserEdit->text().trimmed();
        credentials.password = m_ui->passwordEdit->text();
        if (credentials.ldapUser.isEmpty() || credentials.password.isEmpty())
            return showStatus([] { return tr("Enter the LDAP user name and password of an admin account."); },
                              true);
    } else {
        credentials.token = m_ui->apiKeyEdit->text().trimmed();
        if (!credentials.token.startsWith(QLatin1String("sk-")))
            return showStatus([] { return tr("An Open WebUI API key starts with \"sk-\"."); }, true);
    }
    OpenWebUiClient* client = m_context->resetClient(server);
    client->setPinnedCertificate(ServerProfiles::pinnedCertificate(server));
    if (m_connector)
        m_connector->deleteLater();
    if (m_probe) // this sign-in reads the server's config itself
        m_probe->cancel();
    m_connector = new Connector(client, client);
    m_connector->setHttpFallback(!ServerUrl::hasScheme(enteredText()));
    connect(m_connector, &Connector::discovered, this,
            [this, server](const ServerInfo& info) { applyServerInfo(server, info); });
    connect(m_connector, &Connector::connected, this, [this](const Session& session) { onConnected(session, true); });
    connect(m_connector, &Connector::failed, this, &ConnectPage::onFailed);
    connect(m_connector, &Connector::stepChanged, this, [this](Connector::Step step) {
        switch (step) {
        case Connector::Step::Probing:
            setBusy(true, [] { return tr("Contacting the server…"); });
            break;
        case Connector::Step::ReadingVersion:
            setBusy(true, [] { return tr("Reading the server's version…"); });
            break;
        case Connector::Step::SigningIn:
            setBusy(true, [] { return tr("Signing in…"); });
            break;
        case Connector::Step::CheckingAdmin:
            setBusy(true, [] { return tr("Checking that the account is an admin…"); });
            break;
        }
    });
    m_ui->trustButton->setVisible(false);
    m_pendingCertificate.clear(); // only a certificate shown for this very attempt can be trusted
    m_pendingCertificateServer = server;
    setBusy(true, [] { return tr("Contacting the server…"); });
    if (const ServerInfo* discovered = freshlyKnown(server))
        return m_connector->signInWith(*discovered, credentials);
    m_connector->connectAs(credentials);
}

const ServerInfo* ConnectPage::freshlyKnown(const QUrl& server) const
{
    const QString key = ServerAddress(server).key();
    const auto info = m_known.constFind(key);
    const auto fresh = m_knownFresh.constFind(key);
    if (info == m_known.constEnd() || fresh == m_knownFresh.constEnd() || fresh->hasExpired())
        return nullptr;
    return &info.value();
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
    setBusy(true, [] { return tr("Looking for your saved sign-in in the keychain…"); });
    const int attempt = ++m_attempt;
    m_context->secrets()->read(key, this, [this, server, profile, attempt](const SecretStore::Result& result) {
        if (attempt != m_attempt)
            return; // the user stopped it or signed in by hand meanwhile
        setBusy(false);
        if (!result.ok) {
            if (result.notFound)
                showStatus({}, false);
            else
                showStatus([error = result.error] { return error; }, true);
            return;
        }
        OpenWebUiClient* client = m_context->resetClient(server);
        client->setPinnedCertificate(profile->pinnedSha256);
        if (m_connector)
            m_connector->deleteLater();
        m_connector = new Connector(client, client);
        connect(m_connector, &Connector::discovered, this,
                [this, server](const ServerInfo& info) { applyServerInfo(server, info); });
        connect(m_connector, &Connector::connected, this, [this](const Session& session) {
            onConnected(session, false); // it came from the keychain: nothing new to remember
        });
        connect(m_connector, &Connector::failed, this, [this](const ApiError& failure) {
            setBusy(false);
            showStatus(
                [failure] {
                    return failure.kind() == ApiError::Kind::SessionExpired
                               ? tr("Your saved sign-in has expired. Please sign in again.")
                               : DisplayText::forDisplay(failure.message());
                },
                true);
        });
        setBusy(true, [] { return tr("Signing in with your saved session…"); });
        Credentials credentials;
        credentials.method = profile->method; // a saved LDAP session stays an LDAP one
        if (profile->method == AuthMethod::Ldap)
            credentials.ldapUser = profile->account;
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
    showStatus([] { return tr("Stopped. Nothing was changed."); }, false);
}

void ConnectPage::onConnected(const Session& session, bool remember)
{
    setBusy(false);
    m_passwordEdited = false;
    m_apiKeyEdited = false;
    if (session.server.plainHttpFallback) {
        // The address is now the http one that answered: shown, remembered and compared as such.
        m_known.insert(session.server.address().key(), session.server);
        m_ui->serverCombo->setEditText(session.server.url.toString());
    }
    m_context->setSession(session);
    showStatus(
        [this, session] {
            const QFontMetrics metrics = m_ui->statusLabel->fontMetrics();
            QString text = tr("Signed in as %1 (admin) on %2.")
                               .arg(DisplayText::forDisplay(session.email),
                                    ElidedName::inText(session.server.displayName(), metrics,
                                                       ElidedName::defaultWidth(metrics)));
            if (session.server.plainHttpFallback)
                text += QLatin1Char('\n') + SignInAdvice::plainHttpNote(session.server.url);
            return text;
        },
        false);
    if (remember)
        rememberSession();
    Q_EMIT completeChanged();
}

void ConnectPage::rememberSession()
{
    const Session& session = m_context->session();
    ServerProfile profile = ServerProfiles::find(session.server.url).value_or(ServerProfile());
    profile.url = session.server.url;
    profile.account = session.account.isEmpty() ? session.email : session.account;
    profile.method = session.method;
    ServerProfiles::save(profile); // a certificate is pinned only by trustCertificate(), never here
    m_ui->forgetServerButton->setVisible(true); // saved now: it can be forgotten
    const QString key = SecretStore::credentialKey(profile.url, profile.account, session.method);
    auto report = [this](const SecretStore::Result& result) {
        if (!result.ok && !result.notFound)
            showStatus(
                [signedIn = m_statusWording, error = result.error] {
                    return signedIn() + QLatin1Char('\n') +
                           tr("Your sign-in could not be kept in the keychain: %1").arg(error);
                },
                true);
    };
    if (m_ui->rememberCheck->isChecked())
        m_context->secrets()->write(key, m_context->client()->credential(), this, report);
    else // nothing was asked of the keychain: a keychain that is missing or locked is no error here
        m_context->secrets()->remove(key, this, [](const SecretStore::Result&) {});
}

void ConnectPage::onFailed(const ApiError& error)
{
    setBusy(false);
    const bool certificateShown =
        error.kind() == ApiError::Kind::Tls && !error.certificate().sha256.isEmpty();
    QString trustedBefore; // a different certificate this server had: the change is worth a warning
    if (certificateShown) {
        QString entered;
        const std::optional<ServerProfile> profile = ServerProfiles::find(enteredServer(&entered));
        if (profile && !profile->pinnedSha256.isEmpty() &&
            profile->pinnedSha256 != error.certificate().sha256)
            trustedBefore = profile->pinnedSha256;
        m_pendingCertificate = error.certificate().sha256;
        m_ui->trustButton->setVisible(true);
    }
    if (error.kind() == ApiError::Kind::PlainHttpOnly) {
        // The http address that answered, typed out: signing in again is the user's choice, with the
        // plain-http warning in view.
        m_ui->serverCombo->setEditText(error.detail());
        refreshServerHints();
    }
    if (error.kind() == ApiError::Kind::ApiKeysDisabled || error.kind() == ApiError::Kind::MfaRequired ||
        error.kind() == ApiError::Kind::PasswordAuthDisabled ||
        error.kind() == ApiError::Kind::TrustedHeaderRequired)
        m_ui->form->setRowVisible(m_ui->apiKeyHelpLabel, true);
    showStatus(
        [error, certificateShown, trustedBefore] {
            QString text = DisplayText::forDisplay(error.message());
            if (!certificateShown)
                return text;
            const CertificateSummary& certificate = error.certificate();
            // Qt words each problem of the certificate as a sentence of its own.
            text +=
                QLatin1Char('\n') + tr("Certificate: %1\nIssued by: %2\nSHA-256: %3\nProblem: %4")
                                        .arg(DisplayText::forDisplay(certificate.subject),
                                             DisplayText::forDisplay(certificate.issuer), certificate.sha256,
                                             QLocale().createSeparatedList(certificate.errors));
            if (!trustedBefore.isEmpty())
                text += QLatin1Char('\n') +
                        tr("Warning: this is not the certificate you trusted before for this server "
                           "(SHA-256 %1). Only trust the new one if you know why it changed.")
                            .arg(trustedBefore);
            return text;
        },
        true);
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

void ConnectPage::setBusy(bool busy, Wording status)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->signInButton->setEnabled(!busy);
    m_ui->serverCombo->setEnabled(!busy);
    m_ui->forgetServerButton->setEnabled(!busy);
    if (status)
        showStatus(std::move(status), false);
}

void ConnectPage::showStatus(Wording text, bool error)
{
    m_statusWording = text ? text : Wording([] { return QString(); });
    m_rewording.setText(m_ui->statusLabel, std::move(text));
    // The palette's link colour is readable on light and dark themes alike; errors use a fixed red.
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_ui->statusLabel->setProperty("isError", error);
}

void ConnectPage::showServerStatus(Wording text)
{
    m_serverStatus = std::move(text);
    m_ui->serverStatusLabel->setText(m_serverStatus());
}

QString ConnectPage::detectedLabel(const QString& url, const QString& name) const
{
    const QFontMetrics metrics = m_ui->serverCombo->fontMetrics();
    return tr("%1 — %2").arg(url, ElidedName::inText(name, metrics, ElidedName::defaultWidth(metrics)));
}

void ConnectPage::forgetServer()
{
    const QUrl url = enteredServer(nullptr);
    if (!url.isValid() || m_busy || !ServerProfiles::find(url))
        return;
    const bool signedInThere =
        m_context->isConnected() && m_context->session().server.address() == ServerAddress(url);
    ForgetServerDialog::ask(this, url, signedInThere ? m_context->session().server.displayName() : QString(),
                            this, [this, url] { forgetConfirmed(url); });
}

void ConnectPage::forgetConfirmed(const QUrl& url)
{
    if (m_busy || !ServerProfiles::find(url))
        return; // something changed while the question was open
    if (m_context->isConnected() &&
        m_context->session().server.address() == ServerAddress(url)) // an apply would remember it again
        m_context->clearSession();
    m_ui->forgetServerButton->setEnabled(false);
    auto* forgetter = new ServerForgetter(m_context->secrets(), this);
    connect(forgetter, &ServerForgetter::finished, this, [this, forgetter](const QUrl& forgotten) {
        forgetter->deleteLater();
        m_ui->forgetServerButton->setEnabled(!m_busy);
        // A saved server leaves the list; one found on this computer stays (it is still there).
        const int index = m_ui->serverCombo->findData(forgotten.toString());
        if (index >= 0 && m_ui->serverCombo->itemText(index) == forgotten.toString())
            m_ui->serverCombo->removeItem(index);
        refreshServerHints();
        showStatus(
            [this, forgotten] {
                const QFontMetrics metrics = m_ui->statusLabel->fontMetrics();
                return tr("The assistant no longer knows %1. Its backups are kept.")
                    .arg(
                        ElidedName::inText(forgotten.toString(), metrics, ElidedName::defaultWidth(metrics)));
            },
            false);
    });
    connect(forgetter, &ServerForgetter::failed, this, [this, forgetter](const QUrl&, const QString& error) {
        forgetter->deleteLater();
        m_ui->forgetServerButton->setEnabled(!m_busy);
        showStatus([error] { return tr("The server could not be forgotten: %1").arg(error); }, true);
    });
    forgetter->forget(url);
}

} // namespace tma
