#include "ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using tma::ApiError;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(tma::ApiError::Kind)

namespace {

const QByteArray kJson = "application/json";
const QByteArray kPermission = "You do not have permission to access this resource. Please contact your "
                               "administrator for assistance.";

QByteArray detailBody(const QByteArray& detail)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("detail"), QString::fromUtf8(detail)}})
        .toJson(QJsonDocument::Compact);
}

QString codeOf(Kind kind)
{
    return ApiError(kind).code();
}

QJsonValue parse(const QByteArray& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

class TestResponseClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorMapping_data();
    void errorMapping();
    void successJson_data();
    void successJson();
    void detailIsKept_data();
    void detailIsKept();
    void validationFieldsFromLoc();
    void validationWrongTypeIsNotMissing();
    void validationStringDetail();
    void htmlIsNeverApi_data();
    void htmlIsNeverApi();
    void plainTextErrorBody();
    void detailText_data();
    void detailText();
    void detailTextIsBounded();
    void validationFields_data();
    void validationFields();
    void garbageNeverCrashes();
    void provenKeyMeansRestriction();
    void providerRefusalOnProviderRoutes_data();
    void providerRefusalOnProviderRoutes();
};

void TestResponseClassifier::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withApiKey");
    QTest::addColumn<Kind>("expected");

    const QByteArray wrongCredentials =
        "The email or password provided is incorrect. Please check for typos and "
        "try logging in again.";
    QTest::newRow("400 wrong credentials")
        << 400 << detailBody(wrongCredentials) << false << Kind::WrongCredentials;
    // routers/auths.py ldap_auth and signin in trusted-header mode.
    QTest::newRow("400 ldap failed") << 400 << detailBody("LDAP authentication failed.") << false
                                     << Kind::LdapFailed;
    QTest::newRow("400 ldap off") << 400 << detailBody("LDAP authentication is not enabled") << false
                                  << Kind::LdapDisabled;
    QTest::newRow("400 trusted header missing")
        << 400
        << detailBody(
               "Your provider has not provided a trusted header. Please contact your administrator for "
               "assistance.")
        << false << Kind::TrustedHeaderRequired;
    // A provider's error body that happens to say it is not Open WebUI's sign-in.
    QTest::newRow("400 ldap words from a provider")
        << 400 << QByteArray(R"({"error":{"message":"LDAP authentication failed."}})") << false
        << Kind::Server;
    QTest::newRow("403 key use disabled")
        << 403 << detailBody("Use of API key is not enabled in the environment.") << true
        << Kind::ApiKeysDisabled;
    QTest::newRow("403 key use disabled, session")
        << 403 << detailBody("Use of API key is not enabled in the environment.") << false
        << Kind::ApiKeysDisabled;
    QTest::newRow("403 key creation not allowed")
        << 403 << detailBody("API key creation is not allowed in the environment.") << false
        << Kind::ApiKeysDisabled;
    QTest::newRow("403 permission with key")
        << 403 << detailBody(kPermission) << true << Kind::EndpointRestricted;
    QTest::newRow("401 permission with key") << 401 << detailBody(kPermission) << true << Kind::NotAdmin;
    QTest::newRow("401 permission session") << 401 << detailBody(kPermission) << false << Kind::NotAdmin;
    QTest::newRow("403 permission session") << 403 << detailBody(kPermission) << false << Kind::NotAdmin;
    QTest::newRow("403 password auth disabled")
        << 403 << detailBody("The requested action has been restricted as a security measure.") << false
        << Kind::PasswordAuthDisabled;
    QTest::newRow("401 invalid token") << 401 << detailBody("Invalid token") << false << Kind::SessionExpired;
    // An expired or forged JWT (utils/auth.py: decode_token → None → ERROR_MESSAGES.UNAUTHORIZED).
    QTest::newRow("401 expired JWT") << 401 << detailBody("401 Unauthorized") << false
                                     << Kind::SessionExpired;
    QTest::newRow("401 expired JWT, key")
        << 401 << detailBody("401 Unauthorized") << true << Kind::SessionExpired;
    QTest::newRow("401 deleted user (0.11 MFA era)")
        << 401 << detailBody("Invalid authentication request.") << false << Kind::SessionExpired;
    // The same words from a provider, passed through as its own JSON, are the provider's.
    QTest::newRow("401 provider says 401 Unauthorized")
        << 401 << QByteArray(R"({"error":{"message":"401 Unauthorized"}})") << false << Kind::Server;
    // >= 0.6.37 APIKeyRestrictionMiddleware.
    QTest::newRow("403 key path not allowed (0.6.37+)")
        << 403 << detailBody("API key not allowed to access this endpoint.") << true
        << Kind::EndpointRestricted;
    // A provider's refusal passed through a task or verify endpoint is not "sign in again".
    QTest::newRow("401 provider key")
        << 401 << QByteArray(R"({"error":{"message":"Incorrect API key provided: sk-or-1***"}})") << false
        << Kind::Server;
    QTest::newRow("403 provider quota") << 403 << detailBody("Key limit exceeded for this month") << false << Kind::Server;
    QTest::newRow("401 bare") << 401 << QByteArray("{}") << false << Kind::SessionExpired;
    QTest::newRow("401 invalid token key")
        << 401 << detailBody("Invalid token") << true << Kind::SessionExpired;
    QTest::newRow("401 expired")
        << 401 << detailBody("Your session has expired or the token is invalid. Please sign in again.")
        << false << Kind::SessionExpired;
    QTest::newRow("401 not authenticated")
        << 401 << detailBody("Not authenticated") << false << Kind::SessionExpired;
    QTest::newRow("403 not authenticated (0.6)")
        << 403 << detailBody("Not authenticated") << false << Kind::SessionExpired;
    QTest::newRow("401 user mismatch")
        << 401 << detailBody("User mismatch. Please sign in again.") << false << Kind::SessionExpired;
    QTest::newRow("429") << 429 << detailBody("API rate limit exceeded") << false << Kind::RateLimited;
    QTest::newRow("429 empty") << 429 << QByteArray() << false << Kind::RateLimited;
    QTest::newRow("404") << 404 << detailBody("Not Found") << false << Kind::NotFound;
    QTest::newRow("404 model") << 404 << detailBody("Model 'qwen2.5:3b' was not found") << true
                               << Kind::NotFound;
    QTest::newRow("404 empty body") << 404 << QByteArray() << false << Kind::NotFound;
    QTest::newRow("500") << 500 << detailBody("An internal error has occurred.") << false << Kind::Server;
    QTest::newRow("400 internal") << 400 << detailBody("An internal error has occurred.") << false
                                  << Kind::Server;
    QTest::newRow("503 startup") << 503 << detailBody("Startup not complete") << false
                                 << Kind::ServerStarting;
    QTest::newRow("503 db") << 503 << detailBody("Database not ready") << false << Kind::ServerStarting;
    QTest::newRow("503 redis") << 503 << detailBody("Redis not ready") << false << Kind::ServerStarting;
    QTest::newRow("503 openai disabled")
        << 503 << detailBody("OpenAI API is disabled") << false << Kind::Server;
    QTest::newRow("502 empty") << 502 << QByteArray() << false << Kind::Server;
    QTest::newRow("422 list")
        << 422
        << QByteArray(R"({"detail":[{"type":"missing","loc":["body","ENABLE_TITLE_GENERATION"],)"
                      R"("msg":"Field required","input":{}}]})")
        << false << Kind::Validation;
    QTest::newRow("422 string") << 422 << detailBody("Invalid input") << false << Kind::Validation;
}

void TestResponseClassifier::provenKeyMeansRestriction()
{
    // 0.5-0.6.36 answer a path outside the allowed endpoints with the "keys disabled" sentence:
    // once the key has worked elsewhere on the server, that sentence means "restricted".
    const QByteArray body = detailBody("Use of API key is not enabled in the environment.");
    QCOMPARE(tma::classifyResponse(403, kJson, body, true, false).error.kind(), Kind::ApiKeysDisabled);
    QCOMPARE(tma::classifyResponse(403, kJson, body, true, true).error.kind(), Kind::EndpointRestricted);
    QCOMPARE(tma::classifyResponse(403, kJson, body, false, true).error.kind(), Kind::ApiKeysDisabled);
}

void TestResponseClassifier::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, withApiKey);
    QFETCH(Kind, expected);

    const tma::ClassifiedResponse response = tma::classifyResponse(status, kJson, body, withApiKey);
    QCOMPARE(response.error.code(), codeOf(expected));
    QVERIFY(response.error.isError());
    QCOMPARE(response.error.httpStatus(), status);
    QVERIFY(!response.error.message().isEmpty());
}

void TestResponseClassifier::successJson_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("object") << 200 << QByteArray(R"({"status":true})");
    QTest::newRow("array") << 200 << QByteArray(R"([{"id":"a"},{"id":"b"}])");
    QTest::newRow("created") << 201 << QByteArray(R"({"api_key":"sk-123"})");
    QTest::newRow("whitespace around") << 200 << QByteArray("  \n{\"version\":\"0.6.30\"}\n  ");
    // HTTP 200 carrying a detail is data, not an error (title generation disabled).
    QTest::newRow("200 detail") << 200 << QByteArray(R"({"detail":"Title generation is disabled"})");
    QTest::newRow("200 permission words") << 200 << detailBody(kPermission);
}

void TestResponseClassifier::successJson()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    for (bool withApiKey : {false, true}) {
        const tma::ClassifiedResponse response = tma::classifyResponse(status, kJson, body, withApiKey);
        QVERIFY2(!response.error.isError(), qPrintable(response.error.code()));
        QCOMPARE(response.json, parse(body));
        QVERIFY(response.json.isObject() || response.json.isArray());
    }
}

void TestResponseClassifier::detailIsKept_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");

    QTest::newRow("string") << 404 << detailBody("Model not found") << QStringLiteral("Model not found");
    QTest::newRow("error object") << 402
                                  << QByteArray(R"({"error":{"message":"Insufficient credits","code":402}})")
                                  << QStringLiteral("Insufficient credits");
    QTest::newRow("error string") << 500 << QByteArray(R"({"error":"upstream exploded"})")
                                  << QStringLiteral("upstream exploded");
}

void TestResponseClassifier::detailIsKept()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const tma::ClassifiedResponse response = tma::classifyResponse(status, kJson, body, false);
    QCOMPARE(response.error.detail(), detail);
    // The parsed body stays available to callers.
    QCOMPARE(response.json, parse(body));
}

void TestResponseClassifier::validationFieldsFromLoc()
{
    const QByteArray body =
        R"({"detail":[{"type":"missing","loc":["body","ENABLE_TITLE_GENERATION"],"msg":"Field required","input":{}},)"
        R"({"type":"missing","loc":["body","VOICE_MODE_PROMPT_TEMPLATE"],"msg":"Field required","input":{}},)"
        R"({"type":"missing","loc":["body","ENABLE_TITLE_GENERATION"],"msg":"Field required","input":{}}]})";
    const tma::ClassifiedResponse response = tma::classifyResponse(422, kJson, body, false);
    QCOMPARE(response.error.code(), codeOf(Kind::Validation));
    QCOMPARE(response.error.fields(), (QStringList{QStringLiteral("ENABLE_TITLE_GENERATION"),
                                                   QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE")}));
    QVERIFY(response.error.detail().contains(QLatin1String("Field required")));
    QVERIFY(response.error.message().contains(QLatin1String("ENABLE_TITLE_GENERATION")));
    QVERIFY(response.error.message().contains(QLatin1String("VOICE_MODE_PROMPT_TEMPLATE")));
}

void TestResponseClassifier::validationWrongTypeIsNotMissing()
{
    // A field the server has but with a value of the wrong type: say so, never "it requires".
    const QByteArray body =
        R"({"detail":[{"type":"bool_parsing","loc":["body","ENABLE_TAGS_GENERATION"],)"
        R"("msg":"Input should be a valid boolean, unable to interpret input","input":"maybe"},)"
        R"({"type":"string_type","loc":["body","TASK_MODEL"],"msg":"Input should be a valid string","input":7},)"
        R"({"type":"missing","loc":["body","VOICE_MODE_PROMPT_TEMPLATE"],"msg":"Field required","input":{}}]})";
    const tma::ClassifiedResponse response = tma::classifyResponse(422, kJson, body, false);
    QCOMPARE(response.error.code(), codeOf(Kind::Validation));
    QCOMPARE(response.error.fields().size(), 3);
    QCOMPARE(response.error.missingFields(), QStringList{QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE")});
    QCOMPARE(response.error.wrongTypes().value(QStringLiteral("ENABLE_TAGS_GENERATION")),
             QStringLiteral("bool_parsing"));
    const QString message = response.error.message();
    QVERIFY2(message.contains(QLatin1String("it requires VOICE_MODE_PROMPT_TEMPLATE.")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(
                 "the field ENABLE_TAGS_GENERATION has the wrong type: it must be true or false")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the field TASK_MODEL has the wrong type: it must be text")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("requires ENABLE_TAGS_GENERATION")), qPrintable(message));
}

void TestResponseClassifier::validationStringDetail()
{
    const tma::ClassifiedResponse response =
        tma::classifyResponse(422, kJson, detailBody("Invalid input"), false);
    QCOMPARE(response.error.code(), codeOf(Kind::Validation));
    QVERIFY(response.error.fields().isEmpty());
    QCOMPARE(response.error.detail(), QStringLiteral("Invalid input"));
}

void TestResponseClassifier::htmlIsNeverApi_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-type 200")
        << 200 << QByteArray("text/html; charset=utf-8") << QByteArray("<p>Sign in to continue</p>");
    QTest::newRow("content-type upper") << 200 << QByteArray("Text/HTML") << QByteArray("whatever");
    QTest::newRow("content-type json-looking body")
        << 200 << QByteArray("text/html") << QByteArray(R"({"a":1})");
    QTest::newRow("doctype sniff") << 200 << kJson
                                   << QByteArray("<!DOCTYPE html><html><body>login</body></html>");
    QTest::newRow("doctype lower") << 200 << QByteArray() << QByteArray("<!doctype html><title>x</title>");
    QTest::newRow("html sniff") << 200 << QByteArray("text/plain")
                                << QByteArray("<html><head></head></html>");
    QTest::newRow("html sniff leading space")
        << 200 << QByteArray() << QByteArray("\r\n  \t<HTML lang=\"en\"><body>hi</body></HTML>");
    QTest::newRow("401 proxy page") << 401 << QByteArray("text/html") << QByteArray("<html>Authelia</html>");
    QTest::newRow("502 gateway page")
        << 502 << QByteArray() << QByteArray("<!DOCTYPE html><h1>Bad Gateway</h1>");
    QTest::newRow("403 sniff") << 403 << kJson
                               << QByteArray("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">");
    // On error statuses the sniffing decides: a proxy page is not "session expired" or "server error".
    QTest::newRow("401 html sniff") << 401 << QByteArray() << QByteArray("<html><body>Sign in</body></html>");
    QTest::newRow("404 html sniff") << 404 << QByteArray("text/plain")
                                    << QByteArray("\n  <HTML><h1>Not Found</h1>");
    QTest::newRow("500 doctype sniff") << 500 << kJson << QByteArray("<!doctype html><p>oops</p>");
}

void TestResponseClassifier::htmlIsNeverApi()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    for (bool withApiKey : {false, true}) {
        const tma::ClassifiedResponse response = tma::classifyResponse(status, contentType, body, withApiKey);
        QCOMPARE(response.error.code(), codeOf(Kind::UnexpectedContent));
        QCOMPARE(response.error.httpStatus(), status);
        QVERIFY(response.json.toObject().isEmpty());
    }
}

void TestResponseClassifier::plainTextErrorBody()
{
    const tma::ClassifiedResponse response =
        tma::classifyResponse(500, QByteArray("text/plain"), QByteArray("Internal   Server\nError"), false);
    QCOMPARE(response.error.code(), codeOf(Kind::Server));
    QCOMPARE(response.error.detail(), QStringLiteral("Internal Server Error"));
}

void TestResponseClassifier::detailText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << detailBody("Not Found") << QStringLiteral("Not Found");
    QTest::newRow("list") << QByteArray(
                                 R"({"detail":[{"loc":["body","TASK_MODEL"],"msg":"Field required"}]})")
                          << QStringLiteral("body.TASK_MODEL: Field required");
    QTest::newRow("list two") << QByteArray(R"({"detail":[{"loc":["body","A"],"msg":"m1"},)"
                                            R"({"loc":["query","limit",0],"msg":"m2"}]})")
                              << QStringLiteral("body.A: m1; query.limit.0: m2");
    QTest::newRow("list no loc") << QByteArray(R"({"detail":[{"msg":"broken"}]})")
                                 << QStringLiteral("broken");
    QTest::newRow("error object") << QByteArray(R"({"error":{"message":"Rate limit","type":"rate_limit"}})")
                                  << QStringLiteral("Rate limit");
    QTest::newRow("error string") << QByteArray(R"({"error":"boom"})") << QStringLiteral("boom");
    QTest::newRow("none") << QByteArray(R"({"status":false})") << QString();
    QTest::newRow("array body") << QByteArray(R"([1,2,3])") << QString();
    QTest::newRow("detail number") << QByteArray(R"({"detail":42})") << QString();
}

void TestResponseClassifier::detailText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(tma::detailText(parse(body)), expected);
}

void TestResponseClassifier::detailTextIsBounded()
{
    const QByteArray huge(100000, 'x');
    const QString text = tma::detailText(parse(detailBody(huge)));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.size() <= 1000);

    QJsonArray many;
    for (int i = 0; i < 500; ++i)
        many.append(QJsonObject{
            {QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), QStringLiteral("F%1").arg(i)}},
            {QStringLiteral("msg"), QStringLiteral("Field required")}});
    const QString listText = tma::detailText(QJsonObject{{QStringLiteral("detail"), many}});
    QVERIFY(listText.contains(QLatin1String("F0")));
    QVERIFY(!listText.contains(QLatin1String("F499")));
}

void TestResponseClassifier::validationFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two")
        << QByteArray(R"({"detail":[{"loc":["body","TASK_MODEL"]},{"loc":["body","TASK_MODEL_EXTERNAL"]}]})")
        << QStringList{QStringLiteral("TASK_MODEL"), QStringLiteral("TASK_MODEL_EXTERNAL")};
    QTest::newRow("duplicates") << QByteArray(R"({"detail":[{"loc":["body","A"]},{"loc":["body","A"]}]})")
                                << QStringList{QStringLiteral("A")};
    // The top-level field is named, even when the error is about something nested in it.
    QTest::newRow("nested") << QByteArray(
                                   R"({"detail":[{"loc":["body","items",0]},{"loc":["body","TASK_MODEL_PARAMS","max_tokens"]}]})")
                            << QStringList{QStringLiteral("items"), QStringLiteral("TASK_MODEL_PARAMS")};
    QTest::newRow("whole body") << QByteArray(R"({"detail":[{"loc":["body"],"msg":"Field required"}]})")
                                << QStringList();
    QTest::newRow("empty loc") << QByteArray(R"({"detail":[{"loc":[]},{"msg":"x"}]})") << QStringList();
    QTest::newRow("string detail") << detailBody("Field required") << QStringList();
    QTest::newRow("no detail") << QByteArray(R"({"error":"x"})") << QStringList();
    QTest::newRow("junk items") << QByteArray(
                                       R"({"detail":[1,"two",null,{"loc":"body"},{"loc":["body","C"]}]})")
                                << QStringList{QStringLiteral("C")};
}

void TestResponseClassifier::validationFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    QCOMPARE(tma::validationFields(parse(body)), expected);
}

void TestResponseClassifier::garbageNeverCrashes()
{
    QRandomGenerator random(20261121);
    const QList<int> statuses = {0,   100, 200, 204, 301, 400, 401, 403, 404,
                                 409, 422, 429, 500, 502, 503, 999, -1};
    const QList<QByteArray> contentTypes = {QByteArray(), kJson, QByteArray("text/html"),
                                            QByteArray("application/x-ndjson"), QByteArray("\xff\xfe")};
    const QList<QByteArray> seeds = {
        QByteArray(),
        QByteArray("{"),
        QByteArray("}"),
        QByteArray("[{]"),
        QByteArray("null"),
        QByteArray("true"),
        QByteArray("\"detail\""),
        QByteArray(R"({"detail":)"),
        QByteArray(R"({"detail":[{"loc":)"),
        QByteArray(R"({"detail":{"loc":["a"]}})"),
        QByteArray(R"({"error":[1,2]})"),
        QByteArray("\x00\x01\x02", 3),
        QByteArray("<"),
        QByteArray("<!DOC"),
        QByteArray(R"({"detail":[[[[[[[[]]]]]]]]})"),
        QByteArray(4096, '['),
        QByteArray(100000, '{'),
    };
    int classified = 0;
    for (int status : statuses) {
        for (const QByteArray& contentType : contentTypes) {
            QList<QByteArray> bodies = seeds;
            for (int i = 0; i < 20; ++i) {
                QByteArray bytes(static_cast<int>(random.bounded(1, 600)), Qt::Uninitialized);
                for (char& c : bytes)
                    c = static_cast<char>(random.bounded(256));
                bodies << bytes;
                // Valid-looking JSON with random damage.
                QByteArray json =
                    R"({"detail":[{"type":"missing","loc":["body","TASK_MODEL"],"msg":"Field required"}]})";
                json[static_cast<int>(random.bounded(json.size()))] = static_cast<char>(random.bounded(256));
                bodies << json;
            }
            for (const QByteArray& body : bodies) {
                for (bool withApiKey : {false, true}) {
                    const tma::ClassifiedResponse response =
                        tma::classifyResponse(status, contentType, body, withApiKey);
                    // Either JSON or an error, never an unexplained empty error.
                    if (response.error.isError())
                        QVERIFY(!response.error.message().isEmpty());
                    else
                        QVERIFY(status >= 200 && status < 300);
                    ++classified;
                }
            }
        }
    }
    QVERIFY(classified > 1000);
}

void TestResponseClassifier::providerRefusalOnProviderRoutes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withApiKey");
    QTest::newRow("401 key") << 401
                             << QByteArray(R"({"error":{"message":"No auth credentials found","code":401}})")
                             << false;
    QTest::newRow("401 says 401 Unauthorized")
        << 401 << QByteArray(R"({"error":{"message":"401 Unauthorized"}})") << true;
    QTest::newRow("402 credits") << 402
                                 << QByteArray(R"({"error":{"message":"Insufficient credits","code":402}})")
                                 << false;
    QTest::newRow("403 string") << 403 << QByteArray(R"({"error":"forbidden"})") << true;
    QTest::newRow("404 model") << 404 << QByteArray(R"({"error":{"message":"No endpoints found for x/y."}})")
                               << false;
}

// From 0.6.22 a task, chat or verify route passes the provider's refusal through as its own JSON:
// there it is the provider's (ProviderRefused, its words kept). The same body on any other route
// (a gateway in front of sign-in, say) is no provider's: never read as one, nor as our session.
void TestResponseClassifier::providerRefusalOnProviderRoutes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, withApiKey);
    const tma::ClassifiedResponse provider =
        tma::classifyResponse(status, kJson, body, withApiKey, false, true);
    QCOMPARE(provider.error.kind(), Kind::ProviderRefused);
    QCOMPARE(provider.error.httpStatus(), status);
    QCOMPARE(provider.error.detail(), tma::detailText(provider.json));
    const tma::ClassifiedResponse other =
        tma::classifyResponse(status, kJson, body, withApiKey, false, false);
    QVERIFY(other.error.kind() != Kind::ProviderRefused);
    QVERIFY(other.error.kind() != Kind::SessionExpired);
}

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
