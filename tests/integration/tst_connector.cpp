// Connector against the fake Open WebUI of every supported generation: discovery (with the
// /ready, or /api/config where /ready is absent), sign-in by password and by API key, every way sign-in can
// fail, transport faults, timeouts, an unreachable port, and cancellation.

#include "IntegrationSupport.h"

#include "HttpConnection.h"
#include "SignInAdvice.h"

#include <QTcpServer>

using namespace tma;
using namespace tma::itest;
using tma::test::FakeFault;

namespace {

enum class Scenario
{
    WrongPassword,
    NotAdmin,
    PendingUser,
    Mfa,
    PasswordAuthDisabled,
    ApiKeysDisabled,
    NonAdminApiKey,
    EndpointRestricted,
    HtmlProxyPage,
    BadGatewayPage,
    BadJson,
    ServerError,
    Reset,
    ExpiredToken,
    Hang,
};

} // namespace

Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(tma::ApiError::Kind)

class TstConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreadableVersionAsksTheTaskRoutesOnce_data();
    void unreadableVersionAsksTheTaskRoutesOnce();
    void initTestCase();
    void init();
    void cleanup();

    void probe_data();
    void probe();
    void probeApiOnlyServer_data();
    void probeApiOnlyServer();
    void serverWithoutSignIn_data();
    void serverWithoutSignIn();
    void signInWithPassword_data();
    void signInWithPassword();
    void signInWithApiKey_data();
    void signInWithApiKey();
    void signInRoundTrips_data();
    void signInRoundTrips();
    void failures_data();
    void failures();
    void unreachablePort_data();
    void unreachablePort();
    void cancelMidFlight_data();
    void cancelMidFlight();
    void signInWithLdap_data();
    void signInWithLdap();
    void ldapFailures_data();
    void ldapFailures();
    void trustedHeaderNeedsApiKey_data();
    void trustedHeaderNeedsApiKey();
    void httpFallbackWithoutScheme_data();
    void httpFallbackWithoutScheme();
    void explicitHttpsNeverFallsBack();
    void anotherWebServiceIsNotOpenWebUi();

private:
    std::unique_ptr<DataDir> m_dataDir;
};

void TstConnector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// A fresh TMA_DATA_DIR per test; this operation must not write any file there.
void TstConnector::init()
{
    m_dataDir = std::make_unique<DataDir>();
    QVERIFY(m_dataDir->isValid());
}

void TstConnector::cleanup()
{
    const int written = fileCount(m_dataDir->path());
    m_dataDir.reset();
    QCOMPARE(written, 0);
}

void TstConnector::probe_data()
{
    addProfileRows();
}

void TstConnector::probe()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setServerName(QStringLiteral("Team Server"));
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);

    const ConnectOutcome outcome = runConnector(connector, std::nullopt);
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(!outcome.error);
    QVERIFY(!outcome.session);
    QVERIFY(outcome.info);
    QVERIFY(!connector.isBusy());

    // /ready only exists on 0.11; older servers answer with their web app's index.html (200, HTML),
    // and /api/config (which also gives the version) is what says the server is Open WebUI.
    const QStringList expected{QStringLiteral("GET /ready"), QStringLiteral("GET /api/config")};
    QCOMPARE(callListOfDiscovery(fake), expected);
    const QList<FakeOpenWebUi::Request> requests = fake.requests();
    if (profile != FakeProfile::V0_11)
        QCOMPARE(requestsTo(fake, "GET", QStringLiteral("/ready")).first().status, 200);
    for (const FakeOpenWebUi::Request& request : requests)
        QVERIFY2(!request.headers.contains("authorization"), qPrintable(request.path)); // discovery is anonymous

    const ServerInfo& info = *outcome.info;
    QCOMPARE(info.url, fake.url());
    QCOMPARE(info.versionText, fake.version());
    QVERIFY(info.version.isValid());
    QCOMPARE(info.version.toString(), fake.version());
    QCOMPARE(info.name, QStringLiteral("Team Server"));
    QCOMPARE(info.displayName(), QStringLiteral("Team Server ") + fake.version());
    QCOMPARE(info.taskApi, profile == FakeProfile::V0_4 ? TaskApi::Legacy : TaskApi::V1);
    QVERIFY(info.authEnabled);
    QVERIFY(info.loginFormEnabled);
    QVERIFY(!info.onboarding);
    // 0.4-0.6 tell anonymously whether API keys are allowed (on by default); 0.11 only after sign-in.
    QCOMPARE(info.apiKeysAllowed, profile == FakeProfile::V0_11 ? -1 : 1);
    QCOMPARE(outcome.steps, (QList<Connector::Step>{Connector::Step::Probing, Connector::Step::ReadingVersion}));
    QVERIFY(!client.hasCredential());
}

void TstConnector::probeApiOnlyServer_data()
{
    QTest::addColumn<FakeProfile>("profile");
    for (FakeProfile profile : {FakeProfile::V0_5, FakeProfile::V0_6})
        QTest::newRow(qPrintable(tma::test::profileName(profile))) << profile;
}

// An install without the web app answers an unknown path with FastAPI's 404 instead of
// index.html: /ready (absent before 0.11) is then a 404, and /api/config says what the server is.
void TstConnector::probeApiOnlyServer()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setFrontendBuilt(false);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);
    const ConnectOutcome outcome = runConnector(connector, std::nullopt);
    QVERIFY(!outcome.error);
    QVERIFY(outcome.info);
    QCOMPARE(outcome.info->versionText, fake.version());
    QCOMPARE(requestsTo(fake, "GET", QStringLiteral("/ready")).first().status, 404);
    QCOMPARE(callListOfDiscovery(fake),
             (QStringList{QStringLiteral("GET /ready"), QStringLiteral("GET /api/config")}));
}

void TstConnector::serverWithoutSignIn_data()
{
    addProfileRows();
}

// WEBUI_AUTH=False: /api/config says features.auth is off, and "Sign in" with empty fields gets
// the server's one account (admin@localhost), an admin. On a server that has other users the
// real one refuses with EXISTING_USERS, in its own words.
void TstConnector::serverWithoutSignIn()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setWebUiAuth(false);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);
    const ConnectOutcome outcome = runConnector(connector, Credentials{});
    QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message()) : "");
    QVERIFY(outcome.session);
    QVERIFY(!outcome.session->server.authEnabled);
    QCOMPARE(outcome.session->email, QStringLiteral("admin@localhost"));
    QCOMPARE(outcome.session->role, QStringLiteral("admin"));

    FakeOpenWebUi withUsers(profile);
    withUsers.setWebUiAuth(false, false);
    QVERIFY(withUsers.listen());
    OpenWebUiClient otherClient(withUsers.url());
    Connector other(&otherClient);
    const ConnectOutcome refused = runConnector(other, Credentials{});
    QVERIFY(refused.error);
    QCOMPARE(refused.error->httpStatus(), 400);
    QVERIFY(refused.error->message().contains(QStringLiteral("existing users")));
}

void TstConnector::signInWithPassword_data()
{
    addProfileRows();
}

void TstConnector::signInWithPassword()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);

    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    if (outcome.error)
        QFAIL(qPrintable(outcome.error->message()));
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.session);
    const Session& session = *outcome.session;
    QCOMPARE(session.email, QStringLiteral("admin@example.com"));
    QCOMPARE(session.role, QStringLiteral("admin"));
    QCOMPARE(session.name, QStringLiteral("Admin"));
    QVERIFY(!session.userId.isEmpty());
    QCOMPARE(session.method, AuthMethod::Password);
    QCOMPARE(session.expiresAt, qint64(0)); // the fake's tokens never expire (expires_at null)
    QCOMPARE(session.server.versionText, fake.version());
    QCOMPARE(session.server.taskApi, profile == FakeProfile::V0_4 ? TaskApi::Legacy : TaskApi::V1);
    QCOMPARE(outcome.steps, (QList<Connector::Step>{Connector::Step::Probing, Connector::Step::ReadingVersion,
                                                    Connector::Step::SigningIn, Connector::Step::CheckingAdmin}));

    // The client now carries the session token (a JWT, not the password).
    QVERIFY(client.hasCredential());
    QVERIFY(!client.usesApiKey());
    QVERIFY(client.credential().startsWith(QLatin1String("eyJ")));

    // The sign-in's answer is the user (role and expiry included): no /api/v1/auths/ round trip after it.
    QCOMPARE(callList(fake).constLast(), QStringLiteral("POST /api/v1/auths/signin"));
    const QList<FakeOpenWebUi::Request> signins = requestsTo(fake, "POST", QStringLiteral("/api/v1/auths/signin"));
    QCOMPARE(signins.size(), 1);
    QCOMPARE(bodyOf(signins.first()), (QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@example.com")},
                                                    {QStringLiteral("password"), QStringLiteral("admin-pass")}}));
    QCOMPARE(signins.first().status, 200);
    QVERIFY(!signins.first().headers.contains("authorization"));
    QVERIFY(requestsTo(fake, "GET", QStringLiteral("/api/v1/auths/")).isEmpty());

    // The password travels once, in the sign-in body, and nowhere else.
    const QList<FakeOpenWebUi::Request> requests = fake.requests();
    for (const FakeOpenWebUi::Request& request : requests) {
        if (request.path == QLatin1String("/api/v1/auths/signin"))
            continue;
        QVERIFY(!request.body.contains("admin-pass"));
        for (const QByteArray& value : request.headers)
            QVERIFY(!value.contains("admin-pass"));
    }
}

void TstConnector::signInWithApiKey_data()
{
    addProfileRows();
}

void TstConnector::signInWithApiKey()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setApiKeysEnabled(true); // off by default on 0.11
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);

    Credentials credentials;
    credentials.token = QStringLiteral("sk-admin-key");
    const ConnectOutcome outcome = runConnector(connector, credentials);
    if (outcome.error)
        QFAIL(qPrintable(outcome.error->message()));
    QVERIFY(outcome.session);
    QCOMPARE(outcome.emissions, 1);
    QCOMPARE(outcome.session->method, AuthMethod::ApiKey);
    QCOMPARE(outcome.session->email, QStringLiteral("admin@example.com"));
    QCOMPARE(outcome.session->role, QStringLiteral("admin"));
    QVERIFY(client.usesApiKey());
    QCOMPARE(client.credential(), QStringLiteral("sk-admin-key"));

    // No password sign-in; the key goes only to the session check, never to /api/config.
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 0);
    const QList<FakeOpenWebUi::Request> checks = requestsTo(fake, "GET", QStringLiteral("/api/v1/auths/"));
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().headers.value("authorization"), QByteArray("Bearer sk-admin-key"));
    const QList<FakeOpenWebUi::Request> configs = requestsTo(fake, "GET", QStringLiteral("/api/config"));
    QCOMPARE(configs.size(), 1);
    QVERIFY(!configs.first().headers.contains("authorization"));
}

// What a server far away costs a sign-in with a key: /ready (its web page before 0.11) and
// /api/config (which gives the version too) together, then the session check — nothing asked twice.
void TstConnector::signInRoundTrips_data()
{
    addProfileRows();
}

void TstConnector::signInRoundTrips()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setApiKeysEnabled(true);
    fake.setRoundTrip(25);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);
    Credentials credentials;
    credentials.token = QStringLiteral("sk-admin-key");
    const ConnectOutcome outcome = runConnector(connector, credentials);
    QVERIFY(outcome.session);
    QCOMPARE(callListOfDiscovery(fake),
             (QStringList{QStringLiteral("GET /ready"), QStringLiteral("GET /api/config"),
                          QStringLiteral("GET /api/v1/auths/")}));
    // /ready and /api/config together, each on a connection of its own: a handshake and one round
    // trip for both, then the session check on a connection already open.
    QCOMPARE(fake.maxConcurrentRequests(), 2);
    QCOMPARE(fake.connectionsOpened(), 2);
    QCOMPARE(fake.roundTripsOnCriticalPath(), 3);
}

void TstConnector::failures_data()
{
    addProfileColumn();
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("httpStatus"); // -1: don't check

    struct Row
    {
        const char* name;
        Scenario scenario;
        ApiError::Kind kind;
        int status;
    };
    const Row rows[] = {
        {"wrong-password", Scenario::WrongPassword, ApiError::Kind::WrongCredentials, 400},
        {"not-admin", Scenario::NotAdmin, ApiError::Kind::NotAdmin, -1},
        {"pending-user", Scenario::PendingUser, ApiError::Kind::NotAdmin, -1},
        {"mfa", Scenario::Mfa, ApiError::Kind::MfaRequired, -1},
        {"password-auth-disabled", Scenario::PasswordAuthDisabled, ApiError::Kind::PasswordAuthDisabled, 403},
        {"api-keys-disabled", Scenario::ApiKeysDisabled, ApiError::Kind::ApiKeysDisabled, 403},
        {"endpoint-restricted", Scenario::EndpointRestricted, ApiError::Kind::EndpointRestricted, 403},
        {"html-proxy-page", Scenario::HtmlProxyPage, ApiError::Kind::UnexpectedContent, 200},
        {"bad-gateway-page", Scenario::BadGatewayPage, ApiError::Kind::UnexpectedContent, 502},
        {"bad-json", Scenario::BadJson, ApiError::Kind::UnexpectedContent, 200},
        {"server-error", Scenario::ServerError, ApiError::Kind::Server, 500},
        {"reset", Scenario::Reset, ApiError::Kind::Unreachable, -1},
        {"expired-token", Scenario::ExpiredToken, ApiError::Kind::SessionExpired, 401},
        {"hang", Scenario::Hang, ApiError::Kind::Timeout, -1},
    };
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        for (const Row& row : rows) {
            // MFA and ENABLE_PASSWORD_AUTH exist from 0.6.37 (the 0.11 profile) only.
            const bool newOnly =
                row.scenario == Scenario::Mfa || row.scenario == Scenario::PasswordAuthDisabled;
            if (newOnly && profile != FakeProfile::V0_11)
                continue;
            QTest::addRow("%s/%s", qPrintable(tma::test::profileName(profile)), row.name)
                << profile << row.scenario << row.kind << row.status;
        }
        // A non-admin's key: 0.4-0.6 let it sign in (then it is not an admin); 0.11 refuses keys of
        // users without the api_keys permission outright.
        QTest::addRow("%s/non-admin-api-key", qPrintable(tma::test::profileName(profile)))
            << profile << Scenario::NonAdminApiKey
            << (profile == FakeProfile::V0_11 ? ApiError::Kind::ApiKeysDisabled : ApiError::Kind::NotAdmin)
            << (profile == FakeProfile::V0_11 ? 403 : -1);
    }
}

void TstConnector::failures()
{
    QFETCH(FakeProfile, profile);
    QFETCH(Scenario, scenario);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, httpStatus);

    FakeOpenWebUi fake(profile);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);
    Credentials credentials = adminPassword();
    QString expectedEndpoint;
    QString detailMentions;

    switch (scenario) {
    case Scenario::WrongPassword:
        credentials.password = QStringLiteral("not-the-admin-pass");
        expectedEndpoint = QStringLiteral("/api/v1/auths/signin");
        break;
    case Scenario::NotAdmin:
        credentials.email = QStringLiteral("user@example.com");
        credentials.password = QStringLiteral("user-pass");
        detailMentions = QStringLiteral("user@example.com");
        break;
    case Scenario::PendingUser:
        credentials.email = QStringLiteral("pending@example.com");
        credentials.password = QStringLiteral("pending-pass");
        detailMentions = QStringLiteral("pending");
        break;
    case Scenario::Mfa:
        fake.setMfaRequired(true);
        break;
    case Scenario::PasswordAuthDisabled:
        fake.setPasswordAuthEnabled(false);
        break;
    case Scenario::ApiKeysDisabled:
        fake.setApiKeysEnabled(false);
        credentials = {};
        credentials.token = QStringLiteral("sk-admin-key");
        break;
    case Scenario::NonAdminApiKey:
        fake.setApiKeysEnabled(true);
        credentials = {};
        credentials.token = QStringLiteral("sk-user-key");
        break;
    case Scenario::EndpointRestricted:
        fake.setApiKeysEnabled(true);
        fake.setEndpointRestrictions(true, {taskConfigPath(profile)});
        credentials = {};
        credentials.token = QStringLiteral("sk-admin-key");
        expectedEndpoint = QStringLiteral("/api/v1/auths/");
        break;
    case Scenario::HtmlProxyPage:
        fake.setFault(QStringLiteral("/api/config"), FakeFault::Html);
        break;
    case Scenario::BadGatewayPage:
        fake.setFault(QStringLiteral("/api/config"), FakeFault::BadGateway);
        break;
    case Scenario::BadJson:
        fake.setFault(QStringLiteral("/api/config"), FakeFault::BadJson);
        break;
    case Scenario::ServerError:
        fake.setFault(QStringLiteral("/api/v1/auths/signin"), FakeFault::ServerError);
        break;
    case Scenario::Reset:
        // times = -1: Qt retries a request once when a reused connection closes without an answer.
        fake.setFault(QStringLiteral("/api/config"), FakeFault::Reset);
        break;
    case Scenario::ExpiredToken:
        // A saved session whose JWT has expired: the session check says so.
        credentials = {};
        credentials.token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJpZCI6ImV4cGlyZWQifQ.c2lnbmF0dXJl");
        fake.setFault(QStringLiteral("/api/v1/auths/"), FakeFault::ExpiredToken, -1, "GET");
        break;
    case Scenario::Hang:
        client.setTimeoutMs(500);
        fake.setFault(QStringLiteral("/api/v1/auths/signin"), FakeFault::Hang);
        break;
    }

    const ConnectOutcome outcome = runConnector(connector, credentials);
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(!outcome.session);
    QVERIFY(outcome.error);
    const ApiError& error = *outcome.error;
    QVERIFY2(error.kind() == kind, qPrintable(QStringLiteral("got %1: %2").arg(error.code(), error.message())));
    if (httpStatus >= 0)
        QCOMPARE(error.httpStatus(), httpStatus);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.code().isEmpty());
    if (!expectedEndpoint.isEmpty()) {
        QCOMPARE(error.endpoint(), expectedEndpoint);
        if (kind == ApiError::Kind::EndpointRestricted)
            QVERIFY2(error.message().contains(expectedEndpoint), qPrintable(error.message()));
    }
    if (!detailMentions.isEmpty())
        QVERIFY2(error.detail().contains(detailMentions), qPrintable(error.detail()));
    verifyNoSecrets(error, {credentials.password, credentials.token});
    if (QTest::currentTestFailed())
        return;

    // A failed connection leaves no credential behind and nothing in flight.
    QVERIFY(!client.hasCredential());
    QVERIFY(!connector.isBusy());

    if (scenario == Scenario::Hang)
        QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/v1/auths/")), 0);
    if (scenario == Scenario::WrongPassword || scenario == Scenario::Mfa || scenario == Scenario::PasswordAuthDisabled)
        QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/v1/auths/")), 0); // nothing to check without a token
}

void TstConnector::unreachablePort_data()
{
    addProfileRows();
}

void TstConnector::unreachablePort()
{
    QFETCH(FakeProfile, profile);
    Q_UNUSED(profile)
    // A port that was free a moment ago and has nobody listening now.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    OpenWebUiClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    Connector connector(&client);
    QElapsedTimer clock;
    clock.start();
    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->kind() == ApiError::Kind::Unreachable, qPrintable(outcome.error->code()));
    QVERIFY(!outcome.error->message().isEmpty());
    QVERIFY(clock.elapsed() < 5000); // refused at once, not a timeout
    verifyNoSecrets(*outcome.error);
    QCOMPARE(outcome.steps, QList<Connector::Step>{Connector::Step::Probing});
}

void TstConnector::cancelMidFlight_data()
{
    addProfileColumn();
    QTest::addColumn<QString>("hangingPath");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QByteArray name = tma::test::profileName(profile).toLatin1();
        QTest::addRow("%s/during-discovery", name.constData()) << profile << QStringLiteral("/api/config");
        QTest::addRow("%s/during-sign-in", name.constData()) << profile << QStringLiteral("/api/v1/auths/signin");
    }
}

void TstConnector::cancelMidFlight()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, hangingPath);
    FakeOpenWebUi fake(profile);
    QVERIFY(fake.listen());
    fake.setFault(hangingPath, FakeFault::Hang);
    OpenWebUiClient client(fake.url());
    Connector connector(&client);

    int emissions = 0;
    QList<Connector::Step> steps;
    connect(&connector, &Connector::connected, this, [&emissions](const Session&) { ++emissions; });
    connect(&connector, &Connector::failed, this, [&emissions](const ApiError&) { ++emissions; });
    connect(&connector, &Connector::probed, this, [&emissions](const ServerInfo&) { ++emissions; });
    connect(&connector, &Connector::stepChanged, this, [&steps](Connector::Step step) { steps << step; });

    connector.connectAs(adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(
        !requestsTo(fake, hangingPath == QLatin1String("/api/config") ? "GET" : "POST", hangingPath)
             .isEmpty(),
        kWaitMs);
    QVERIFY(connector.isBusy());
    const int requestsBefore = int(fake.requests().size());
    const int stepsBefore = int(steps.size());
    connector.cancel();
    QVERIFY(!connector.isBusy());
    QTest::qWait(400);
    QCOMPARE(emissions, 0);                               // cancel() is silent
    QCOMPARE(int(fake.requests().size()), requestsBefore); // and sends nothing more
    QCOMPARE(int(steps.size()), stepsBefore);
    QVERIFY(!client.hasCredential());

    // The connector is reusable after a cancel.
    fake.clearFaults();
    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    QVERIFY(outcome.session);
    QCOMPARE(outcome.emissions, 1);
    QCOMPARE(emissions, 1);
}

namespace {

Credentials ldapCredentials(const QString& user, const QString& password)
{
    Credentials credentials;
    credentials.method = AuthMethod::Ldap;
    credentials.ldapUser = user;
    credentials.password = password;
    return credentials;
}

void addLdapUser(FakeOpenWebUi& fake)
{
    fake.setLdapEnabled(true);
    fake.setLdapUser(QStringLiteral("jdoe"), QStringLiteral("ldap-pass"),
                     QStringLiteral("jane.doe@corp.example"), QStringLiteral("admin"));
}

} // namespace

void TstConnector::signInWithLdap_data()
{
    addProfileRows();
}

// POST /api/v1/auths/ldap {user, password}, then the admin check with the session token; the session
// is an LDAP one, remembered under the directory user name.
void TstConnector::signInWithLdap()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    addLdapUser(fake);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);
    QSignalSpy discovered(&connector, &Connector::discovered);

    const ConnectOutcome outcome =
        runConnector(connector, ldapCredentials(QStringLiteral("jdoe"), QStringLiteral("ldap-pass")));
    if (outcome.error)
        QFAIL(qPrintable(outcome.error->message()));
    QVERIFY(outcome.session);
    QCOMPARE(outcome.session->method, AuthMethod::Ldap);
    QCOMPARE(outcome.session->account, QStringLiteral("jdoe"));
    QCOMPARE(outcome.session->email, QStringLiteral("jane.doe@corp.example"));
    QCOMPARE(outcome.session->role, QStringLiteral("admin"));
    QVERIFY(outcome.session->server.ldapEnabled);
    QCOMPARE(discovered.size(), 1);
    QVERIFY(client.credential().startsWith(QLatin1String("eyJ")));

    const QList<FakeOpenWebUi::Request> ldap = requestsTo(fake, "POST", QStringLiteral("/api/v1/auths/ldap"));
    QCOMPARE(ldap.size(), 1);
    QCOMPARE(bodyOf(ldap.first()), (QJsonObject{{QStringLiteral("user"), QStringLiteral("jdoe")},
                                                {QStringLiteral("password"), QStringLiteral("ldap-pass")}}));
    QCOMPARE(ldap.first().status, 200);
    QCOMPARE(requestsTo(fake, "POST", QStringLiteral("/api/v1/auths/signin")).size(), 0);
    QVERIFY(requestsTo(fake, "GET", QStringLiteral("/api/v1/auths/")).isEmpty()); // the answer was the user

    // The saved session token signs in again as an LDAP session, under the same account.
    Credentials saved;
    saved.method = AuthMethod::Ldap;
    saved.ldapUser = QStringLiteral("jdoe");
    saved.token = client.credential();
    OpenWebUiClient again(fake.url());
    Connector reconnect(&again);
    const ConnectOutcome second = runConnector(reconnect, saved);
    QVERIFY(second.session);
    QCOMPARE(second.session->method, AuthMethod::Ldap);
    QCOMPARE(second.session->account, QStringLiteral("jdoe"));
    QCOMPARE(requestsTo(fake, "POST", QStringLiteral("/api/v1/auths/ldap")).size(), 1);
}

void TstConnector::ldapFailures_data()
{
    QTest::addColumn<FakeProfile>("profile");
    QTest::addColumn<QString>("scenario");
    for (FakeProfile profile : tma::test::allProfiles()) {
        for (const char* scenario :
             {"wrong-password", "unknown-user", "ldap-off", "blank-password", "not-admin"})
            QTest::addRow("%s-%s", qPrintable(tma::test::profileName(profile)), scenario)
                << profile << QString::fromLatin1(scenario);
    }
}

void TstConnector::ldapFailures()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, scenario);
    FakeOpenWebUi fake(profile);
    addLdapUser(fake);
    fake.setLdapUser(QStringLiteral("bob"), QStringLiteral("bob-pass"), QStringLiteral("bob@corp.example"),
                     QStringLiteral("user"));
    if (scenario == QLatin1String("ldap-off"))
        fake.setLdapEnabled(false);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);

    Credentials credentials = ldapCredentials(QStringLiteral("jdoe"), QStringLiteral("nope"));
    if (scenario == QLatin1String("unknown-user"))
        credentials.ldapUser = QStringLiteral("nobody");
    if (scenario == QLatin1String("ldap-off"))
        credentials.password = QStringLiteral("ldap-pass");
    if (scenario == QLatin1String("blank-password"))
        credentials.password = QStringLiteral("   "); // 0.11 refuses it before binding
    if (scenario == QLatin1String("not-admin"))
        credentials = ldapCredentials(QStringLiteral("bob"), QStringLiteral("bob-pass"));
    const ConnectOutcome outcome = runConnector(connector, credentials);
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.error);
    QVERIFY(!client.hasCredential());
    const ApiError& error = *outcome.error;
    verifyNoSecrets(error);
    if (scenario == QLatin1String("ldap-off")) {
        // /api/config said no LDAP: the password is not sent at all.
        QCOMPARE(error.kind(), ApiError::Kind::LdapDisabled);
        QCOMPARE(error.code(), QStringLiteral("ldap-disabled"));
        QVERIFY2(error.message().contains(QLatin1String("does not offer LDAP sign-in")),
                 qPrintable(error.message()));
        QCOMPARE(requestsTo(fake, "POST", QStringLiteral("/api/v1/auths/ldap")).size(), 0);
        return;
    }
    if (scenario == QLatin1String("not-admin")) {
        QCOMPARE(error.kind(), ApiError::Kind::NotAdmin);
        QVERIFY(error.message().contains(QLatin1String("not an administrator")));
        return;
    }
    // Open WebUI says only "LDAP authentication failed." whatever went wrong; never "server error".
    QVERIFY2(error.kind() == ApiError::Kind::LdapFailed,
             qPrintable(error.code() + QLatin1Char(' ') + error.message()));
    QCOMPARE(error.code(), QStringLiteral("ldap-failed"));
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY2(error.message().contains(QLatin1String("user name or password is wrong")),
             qPrintable(error.message()));
    QVERIFY(!error.message().contains(QLatin1String("HTTP 400")));
    QCOMPARE(requestsTo(fake, "POST", QStringLiteral("/api/v1/auths/ldap")).size(), 1);
}

void TstConnector::trustedHeaderNeedsApiKey_data()
{
    addProfileRows();
}

// A proxy signs people in with a header: discovery says so, the advice preselects an API key and
// says where to make one; a password sign-in is refused with the same advice; a key gets in.
void TstConnector::trustedHeaderNeedsApiKey()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    fake.setTrustedHeaderAuth(true);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);

    const ConnectOutcome probed = runConnector(connector, std::nullopt);
    QVERIFY(probed.info);
    QVERIFY(probed.info->authTrustedHeader);
    const SignInAdvice advice = SignInAdvice::forServer(*probed.info);
    QCOMPARE(advice.preselect, std::optional<AuthMethod>(AuthMethod::ApiKey));
    QVERIFY(advice.apiKeyOnly);
    QVERIFY2(advice.text.contains(QLatin1String("Settings > Account > API keys")), qPrintable(advice.text));

    const ConnectOutcome refused = runConnector(connector, adminPassword());
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind(), ApiError::Kind::TrustedHeaderRequired);
    QVERIFY2(refused.error->message().contains(QLatin1String("Settings > Account > API keys")),
             qPrintable(refused.error->message()));
    QVERIFY(!refused.error->message().contains(QLatin1String("HTTP 400")));

    fake.setApiKeysEnabled(true);
    Credentials key;
    key.token = QStringLiteral("sk-admin-key");
    const ConnectOutcome withKey = runConnector(connector, key);
    QVERIFY(withKey.session);
    QCOMPARE(withKey.session->method, AuthMethod::ApiKey);
}

void TstConnector::httpFallbackWithoutScheme_data()
{
    addProfileRows();
}

// "host:port" typed without a scheme became https://host:port (ServerUrl::normalize); the server
// speaks plain http there: the TLS handshake fails without a certificate and http is tried once.
// A probe reports the server over http; a sign-in stops there and sends nothing secret over it.
void TstConnector::httpFallbackWithoutScheme()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    QVERIFY(fake.listen());
    QUrl https = fake.url();
    https.setScheme(QStringLiteral("https"));

    OpenWebUiClient probeClient(https);
    Connector prober(&probeClient);
    prober.setHttpFallback(true);
    const ConnectOutcome probed = runConnector(prober, std::nullopt);
    if (probed.error)
        QFAIL(qPrintable(probed.error->code() + QLatin1Char(' ') + probed.error->message()));
    QVERIFY(probed.info);
    QVERIFY(probed.info->plainHttpFallback);
    QCOMPARE(probed.info->url, fake.url());
    // Every request the fake understood came over http, starting with discovery.
    const QStringList calls = callListOfDiscovery(fake);
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.first(), QStringLiteral("GET /ready"));

    for (const Credentials& credentials :
         {adminPassword(), Credentials{AuthMethod::Password, {}, {}, {}, QStringLiteral("sk-admin-key")}}) {
        OpenWebUiClient client(https);
        Connector connector(&client);
        connector.setHttpFallback(true);
        const ConnectOutcome outcome = runConnector(connector, credentials);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ApiError::Kind::PlainHttpOnly);
        QVERIFY(outcome.error->message().contains(fake.url().toString()));
        QVERIFY(!outcome.session);
    }
    QCOMPARE(requestsTo(fake, "POST", QStringLiteral("/api/v1/auths/signin")).size(), 0);
    for (const FakeOpenWebUi::Request& request : fake.requests())
        QVERIFY2(!request.headers.contains("authorization"), qPrintable(request.path));
}

// Typed with https:// (no fallback allowed): the handshake failure is reported, without a
// certificate to trust, and nothing is sent over http.
// Something else on the port (another web service with a JSON API): neither /ready nor
// /api/config exists there, and the user is told it is not Open WebUI, not "not found".
void TstConnector::anotherWebServiceIsNotOpenWebUi()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QStringList asked;
    connect(&other, &QTcpServer::newConnection, this, [&other, &asked, this] {
        while (QTcpSocket* socket = other.nextPendingConnection()) {
            auto* connection = new tma::test::HttpConnection(socket, this);
            connect(connection, &tma::test::HttpConnection::requestReady, this,
                    [connection, &asked](const tma::test::HttpRequest& request) {
                        asked << QString::fromLatin1(request.method + ' ' + request.target);
                        connection->respond({404, "application/json", R"({"error":"no such route"})"});
                    });
        }
    });
    OpenWebUiClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(other.serverPort())));
    Connector connector(&client);
    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ApiError::Kind::NotFound);
    QVERIFY2(
        outcome.error->message().contains(QLatin1String("may not be Open WebUI")) &&
            !outcome.error->message().contains(QLatin1String("Server says")), // our words, not the server's
        qPrintable(outcome.error->message()));
    asked.sort(); // asked together: they arrive in either order
    QCOMPARE(asked, (QStringList{QStringLiteral("GET /api/config"), QStringLiteral("GET /ready")}));
}

void TstConnector::explicitHttpsNeverFallsBack()
{
    FakeOpenWebUi fake(FakeProfile::V0_11);
    QVERIFY(fake.listen());
    QUrl https = fake.url();
    https.setScheme(QStringLiteral("https"));
    OpenWebUiClient client(https);
    Connector connector(&client);

    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->kind() == ApiError::Kind::Tls, qPrintable(outcome.error->code()));
    QVERIFY(outcome.error->certificate().sha256.isEmpty());
    QVERIFY2(outcome.error->message().contains(QLatin1String("could not be set up")),
             qPrintable(outcome.error->message()));
    QVERIFY(!outcome.error->message().contains(QLatin1String("certificate below")));
    QCOMPARE(fake.requests().size(), 0);
    QCOMPARE(client.server(), https);
}

void TstConnector::unreadableVersionAsksTheTaskRoutesOnce_data()
{
    addProfileColumn();
    QTest::addColumn<QString>("version");
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles) {
        const QString name = tma::test::profileName(profile);
        QTest::newRow(qPrintable(name + QStringLiteral(" known"))) << profile << QStringLiteral("as profile");
        QTest::newRow(qPrintable(name + QStringLiteral(" dev build")))
            << profile << QStringLiteral("dev-3f2a1c");
        QTest::newRow(qPrintable(name + QStringLiteral(" no version"))) << profile << QString();
    }
}

// Sign-in settles the task routes for the session: from the version when it can be read, else
// from one GET of the current route (a ≤0.4 server answers it with its web page).
void TstConnector::unreadableVersionAsksTheTaskRoutesOnce()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, version);
    FakeOpenWebUi fake(profile);
    const bool known = version == QLatin1String("as profile");
    if (!known)
        fake.setReportedVersion(version);
    QVERIFY(fake.listen());
    OpenWebUiClient client(fake.url());
    Connector connector(&client);

    const ConnectOutcome outcome = connectQuickly(connector, adminPassword());
    QVERIFY(outcome.session);
    QCOMPARE(outcome.emissions, 1);
    QCOMPARE(outcome.session->server.version.isValid(), known);
    QCOMPARE(outcome.session->server.taskApi, profile == FakeProfile::V0_4 ? TaskApi::Legacy : TaskApi::V1);
    QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/v1/tasks/config")), known ? 0 : 1);
    QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/task/config")), 0);
}

QTEST_GUILESS_MAIN(TstConnector)
#include "tst_connector.moc"
