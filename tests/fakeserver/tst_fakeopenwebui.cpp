// Tests of the fake Open WebUI server itself. A test double that accepts anything proves
// nothing, so these tests pin down that it is as strict as the real server (spec:
// shared/openwebui-api.md): 422 lists, auth status codes, version differences and traps.

#include "FakeOpenWebUi.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using namespace tma::test;

Q_DECLARE_METATYPE(tma::test::FakeProfile)

namespace {

const QString kInvalidToken =
    QStringLiteral("Your session has expired or the token is invalid. Please sign in again.");
const QString kAccessProhibited = QStringLiteral(
    "You do not have permission to access this resource. Please contact your administrator for assistance.");
const QString kApiKeyNotAllowed = QStringLiteral("Use of API key is not enabled in the environment.");

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool finished = false;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonValue value(const QString& key) const { return object().value(key); }
    QString detail() const { return object().value(QStringLiteral("detail")).toString(); }
    QJsonArray detailList() const { return object().value(QStringLiteral("detail")).toArray(); }
};

// The spec's field sets, written out independently of the fake's own schema class.
QStringList expectedTaskFields(FakeProfile profile)
{
    const QStringList v04{"TASK_MODEL", "TASK_MODEL_EXTERNAL", "TITLE_GENERATION_PROMPT_TEMPLATE",
                          "TAGS_GENERATION_PROMPT_TEMPLATE", "ENABLE_AUTOCOMPLETE_GENERATION",
                          "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH", "ENABLE_TAGS_GENERATION",
                          "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION",
                          "QUERY_GENERATION_PROMPT_TEMPLATE", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"};
    const QStringList v05{"TASK_MODEL", "TASK_MODEL_EXTERNAL", "ENABLE_TITLE_GENERATION",
                          "TITLE_GENERATION_PROMPT_TEMPLATE", "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE",
                          "ENABLE_AUTOCOMPLETE_GENERATION", "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH",
                          "TAGS_GENERATION_PROMPT_TEMPLATE", "ENABLE_TAGS_GENERATION",
                          "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION",
                          "QUERY_GENERATION_PROMPT_TEMPLATE", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"};
    const QStringList v06 = v05 + QStringList{"FOLLOW_UP_GENERATION_PROMPT_TEMPLATE", "ENABLE_FOLLOW_UP_GENERATION",
                                              "VOICE_MODE_PROMPT_TEMPLATE"};
    const QStringList v011 = v06 + QStringList{"AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE", "ENABLE_VOICE_MODE_PROMPT"};
    switch (profile) {
    case FakeProfile::V0_4: return v04;
    case FakeProfile::V0_5: return v05;
    case FakeProfile::V0_6: return v06;
    case FakeProfile::V0_11: return v011;
    }
    return {};
}

QString tasksRoot(FakeProfile profile)
{
    return profile == FakeProfile::V0_4 ? QStringLiteral("/api/task") : QStringLiteral("/api/v1/tasks");
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

FakeModel makeModel(const QString& id, const QString& ownedBy, const QString& connectionType, int latencyMs = 5)
{
    FakeModel model;
    model.id = id;
    model.ownedBy = ownedBy;
    model.connectionType = connectionType;
    model.latencyMs = latencyMs;
    return model;
}

QList<QJsonObject> ndjsonLines(const QByteArray& body)
{
    QList<QJsonObject> lines;
    for (const QByteArray& line : body.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QJsonArray conversation()
{
    return QJsonArray{
        QJsonObject{{"role", "user"}, {"content", "How do I bake sourdough bread at home?"}},
        QJsonObject{{"role", "assistant"}, {"content", "Start with an active starter..."}},
    };
}

} // namespace

class TestFakeOpenWebUi : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    QNetworkReply* send(FakeOpenWebUi& fake, const QByteArray& method, const QString& path, const QByteArray& body,
                        const QString& token, const QByteArray& contentType)
    {
        QNetworkRequest request(fake.url().resolved(QUrl(path)));
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (body.isEmpty() && method != "POST")
            return m_nam.sendCustomRequest(request, method);
        return m_nam.sendCustomRequest(request, method, body);
    }

    static Response collect(QNetworkReply* reply, int timeoutMs)
    {
        Response response;
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(timeoutMs);
        }
        response.finished = reply->isFinished();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.contentType = reply->rawHeader("Content-Type");
        for (const auto& pair : reply->rawHeaderPairs())
            response.headers.insert(pair.first.toLower(), pair.second);
        if (reply->isOpen())
            response.body = reply->readAll();
        reply->abort();
        reply->deleteLater();
        return response;
    }

    Response raw(FakeOpenWebUi& fake, const QByteArray& method, const QString& path, const QByteArray& body,
                 const QString& token = {}, const QByteArray& contentType = "application/json", int timeoutMs = 5000)
    {
        return collect(send(fake, method, path, body, token, contentType), timeoutMs);
    }

    Response get(FakeOpenWebUi& fake, const QString& path, const QString& token = {})
    {
        return raw(fake, "GET", path, {}, token, {});
    }

    Response post(FakeOpenWebUi& fake, const QString& path, const QJsonObject& body, const QString& token = {})
    {
        return raw(fake, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    QString signIn(FakeOpenWebUi& fake, const QString& email = QStringLiteral("admin@example.com"),
                   const QString& password = QStringLiteral("admin-pass"))
    {
        const Response response =
            post(fake, QStringLiteral("/api/v1/auths/signin"), {{"email", email}, {"password", password}});
        return response.value(QStringLiteral("token")).toString();
    }

    // A freshly pulled "fresh:1b" (no workspace record) as the local task model.
    static void useRecordlessTaskModel(FakeOpenWebUi& fake)
    {
        FakeModel fresh =
            makeModel(QStringLiteral("fresh:1b"), QStringLiteral("ollama"), QStringLiteral("local"));
        fresh.hasRecord = false;
        fake.addModel(fresh);
        QJsonObject config = fake.taskConfig();
        config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("fresh:1b"));
        fake.setTaskConfig(config);
    }

    static void listen(FakeOpenWebUi& fake)
    {
        QVERIFY(fake.listen());
    }

    static void addProfileRows()
    {
        QTest::addColumn<FakeProfile>("profile");
        for (FakeProfile profile : allProfiles())
            QTest::newRow(qPrintable(profileName(profile))) << profile;
    }

private Q_SLOTS:
    void profileNames()
    {
        QCOMPARE(allProfiles().size(), 4);
        for (FakeProfile profile : allProfiles()) {
            FakeProfile parsed = FakeProfile::V0_4;
            QVERIFY(profileFromName(profileName(profile), &parsed));
            QCOMPARE(parsed, profile);
        }
        QVERIFY(!profileFromName(QStringLiteral("0.7"), nullptr));
        QCOMPARE(FakeOpenWebUi(FakeProfile::V0_4).version(), QStringLiteral("0.4.8"));
        QCOMPARE(FakeOpenWebUi(FakeProfile::V0_5).version(), QStringLiteral("0.5.20"));
        QCOMPARE(FakeOpenWebUi(FakeProfile::V0_6).version(), QStringLiteral("0.6.30"));
        QCOMPARE(FakeOpenWebUi(FakeProfile::V0_11).version(), QStringLiteral("0.11.4"));
    }

    // ---- discovery ----------------------------------------------------------------------------

    void discovery_data() { addProfileRows(); }
    void discovery()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        QCOMPARE(fake.url().host(), QStringLiteral("127.0.0.1"));

        const Response health = get(fake, QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QVERIFY(health.contentType.startsWith("application/json"));
        QCOMPARE(health.value("status").toBool(), true);

        const Response ready = get(fake, QStringLiteral("/ready"));
        if (profile == FakeProfile::V0_11) {
            QCOMPARE(ready.status, 200);
            QCOMPARE(ready.value("status").toBool(), true);
        } else { // no route: the web app's index.html answers, as on the real server
            QCOMPARE(ready.status, 200);
            QVERIFY(ready.contentType.startsWith("text/html"));
        }

        const Response version = get(fake, QStringLiteral("/api/version"));
        QCOMPARE(version.status, 200);
        QCOMPARE(version.value("version").toString(), fake.version());
        QCOMPARE(version.object().contains("deployment_id"), profile == FakeProfile::V0_11);
    }

    void apiConfigAnonymous_data() { addProfileRows(); }
    void apiConfigAnonymous()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const Response config = get(fake, QStringLiteral("/api/config"));
        QCOMPARE(config.status, 200);
        QCOMPARE(config.value("name").toString(), QStringLiteral("Open WebUI"));
        QCOMPARE(config.value("version").toString(), fake.version());
        const QJsonObject features = config.value("features").toObject();
        QCOMPARE(features.value("auth"), QJsonValue(true));
        QCOMPARE(features.value("enable_login_form"), QJsonValue(true));
        QCOMPARE(features.value("enable_signup"), QJsonValue(false));
        QCOMPARE(features.value("enable_ldap"), QJsonValue(false));
        QVERIFY(!features.contains("enable_api_keys")); // signed-in only, and plural only in 0.11
        if (profile == FakeProfile::V0_11)
            QVERIFY(!features.contains("enable_api_key"));
        else
            QCOMPARE(features.value("enable_api_key"), QJsonValue(true));
    }

    void apiConfigWithCredentials()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        QVERIFY(token.startsWith("eyJ"));

        const Response signedIn = get(fake, QStringLiteral("/api/config"), token);
        QCOMPARE(signedIn.status, 200);
        QCOMPARE(signedIn.value("features").toObject().value("enable_api_keys"), QJsonValue(false));

        // main.py get_app_config: decode_token swallows the error, so a forged JWT is anonymous.
        const Response forged = get(fake, QStringLiteral("/api/config"), QStringLiteral("xyz"));
        QCOMPARE(forged.status, 200);
        QVERIFY(!forged.value("features").toObject().contains("enable_api_keys"));

        const Response apiKey = get(fake, QStringLiteral("/api/config"), QStringLiteral("sk-admin-key"));
        QCOMPARE(apiKey.status, 200); // sk- keys do not decode as JWT: anonymous
        QVERIFY(!apiKey.value("features").toObject().contains("enable_api_keys"));

        FakeOpenWebUi old(FakeProfile::V0_6);
        listen(old);
        QCOMPARE(get(old, QStringLiteral("/api/config"), QStringLiteral("xyz")).status, 200);
    }

    // ---- sign-in and auth -----------------------------------------------------------------

    void signInSuccess_data() { addProfileRows(); }
    void signInSuccess()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const Response response = post(fake, QStringLiteral("/api/v1/auths/signin"),
                                       {{"email", "admin@example.com"}, {"password", "admin-pass"}});
        QCOMPARE(response.status, 200);
        const QJsonObject user = response.object();
        QVERIFY(user.value("token").toString().startsWith("eyJ"));
        QCOMPARE(user.value("token_type").toString(), QStringLiteral("Bearer"));
        QVERIFY(user.contains("expires_at"));
        QVERIFY(user.value("expires_at").isNull());
        QCOMPARE(user.value("email").toString(), QStringLiteral("admin@example.com"));
        QCOMPARE(user.value("role").toString(), QStringLiteral("admin"));
        QVERIFY(!user.value("id").toString().isEmpty());
        QVERIFY(!user.value("profile_image_url").toString().isEmpty());
        QVERIFY(user.value("permissions").isObject());

        const Response session = get(fake, QStringLiteral("/api/v1/auths/"), user.value("token").toString());
        QCOMPARE(session.status, 200);
        QCOMPARE(session.value("token").toString(), user.value("token").toString());
        QCOMPARE(session.value("role").toString(), QStringLiteral("admin"));
    }

    void signInErrors()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString path = QStringLiteral("/api/v1/auths/signin");

        const Response wrong = post(fake, path, {{"email", "admin@example.com"}, {"password", "nope"}});
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.detail(), QStringLiteral("The email or password provided is incorrect. Please check for "
                                                "typos and try logging in again."));

        const Response missing = post(fake, path, {{"email", "admin@example.com"}});
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.detailList().size(), 1);
        const QJsonObject entry = missing.detailList().at(0).toObject();
        QCOMPARE(entry.value("type").toString(), QStringLiteral("missing"));
        QCOMPARE(entry.value("loc").toArray(), (QJsonArray{"body", "password"}));
        QCOMPARE(entry.value("msg").toString(), QStringLiteral("Field required"));

        QCOMPARE(post(fake, path, {}).detailList().size(), 2);

        // Body sent without Content-Type: application/json is not decoded by FastAPI.
        const Response formEncoded = raw(fake, "POST", path, R"({"email":"a","password":"b"})", {},
                                         "application/x-www-form-urlencoded");
        QCOMPARE(formEncoded.status, 422);
        QCOMPARE(formEncoded.detailList().at(0).toObject().value("type").toString(),
                 QStringLiteral("model_attributes_type"));

        const Response badJson = raw(fake, "POST", path, R"({"email": )");
        QCOMPARE(badJson.status, 422);
        QCOMPARE(badJson.detailList().at(0).toObject().value("type").toString(), QStringLiteral("json_invalid"));

        fake.setMfaRequired(true);
        const Response mfa = post(fake, path, {{"email", "admin@example.com"}, {"password", "admin-pass"}});
        QCOMPARE(mfa.status, 200);
        // utils/auth.py create_signin_response: a challenge for the second factor, no token.
        QCOMPARE(mfa.value("next_step").toString(), QStringLiteral("verify"));
        QVERIFY(mfa.value("challenge_token").toString().contains(QLatin1Char('.'))); // "<user id>.<random>"
        QVERIFY(mfa.value("expires_in").toInt() <= 300);
        QVERIFY(!mfa.object().contains("token"));
        fake.setMfaRequired(false);

        fake.setPasswordAuthEnabled(false);
        const Response restricted = post(fake, path, {{"email", "admin@example.com"}, {"password", "admin-pass"}});
        QCOMPARE(restricted.status, 403);
        QCOMPARE(restricted.detail(), QStringLiteral("The requested action has been restricted as a security measure."));
        // ENABLE_LOGIN_FORM is a setting of its own (main.py get_app_config).
        QCOMPARE(
            get(fake, QStringLiteral("/api/config")).value("features").toObject().value("enable_login_form"),
            QJsonValue(true));
        fake.setLoginFormEnabled(false);
        QCOMPARE(get(fake, QStringLiteral("/api/config")).value("features").toObject().value("enable_login_form"),
                 QJsonValue(false));
    }

    // The sign-in rate limit, ENABLE_PASSWORD_AUTH and MFA arrived in 0.6.37: the older profiles
    // sign in whatever the switches say.
    void signInFeaturesOnlyFrom0637_data()
    {
        QTest::addColumn<FakeProfile>("profile");
        for (FakeProfile profile : {FakeProfile::V0_4, FakeProfile::V0_5, FakeProfile::V0_6})
            QTest::newRow(qPrintable(profileName(profile))) << profile;
    }
    void signInFeaturesOnlyFrom0637()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        fake.setMfaRequired(true);
        fake.setPasswordAuthEnabled(false);
        const QString path = QStringLiteral("/api/v1/auths/signin");
        for (int i = 0; i < 20; ++i) // more than 0.11's limit of 15
            QCOMPARE(post(fake, path, {{"email", "admin@example.com"}, {"password", "nope"}}).status, 400);
        const Response ok = post(fake, path, {{"email", "admin@example.com"}, {"password", "admin-pass"}});
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.value("token").toString().isEmpty());
    }

    // routers/auths.py ldap_auth: off → 400 "…is not enabled"; every refusal → 400 "LDAP
    // authentication failed."; success answers like signin, for the account the directory's mail names.
    void ldapSignIn_data() { addProfileRows(); }
    void ldapSignIn()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const QString path = QStringLiteral("/api/v1/auths/ldap");
        QCOMPARE(get(fake, QStringLiteral("/api/config")).value("features").toObject().value("enable_ldap"),
                 QJsonValue(false));
        const Response off = post(fake, path, {{"user", "jdoe"}, {"password", "ldap-pass"}});
        QCOMPARE(off.status, 400);
        QCOMPARE(off.detail(), QStringLiteral("LDAP authentication is not enabled"));

        fake.setLdapEnabled(true);
        fake.setLdapUser(QStringLiteral("jdoe"), QStringLiteral("ldap-pass"),
                         QStringLiteral("Jane.Doe@corp.example"), QStringLiteral("admin"));
        QCOMPARE(get(fake, QStringLiteral("/api/config")).value("features").toObject().value("enable_ldap"),
                 QJsonValue(true));
        // The search filter uses form_data.user.lower().
        const Response ok = post(fake, path, {{"user", "JDoe"}, {"password", "ldap-pass"}});
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.value("token").toString().startsWith("eyJ"));
        QCOMPARE(ok.value("token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(ok.value("email").toString(), QStringLiteral("jane.doe@corp.example"));
        QCOMPARE(ok.value("role").toString(), QStringLiteral("admin"));
        const Response session = get(fake, QStringLiteral("/api/v1/auths/"), ok.value("token").toString());
        QCOMPARE(session.status, 200);
        QCOMPARE(session.value("email").toString(), QStringLiteral("jane.doe@corp.example"));
        // The LDAP account has no password of its own on /signin.
        QCOMPARE(post(fake, QStringLiteral("/api/v1/auths/signin"),
                      {{"email", "jane.doe@corp.example"}, {"password", "ldap-pass"}})
                     .status,
                 400);

        for (const auto& [user, password] : {std::pair{"jdoe", "nope"}, std::pair{"nobody", "ldap-pass"}}) {
            const Response refused = post(fake, path, {{"user", user}, {"password", password}});
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.detail(), QStringLiteral("LDAP authentication failed."));
        }
        const Response blank = post(fake, path, {{"user", "jdoe"}, {"password", ""}});
        QCOMPARE(blank.status, 400);
        QCOMPARE(blank.detail(), profile == FakeProfile::V0_11
                                     ? QStringLiteral("The email or password provided is "
                                                      "incorrect. Please check for typos and "
                                                      "try logging in again.")
                                     : QStringLiteral("LDAP authentication failed."));
        const Response missing = post(fake, path, {{"user", "jdoe"}});
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.detailList().at(0).toObject().value("loc").toArray(),
                 (QJsonArray{"body", "password"}));
    }

    // routers/auths.py signin with WEBUI_AUTH_TRUSTED_EMAIL_HEADER: the body is ignored, the header decides.
    void trustedHeader_data() { addProfileRows(); }
    void trustedHeader()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        fake.setTrustedHeaderAuth(true);
        QCOMPARE(get(fake, QStringLiteral("/api/config"))
                     .value("features")
                     .toObject()
                     .value("auth_trusted_header"),
                 QJsonValue(true));
        const QString path = QStringLiteral("/api/v1/auths/signin");
        const Response refused =
            post(fake, path, {{"email", "admin@example.com"}, {"password", "admin-pass"}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.detail(),
                 QStringLiteral("Your provider has not provided a trusted header. Please contact "
                                "your administrator for assistance."));

        QNetworkRequest request(fake.url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-User-Email", "admin@example.com");
        const Response viaProxy =
            collect(m_nam.post(request, QByteArrayLiteral(R"({"email":"x@y","password":"wrong"})")), 5000);
        QCOMPARE(viaProxy.status, 200);
        QCOMPARE(viaProxy.value("email").toString(), QStringLiteral("admin@example.com"));

        fake.setTrustedHeaderAuth(false);
        QCOMPARE(get(fake, QStringLiteral("/api/config"))
                     .value("features")
                     .toObject()
                     .value("auth_trusted_header"),
                 QJsonValue(false));
        QCOMPARE(post(fake, path, {{"email", "admin@example.com"}, {"password", "admin-pass"}}).status, 200);
    }

    void signInRateLimit()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString path = QStringLiteral("/api/v1/auths/signin");
        for (int i = 0; i < 14; ++i) // one failure already below
            QCOMPARE(post(fake, path, {{"email", "user@example.com"}, {"password", "bad"}}).status, 400);
        QCOMPARE(post(fake, path, {{"email", "USER@example.com"}, {"password", "bad"}}).status, 400);
        const Response limited = post(fake, path, {{"email", "user@example.com"}, {"password", "user-pass"}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.detail(), QStringLiteral("API rate limit exceeded"));
        QVERIFY(!signIn(fake).isEmpty()); // other accounts are not affected
    }

    void authStatusCodes_data() { addProfileRows(); }
    void authStatusCodes()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const QString configPath = tasksRoot(profile) + QStringLiteral("/config");
        const QString updatePath = configPath + QStringLiteral("/update");

        const Response anonymous = get(fake, configPath);
        QCOMPARE(anonymous.status, profile == FakeProfile::V0_11 ? 401 : 403);
        QCOMPARE(anonymous.detail(), QStringLiteral("Not authenticated"));

        // A JWT that does not decode (forged, or past its expiry): ERROR_MESSAGES.UNAUTHORIZED.
        const Response unknown = get(fake, configPath, QStringLiteral("eyJnot.a.session"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.detail(), QStringLiteral("401 Unauthorized"));

        const QString userToken = signIn(fake, QStringLiteral("user@example.com"), QStringLiteral("user-pass"));
        QVERIFY(!userToken.isEmpty());
        QCOMPARE(get(fake, configPath, userToken).status, 200); // GET is verified, not admin
        const Response notAdmin = post(fake, updatePath, fake.taskConfig(), userToken);
        QCOMPARE(notAdmin.status, 401);
        QCOMPARE(notAdmin.detail(), kAccessProhibited);
        QCOMPARE(get(fake, QStringLiteral("/openai/config"), userToken).status, 401);

        const QString pendingToken = signIn(fake, QStringLiteral("pending@example.com"), QStringLiteral("pending-pass"));
        QVERIFY(!pendingToken.isEmpty());
        const Response pendingSession = get(fake, QStringLiteral("/api/v1/auths/"), pendingToken);
        QCOMPARE(pendingSession.status, 200); // pending is allowed here
        QCOMPARE(pendingSession.value("role").toString(), QStringLiteral("pending"));
        const Response pendingModels = get(fake, QStringLiteral("/api/models"), pendingToken);
        QCOMPARE(pendingModels.status, 401);
        QCOMPARE(pendingModels.detail(), kAccessProhibited);
    }

    void apiKeys()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString path = QStringLiteral("/api/v1/auths/");
        const Response disabled = get(fake, path, QStringLiteral("sk-admin-key"));
        QCOMPARE(disabled.status, 403);
        QCOMPARE(disabled.detail(), kApiKeyNotAllowed);

        fake.setApiKeysEnabled(true);
        const Response enabled = get(fake, path, QStringLiteral("sk-admin-key"));
        QCOMPARE(enabled.status, 200);
        QCOMPARE(enabled.value("role").toString(), QStringLiteral("admin"));
        QCOMPARE(enabled.value("token").toString(), QStringLiteral("sk-admin-key"));
        QCOMPARE(get(fake, QStringLiteral("/api/v1/tasks/config"), QStringLiteral("sk-admin-key")).status, 200);

        const Response unknownKey = get(fake, path, QStringLiteral("sk-nobody"));
        QCOMPARE(unknownKey.status, 401);
        QCOMPARE(unknownKey.detail(), kInvalidToken);
        // NEWEST: non-admin keys need a permission that is off by default.
        QCOMPARE(get(fake, path, QStringLiteral("sk-user-key")).status, 403);

        FakeOpenWebUi old(FakeProfile::V0_6); // ENABLE_API_KEY defaulted to on
        listen(old);
        QCOMPARE(get(old, path, QStringLiteral("sk-admin-key")).status, 200);
        QCOMPARE(get(old, path, QStringLiteral("sk-user-key")).status, 200);
        QCOMPARE(post(old, QStringLiteral("/api/v1/tasks/config/update"), old.taskConfig(), QStringLiteral("sk-user-key")).status,
                 401);
        old.setApiKeysEnabled(false);
        QCOMPARE(get(old, path, QStringLiteral("sk-admin-key")).detail(), kApiKeyNotAllowed);
    }

    void endpointRestrictions()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        fake.setApiKeysEnabled(true);
        fake.setEndpointRestrictions(true, {QStringLiteral("/api/v1/tasks"), QStringLiteral(" /api/models")});
        const QString key = QStringLiteral("sk-admin-key");
        QCOMPARE(get(fake, QStringLiteral("/api/v1/tasks/config"), key).status, 200); // prefix + "/"
        QCOMPARE(get(fake, QStringLiteral("/api/models"), key).status, 200);
        const Response blocked = get(fake, QStringLiteral("/openai/config"), key);
        QCOMPARE(blocked.status, 403);
        QCOMPARE(blocked.detail(), kAccessProhibited);
        QCOMPARE(get(fake, QStringLiteral("/openai/config"), signIn(fake)).status, 200); // JWTs are not restricted

        // 0.11: an unknown key is refused before the allowed endpoints are looked at.
        QCOMPARE(get(fake, QStringLiteral("/openai/config"), QStringLiteral("sk-nobody")).detail(),
                 kInvalidToken);

        // 0.6.2-0.6.36 (PR #12433): prefix match, answered with the "keys disabled" sentence, and
        // before the key is looked up.
        FakeOpenWebUi six(FakeProfile::V0_6);
        listen(six);
        six.setEndpointRestrictions(true, {QStringLiteral("/api/v1/tasks")});
        QCOMPARE(get(six, QStringLiteral("/api/v1/tasks/config"), key).status, 200);
        const Response sixBlocked = get(six, QStringLiteral("/openai/config"), key);
        QCOMPARE(sixBlocked.status, 403);
        QCOMPARE(sixBlocked.detail(), kApiKeyNotAllowed);
        QCOMPARE(get(six, QStringLiteral("/openai/config"), QStringLiteral("sk-nobody")).detail(),
                 kApiKeyNotAllowed);

        FakeOpenWebUi old(FakeProfile::V0_5); // 0.5: exact match only
        listen(old);
        old.setEndpointRestrictions(true, {QStringLiteral("/api/v1/tasks")});
        QCOMPARE(get(old, QStringLiteral("/api/v1/tasks/config"), key).status, 403);
        QCOMPARE(get(old, QStringLiteral("/api/v1/tasks/config"), key).detail(), kApiKeyNotAllowed);
        old.setEndpointRestrictions(true, {QStringLiteral("/api/v1/tasks/config")});
        QCOMPARE(get(old, QStringLiteral("/api/v1/tasks/config"), key).status, 200);
        old.setEndpointRestrictions(false);
        QCOMPARE(get(old, QStringLiteral("/openai/config"), key).status, 200);
    }

    // ---- task configuration ---------------------------------------------------------------------

    void taskConfigFieldSet_data() { addProfileRows(); }
    void taskConfigFieldSet()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const Response response = get(fake, tasksRoot(profile) + QStringLiteral("/config"), signIn(fake));
        QCOMPARE(response.status, 200);
        QStringList expected = expectedTaskFields(profile);
        if (profile == FakeProfile::V0_11)
            expected.append(QStringLiteral("TASK_MODEL_PARAMS"));
        QCOMPARE(sorted(response.object().keys()), sorted(expected));
        const QList<int> counts{11, 13, 16, 19};
        QCOMPARE(response.object().size(), counts.at(allProfiles().indexOf(profile)));

        // Seeded customisations a lossy client would destroy.
        QCOMPARE(response.value("TITLE_GENERATION_PROMPT_TEMPLATE").toString(),
                 QStringLiteral("Custom title prompt: {{MESSAGES:END:2}}"));
        // config.py: autocomplete off by default from 0.6.0.
        QCOMPARE(response.value("ENABLE_AUTOCOMPLETE_GENERATION").toBool(),
                 profile == FakeProfile::V0_4 || profile == FakeProfile::V0_5);
        QCOMPARE(response.value("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH").toInt(), -1);
        if (profile == FakeProfile::V0_11)
            QCOMPARE(response.value("TASK_MODEL_PARAMS").toObject().value("max_tokens").toInt(), 64);
        QCOMPARE(response.object(), fake.taskConfig());
    }

    void taskConfigMissingField_data()
    {
        QTest::addColumn<FakeProfile>("profile");
        QTest::addColumn<QString>("field");
        for (FakeProfile profile : allProfiles()) {
            for (const QString& field : expectedTaskFields(profile))
                QTest::newRow(qPrintable(profileName(profile) + QLatin1Char(' ') + field)) << profile << field;
        }
    }
    void taskConfigMissingField()
    {
        QFETCH(FakeProfile, profile);
        QFETCH(QString, field);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const QJsonObject before = fake.taskConfig();
        QJsonObject body = before;
        body.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b"));
        body.remove(field);
        const Response response = post(fake, tasksRoot(profile) + QStringLiteral("/config/update"), body, signIn(fake));
        QCOMPARE(response.status, 422);
        const QJsonArray detail = response.detailList();
        QCOMPARE(detail.size(), 1);
        const QJsonObject error = detail.at(0).toObject();
        QCOMPARE(error.value("type").toString(), QStringLiteral("missing"));
        QCOMPARE(error.value("loc").toArray(), (QJsonArray{"body", field}));
        QCOMPARE(error.value("msg").toString(), QStringLiteral("Field required"));
        QCOMPARE(error.value("input").toObject(), body);
        QCOMPARE(fake.taskConfig(), before); // nothing stored
    }

    void taskConfigSeveralMissing_data() { addProfileRows(); }
    void taskConfigSeveralMissing()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        QJsonObject body = fake.taskConfig();
        const QStringList dropped{"TASK_MODEL_EXTERNAL", "ENABLE_TAGS_GENERATION", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"};
        for (const QString& field : dropped)
            body.remove(field);
        const Response response = post(fake, tasksRoot(profile) + QStringLiteral("/config/update"), body, signIn(fake));
        QCOMPARE(response.status, 422);
        QStringList reported;
        for (const QJsonValue& error : response.detailList())
            reported.append(error.toObject().value("loc").toArray().at(1).toString());
        QCOMPARE(sorted(reported), sorted(dropped));

        // An empty object reports every required field.
        const Response empty = post(fake, tasksRoot(profile) + QStringLiteral("/config/update"), {}, signIn(fake));
        QCOMPARE(empty.detailList().size(), expectedTaskFields(profile).size());
    }

    void taskConfigTypes_data()
    {
        QTest::addColumn<FakeProfile>("profile");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("errorType"); // empty = accepted
        for (FakeProfile profile : allProfiles()) {
            const QString p = profileName(profile) + QLatin1Char(' ');
            QTest::newRow(qPrintable(p + "bool as string")) << profile << "ENABLE_TAGS_GENERATION"
                                                           << QJsonValue("true") << "bool_type";
            QTest::newRow(qPrintable(p + "bool as null")) << profile << "ENABLE_TAGS_GENERATION"
                                                         << QJsonValue(QJsonValue::Null) << "bool_type";
            QTest::newRow(qPrintable(p + "string as number")) << profile << "TAGS_GENERATION_PROMPT_TEMPLATE"
                                                             << QJsonValue(5) << "string_type";
            QTest::newRow(qPrintable(p + "template as null")) << profile << "QUERY_GENERATION_PROMPT_TEMPLATE"
                                                             << QJsonValue(QJsonValue::Null) << "string_type";
            QTest::newRow(qPrintable(p + "int as string")) << profile << "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"
                                                          << QJsonValue("-1") << "int_type";
            QTest::newRow(qPrintable(p + "int as bool")) << profile << "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"
                                                        << QJsonValue(true) << "int_type";
            QTest::newRow(qPrintable(p + "TASK_MODEL null")) << profile << "TASK_MODEL"
                                                            << QJsonValue(QJsonValue::Null) << "";
            QTest::newRow(qPrintable(p + "TASK_MODEL_EXTERNAL null")) << profile << "TASK_MODEL_EXTERNAL"
                                                                     << QJsonValue(QJsonValue::Null) << "";
            QTest::newRow(qPrintable(p + "TASK_MODEL number")) << profile << "TASK_MODEL" << QJsonValue(3)
                                                              << "string_type";
            QTest::newRow(qPrintable(p + "max length int")) << profile << "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"
                                                           << QJsonValue(200) << "";
        }
        for (FakeProfile profile : {FakeProfile::V0_6, FakeProfile::V0_11}) {
            QTest::newRow(qPrintable(profileName(profile) + " voice template null"))
                << profile << "VOICE_MODE_PROMPT_TEMPLATE" << QJsonValue(QJsonValue::Null) << "";
        }
        QTest::newRow("0.11 params null") << FakeProfile::V0_11 << "TASK_MODEL_PARAMS" << QJsonValue(QJsonValue::Null) << "";
        QTest::newRow("0.11 params string") << FakeProfile::V0_11 << "TASK_MODEL_PARAMS" << QJsonValue("{}") << "dict_type";
        QTest::newRow("0.11 voice enable string") << FakeProfile::V0_11 << "ENABLE_VOICE_MODE_PROMPT" << QJsonValue("on")
                                                  << "bool_type";
    }
    void taskConfigTypes()
    {
        QFETCH(FakeProfile, profile);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, errorType);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const QJsonObject before = fake.taskConfig();
        QJsonObject body = before;
        body.insert(field, value);
        const Response response = post(fake, tasksRoot(profile) + QStringLiteral("/config/update"), body, signIn(fake));
        if (errorType.isEmpty()) {
            QCOMPARE(response.status, 200);
            QCOMPARE(response.value(field), value);
            QCOMPARE(fake.taskConfig().value(field), value);
        } else {
            QCOMPARE(response.status, 422);
            QCOMPARE(response.detailList().size(), 1);
            const QJsonObject error = response.detailList().at(0).toObject();
            QCOMPARE(error.value("type").toString(), errorType);
            QCOMPARE(error.value("loc").toArray(), (QJsonArray{"body", field}));
            QCOMPARE(error.value("input"), value);
            QCOMPARE(fake.taskConfig(), before);
        }
    }

    void taskConfigRoundTrip_data() { addProfileRows(); }
    void taskConfigRoundTrip()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const QString token = signIn(fake);
        const QString root = tasksRoot(profile);
        QJsonObject config = get(fake, root + QStringLiteral("/config"), token).object();
        config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b"));
        config.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), QStringLiteral("llama3.2:3b"));
        config.insert(QStringLiteral("ENABLE_TAGS_GENERATION"), false);
        config.insert(QStringLiteral("SOME_FORK_ONLY_KEY"), true); // ignored, not stored

        const Response updated = post(fake, root + QStringLiteral("/config/update"), config, token);
        QCOMPARE(updated.status, 200);
        QJsonObject expected = config;
        expected.remove(QStringLiteral("SOME_FORK_ONLY_KEY"));
        QCOMPARE(updated.object(), expected);
        QCOMPARE(fake.taskConfig(), expected);
        QCOMPARE(get(fake, root + QStringLiteral("/config"), token).object(), expected);
        QCOMPARE(fake.requestCount("POST", root + QStringLiteral("/config/update")), 1);
    }

    void taskModelParams()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        QJsonObject body = fake.taskConfig();
        body.insert(QStringLiteral("TASK_MODEL_PARAMS"), QJsonObject{{"max_tokens", 32}, {"temperature", 0.2}});
        QCOMPARE(post(fake, QStringLiteral("/api/v1/tasks/config/update"), body, token).status, 200);
        QCOMPARE(fake.taskConfig().value("TASK_MODEL_PARAMS").toObject().value("max_tokens").toInt(), 32);

        // Optional with default None: a client that drops the key resets it.
        body.remove(QStringLiteral("TASK_MODEL_PARAMS"));
        const Response dropped = post(fake, QStringLiteral("/api/v1/tasks/config/update"), body, token);
        QCOMPARE(dropped.status, 200);
        QVERIFY(dropped.value("TASK_MODEL_PARAMS").isNull());
        QVERIFY(fake.taskConfig().value("TASK_MODEL_PARAMS").isNull());

        // Older generations do not know the field: it is ignored, not stored.
        FakeOpenWebUi old(FakeProfile::V0_6);
        listen(old);
        QJsonObject oldBody = old.taskConfig();
        oldBody.insert(QStringLiteral("TASK_MODEL_PARAMS"), QJsonObject{{"max_tokens", 32}});
        const Response ignored = post(old, QStringLiteral("/api/v1/tasks/config/update"), oldBody, signIn(old));
        QCOMPARE(ignored.status, 200);
        QVERIFY(!ignored.object().contains("TASK_MODEL_PARAMS"));
        QVERIFY(!old.taskConfig().contains("TASK_MODEL_PARAMS"));
    }

    void otherGenerationPaths_data() { addProfileRows(); }
    void otherGenerationPaths()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const QString token = signIn(fake);
        const QString other = profile == FakeProfile::V0_4 ? QStringLiteral("/api/v1/tasks") : QStringLiteral("/api/task");
        for (const QString& suffix : {QStringLiteral("/config")}) { // GET: the SPA's index.html
            const Response response = get(fake, other + suffix, token);
            QCOMPARE(response.status, 200);
            QVERIFY(response.contentType.startsWith("text/html"));
        }
        QCOMPARE(post(fake, other + QStringLiteral("/config/update"), fake.taskConfig(), token).status, 405);
        QCOMPARE(post(fake, other + QStringLiteral("/title/completions"), {{"model", "qwen2.5:3b"}}, token).status, 405);
        // Known path, wrong method: a GET is the web app's (the "/" mount matches fully, the
        // route only by path); any other method is 405.
        const Response wrongMethod = get(fake, tasksRoot(profile) + QStringLiteral("/config/update"), token);
        QCOMPARE(wrongMethod.status, 200);
        QVERIFY(wrongMethod.contentType.startsWith("text/html"));
        const Response wrongPost = post(fake, tasksRoot(profile) + QStringLiteral("/config"), {}, token);
        QCOMPARE(wrongPost.status, 405);
        QCOMPARE(wrongPost.detail(), QStringLiteral("Method Not Allowed"));
        const QByteArray signout = profile == FakeProfile::V0_11 ? "POST" : "GET";
        QCOMPARE(raw(fake, signout, QStringLiteral("/api/v1/auths/signout"), {}, token, {}).status, 200);
        QCOMPARE(raw(fake, signout == "GET" ? "POST" : "GET", QStringLiteral("/api/v1/auths/signout"), {},
                     token, {})
                     .status,
                 signout == "GET" ? 405 : 200);
        QCOMPARE(get(fake, QStringLiteral("/_app/immutable/start.js")).status, 404);

        // API-only (no frontend build): FastAPI's own 404 and 405.
        fake.setFrontendBuilt(false);
        const Response unknown = get(fake, other + QStringLiteral("/config"), token);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.detail(), QStringLiteral("Not Found"));
        QCOMPARE(get(fake, tasksRoot(profile) + QStringLiteral("/config/update"), token).status, 405);
    }

    // ---- models and connections ----------------------------------------------------------

    void defaultModels_data() { addProfileRows(); }
    void defaultModels()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const Response response = get(fake, QStringLiteral("/api/models?refresh=true"), signIn(fake));
        QCOMPARE(response.status, 200);
        const QJsonArray data = response.value("data").toArray();
        QStringList ids;
        for (const QJsonValue& value : data)
            ids.append(value.toObject().value("id").toString());
        const QStringList expected{"qwen2.5:3b", "llama3.2:3b", "llama3.1:70b", "deepseek-r1:32b"};
        QCOMPARE(ids, expected);
        QCOMPARE(fake.modelIds(), expected);

        const QJsonObject qwen = data.at(0).toObject();
        QCOMPARE(qwen.value("object").toString(), QStringLiteral("model"));
        QCOMPARE(qwen.value("owned_by").toString(), QStringLiteral("ollama"));
        // utils/models.py: connection_type from 0.6 on; 0.4 and 0.5 entries have only owned_by.
        const bool typed = profile != FakeProfile::V0_4 && profile != FakeProfile::V0_5;
        QCOMPARE(qwen.contains("connection_type"), typed);
        if (typed)
            QCOMPARE(qwen.value("connection_type").toString(), QStringLiteral("local"));
        const QJsonObject ollama = qwen.value("ollama").toObject();
        QCOMPARE(ollama.value("size").toInteger(), 1929912832LL);
        QCOMPARE(ollama.value("details").toObject().value("parameter_size").toString(), QStringLiteral("3.1B"));
        // The default models have a public workspace record, in the shape of the version.
        const QJsonObject info = qwen.value("info").toObject();
        QCOMPARE(info.value("id").toString(), QStringLiteral("qwen2.5:3b"));
        if (profile == FakeProfile::V0_11) {
            QVERIFY(!info.contains("access_control"));
            const QJsonObject grant = info.value("access_grants").toArray().at(0).toObject();
            QCOMPARE(grant.value("principal_type").toString(), QStringLiteral("user"));
            QCOMPARE(grant.value("principal_id").toString(), QStringLiteral("*"));
            QCOMPARE(grant.value("permission").toString(), QStringLiteral("read"));
        } else {
            QVERIFY(info.contains("access_control"));
            QVERIFY(info.value("access_control").isNull());
        }

        const Response tags = get(fake, QStringLiteral("/ollama/api/tags"), signIn(fake));
        QCOMPARE(tags.value("models").toArray().size(), 4);
        QCOMPARE(get(fake, QStringLiteral("/ollama/api/version")).value("version").toString(), QStringLiteral("0.5.7"));
        QCOMPARE(get(fake, QStringLiteral("/ollama/config"), signIn(fake)).value("ENABLE_OLLAMA_API"), QJsonValue(true));
        QCOMPARE(get(fake, QStringLiteral("/ollama/config"), signIn(fake, "user@example.com", "user-pass")).status, 401);
    }

    void privateModels()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        FakeModel secret = makeModel(QStringLiteral("secret:7b"), QStringLiteral("ollama"), QStringLiteral("local"));
        secret.isPrivate = true;
        fake.addModel(secret);
        const QJsonArray adminData = get(fake, QStringLiteral("/api/models"), signIn(fake)).value("data").toArray();
        QCOMPARE(adminData.size(), 5);
        const QJsonObject info = adminData.at(4).toObject().value("info").toObject();
        QCOMPARE(info.value("access_grants").toArray(), QJsonArray()); // 0.11: no grant = private
        QVERIFY(!info.contains("access_control"));
        const QJsonArray userData =
            get(fake, QStringLiteral("/api/models"), signIn(fake, "user@example.com", "user-pass")).value("data").toArray();
        QCOMPARE(userData.size(), 4);

        fake.removeModel(QStringLiteral("secret:7b"));
        QCOMPARE(fake.modelIds().size(), 4);
    }

    // utils/chat.py generate_chat_completion → check_model_access on the TASK model for role
    // "user": a model without a workspace record (freshly pulled) is hidden from users and fails
    // their title tasks with the route's 400; admins bypass the check.
    void taskModelNeedsPublicRecordForUsers_data() { addProfileRows(); }
    void taskModelNeedsPublicRecordForUsers()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        useRecordlessTaskModel(fake);
        const QString admin = signIn(fake);
        const QString user = signIn(fake, "user@example.com", "user-pass");
        const QJsonArray adminData = get(fake, QStringLiteral("/api/models"), admin).value("data").toArray();
        QVERIFY(!adminData.last().toObject().contains("info")); // no record: no info
        const QJsonArray userData = get(fake, QStringLiteral("/api/models"), user).value("data").toArray();
        for (const QJsonValue& entry : userData)
            QVERIFY(entry.toObject().value("id").toString() != QLatin1String("fresh:1b"));

        const QString path = tasksRoot(profile) + QStringLiteral("/title/completions");
        const QJsonObject body{{"model", "llama3.1:70b"}, {"messages", conversation()}};
        const Response asUser = post(fake, path, body, user);
        QCOMPARE(asUser.status, 400);
        QCOMPARE(asUser.detail(), QStringLiteral("An internal error has occurred."));
        QCOMPARE(post(fake, path, body, admin).status, 200);
    }

    // routers/models.py: making a record-less model public (0.11 /model/access/update creates a
    // minimal record for an admin; earlier /models/create with access_control null), reading it
    // back, and deleting it again (0.11 POST {id}; earlier DELETE ?id=). check_model_access reads
    // the record from the database, so a user's task works right after the write.
    void modelRecords_data()
    {
        QTest::addColumn<FakeProfile>("profile");
        for (FakeProfile profile : {FakeProfile::V0_5, FakeProfile::V0_6, FakeProfile::V0_11})
            QTest::newRow(qPrintable(profileName(profile))) << profile;
    }
    void modelRecords()
    {
        QFETCH(FakeProfile, profile);
        const bool v011 = profile == FakeProfile::V0_11;
        FakeOpenWebUi fake(profile);
        listen(fake);
        useRecordlessTaskModel(fake);
        const QString admin = signIn(fake);
        const QString user = signIn(fake, "user@example.com", "user-pass");
        QCOMPARE(get(fake, QStringLiteral("/api/models"), admin).status, 200); // fills the model map
        const QString titlePath = tasksRoot(profile) + QStringLiteral("/title/completions");
        const QJsonObject title{{"model", "llama3.1:70b"}, {"messages", conversation()}};
        QCOMPARE(post(fake, titlePath, title, user).status, 400);

        const QString recordPath = QStringLiteral("/api/v1/models/model?id=fresh%3A1b");
        const Response missing = get(fake, recordPath, admin);
        QCOMPARE(missing.status, v011 ? 404 : 401);
        QCOMPARE(missing.detail(), QStringLiteral("We could not find what you're looking for :/"));

        const QJsonObject publicGrant{
            {"principal_type", "user"}, {"principal_id", "*"}, {"permission", "read"}};
        Response written;
        if (v011) {
            // A non-admin may not create the record.
            QCOMPARE(post(fake, QStringLiteral("/api/v1/models/model/access/update"),
                          {{"id", "fresh:1b"}, {"access_grants", QJsonArray{publicGrant}}}, user)
                         .status,
                     403);
            written = post(
                fake, QStringLiteral("/api/v1/models/model/access/update"),
                {{"id", "fresh:1b"}, {"name", QJsonValue::Null}, {"access_grants", QJsonArray{publicGrant}}},
                admin);
            QCOMPARE(written.status, 200);
            QCOMPARE(written.value("access_grants").toArray().size(), 1);
            QCOMPARE(written.value("name").toString(), QStringLiteral("fresh:1b"));
        } else {
            const QJsonObject form{{"id", "fresh:1b"},        {"base_model_id", QJsonValue::Null},
                                   {"name", "fresh:1b"},      {"meta", QJsonObject()},
                                   {"params", QJsonObject()}, {"access_control", QJsonValue::Null},
                                   {"is_active", true}};
            QCOMPARE(
                post(fake, QStringLiteral("/api/v1/models/create"), QJsonObject{{"id", "fresh:1b"}}, admin)
                    .status,
                422); // name, meta and params are required
            written = post(fake, QStringLiteral("/api/v1/models/create"), form, admin);
            QCOMPARE(written.status, 200);
            QVERIFY(written.value("access_control").isNull());
            const Response again = post(fake, QStringLiteral("/api/v1/models/create"), form, admin);
            QCOMPARE(again.status, 401);
            QVERIFY(again.detail().startsWith(QStringLiteral("Uh-oh! This model id is already registered.")));
        }
        QCOMPARE(get(fake, recordPath, admin).status, 200);
        QCOMPARE(post(fake, titlePath, title, user).status, 200); // no model list refresh needed
        bool listed = false;
        const QJsonArray userData = get(fake, QStringLiteral("/api/models"), user).value("data").toArray();
        for (const QJsonValue& entry : userData)
            listed = listed || entry.toObject().value("id").toString() == QLatin1String("fresh:1b");
        QVERIFY(listed);

        if (!v011) {
            // update_model_by_id writes every field: access_control {} makes it private again.
            const QJsonObject restricted{{"id", "fresh:1b"},
                                         {"name", "fresh:1b"},
                                         {"meta", QJsonObject()},
                                         {"params", QJsonObject()},
                                         {"access_control", QJsonObject()}};
            QCOMPARE(
                post(fake, QStringLiteral("/api/v1/models/model/update?id=fresh%3A1b"), restricted, admin)
                    .status,
                200);
            QCOMPARE(post(fake, titlePath, title, user).status, 400);
        }

        const Response deleted =
            v011 ? post(fake, QStringLiteral("/api/v1/models/model/delete"), {{"id", "fresh:1b"}}, admin)
                 : raw(fake, "DELETE", QStringLiteral("/api/v1/models/model/delete?id=fresh%3A1b"), {}, admin,
                       {});
        QCOMPARE(deleted.status, 200);
        QCOMPARE(get(fake, recordPath, admin).status, v011 ? 404 : 401);
        QCOMPARE(post(fake, titlePath, title, user).status, 400);
        // The other generation's delete is not there.
        const Response wrongDelete =
            v011 ? raw(fake, "DELETE", QStringLiteral("/api/v1/models/model/delete?id=fresh%3A1b"), {}, admin,
                       {})
                 : post(fake, QStringLiteral("/api/v1/models/model/delete"), {{"id", "fresh:1b"}}, admin);
        QCOMPARE(wrongDelete.status, 405);
    }

    // routers/ollama.py: with ENABLE_OLLAMA_API off or Ollama unreachable, /api/models has no
    // Ollama model; 0.11 refuses tags and pulls with 503 while off, 0.5/0.6 answer an empty list
    // and still try the pull; an unreachable Ollama fails the pull with 500 before any stream.
    void ollamaOffOrDown_data() { addProfileRows(); }
    void ollamaOffOrDown()
    {
        QFETCH(FakeProfile, profile);
        const bool v011 = profile == FakeProfile::V0_11;
        FakeOpenWebUi fake(profile);
        listen(fake);
        fake.setPullable(QStringLiteral("qwen2.5:1.5b"), 1000000, 2, 5);
        const QString token = signIn(fake);
        const QJsonObject pull{{"name", "qwen2.5:1.5b"}, {"model", "qwen2.5:1.5b"}};

        fake.setOllamaEnabled(false);
        QCOMPARE(get(fake, QStringLiteral("/api/models"), token).value("data").toArray().size(), 0);
        QCOMPARE(get(fake, QStringLiteral("/ollama/config"), token).value("ENABLE_OLLAMA_API"),
                 QJsonValue(false));
        const Response tags = get(fake, QStringLiteral("/ollama/api/tags"), token);
        QCOMPARE(tags.status, v011 ? 503 : 200);
        if (v011)
            QCOMPARE(post(fake, QStringLiteral("/ollama/api/pull/0"), pull, token).detail(),
                     QStringLiteral("The Ollama API is disabled. Please enable it to use this feature."));
        else
            QCOMPARE(tags.value("models").toArray().size(), 0);

        fake.setOllamaEnabled(true);
        fake.setOllamaReachable(false);
        QCOMPARE(get(fake, QStringLiteral("/api/models"), token).value("data").toArray().size(), 0);
        const Response failed = post(fake, QStringLiteral("/ollama/api/pull/0"), pull, token);
        QCOMPARE(failed.status, 500);
        QVERIFY(failed.detail().contains(profile == FakeProfile::V0_4 || profile == FakeProfile::V0_5
                                             ? QStringLiteral("Server Connection Error")
                                             : QStringLiteral("Ollama: ")));
    }

    void openAiConnection()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        const QString router = QStringLiteral("https://openrouter.ai/api/v1");
        fake.setProvider(router, QStringLiteral("sk-or-good"),
                         {makeModel("openai/gpt-4o-mini", "openai", "external"),
                          makeModel("meta-llama/llama-3.2-3b-instruct", "openai", "external")});

        QJsonObject config = get(fake, QStringLiteral("/openai/config"), token).object();
        QCOMPARE(config.value("ENABLE_OPENAI_API"), QJsonValue(true));
        QCOMPARE(config.value("OPENAI_API_BASE_URLS").toArray(), (QJsonArray{"https://api.openai.com/v1"}));
        QCOMPARE(config.value("OPENAI_API_CONFIGS").toObject().value("0").toObject().value("enable"), QJsonValue(false));

        QJsonArray urls = config.value("OPENAI_API_BASE_URLS").toArray();
        urls.append(router);
        QJsonArray keys = config.value("OPENAI_API_KEYS").toArray();
        keys.append(QStringLiteral("sk-or-good"));
        QJsonObject configs = config.value("OPENAI_API_CONFIGS").toObject();
        configs.insert("1", QJsonObject{{"enable", true}, {"prefix_id", ""}, {"connection_type", "external"}});
        config.insert("OPENAI_API_BASE_URLS", urls);
        config.insert("OPENAI_API_KEYS", keys);
        config.insert("OPENAI_API_CONFIGS", configs);
        const Response saved = post(fake, QStringLiteral("/openai/config/update"), config, token);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.object(), config);
        QCOMPARE(fake.openAiConfig(), config);

        QJsonArray data = get(fake, QStringLiteral("/api/models"), token).value("data").toArray();
        QCOMPARE(data.size(), 6);
        const QJsonObject gpt = data.at(4).toObject();
        QCOMPARE(gpt.value("id").toString(), QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(gpt.value("owned_by").toString(), QStringLiteral("openai"));
        QCOMPARE(gpt.value("connection_type").toString(), QStringLiteral("external"));
        QCOMPARE(gpt.value("urlIdx").toInt(), 1);
        QCOMPARE(gpt.value("openai").toObject().value("id").toString(), QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(get(fake, QStringLiteral("/openai/models"), token).value("data").toArray().size(), 2);

        // A shortlist exposes only those ids.
        configs.insert("1", QJsonObject{{"enable", true}, {"model_ids", QJsonArray{"meta-llama/llama-3.2-3b-instruct"}}});
        config.insert("OPENAI_API_CONFIGS", configs);
        QCOMPARE(post(fake, QStringLiteral("/openai/config/update"), config, token).status, 200);
        QCOMPARE(fake.modelIds().last(), QStringLiteral("meta-llama/llama-3.2-3b-instruct"));
        QCOMPARE(fake.modelIds().size(), 5);

        // Marked local and prefixed.
        configs.insert("1", QJsonObject{{"enable", true}, {"prefix_id", "or"}, {"connection_type", "local"}});
        config.insert("OPENAI_API_CONFIGS", configs);
        QCOMPARE(post(fake, QStringLiteral("/openai/config/update"), config, token).status, 200);
        data = get(fake, QStringLiteral("/api/models"), token).value("data").toArray();
        QCOMPARE(data.at(4).toObject().value("id").toString(), QStringLiteral("or.openai/gpt-4o-mini"));
        QCOMPARE(data.at(4).toObject().value("connection_type").toString(), QStringLiteral("local"));

        // A wrong key: the provider's /models fails, the connection contributes nothing.
        keys.replace(1, QStringLiteral("sk-or-bad"));
        config.insert("OPENAI_API_KEYS", keys);
        QCOMPARE(post(fake, QStringLiteral("/openai/config/update"), config, token).status, 200);
        QCOMPARE(fake.modelIds().size(), 4);

        // Disabled connection.
        keys.replace(1, QStringLiteral("sk-or-good"));
        configs.insert("1", QJsonObject{{"enable", false}});
        config.insert("OPENAI_API_KEYS", keys);
        config.insert("OPENAI_API_CONFIGS", configs);
        QCOMPARE(post(fake, QStringLiteral("/openai/config/update"), config, token).status, 200);
        QCOMPARE(fake.modelIds().size(), 4);
    }

    void openAiNullTrap()
    {
        FakeOpenWebUi fake(FakeProfile::V0_6);
        listen(fake);
        const QString token = signIn(fake);
        fake.setProvider(QStringLiteral("https://openrouter.ai/api/v1/"), QStringLiteral("sk-or"),
                         {makeModel("openai/gpt-4o-mini", "openai", "external")});
        const QJsonObject body{
            {"OPENAI_API_BASE_URLS", QJsonArray{"https://openrouter.ai/api/v1"}},
            {"OPENAI_API_KEYS", QJsonArray{"sk-or"}},
            {"OPENAI_API_CONFIGS", QJsonObject{{"0", QJsonObject{{"enable", true}}}}},
        };
        const Response saved = post(fake, QStringLiteral("/openai/config/update"), body, token);
        QCOMPARE(saved.status, 200);
        QVERIFY(saved.object().contains("ENABLE_OPENAI_API"));
        QVERIFY(saved.value("ENABLE_OPENAI_API").isNull());
        QVERIFY(fake.openAiConfig().value("ENABLE_OPENAI_API").isNull());
        QCOMPARE(fake.modelIds().size(), 4);
        const Response disabled = get(fake, QStringLiteral("/openai/models"), token);
        QCOMPARE(disabled.status, 503);
        QCOMPARE(disabled.detail(), QStringLiteral("OpenAI API is disabled"));

        QJsonObject fixed = body;
        fixed.insert("ENABLE_OPENAI_API", true);
        QCOMPARE(post(fake, QStringLiteral("/openai/config/update"), fixed, token).status, 200);
        QCOMPARE(fake.modelIds().size(), 5);
        QCOMPARE(get(fake, QStringLiteral("/openai/models"), token).status, 200);
    }

    void openAiConfigNormalization()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        const QString path = QStringLiteral("/openai/config/update");
        const Response padded = post(fake, path,
                                     {{"ENABLE_OPENAI_API", true},
                                      {"OPENAI_API_BASE_URLS", QJsonArray{"https://a/v1", "https://b/v1"}},
                                      {"OPENAI_API_KEYS", QJsonArray{"k1"}},
                                      {"OPENAI_API_CONFIGS", QJsonObject{{"1", QJsonObject{}}, {"5", QJsonObject{}},
                                                                         {"https://a/v1", QJsonObject{}}}}},
                                     token);
        QCOMPARE(padded.status, 200);
        QCOMPARE(padded.value("OPENAI_API_KEYS").toArray(), (QJsonArray{"k1", ""}));
        QCOMPARE(padded.value("OPENAI_API_CONFIGS").toObject().keys(), QStringList{"1"});

        const Response truncated = post(fake, path,
                                        {{"ENABLE_OPENAI_API", true},
                                         {"OPENAI_API_BASE_URLS", QJsonArray{"https://a/v1"}},
                                         {"OPENAI_API_KEYS", QJsonArray{"k1", "k2", "k3"}},
                                         {"OPENAI_API_CONFIGS", QJsonObject{}}},
                                        token);
        QCOMPARE(truncated.value("OPENAI_API_KEYS").toArray(), (QJsonArray{"k1"}));

        const Response missing = post(fake, path, {{"ENABLE_OPENAI_API", true}, {"OPENAI_API_BASE_URLS", QJsonArray{}}}, token);
        QCOMPARE(missing.status, 422);
        QStringList fields;
        for (const QJsonValue& error : missing.detailList())
            fields.append(error.toObject().value("loc").toArray().at(1).toString());
        QCOMPARE(fields, (QStringList{"OPENAI_API_KEYS", "OPENAI_API_CONFIGS"}));

        const Response wrongType = post(fake, path,
                                        {{"ENABLE_OPENAI_API", true},
                                         {"OPENAI_API_BASE_URLS", "https://a/v1"},
                                         {"OPENAI_API_KEYS", QJsonArray{}},
                                         {"OPENAI_API_CONFIGS", QJsonObject{}}},
                                        token);
        QCOMPARE(wrongType.status, 422);
        QCOMPARE(wrongType.detailList().at(0).toObject().value("type").toString(), QStringLiteral("list_type"));
    }

    void openAiVerify()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        fake.setProvider(QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("sk-or-good"),
                         {makeModel("openai/gpt-4o-mini", "openai", "external")});
        const QString path = QStringLiteral("/openai/verify");
        const Response ok = post(fake, path, {{"url", "https://openrouter.ai/api/v1"}, {"key", "sk-or-good"}}, token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.value("data").toArray().at(0).toObject().value("id").toString(), QStringLiteral("openai/gpt-4o-mini"));

        const Response badKey = post(fake, path, {{"url", "https://openrouter.ai/api/v1"}, {"key", "sk-or-bad"}}, token);
        QCOMPARE(badKey.status, 401);
        QCOMPARE(badKey.value("error").toObject().value("message").toString(), QStringLiteral("Invalid API key"));

        const Response unreachable = post(fake, path, {{"url", "https://nowhere.example/v1"}, {"key", "x"}}, token);
        QCOMPARE(unreachable.status, 500);
        QCOMPARE(unreachable.detail(), QStringLiteral("Open WebUI: Server Connection Error"));

        const Response missing = post(fake, path, {{"url", "https://openrouter.ai/api/v1"}}, token);
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.detailList().at(0).toObject().value("loc").toArray(), (QJsonArray{"body", "key"}));

        QCOMPARE(post(fake, path, {{"url", "x"}, {"key", "y"}}, signIn(fake, "user@example.com", "user-pass")).status, 401);
    }

    // ---- title completions -------------------------------------------------------------------

    void titleTaskModelChoice_data()
    {
        QTest::addColumn<FakeProfile>("profile");
        QTest::addColumn<QString>("chatModel");
        QTest::addColumn<QString>("taskModel");
        QTest::addColumn<QString>("taskModelExternal");
        QTest::addColumn<QString>("expected");
        for (FakeProfile profile : allProfiles()) {
            const QString p = profileName(profile) + QLatin1Char(' ');
            // utils/task.py get_task_model_id: owned_by decides up to 0.5, connection_type from 0.6.
            const bool old = profile == FakeProfile::V0_4 || profile == FakeProfile::V0_5;
            QTest::newRow(qPrintable(p + "ollama chat uses TASK_MODEL"))
                << profile << "deepseek-r1:32b" << "qwen2.5:3b" << "llama3.2:3b" << "qwen2.5:3b";
            QTest::newRow(qPrintable(p + "external chat uses TASK_MODEL_EXTERNAL"))
                << profile << "gpt-4o-mini" << "qwen2.5:3b" << "llama3.2:3b" << "llama3.2:3b";
            QTest::newRow(qPrintable(p + "unknown task model falls back to chat model"))
                << profile << "deepseek-r1:32b" << "qwen2.5:7b" << "llama3.2:3b" << "deepseek-r1:32b";
            QTest::newRow(qPrintable(p + "empty task model is the current model"))
                << profile << "deepseek-r1:32b" << "" << "llama3.2:3b" << "deepseek-r1:32b";
            QTest::newRow(qPrintable(p + "empty external task model")) << profile << "gpt-4o-mini"
                                                                       << "qwen2.5:3b"
                                                                       << ""
                                                                       << "gpt-4o-mini";
            QTest::newRow(qPrintable(p + "openai-owned model marked local"))
                << profile << "lmstudio-model" << "qwen2.5:3b" << "llama3.2:3b"
                << (old ? "llama3.2:3b" : "qwen2.5:3b");
            QTest::newRow(qPrintable(p + "ollama model marked external"))
                << profile << "remote-ollama:8b" << "qwen2.5:3b" << "llama3.2:3b"
                << (old ? "qwen2.5:3b" : "llama3.2:3b");
        }
    }
    void titleTaskModelChoice()
    {
        QFETCH(FakeProfile, profile);
        QFETCH(QString, chatModel);
        QFETCH(QString, taskModel);
        QFETCH(QString, taskModelExternal);
        QFETCH(QString, expected);
        FakeOpenWebUi fake(profile);
        listen(fake);
        fake.addModel(makeModel("gpt-4o-mini", "openai", "external"));
        fake.addModel(makeModel("lmstudio-model", "openai", "local"));
        fake.addModel(makeModel("remote-ollama:8b", "ollama", "external"));
        fake.addModel(makeModel("deepseek-r1:32b", "ollama", "local", 5)); // keep the test fast
        QJsonObject config = fake.taskConfig();
        config.insert("TASK_MODEL", taskModel);
        config.insert("TASK_MODEL_EXTERNAL", taskModelExternal);
        fake.setTaskConfig(config);

        const QString token = signIn(fake);
        QCOMPARE(get(fake, QStringLiteral("/api/models"), token).status, 200); // fills the model map
        const Response response = post(fake, tasksRoot(profile) + QStringLiteral("/title/completions"),
                                       {{"model", chatModel}, {"messages", conversation()}}, token);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value("object").toString(), QStringLiteral("chat.completion"));
        QCOMPARE(response.value("model").toString(), expected);
        const QString content = response.value("choices").toArray().at(0).toObject().value("message").toObject()
                                    .value("content").toString();
        const QJsonObject title = QJsonDocument::fromJson(content.toUtf8()).object();
        QCOMPARE(title.value("title").toString(), QStringLiteral("How do I bake"));
    }

    void titleNeedsModelMap()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        const QString path = QStringLiteral("/api/v1/tasks/title/completions");
        const QJsonObject body{{"model", "qwen2.5:3b"}, {"messages", conversation()}};
        // routers/tasks.py: 0.11 calls ERROR_MESSAGES.MODEL_NOT_FOUND() without a name.
        const Response before = post(fake, path, body, token);
        QCOMPARE(before.status, 404);
        QCOMPARE(before.detail(), QStringLiteral("Model '' was not found"));
        FakeOpenWebUi six(FakeProfile::V0_6);
        listen(six);
        const Response sixBefore = post(six, path, body, signIn(six));
        QCOMPARE(sixBefore.status, 404);
        QCOMPARE(sixBefore.detail(), QStringLiteral("Model not found"));
        get(fake, QStringLiteral("/api/models"), token);
        QCOMPARE(post(fake, path, body, token).status, 200);
        QCOMPARE(post(fake, path, {{"model", "nope:1b"}, {"messages", conversation()}}, token).status, 404);

        const Response empty = post(fake, path, {{"model", ""}, {"messages", conversation()}}, token);
        QCOMPARE(empty.status, 400);
        QVERIFY(empty.detail().startsWith("No model specified for title generation."));
        // form_data["model"] without the key: KeyError, Starlette's plain 500, in 0.11 too.
        const Response missing = post(fake, path, {{"messages", conversation()}}, token);
        QCOMPARE(missing.status, 500);
        QCOMPARE(missing.body, QByteArray("Internal Server Error"));

        FakeOpenWebUi old(FakeProfile::V0_6);
        listen(old);
        const QString oldToken = signIn(old);
        get(old, QStringLiteral("/api/models"), oldToken);
        QCOMPARE(post(old, path, {{"model", ""}, {"messages", conversation()}}, oldToken).status, 404);
    }

    void titleDisabled_data() { addProfileRows(); }
    void titleDisabled()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const QString token = signIn(fake);
        get(fake, QStringLiteral("/api/models"), token);
        QJsonObject config = fake.taskConfig();
        config.insert("ENABLE_TITLE_GENERATION", false); // unknown to 0.4: stays enabled there
        fake.setTaskConfig(config);
        const Response response = post(fake, tasksRoot(profile) + QStringLiteral("/title/completions"),
                                       {{"model", "qwen2.5:3b"}, {"messages", conversation()}}, token);
        QCOMPARE(response.status, 200);
        if (profile == FakeProfile::V0_4) {
            QVERIFY(response.object().contains("choices"));
        } else {
            QCOMPARE(response.detail(), QStringLiteral("Title generation is disabled"));
            QVERIFY(!response.object().contains("choices"));
        }
    }

    void titleLatency()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        fake.addModel(makeModel("slow:1b", "ollama", "local", 300));
        const QString token = signIn(fake);
        get(fake, QStringLiteral("/api/models"), token);
        QElapsedTimer timer;
        timer.start();
        const Response response = post(fake, QStringLiteral("/api/v1/tasks/title/completions"),
                                       {{"model", "slow:1b"}, {"messages", conversation()}}, token);
        QCOMPARE(response.status, 200);
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(fake.requests().last().status, 200);
    }

    // The task routes besides the title (routers/tasks.py): tags from 0.4, follow-ups from
    // 0.6.14 ("follow_up", singular), autocomplete from 0.4.7. Tags and follow-ups answer 200 with a
    // detail when off; autocomplete refuses with 400, and so a prompt over its length limit.
    void backgroundTaskRoutes_data() { addProfileRows(); }
    void backgroundTaskRoutes()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        const QString token = signIn(fake);
        get(fake, QStringLiteral("/api/models"), token);
        const QString root = tasksRoot(profile);
        const bool followUps = profile == FakeProfile::V0_6 || profile == FakeProfile::V0_11;
        QJsonObject config = fake.taskConfig();
        config.insert("ENABLE_AUTOCOMPLETE_GENERATION", true);
        fake.setTaskConfig(config);
        const QJsonObject form{{"model", "qwen2.5:3b"}, {"messages", conversation()}};

        Response tags = post(fake, root + QStringLiteral("/tags/completions"), form, token);
        QCOMPARE(tags.status, 200);
        const QString tagsContent = tags.value("choices")
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value("message")
                                        .toObject()
                                        .value("content")
                                        .toString();
        QVERIFY(QJsonDocument::fromJson(tagsContent.toUtf8()).object().value("tags").isArray());
        Response followUp = post(fake, root + QStringLiteral("/follow_up/completions"), form, token);
        QCOMPARE(followUp.status, followUps ? 200 : 405); // the web app's static files refuse a POST
        Response autocomplete = post(fake, root + QStringLiteral("/auto/completions"),
                                     {{"model", "qwen2.5:3b"}, {"prompt", "How often"}}, token);
        QCOMPARE(autocomplete.status, 200);
        QVERIFY(autocomplete.object().contains("choices"));
        // A missing form_data["messages"] is a KeyError outside the route's try: 500.
        QCOMPARE(
            post(fake, root + QStringLiteral("/tags/completions"), {{"model", "qwen2.5:3b"}}, token).status,
            500);

        config.insert("ENABLE_TAGS_GENERATION", false);
        config.insert("ENABLE_FOLLOW_UP_GENERATION", false);
        config.insert("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH", 4);
        fake.setTaskConfig(config);
        tags = post(fake, root + QStringLiteral("/tags/completions"), form, token);
        QCOMPARE(tags.status, 200);
        QCOMPARE(tags.detail(), QStringLiteral("Tags generation is disabled"));
        if (followUps) {
            followUp = post(fake, root + QStringLiteral("/follow_up/completions"), form, token);
            QCOMPARE(followUp.status, 200);
            QCOMPARE(followUp.detail(), QStringLiteral("Follow-up generation is disabled"));
        }
        autocomplete = post(fake, root + QStringLiteral("/auto/completions"),
                            {{"model", "qwen2.5:3b"}, {"prompt", "How often"}}, token);
        QCOMPARE(autocomplete.status, 400);
        QCOMPARE(autocomplete.detail(), QStringLiteral("Input prompt exceeds maximum length of 4"));
        config.insert("ENABLE_AUTOCOMPLETE_GENERATION", false);
        fake.setTaskConfig(config);
        autocomplete = post(fake, root + QStringLiteral("/auto/completions"),
                            {{"model", "qwen2.5:3b"}, {"prompt", "How often"}}, token);
        QCOMPARE(autocomplete.status, 400);
        QCOMPARE(autocomplete.detail(), QStringLiteral("Autocompletion generation is disabled"));
    }

    // stream: true (utils/chat.py, utils/response.py): server-sent events, one "data:" line per
    // chunk, "data: [DONE]" last. An Ollama model's chunks carry no role chunk and end with
    // finish_reason "stop" (with usage from 0.5; without a delta in 0.4); a provider's stream
    // passes through with its role chunk first.
    void streamedChatCompletion_data() { addProfileRows(); }
    void streamedChatCompletion()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        FakeModel provider = makeModel("gpt-4o", "openai", "external", 20);
        fake.setProvider(QStringLiteral("https://api.example.test/v1"), QStringLiteral("sk-provider"),
                         {provider});
        QJsonObject openAi = fake.openAiConfig();
        openAi.insert("ENABLE_OPENAI_API", true);
        openAi.insert("OPENAI_API_BASE_URLS", QJsonArray{"https://api.example.test/v1"});
        openAi.insert("OPENAI_API_KEYS", QJsonArray{"sk-provider"});
        openAi.insert("OPENAI_API_CONFIGS", QJsonObject{{"0", QJsonObject{{"enable", true}}}});
        fake.setOpenAiConfig(openAi);
        const QString token = signIn(fake);
        get(fake, QStringLiteral("/api/models"), token);
        for (const QString& model : {QStringLiteral("qwen2.5:3b"), QStringLiteral("gpt-4o")}) {
            const Response response =
                post(fake, QStringLiteral("/api/chat/completions"),
                     {{"model", model}, {"messages", conversation()}, {"stream", true}}, token);
            QVERIFY2(response.status == 200, response.body.constData());
            QCOMPARE(response.contentType, QByteArray("text/event-stream"));
            QList<QJsonObject> chunks;
            const QList<QByteArray> lines = response.body.split('\n');
            QByteArrayList events;
            for (const QByteArray& line : lines) {
                if (!line.isEmpty())
                    events << line;
            }
            QCOMPARE(events.last(), QByteArray("data: [DONE]"));
            for (const QByteArray& event : events.mid(0, events.size() - 1)) {
                QVERIFY(event.startsWith("data: "));
                chunks << QJsonDocument::fromJson(event.mid(6)).object();
            }
            QString text;
            for (const QJsonObject& chunk : chunks)
                text += chunk.value("choices")
                            .toArray()
                            .at(0)
                            .toObject()
                            .value("delta")
                            .toObject()
                            .value("content")
                            .toString();
            QCOMPARE(text, QStringLiteral("Water it when the top inch is dry."));
            const QJsonObject last = chunks.last().value("choices").toArray().at(0).toObject();
            QCOMPARE(last.value("finish_reason").toString(), QStringLiteral("stop"));
            const QJsonObject first = chunks.first().value("choices").toArray().at(0).toObject();
            if (model == QLatin1String("gpt-4o")) {
                QCOMPARE(first.value("delta").toObject().value("role").toString(),
                         QStringLiteral("assistant"));
                QCOMPARE(first.value("delta").toObject().value("content").toString(), QString());
                continue;
            }
            QCOMPARE(first.value("delta").toObject().value("content").toString(), QStringLiteral("Water"));
            QCOMPARE(last.contains("delta"), profile != FakeProfile::V0_4);
            QCOMPARE(chunks.last().contains("usage"), profile != FakeProfile::V0_4);
        }
    }

    // One generation per model at a time (a single-GPU Ollama): a streamed chat sent while a task
    // runs on the same model starts once it is done; on another model it starts at once. A chat
    // the client closes mid-way frees the model for the next request.
    void generationWaitsForTheModelsSlot()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        fake.addModel(makeModel("chat:30b", "ollama", "local", 400));
        fake.addModel(makeModel("task:3b", "ollama", "local", 20));
        const QString token = signIn(fake);
        get(fake, QStringLiteral("/api/models"), token);
        const QByteArray title =
            QJsonDocument(QJsonObject{{"model", "chat:30b"}, {"messages", conversation()}}).toJson();
        const QByteArray chat =
            QJsonDocument(QJsonObject{{"model", "chat:30b"}, {"messages", conversation()}, {"stream", true}})
                .toJson();
        for (const bool ownTaskModel : {false, true}) {
            QJsonObject config = fake.taskConfig();
            config.insert("TASK_MODEL", ownTaskModel ? "task:3b" : "");
            fake.setTaskConfig(config);
            fake.clearRequests();
            QElapsedTimer timer;
            timer.start();
            QNetworkReply* task = send(fake, "POST", QStringLiteral("/api/v1/tasks/title/completions"), title,
                                       token, "application/json");
            QVERIFY(QTest::qWaitFor([&fake] { return fake.requests().size() == 1; }, 5000));
            QNetworkReply* stream =
                send(fake, "POST", QStringLiteral("/api/chat/completions"), chat, token, "application/json");
            qint64 firstChunkMs = -1;
            connect(stream, &QNetworkReply::readyRead, this, [&] {
                if (firstChunkMs < 0)
                    firstChunkMs = timer.elapsed();
            });
            QCOMPARE(collect(stream, 5000).status, 200);
            QCOMPARE(collect(task, 5000).status, 200);
            if (ownTaskModel)
                QVERIFY2(firstChunkMs < 300, qPrintable(QString::number(firstChunkMs)));
            else
                QVERIFY2(firstChunkMs >= 400, qPrintable(QString::number(firstChunkMs)));
        }
        // Hung up on: the generation stops, so the next request on the model (400 ms itself) does
        // not wait out the other 350 ms of it.
        QJsonObject config = fake.taskConfig();
        config.insert("TASK_MODEL", "");
        fake.setTaskConfig(config);
        QNetworkReply* stream =
            send(fake, "POST", QStringLiteral("/api/chat/completions"), chat, token, "application/json");
        QVERIFY(QTest::qWaitFor([stream] { return stream->bytesAvailable() > 0; }, 5000));
        stream->abort();
        stream->deleteLater();
        QVERIFY(QTest::qWaitFor(
            [&fake] { return fake.abandonedRequests().contains("/api/chat/completions"); }, 5000));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(post(fake, QStringLiteral("/api/v1/tasks/title/completions"),
                      {{"model", "chat:30b"}, {"messages", conversation()}}, token)
                     .status,
                 200);
        QVERIFY2(timer.elapsed() >= 390 && timer.elapsed() < 600,
                 qPrintable(QString::number(timer.elapsed())));
    }

    // ---- Ollama pull ------------------------------------------------------------------------

    void pullProgress()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        fake.setPullable(QStringLiteral("qwen2.5:0.5b"), 397821319LL, 4, 40);
        const QString token = signIn(fake);
        QNetworkReply* reply = send(fake, "POST", QStringLiteral("/ollama/api/pull"),
                                    R"({"name":"qwen2.5:0.5b","model":"qwen2.5:0.5b"})", token, "application/json");
        int reads = 0;
        connect(reply, &QNetworkReply::readyRead, this, [&reads] { ++reads; });
        QElapsedTimer timer;
        timer.start();
        const Response response = collect(reply, 5000);
        QVERIFY(response.finished);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, QByteArray("application/x-ndjson"));
        QCOMPARE(response.headers.value("transfer-encoding"), QByteArray("chunked"));
        QVERIFY2(reads >= 3, "lines must arrive incrementally"); // paced by the timer, not one block
        QVERIFY(timer.elapsed() >= 4 * 40 - 10);

        const QList<QJsonObject> lines = ndjsonLines(response.body);
        QCOMPARE(lines.size(), 1 + 4 + 3);
        QCOMPARE(lines.first().value("status").toString(), QStringLiteral("pulling manifest"));
        qint64 previous = 0;
        for (int i = 1; i <= 4; ++i) {
            const QJsonObject progress = lines.at(i);
            QVERIFY(progress.value("status").toString().startsWith("pulling "));
            QVERIFY(progress.value("digest").toString().startsWith("sha256:"));
            QCOMPARE(progress.value("total").toInteger(), 397821319LL);
            QVERIFY(progress.value("completed").toInteger() > previous);
            previous = progress.value("completed").toInteger();
        }
        QCOMPARE(previous, 397821319LL);
        QCOMPARE(lines.at(5).value("status").toString(), QStringLiteral("verifying sha256 digest"));
        QCOMPARE(lines.at(6).value("status").toString(), QStringLiteral("writing manifest"));
        QCOMPARE(lines.last().value("status").toString(), QStringLiteral("success"));

        // In Ollama right away; in the task model map only after the next /api/models.
        const QJsonArray tags = get(fake, QStringLiteral("/ollama/api/tags"), token).value("models").toArray();
        QCOMPARE(tags.last().toObject().value("name").toString(), QStringLiteral("qwen2.5:0.5b"));
        const QString title = QStringLiteral("/api/v1/tasks/title/completions");
        const QJsonObject body{{"model", "qwen2.5:0.5b"}, {"messages", conversation()}};
        QCOMPARE(post(fake, title, body, token).status, 404);
        const QJsonArray models = get(fake, QStringLiteral("/api/models?refresh=true"), token).value("data").toArray();
        const QJsonObject pulled = models.last().toObject();
        QCOMPARE(pulled.value("id").toString(), QStringLiteral("qwen2.5:0.5b"));
        QCOMPARE(pulled.value("owned_by").toString(), QStringLiteral("ollama"));
        QCOMPARE(pulled.value("connection_type").toString(), QStringLiteral("local"));
        QCOMPARE(post(fake, title, body, token).status, 200);
        QVERIFY(!fake.pullCancelled(QStringLiteral("qwen2.5:0.5b")));
    }

    void pullBodyRules()
    {
        FakeOpenWebUi old(FakeProfile::V0_6);
        listen(old);
        old.setPullable(QStringLiteral("tiny:1b"), 1000, 1, 1);
        const QString oldToken = signIn(old);
        const Response onlyModel = post(old, QStringLiteral("/ollama/api/pull"), {{"model", "tiny:1b"}}, oldToken);
        QCOMPARE(onlyModel.status, 422);
        QCOMPARE(onlyModel.detailList().at(0).toObject().value("loc").toArray(), (QJsonArray{"body", "name"}));
        QCOMPARE(ndjsonLines(post(old, QStringLiteral("/ollama/api/pull/0"), {{"name", "tiny:1b"}}, oldToken).body)
                     .last().value("status").toString(),
                 QStringLiteral("success"));

        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        fake.setPullable(QStringLiteral("tiny:1b"), 1000, 1, 1);
        const QString token = signIn(fake);
        QCOMPARE(ndjsonLines(post(fake, QStringLiteral("/ollama/api/pull"), {{"name", "tiny:1b"}}, token).body)
                     .last().value("status").toString(),
                 QStringLiteral("success"));
        QCOMPARE(ndjsonLines(post(fake, QStringLiteral("/ollama/api/pull"), {{"model", "tiny:1b"}}, token).body)
                     .last().value("status").toString(),
                 QStringLiteral("success"));
        const Response neither = post(fake, QStringLiteral("/ollama/api/pull"), {{"insecure", true}}, token);
        QCOMPARE(neither.status, 422);
        QCOMPARE(neither.detailList().at(0).toObject().value("loc").toArray(), (QJsonArray{"body", "model"}));
        QCOMPARE(post(fake, QStringLiteral("/ollama/api/pull/1"), {{"model", "tiny:1b"}}, token).status, 500);
        QCOMPARE(post(fake, QStringLiteral("/ollama/api/pull/x"), {{"model", "tiny:1b"}}, token).status, 422);
        QCOMPARE(post(fake, QStringLiteral("/ollama/api/pull"), {{"model", "tiny:1b"}},
                      signIn(fake, "user@example.com", "user-pass")).status,
                 401);
    }

    void pullErrors()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        fake.setPullable(QStringLiteral("broken:1b"), 5000, 5, 5);
        fake.setPullError(QStringLiteral("broken:1b"), QStringLiteral("max retries exceeded: unexpected EOF"));
        const QString token = signIn(fake);

        const Response broken = post(fake, QStringLiteral("/ollama/api/pull"), {{"model", "broken:1b"}}, token);
        QCOMPARE(broken.status, 200); // errors arrive inside the stream
        const QList<QJsonObject> lines = ndjsonLines(broken.body);
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines.at(1).contains("completed"));
        QCOMPARE(lines.last().value("error").toString(), QStringLiteral("max retries exceeded: unexpected EOF"));
        QVERIFY(!fake.modelIds().contains("broken:1b"));

        const Response unknown = post(fake, QStringLiteral("/ollama/api/pull"), {{"model", "nope:1b"}}, token);
        QCOMPARE(unknown.status, 200);
        QCOMPARE(ndjsonLines(unknown.body).last().value("error").toString(),
                 QStringLiteral("pull model manifest: file does not exist"));
    }

    void pullCancel()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        fake.setPullable(QStringLiteral("big:70b"), 40000000000LL, 100, 20);
        const QString token = signIn(fake);
        QNetworkReply* reply = send(fake, "POST", QStringLiteral("/ollama/api/pull"), R"({"model":"big:70b"})", token,
                                    "application/json");
        QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
        QVERIFY(readyRead.wait(2000));
        QVERIFY(reply->readAll().contains("pulling manifest"));
        reply->abort();
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(fake.pullCancelled(QStringLiteral("big:70b")), 2000);
        QTest::qWait(60); // the stream must really have stopped
        QVERIFY(!fake.modelIds().contains("big:70b"));
        QCOMPARE(get(fake, QStringLiteral("/health")).status, 200);
    }

    // ---- faults -----------------------------------------------------------------------------

    void faultHangAndReset()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        fake.setFault(QStringLiteral("/api/v1/tasks/config"), FakeFault::Hang, 1);
        QNetworkRequest request(fake.url().resolved(QUrl(QStringLiteral("/api/v1/tasks/config"))));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setTransferTimeout(300);
        const Response hung = collect(m_nam.get(request), 3000);
        QVERIFY(hung.finished);
        QCOMPARE(hung.status, 0);
        QVERIFY(hung.error == QNetworkReply::OperationCanceledError || hung.error == QNetworkReply::TimeoutError);
        QCOMPARE(fake.requests().last().status, 0);
        QCOMPARE(get(fake, QStringLiteral("/api/v1/tasks/config"), token).status, 200); // times = 1

        // Until cleared: QNetworkAccessManager silently retries a request once when a reused
        // keep-alive connection closes before any response byte.
        fake.setFault(QStringLiteral("/api/models"), FakeFault::Reset);
        const Response reset = get(fake, QStringLiteral("/api/models"), token);
        QVERIFY(reset.finished);
        QCOMPARE(reset.status, 0);
        QCOMPARE(reset.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(fake.requestCount("GET", QStringLiteral("/api/models")) >= 1);
        QCOMPARE(fake.requests().last().status, 0);
        fake.clearFaults();
        QCOMPARE(get(fake, QStringLiteral("/api/models"), token).status, 200);
    }

    void faultResponses()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        const QString path = QStringLiteral("/api/v1/tasks/config");

        fake.setFault(path, FakeFault::ServerError, 1);
        const Response serverError = get(fake, path, token);
        QCOMPARE(serverError.status, 500);
        QCOMPARE(serverError.detail(), QStringLiteral("An internal error has occurred."));

        fake.setFault(path, FakeFault::BadGateway, 1);
        const Response badGateway = get(fake, path, token);
        QCOMPARE(badGateway.status, 502);
        QVERIFY(badGateway.contentType.startsWith("text/html"));
        QVERIFY(badGateway.body.contains("nginx"));

        fake.setFault(path, FakeFault::Html, 1);
        const Response html = get(fake, path, token);
        QCOMPARE(html.status, 200);
        QVERIFY(html.contentType.startsWith("text/html"));
        QCOMPARE(html.body, QByteArray("<html><body>Sign in to your proxy</body></html>"));

        fake.setFault(path, FakeFault::BadJson, 1);
        const Response badJson = get(fake, path, token);
        QCOMPARE(badJson.status, 200);
        QCOMPARE(badJson.contentType, QByteArray("application/json"));
        QJsonParseError parseError{};
        QJsonDocument::fromJson(badJson.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);

        fake.setFault(QStringLiteral("/api/"), FakeFault::ExpiredToken, 2);
        QCOMPARE(get(fake, path, token).detail(), QStringLiteral("401 Unauthorized"));
        QCOMPARE(get(fake, QStringLiteral("/api/models"), token).status, 401);
        QCOMPARE(get(fake, path, token).status, 200);

        // Method filter and clearing.
        fake.setFault(path, FakeFault::ServerError, -1, "POST");
        QCOMPARE(get(fake, path, token).status, 200);
        QCOMPARE(post(fake, path + QStringLiteral("/update"), fake.taskConfig(), token).status, 500);
        QCOMPARE(post(fake, path + QStringLiteral("/update"), fake.taskConfig(), token).status, 500);
        fake.clearFaults();
        QCOMPARE(post(fake, path + QStringLiteral("/update"), fake.taskConfig(), token).status, 200);
    }

    void faultNotPersisted()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        const QString token = signIn(fake);
        const QJsonObject before = fake.taskConfig();
        fake.setFault(QStringLiteral("/api/v1/tasks/config/update"), FakeFault::NotPersisted, 1);
        QJsonObject body = before;
        body.insert("TASK_MODEL", "qwen2.5:3b");
        const Response response = post(fake, QStringLiteral("/api/v1/tasks/config/update"), body, token);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value("TASK_MODEL").toString(), QStringLiteral("qwen2.5:3b"));
        QCOMPARE(fake.taskConfig(), before);
        QCOMPARE(get(fake, QStringLiteral("/api/v1/tasks/config"), token).value("TASK_MODEL").toString(), QString());
        // Validation still comes first, and the fault is used up.
        QCOMPARE(post(fake, QStringLiteral("/api/v1/tasks/config/update"), body, token).status, 200);
        QCOMPARE(fake.taskConfig().value("TASK_MODEL").toString(), QStringLiteral("qwen2.5:3b"));
    }

    void faultConcurrentChange()
    {
        FakeOpenWebUi fake(FakeProfile::V0_5);
        listen(fake);
        const QString token = signIn(fake);
        const QJsonObject before = fake.taskConfig();
        fake.setFault(QStringLiteral("/api/v1/tasks/config"), FakeFault::ConcurrentChange, 1, "GET");
        const Response first = get(fake, QStringLiteral("/api/v1/tasks/config"), token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object(), before);
        QCOMPARE(fake.taskConfig().value("TASK_MODEL").toString(), QStringLiteral("someone-else:1b"));
        QCOMPARE(fake.taskConfig().value("ENABLE_TAGS_GENERATION").toBool(),
                 !before.value("ENABLE_TAGS_GENERATION").toBool());
        const Response second = get(fake, QStringLiteral("/api/v1/tasks/config"), token);
        QCOMPARE(second.value("TASK_MODEL").toString(), QStringLiteral("someone-else:1b"));
        QCOMPARE(get(fake, QStringLiteral("/api/v1/tasks/config"), token).object(), second.object()); // once
    }

    // ---- plumbing ---------------------------------------------------------------------------

    void requestRecording()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        QSignalSpy received(&fake, &FakeOpenWebUi::requestReceived);
        const QString token = signIn(fake);
        QNetworkRequest request(fake.url().resolved(QUrl(QStringLiteral("/api/models?refresh=true"))));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("X-Trace-Id", "Abc-1");
        QCOMPARE(collect(m_nam.get(request), 5000).status, 200);

        const QList<FakeOpenWebUi::Request> requests = fake.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).path, QStringLiteral("/api/v1/auths/signin"));
        QVERIFY(requests.at(0).body.contains("admin@example.com"));
        QCOMPARE(requests.at(0).status, 200);
        QCOMPARE(requests.at(1).path, QStringLiteral("/api/models"));
        QCOMPARE(requests.at(1).query.queryItemValue("refresh"), QStringLiteral("true"));
        QCOMPARE(requests.at(1).headers.value("x-trace-id"), QByteArray("Abc-1"));
        QCOMPARE(requests.at(1).headers.value("authorization"), "Bearer " + token.toUtf8());
        QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/models")), 1);
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).at(1).toString(), QStringLiteral("/api/models"));

        fake.clearRequests();
        QVERIFY(fake.requests().isEmpty());
        QCOMPARE(get(fake, QStringLiteral("/nope.js")).status, 404);
        QCOMPARE(fake.requests().size(), 1);
        QCOMPARE(fake.requests().at(0).status, 404);
    }

    void rawHttpFraming()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fake.url().port());
        QVERIFY(socket.waitForConnected(2000));

        const auto readUntil = [&socket](int responses) {
            QByteArray data;
            QElapsedTimer timer;
            timer.start();
            while (data.count("HTTP/1.1 ") < responses || !data.endsWith("}")) {
                if (timer.elapsed() > 3000)
                    break;
                QTest::qWait(10); // the server runs in this thread: keep the event loop going
                data += socket.readAll();
            }
            return data;
        };

        // One request split across several TCP writes, in the middle of a header and of the body.
        const QByteArray body = R"({"email":"admin@example.com","password":"admin-pass"})";
        const QByteArray request = "POST /api/v1/auths/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        for (const QByteArray& piece : {request.left(20), request.mid(20, 40), request.mid(60, request.size() - 70),
                                        request.right(10)}) {
            socket.write(piece);
            socket.flush();
            QTest::qWait(20);
        }
        const QByteArray first = readUntil(1);
        QVERIFY(first.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(first.contains("content-length: "));
        QVERIFY(first.contains("\"token_type\":\"Bearer\""));

        // Two pipelined requests in one write on the same keep-alive connection, answered in order.
        socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/version HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray both = readUntil(2);
        QCOMPARE(both.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(both.indexOf("{\"status\":true}") < both.indexOf("\"version\""));

        socket.write("NONSENSE\r\n\r\n");
        QVERIFY(readUntil(1).startsWith("HTTP/1.1 400"));
    }

    // https to this plain-http port: uvicorn (httptools) answers a TLS ClientHello at once with 400.
    void tlsHelloGetsPlainHttp400()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fake.url().port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(QByteArray::fromHex("160301002a0100002603035f")); // the start of a ClientHello, no CRLF
        QByteArray data;
        QTRY_VERIFY_WITH_TIMEOUT((data += socket.readAll()).contains("Invalid HTTP request received."), 5000);
        QVERIFY(data.startsWith("HTTP/1.1 400"));
    }

    void keepAliveReuse()
    {
        FakeOpenWebUi fake(FakeProfile::V0_4);
        listen(fake);
        const QString token = signIn(fake);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(get(fake, QStringLiteral("/api/task/config"), token).status, 200);
        QCOMPARE(fake.requestCount("GET", QStringLiteral("/api/task/config")), 20);
    }

    // setRoundTrip: a server far away. Requests in a chain cost a round trip each (the first on a
    // connection one more for the handshake); requests sent together cost one between them.
    void roundTripsAreCounted()
    {
        FakeOpenWebUi fake;
        listen(fake);
        fake.setRoundTrip(40);
        // A chain: the second request is sent when the first is answered, on the same connection.
        QCOMPARE(get(fake, QStringLiteral("/api/version")).status, 200);
        QCOMPARE(get(fake, QStringLiteral("/api/config")).status, 200);
        QList<FakeOpenWebUi::Request> chain = fake.requests();
        QCOMPARE(chain.size(), 2);
        QVERIFY(chain[0].firstOnConnection);
        QVERIFY(!chain[1].firstOnConnection); // kept alive and reused
        QCOMPARE(chain[1].connection, chain[0].connection);
        QVERIFY(chain[0].answeredUs - chain[0].arrivedUs >= 80000); // handshake + request
        QVERIFY(chain[1].answeredUs - chain[1].arrivedUs >= 40000);
        QVERIFY(chain[1].arrivedUs >= chain[0].answeredUs);
        QCOMPARE(fake.roundTripsOnCriticalPath(), 3);
        QCOMPARE(fake.maxConcurrentRequests(), 1);
        QCOMPARE(fake.connectionsOpened(), 1);

        // Three at once: three connections (HTTP/1.1 has one request per connection at a time),
        // one round trip after the connection that is still open.
        fake.clearRequests();
        QList<QNetworkReply*> replies;
        for (const char* path : {"/api/version", "/api/config", "/health"})
            replies << send(fake, "GET", QString::fromLatin1(path), {}, {}, {});
        for (QNetworkReply* reply : replies)
            QCOMPARE(collect(reply, 5000).status, 200);
        QCOMPARE(fake.requests().size(), 3);
        QCOMPARE(fake.maxConcurrentRequests(), 3);
        QCOMPARE(fake.connectionsOpened(), 2);        // one reused, two new
        QCOMPARE(fake.roundTripsOnCriticalPath(), 2); // the new ones' handshake, in parallel
    }

    // GET /ollama/api/ps as routers/ollama.py get_ollama_loaded_models answers it: missing in 0.4
    // (the web app answers the path), each node's own reply keyed by its URL for any verified user
    // in 0.5, one list merged by model with each model's nodes for admins from 0.6.11 (0.6, 0.11).
    void loadedModelsPerVersion_data()
    {
        QTest::addColumn<FakeProfile>("profile");
        for (FakeProfile profile : allProfiles())
            QTest::newRow(qPrintable(profileName(profile))) << profile;
    }
    void loadedModelsPerVersion()
    {
        QFETCH(FakeProfile, profile);
        FakeOpenWebUi fake(profile);
        listen(fake);
        fake.setOllamaNodes({QStringLiteral("http://gpu-a:11434"), QStringLiteral("http://gpu-b:11434")});
        fake.preloadOllamaModel(QStringLiteral("llama3.1:70b"));
        fake.preloadOllamaModel(QStringLiteral("llama3.1:70b"), 1);
        fake.preloadOllamaModel(QStringLiteral("qwen2.5:3b"), 1);
        const QString admin = signIn(fake);
        const QString user = signIn(fake, QStringLiteral("user@example.com"), QStringLiteral("user-pass"));
        const QString path = QStringLiteral("/ollama/api/ps");
        const Response asAdmin = get(fake, path, admin);
        if (profile == FakeProfile::V0_4) {
            QCOMPARE(asAdmin.status, 200);
            QVERIFY(asAdmin.contentType.startsWith("text/html")); // no such route: the web app's page
            return;
        }
        QCOMPARE(asAdmin.status, 200);
        const QJsonObject reply = asAdmin.object();
        if (profile == FakeProfile::V0_5) {
            QCOMPARE(get(fake, path, user).status, 200); // get_verified_user
            QCOMPARE(reply.keys(), (QStringList{QStringLiteral("http://gpu-a:11434"),
                                                QStringLiteral("http://gpu-b:11434")}));
            const QJsonArray second =
                reply.value(QStringLiteral("http://gpu-b:11434")).toObject().value("models").toArray();
            QCOMPARE(second.size(), 2);
            const QJsonObject entry = second.at(0).toObject();
            QCOMPARE(entry.value("model").toString(), QStringLiteral("llama3.1:70b"));
            QCOMPARE(entry.value("size").toInteger(), 42520412561LL);
            QCOMPARE(entry.value("size_vram").toInteger(), 42520412561LL);
            QVERIFY(QDateTime::fromString(entry.value("expires_at").toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(!entry.contains("urls"));
            fake.setOllamaReachable(false);
            QVERIFY(get(fake, path, admin).object().value(QStringLiteral("http://gpu-a:11434")).isNull());
            fake.setOllamaEnabled(false);
            QCOMPARE(get(fake, path, admin).object(), QJsonObject());
            return;
        }
        QCOMPARE(get(fake, path, user).status, 401); // get_admin_user
        const QJsonArray models = reply.value("models").toArray();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).toObject().value("model").toString(), QStringLiteral("llama3.1:70b"));
        QCOMPARE(models.at(0).toObject().value("urls").toArray(), (QJsonArray{0, 1}));
        QCOMPARE(models.at(1).toObject().value("model").toString(), QStringLiteral("qwen2.5:3b"));
        QCOMPARE(models.at(1).toObject().value("urls").toArray(), (QJsonArray{1}));
        fake.setOllamaEnabled(false);
        QCOMPARE(get(fake, path, admin).object(), (QJsonObject{{"models", QJsonArray()}}));
    }

    // Ollama's scheduler: a node that cannot hold the chat model next to the task model unloads
    // the chat model to run the task (and a model that has to load first answers later); one
    // with room for both keeps both.
    void memoryBudgetEvictsTheLeastRecentlyUsed()
    {
        for (const bool roomForBoth : {false, true}) {
            FakeOpenWebUi fake(FakeProfile::V0_11);
            listen(fake);
            fake.setOllamaMemory(0, roomForBoth ? 48LL << 30 : 37LL << 30); // 36 GB + 2 GB
            fake.setModelLoadMs(300);
            FakeModel big = makeModel("chat:30b", "ollama", "local", 5);
            big.sizeBytes = 36LL << 30;
            fake.addModel(big);
            FakeModel small = makeModel("task:3b", "ollama", "local", 5);
            small.sizeBytes = 2LL << 30;
            fake.addModel(small);
            fake.preloadOllamaModel(QStringLiteral("chat:30b"));
            QJsonObject config = fake.taskConfig();
            config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("task:3b"));
            fake.setTaskConfig(config);
            const QString token = signIn(fake);
            get(fake, QStringLiteral("/api/models"), token);
            QElapsedTimer timer;
            timer.start();
            const Response title = post(fake, QStringLiteral("/api/v1/tasks/title/completions"),
                                        {{"model", "chat:30b"}, {"messages", conversation()}}, token);
            QCOMPARE(title.status, 200);
            QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed()))); // loaded first
            QStringList loaded;
            for (const QJsonValue& model :
                 get(fake, QStringLiteral("/ollama/api/ps"), token).value("models").toArray())
                loaded << model.toObject().value("model").toString();
            if (roomForBoth) {
                QCOMPARE(loaded, (QStringList{QStringLiteral("chat:30b"), QStringLiteral("task:3b")}));
                QVERIFY(fake.ollamaEvictions().isEmpty());
            } else {
                QCOMPARE(loaded, QStringList{QStringLiteral("task:3b")});
                QCOMPARE(fake.ollamaEvictions(), QStringList{QStringLiteral("0:chat:30b")});
            }
            // Loaded now: the next task does not wait for it.
            timer.restart();
            QCOMPARE(post(fake, QStringLiteral("/api/v1/tasks/title/completions"),
                          {{"model", "chat:30b"}, {"messages", conversation()}}, token)
                         .status,
                     200);
            QVERIFY2(timer.elapsed() < 290, qPrintable(QString::number(timer.elapsed())));
        }
    }

    // The server's own time (a model generating) is told apart from the distance: two title
    // requests at once on two 300 ms models (each model runs its own), 40 ms away, keep the
    // server busy about 300 ms, not the 380+ ms the client waits, nor the 600 ms of both added up.
    void serverBusyTimeLeavesTheNetworkOut()
    {
        FakeOpenWebUi fake(FakeProfile::V0_11);
        listen(fake);
        fake.addModel(makeModel("slow:1b", "ollama", "local", 300));
        fake.addModel(makeModel("slow-too:1b", "ollama", "local", 300));
        const QString token = signIn(fake);
        get(fake, QStringLiteral("/api/models"), token);
        fake.setRoundTrip(40);
        fake.clearRequests();
        QCOMPARE(fake.serverBusyMs(), 0);
        QList<QNetworkReply*> replies;
        for (const char* model : {"slow:1b", "slow-too:1b"}) {
            const QByteArray body =
                QJsonDocument(QJsonObject{{"model", model}, {"messages", conversation()}}).toJson();
            replies << send(fake, "POST", QStringLiteral("/api/v1/tasks/title/completions"), body, token,
                            "application/json");
        }
        for (QNetworkReply* reply : replies)
            QCOMPARE(collect(reply, 5000).status, 200);
        const qint64 busy = fake.serverBusyMs();
        QVERIFY2(busy >= 290 && busy < 500, qPrintable(QString::number(busy)));
        for (const FakeOpenWebUi::Request& request : fake.requests()) {
            QVERIFY(request.handledUs - request.arrivedUs >= 40000); // the round trip came first
            QVERIFY(request.answeredUs - request.handledUs >= 290000);
        }
    }
};

QTEST_GUILESS_MAIN(TestFakeOpenWebUi)
#include "tst_fakeopenwebui.moc"
