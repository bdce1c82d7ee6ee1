// TLS against the real fake over HTTPS (tests/support/TlsProxy in front of FakeOpenWebUi): an
// untrusted self-signed certificate is refused with Kind::Tls and described (subject, issuer, the
// exact SHA-256 fingerprint); pinning that fingerprint lets the same sign-in through; a different
// certificate later is refused again even while the first one is pinned. No error ever carries the
// password. Plain http to another machine is flagged as insecure. Over HTTPS an operation costs a
// handshake per connection it opens, none once they are open, and the detection of a saved server
// uses the certificate the user trusted for it.

#include "IntegrationSupport.h"

#include "ServerAddress.h"
#include "ServerDetector.h"
#include "ServerProfiles.h"
#include "TlsProxy.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>

using namespace tma;
using namespace tma::itest;
using tma::test::TlsProxy;

Q_DECLARE_METATYPE(tma::ApiError::Kind)

namespace {

struct GeneratedCertificate
{
    QString certificatePath;
    QString keyPath;
    QSslCertificate certificate;
    QString sha256;        // as ApiReply formats it: upper-case hex, colon separated
    QString opensslSha256; // the same, as `openssl x509 -fingerprint -sha256` prints it
};

// Runs a program to its end without blocking the event loop; returns its stdout, or nullopt.
std::optional<QByteArray> runProgram(const QString& program, const QStringList& arguments, const QString& directory,
                                     QString* error)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    QSignalSpy failed(&process, &QProcess::errorOccurred);
    process.start(program, arguments);
    if (!QTest::qWaitFor([&] { return finished.count() > 0 || failed.count() > 0; }, 60000)) {
        process.kill();
        *error = QStringLiteral("%1 did not finish in 60 s").arg(program);
        return std::nullopt;
    }
    if (failed.count() > 0 && finished.count() == 0) {
        *error = QStringLiteral("%1 could not run: %2").arg(program, process.errorString());
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// A fresh self-signed certificate for CN=tma-test in `directory`, made by the openssl command.
std::optional<GeneratedCertificate> generateCertificate(const QString& openssl, const QString& directory,
                                                        const QString& name, QString* error)
{
    GeneratedCertificate generated;
    generated.certificatePath = directory + QLatin1Char('/') + name + QStringLiteral("-cert.pem");
    generated.keyPath = directory + QLatin1Char('/') + name + QStringLiteral("-key.pem");
    const QStringList arguments{QStringLiteral("req"),    QStringLiteral("-x509"),      QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),    QStringLiteral("-days"),
                                QStringLiteral("2"),      QStringLiteral("-subj"),       QStringLiteral("/CN=tma-test"),
                                QStringLiteral("-keyout"), generated.keyPath,          QStringLiteral("-out"),
                                generated.certificatePath};
    if (!runProgram(openssl, arguments, directory, error))
        return std::nullopt;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(generated.certificatePath, QSsl::Pem);
    if (certificates.size() != 1 || certificates.first().isNull()) {
        *error = QStringLiteral("openssl wrote no readable certificate");
        return std::nullopt;
    }
    generated.certificate = certificates.first();
    generated.sha256 =
        QString::fromLatin1(generated.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());

    // An independent computation of the same fingerprint: "sha256 Fingerprint=AB:CD:..."
    const std::optional<QByteArray> printed =
        runProgram(openssl,
                   {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                    QStringLiteral("-sha256"), QStringLiteral("-in"), generated.certificatePath},
                   directory, error);
    if (!printed)
        return std::nullopt;
    const QString text = QString::fromLatin1(*printed).trimmed();
    generated.opensslSha256 = text.mid(text.indexOf(QLatin1Char('=')) + 1).toUpper();
    return generated;
}

} // namespace

class TstTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void certificatesDiffer();
    void untrustedCertificateRefused_data();
    void untrustedCertificateRefused();
    void pinnedCertificateConnects_data();
    void pinnedCertificateConnects();
    void changedCertificateRefused_data();
    void changedCertificateRefused();
    void pinOfAnotherCertificateDoesNotHelp();
    void insecureRemoteFlagged_data();
    void insecureRemoteFlagged();
    void certificateProblemNeverFallsBack();
    void handshakesPerOperation();
    void detectionUsesTheTrustedCertificate();

private:
    struct Rig
    {
        explicit Rig(FakeProfile profile) : fake(profile) {}
        FakeOpenWebUi fake;
        TlsProxy proxy;
    };
    // The fake on plain http, the proxy serving `certificate` over https in front of it.
    bool start(Rig& rig, const GeneratedCertificate& certificate);

    std::unique_ptr<QTemporaryDir> m_certificateDir;
    std::optional<GeneratedCertificate> m_first;
    std::optional<GeneratedCertificate> m_second;
    std::unique_ptr<DataDir> m_dataDir;
};

void TstTls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Without these the product can't do HTTPS or the test can't prove anything: fail, don't skip.
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend: HTTPS to Open WebUI would fail");
    if (!QSslSocket::isClassImplemented(QSsl::ImplementedClass::Socket))
        QFAIL("the TLS backend has no socket");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QFAIL("the openssl command is needed to make test certificates (scripts/deps.sh installs it)");
    m_certificateDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_certificateDir->isValid());
    QString error;
    m_first = generateCertificate(openssl, m_certificateDir->path(), QStringLiteral("first"), &error);
    QVERIFY2(m_first, qPrintable(error));
    m_second = generateCertificate(openssl, m_certificateDir->path(), QStringLiteral("second"), &error);
    QVERIFY2(m_second, qPrintable(error));
}

void TstTls::init()
{
    m_dataDir = std::make_unique<DataDir>();
    QVERIFY(m_dataDir->isValid());
}

void TstTls::cleanup()
{
    m_dataDir.reset();
}

bool TstTls::start(Rig& rig, const GeneratedCertificate& certificate)
{
    if (!rig.fake.listen())
        return false;
    QString error;
    if (!rig.proxy.setCertificateFiles(certificate.certificatePath, certificate.keyPath, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    rig.proxy.setBackend(static_cast<quint16>(rig.fake.url().port()));
    return rig.proxy.listen();
}

// Two certificates for the same name, with their fingerprints as ApiReply and openssl compute them.
void TstTls::certificatesDiffer()
{
    QVERIFY(m_first && m_second);
    for (const GeneratedCertificate* generated : {&*m_first, &*m_second}) {
        QCOMPARE(generated->certificate.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("tma-test")});
        QVERIFY(generated->certificate.isSelfSigned());
        QCOMPARE(generated->sha256.size(), 32 * 3 - 1); // 32 bytes "AB:" ... "EF"
        QCOMPARE(generated->sha256, generated->opensslSha256);
    }
    QVERIFY(m_first->sha256 != m_second->sha256);
}

void TstTls::untrustedCertificateRefused_data()
{
    addProfileRows();
}

void TstTls::untrustedCertificateRefused()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(start(rig, *m_first));
    OpenWebUiClient client(rig.proxy.url());
    Connector connector(&client);
    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(!outcome.session);
    QVERIFY(outcome.error);
    const ApiError& error = *outcome.error;
    QVERIFY2(error.kind() == ApiError::Kind::Tls, qPrintable(error.code() + QLatin1Char(' ') + error.message()));
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!client.hasCredential());

    // The certificate, described so the user can decide: subject, issuer, the exact fingerprint.
    const CertificateSummary& certificate = error.certificate();
    QVERIFY2(certificate.subject.contains(QLatin1String("tma-test")), qPrintable(certificate.subject));
    QVERIFY2(certificate.issuer.contains(QLatin1String("tma-test")), qPrintable(certificate.issuer)); // self-signed
    QCOMPARE(certificate.sha256, m_first->sha256);
    QVERIFY(!certificate.errors.isEmpty());
    verifyNoSecrets(error);
    for (const QString& line : certificate.errors)
        QVERIFY(!line.contains(QLatin1String("admin-pass")));

    // Nothing reached Open WebUI: the handshake failed before any request.
    QCOMPARE(rig.fake.requests().size(), 0);
    QVERIFY(rig.proxy.handshakesFailed() >= 1);
    QCOMPARE(rig.proxy.handshakesCompleted(), 0);
}

void TstTls::pinnedCertificateConnects_data()
{
    addProfileRows();
}

void TstTls::pinnedCertificateConnects()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(start(rig, *m_first));
    OpenWebUiClient client(rig.proxy.url());

    // First attempt: refused, and the error carries the fingerprint the user is shown.
    Connector connector(&client);
    const ConnectOutcome refused = runConnector(connector, adminPassword());
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind(), ApiError::Kind::Tls);
    const QString shown = refused.error->certificate().sha256;
    QCOMPARE(shown, m_first->sha256);

    // The user trusts exactly that certificate: the same client now signs in, over https.
    client.setPinnedCertificate(shown);
    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    if (outcome.error)
        QFAIL(qPrintable(outcome.error->code() + QLatin1Char(' ') + outcome.error->message()));
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.session);
    QCOMPARE(outcome.session->role, QStringLiteral("admin"));
    QCOMPARE(outcome.session->email, QStringLiteral("admin@example.com"));
    QCOMPARE(outcome.session->server.versionText, rig.fake.version());
    QVERIFY(client.hasCredential());
    QVERIFY(rig.proxy.handshakesCompleted() >= 1);
    // The sign-in really went through the proxy to the fake.
    QCOMPARE(rig.fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 1);

    // And an authenticated call on the pinned connection works too.
    bool done = false;
    bool ok = false;
    onFinished(client.getTaskConfig(outcome.session->server.taskApi), this, [&](ApiReply* reply) {
        ok = reply->ok() && reply->json().toObject() == rig.fake.taskConfig();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
    QVERIFY(ok);
}

void TstTls::changedCertificateRefused_data()
{
    addProfileRows();
}

// The server's certificate changes while the first one is pinned (a redeploy, or someone in the
// middle): never silently accepted, and the new fingerprint is reported.
void TstTls::changedCertificateRefused()
{
    QFETCH(FakeProfile, profile);
    Rig rig(profile);
    QVERIFY(start(rig, *m_first));
    OpenWebUiClient client(rig.proxy.url());
    client.setPinnedCertificate(m_first->sha256);
    Connector connector(&client);
    const ConnectOutcome first = runConnector(connector, adminPassword());
    if (first.error)
        QFAIL(qPrintable(first.error->message()));
    QVERIFY(first.session);

    // The proxy now presents the second certificate and drops the open connections.
    rig.proxy.setCertificate(m_second->certificate,
                             [this] {
                                 QFile file(m_second->keyPath);
                                 return file.open(QIODevice::ReadOnly)
                                            ? QSslKey(file.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey)
                                            : QSslKey();
                             }());
    QCOMPARE(rig.proxy.certificate(), m_second->certificate);
    rig.fake.clearRequests();

    // The same client, first pin still in place: refused with Kind::Tls, naming the new certificate.
    const ConnectOutcome again = runConnector(connector, adminPassword());
    QCOMPARE(again.emissions, 1);
    QVERIFY2(!again.session, "a changed certificate was accepted");
    QVERIFY(again.error);
    QVERIFY2(again.error->kind() == ApiError::Kind::Tls,
             qPrintable(again.error->code() + QLatin1Char(' ') + again.error->message()));
    QCOMPARE(again.error->certificate().sha256, m_second->sha256);
    QVERIFY(again.error->certificate().subject.contains(QLatin1String("tma-test")));
    verifyNoSecrets(*again.error);
    QCOMPARE(rig.fake.requests().size(), 0); // not even the sign-in reached Open WebUI

    // An authenticated request with a session token must not go out either.
    client.setCredential(QStringLiteral("token-from-before"));
    bool done = false;
    ApiError requestError;
    onFinished(client.getSessionUser(), this, [&](ApiReply* reply) {
        requestError = reply->error();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
    QCOMPARE(requestError.kind(), ApiError::Kind::Tls);
    QCOMPARE(requestError.certificate().sha256, m_second->sha256);
    QVERIFY(!requestError.message().contains(QLatin1String("token-from-before")));
    QCOMPARE(rig.fake.requests().size(), 0); // nothing reached Open WebUI with the new certificate

    // A brand-new client (no connection to reuse) with the old pin: refused the same way.
    OpenWebUiClient fresh(rig.proxy.url());
    fresh.setPinnedCertificate(m_first->sha256);
    Connector freshConnector(&fresh);
    const ConnectOutcome refused = runConnector(freshConnector, adminPassword());
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind(), ApiError::Kind::Tls);
    QCOMPARE(refused.error->certificate().sha256, m_second->sha256);
    verifyNoSecrets(*refused.error);

    // Trusting the new certificate is a decision of its own: then it connects.
    fresh.setPinnedCertificate(m_second->sha256);
    const ConnectOutcome trusted = runConnector(freshConnector, adminPassword());
    if (trusted.error)
        QFAIL(qPrintable(trusted.error->message()));
    QVERIFY(trusted.session);
}

// A pin is exact: trusting one certificate never makes another one acceptable, in any case or format.
void TstTls::pinOfAnotherCertificateDoesNotHelp()
{
    Rig rig(FakeProfile::V0_11);
    QVERIFY(start(rig, *m_second));
    const QStringList wrongPins{m_first->sha256, m_first->sha256.toLower(), QString(m_first->sha256).remove(QLatin1Char(':')),
                                QStringLiteral("*"), QStringLiteral(" ")};
    for (const QString& pin : wrongPins) {
        OpenWebUiClient client(rig.proxy.url());
        client.setPinnedCertificate(pin);
        Connector connector(&client);
        const ConnectOutcome outcome = runConnector(connector, adminPassword());
        QVERIFY2(!outcome.session, qPrintable(QStringLiteral("accepted with pin ") + pin));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ApiError::Kind::Tls);
        QCOMPARE(outcome.error->certificate().sha256, m_second->sha256);
        verifyNoSecrets(*outcome.error);
    }
    QCOMPARE(rig.fake.requests().size(), 0);
}

void TstTls::insecureRemoteFlagged_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("insecure");
    QTest::newRow("http LAN address") << QStringLiteral("http://192.168.1.20:3000") << true;
    QTest::newRow("http host name") << QStringLiteral("http://openwebui.example.com") << true;
    QTest::newRow("http upper-case scheme") << QStringLiteral("HTTP://openwebui.example.com:8080") << true;
    QTest::newRow("http public IPv6") << QStringLiteral("http://[2001:db8::1]:3000") << true;
    QTest::newRow("http localhost look-alike") << QStringLiteral("http://localhost.example.com") << true;
    QTest::newRow("http 127.0.0.1 look-alike") << QStringLiteral("http://127.0.0.1.nip.io") << true;
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:3000") << true;
    QTest::newRow("https remote") << QStringLiteral("https://openwebui.example.com") << false;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000") << false;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << false;
    QTest::newRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2:8080") << false;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:3000") << false;
    QTest::newRow("http *.localhost") << QStringLiteral("http://webui.localhost") << false;
}

void TstTls::insecureRemoteFlagged()
{
    QFETCH(QString, url);
    QFETCH(bool, insecure);
    QCOMPARE(ServerAddress(QUrl(url)).isInsecureRemote(), insecure);
    // What the user types goes through normalize(): a bare remote name becomes https, not http.
    QString error;
    const std::optional<ServerAddress> normalized = ServerAddress::parse(url, &error);
    QVERIFY2(normalized, qPrintable(error));
    QCOMPARE(normalized->isInsecureRemote(), insecure);
    if (insecure) {
        const QString bare = QUrl(url).authority();
        const std::optional<ServerAddress> typed = ServerAddress::parse(bare, &error);
        QVERIFY2(typed, qPrintable(error));
        QVERIFY2(!typed->isInsecureRemote(), qPrintable(typed->toString()));
    }
}

// Even for an address typed without a scheme, a certificate problem is the user's to look at:
// https answered with a certificate, so plain http is never tried.
void TstTls::certificateProblemNeverFallsBack()
{
    Rig rig(FakeProfile::V0_11);
    QVERIFY(start(rig, *m_first));
    OpenWebUiClient client(rig.proxy.url());
    Connector connector(&client);
    connector.setHttpFallback(true);
    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ApiError::Kind::Tls);
    QCOMPARE(outcome.error->certificate().sha256, m_first->sha256);
    QVERIFY(outcome.error->message().contains(QLatin1String("certificate below")));
    QCOMPARE(client.server(), rig.proxy.url());
    QCOMPARE(rig.fake.requests().size(), 0);
    QCOMPARE(rig.proxy.handshakesFailed(), 1); // a plain-http attempt would have failed a second one
}

QTEST_GUILESS_MAIN(TstTls)
// A sign-in opens at most one connection per request it sends at once (HTTP/1.1), each a handshake;
// what follows on the same client (an apply) reuses them and makes no handshake at all.
void TstTls::handshakesPerOperation()
{
    Rig rig(FakeProfile::V0_11);
    rig.fake.setApiKeysEnabled(true);
    rig.fake.setRoundTrip(20);
    QVERIFY(start(rig, *m_first));
    OpenWebUiClient client(rig.proxy.url());
    client.setPinnedCertificate(m_first->sha256);

    Connector connector(&client);
    Credentials credentials;
    credentials.token = QStringLiteral("sk-admin-key");
    const ConnectOutcome outcome = runConnector(connector, credentials);
    QVERIFY(outcome.session);
    // Qt offers HTTP/2 over TLS and, until the server's answer settles the protocol, holds the
    // second request back; this proxy speaks HTTP/1.1, so the second goes on a connection of its
    // own. Either way: a handshake per connection, never per request, and at most one per
    // request sent at once.
    QVERIFY(rig.proxy.handshakesCompleted() >= 1);
    QVERIFY(rig.proxy.handshakesCompleted() <= 2);
    QCOMPARE(rig.fake.connectionsOpened(), rig.proxy.handshakesCompleted());
    const int signInHandshakes = rig.proxy.handshakesCompleted();

    rig.fake.clearRequests();
    ConfigApplier applier(&client, *outcome.session,
                          std::make_unique<BackupStore>(ServerAddress(rig.proxy.url())));
    bool applied = false;
    QObject::connect(&applier, &ConfigApplier::finished, this, [&applied] { applied = true; });
    QObject::connect(&applier, &ConfigApplier::failed, this,
                     [](const ApiError& error) { qWarning("%s", qPrintable(error.message())); });
    applier.apply(Preset::quiet());
    QTRY_VERIFY_WITH_TIMEOUT(applied, kWaitMs);
    QVERIFY(rig.fake.requests().size() >= 4); // read (with the connections), re-read, write, verify
    QCOMPARE(rig.fake.connectionsOpened(), 0);
    QCOMPARE(rig.proxy.handshakesCompleted(), signInHandshakes); // none more
    QCOMPARE(rig.proxy.handshakesFailed(), 0);
}

// Without the trust saved with the server, detecting it fails on its certificate; with it, the
// detection finds the server (and the sign-in then needs no discovery of its own).
void TstTls::detectionUsesTheTrustedCertificate()
{
    Rig rig(FakeProfile::V0_11);
    QVERIFY(start(rig, *m_first));
    auto detect = [&rig]() {
        ServerDetector detector;
        QList<ServerInfo> found;
        bool finished = false;
        QObject::connect(&detector, &ServerDetector::found,
                         [&found](const ServerInfo& info) { found << info; });
        QObject::connect(&detector, &ServerDetector::finished, [&finished] { finished = true; });
        detector.start({rig.proxy.url()});
        if (!QTest::qWaitFor([&finished] { return finished; }, kWaitMs))
            qWarning("the detection did not finish");
        return found;
    };
    QVERIFY(detect().isEmpty());
    QCOMPARE(rig.fake.requests().size(), 0); // refused at the handshake
    QVERIFY(rig.proxy.handshakesFailed() >= 1);

    // The user trusted the certificate when signing in before: a saved server, in this test's folder.
    QCoreApplication::setOrganizationName(QStringLiteral("tma-tst-tls"));
    const QString config = m_dataDir->path() + QStringLiteral("/config");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    ServerProfile profile;
    profile.url = rig.proxy.url();
    profile.account = QStringLiteral("admin@example.com");
    profile.pinnedSha256 = m_first->sha256;
    ServerProfiles::save(profile);
    const QList<ServerInfo> found = detect();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().versionText, rig.fake.version());
    QVERIFY(rig.proxy.handshakesCompleted() >= 1);
}

#include "tst_tls.moc"
