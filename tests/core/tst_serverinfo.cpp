#include "ServerInfo.h"

#include <QJsonDocument>
#include <QtTest>

using tma::ServerInfo;
using tma::ServerVersion;
using tma::TaskApi;

Q_DECLARE_METATYPE(tma::TaskApi)

namespace {

QJsonObject object(const char* json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// GET /api/config of a 0.6 server, anonymous (enable_api_key singular, shown to everyone).
const char* const kConfig06 = R"({
  "status": true, "name": "Team WebUI", "version": "0.6.30", "default_locale": "en-US",
  "oauth": {"providers": {}},
  "features": {"auth": true, "auth_trusted_header": false, "enable_ldap": false, "enable_api_key": true,
               "enable_signup": false, "enable_login_form": true, "enable_websocket": true}
})";

// NEWEST, anonymous: no API-key flag at all.
const char* const kConfig011Anonymous = R"({
  "status": true, "name": "Open WebUI", "version": "0.11.4", "default_locale": "en-US",
  "oauth": {"providers": {"google": "Google", "oidc": "Company SSO"}, "auto_redirect": false},
  "features": {"slim": false, "auth": true, "auth_trusted_header": false, "enable_ldap": true,
               "enable_signup": true, "enable_login_form": false, "enable_websocket": true}
})";

// NEWEST, signed in: enable_api_keys plural.
const char* const kConfig011SignedIn = R"({
  "status": true, "name": "Open WebUI", "version": "0.11.4",
  "oauth": {"providers": {}},
  "features": {"auth": true, "enable_login_form": true, "enable_api_keys": false,
               "enable_autocomplete_generation": false}
})";

} // namespace

class TestServerInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void readVersion_data();
    void readVersion();
    void readVersionIgnoresEmpty();
    void config06();
    void config011Anonymous();
    void config011SignedIn();
    void apiKeyFlag_data();
    void apiKeyFlag();
    void onboarding();
    void authDisabled();
    void configVersionDoesNotOverrideApiVersion();
    void configSuppliesVersionWhenUnknown();
    void oauthProvidersReplacedOnReread();
    void displayName();
};

void TestServerInfo::defaults()
{
    const ServerInfo info;
    QVERIFY(info.authEnabled);
    QVERIFY(info.loginFormEnabled);
    QVERIFY(!info.ldapEnabled);
    QVERIFY(!info.onboarding);
    QCOMPARE(info.apiKeysAllowed, -1);
    QVERIFY(info.oauthProviders.isEmpty());
    QVERIFY(info.taskApi == TaskApi::V1);
    QVERIFY(!info.version.isValid());
}

void TestServerInfo::readVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TaskApi>("taskApi");
    QTest::addColumn<bool>("valid");

    QTest::newRow("0.3.35") << "0.3.35" << TaskApi::Legacy << true;
    QTest::newRow("0.4.0") << "0.4.0" << TaskApi::Legacy << true;
    QTest::newRow("0.4.8") << "0.4.8" << TaskApi::Legacy << true;
    QTest::newRow("0.5.0") << "0.5.0" << TaskApi::V1 << true;
    QTest::newRow("0.5.0-dev") << "0.5.0-dev" << TaskApi::V1 << true;
    QTest::newRow("0.6.30") << "0.6.30" << TaskApi::V1 << true;
    QTest::newRow("v0.11.4") << "v0.11.4" << TaskApi::V1 << true;
    QTest::newRow("0.12.0") << "0.12.0" << TaskApi::V1 << true;
    QTest::newRow("unknown") << "nightly" << TaskApi::V1 << false;
}

void TestServerInfo::readVersion()
{
    QFETCH(QString, text);
    QFETCH(TaskApi, taskApi);
    QFETCH(bool, valid);

    ServerInfo info;
    info.readVersion(QJsonObject{{QStringLiteral("version"), text},
                                 {QStringLiteral("deployment_id"), QStringLiteral("abc")}});
    QCOMPARE(info.versionText, text);
    QCOMPARE(info.version.isValid(), valid);
    QCOMPARE(info.taskApi == TaskApi::Legacy, taskApi == TaskApi::Legacy);
    if (valid)
        QCOMPARE(info.version.compare(ServerVersion::parse(text)), 0);

    // A legacy server read after a new one (and back) switches routes each time.
    ServerInfo again;
    again.readVersion(QJsonObject{{QStringLiteral("version"), QStringLiteral("0.4.1")}});
    QVERIFY(again.taskApi == TaskApi::Legacy);
    again.readVersion(QJsonObject{{QStringLiteral("version"), text}});
    QCOMPARE(again.taskApi == TaskApi::Legacy, taskApi == TaskApi::Legacy);
}

void TestServerInfo::readVersionIgnoresEmpty()
{
    ServerInfo info;
    info.readVersion(QJsonObject{{QStringLiteral("version"), QStringLiteral("0.4.8")}});
    info.readVersion(QJsonObject{});
    info.readVersion(QJsonObject{{QStringLiteral("version"), false}}); // Ollama-style "disabled"
    QCOMPARE(info.versionText, QStringLiteral("0.4.8"));
    QVERIFY(info.taskApi == TaskApi::Legacy);
}

void TestServerInfo::config06()
{
    ServerInfo info;
    info.readConfig(object(kConfig06));
    QCOMPARE(info.name, QStringLiteral("Team WebUI"));
    QCOMPARE(info.versionText, QStringLiteral("0.6.30"));
    QCOMPARE(info.version.compare(ServerVersion(0, 6, 30)), 0);
    QVERIFY(info.taskApi == TaskApi::V1);
    QVERIFY(info.authEnabled);
    QVERIFY(info.loginFormEnabled);
    QVERIFY(!info.ldapEnabled);
    QVERIFY(!info.onboarding);
    QCOMPARE(info.apiKeysAllowed, 1);
    QVERIFY(info.oauthProviders.isEmpty());
}

void TestServerInfo::config011Anonymous()
{
    ServerInfo info;
    info.readConfig(object(kConfig011Anonymous));
    QCOMPARE(info.versionText, QStringLiteral("0.11.4"));
    QCOMPARE(info.apiKeysAllowed, -1); // NEWEST does not tell anonymous callers
    QVERIFY(info.ldapEnabled);
    QVERIFY(!info.loginFormEnabled);
    QStringList providers = info.oauthProviders;
    providers.sort();
    QCOMPARE(providers, (QStringList{QStringLiteral("Company SSO"), QStringLiteral("Google")}));
}

void TestServerInfo::config011SignedIn()
{
    ServerInfo info;
    info.readConfig(object(kConfig011Anonymous));
    QCOMPARE(info.apiKeysAllowed, -1);
    info.readConfig(object(kConfig011SignedIn));
    QCOMPARE(info.apiKeysAllowed, 0);
    QVERIFY(info.loginFormEnabled);
}

void TestServerInfo::apiKeyFlag_data()
{
    QTest::addColumn<QByteArray>("features");
    QTest::addColumn<int>("expected");

    QTest::newRow("0.5 singular true") << QByteArray(R"({"enable_api_key": true})") << 1;
    QTest::newRow("0.5 singular false") << QByteArray(R"({"enable_api_key": false})") << 0;
    QTest::newRow("0.11 plural true") << QByteArray(R"({"enable_api_keys": true})") << 1;
    QTest::newRow("0.11 plural false") << QByteArray(R"({"enable_api_keys": false})") << 0;
    QTest::newRow("absent") << QByteArray(R"({"auth": true})") << -1;
    QTest::newRow("not a bool") << QByteArray(R"({"enable_api_keys": "yes"})") << -1;
    QTest::newRow("null") << QByteArray(R"({"enable_api_key": null})") << -1;
}

void TestServerInfo::apiKeyFlag()
{
    QFETCH(QByteArray, features);
    QFETCH(int, expected);
    ServerInfo info;
    QJsonObject config = object(R"({"name": "Open WebUI", "version": "0.5.20"})");
    config.insert(QStringLiteral("features"), QJsonDocument::fromJson(features).object());
    info.readConfig(config);
    QCOMPARE(info.apiKeysAllowed, expected);
}

void TestServerInfo::onboarding()
{
    ServerInfo info;
    info.readConfig(object(R"({"onboarding": true, "status": true, "name": "Open WebUI", "version": "0.6.5",
                               "features": {"auth": true}})"));
    QVERIFY(info.onboarding);
    info.readConfig(object(R"({"status": true, "name": "Open WebUI", "version": "0.6.5", "features": {}})"));
    QVERIFY(!info.onboarding); // the key is only present while there are no users
}

void TestServerInfo::authDisabled()
{
    ServerInfo info;
    info.readConfig(object(R"({"name": "Open WebUI", "version": "0.6.5",
                               "features": {"auth": false, "enable_login_form": true}})"));
    QVERIFY(!info.authEnabled);
    info.readConfig(object(R"({"name": "Open WebUI", "version": "0.6.5", "features": {"auth": true}})"));
    QVERIFY(info.authEnabled);
}

void TestServerInfo::configVersionDoesNotOverrideApiVersion()
{
    ServerInfo info;
    info.readVersion(QJsonObject{{QStringLiteral("version"), QStringLiteral("0.4.8")}});
    info.readConfig(object(kConfig06));
    QCOMPARE(info.versionText, QStringLiteral("0.4.8"));
    QVERIFY(info.taskApi == TaskApi::Legacy);
}

void TestServerInfo::configSuppliesVersionWhenUnknown()
{
    ServerInfo info;
    info.readConfig(
        object(R"({"name": "Open WebUI", "version": "0.4.2", "features": {"enable_api_key": true}})"));
    QCOMPARE(info.versionText, QStringLiteral("0.4.2"));
    QVERIFY(info.taskApi == TaskApi::Legacy);
    QCOMPARE(info.apiKeysAllowed, 1);
}

void TestServerInfo::oauthProvidersReplacedOnReread()
{
    ServerInfo info;
    info.readConfig(object(kConfig011Anonymous));
    QCOMPARE(info.oauthProviders.size(), 2);
    info.readConfig(object(kConfig06));
    QVERIFY(info.oauthProviders.isEmpty());
    // A provider without a label is listed by its id.
    info.readConfig(object(R"({"oauth": {"providers": {"github": null}}, "features": {}})"));
    QCOMPARE(info.oauthProviders, QStringList{QStringLiteral("github")});
}

void TestServerInfo::displayName()
{
    ServerInfo info;
    QCOMPARE(info.displayName(), QStringLiteral("Open WebUI"));
    info.readConfig(object(kConfig06));
    QVERIFY(info.displayName().contains(QLatin1String("Team WebUI")));
    QVERIFY(info.displayName().contains(QLatin1String("0.6.30")));
}

QTEST_GUILESS_MAIN(TestServerInfo)
#include "tst_serverinfo.moc"
