#include "FakeOpenWebUi.h"

#include "FakeFormSchema.h"
#include "FakePullStream.h"
#include "FakeTaskConfigSchema.h"
#include "HttpConnection.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <optional>

namespace tma::test {

std::optional<QHostAddress> nonLoopbackAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress& address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
            !address.isLinkLocal())
            return address;
    }
    return std::nullopt;
}

QString profileName(FakeProfile profile)
{
    switch (profile) {
    case FakeProfile::V0_4: return QStringLiteral("0.4");
    case FakeProfile::V0_5: return QStringLiteral("0.5");
    case FakeProfile::V0_6: return QStringLiteral("0.6");
    case FakeProfile::V0_11: return QStringLiteral("0.11");
    }
    return {};
}

bool profileFromName(const QString& name, FakeProfile* out)
{
    for (FakeProfile profile : allProfiles()) {
        if (profileName(profile) == name) {
            if (out)
                *out = profile;
            return true;
        }
    }
    return false;
}

QList<FakeProfile> allProfiles()
{
    return {FakeProfile::V0_4, FakeProfile::V0_5, FakeProfile::V0_6, FakeProfile::V0_11};
}

namespace {

// Fixed so that listings are deterministic.
constexpr qint64 kCreated = 1760000000;
constexpr int kMaxFailedSignins = 15;

// ERROR_MESSAGES of backend/open_webui/constants.py, verbatim.
QString invalidTokenText()
{
    return QStringLiteral("Your session has expired or the token is invalid. Please sign in again.");
}

// ERROR_MESSAGES.UNAUTHORIZED: what an expired or forged JWT gets (utils/auth.py get_current_user:
// decode_token swallows the reason and returns None).
QString unauthorizedText()
{
    return QStringLiteral("401 Unauthorized");
}

QString accessProhibitedText()
{
    return QStringLiteral("You do not have permission to access this resource. "
                          "Please contact your administrator for assistance.");
}

// constants.py ERROR_MESSAGES.NOT_FOUND.
QString notFoundText()
{
    return QStringLiteral("We could not find what you're looking for :/");
}

QString invalidCredentialsText()
{
    return QStringLiteral("The email or password provided is incorrect. "
                          "Please check for typos and try logging in again.");
}

// ERROR_MESSAGES.INVALID_TRUSTED_HEADER.
QString invalidTrustedHeaderText()
{
    return QStringLiteral(
        "Your provider has not provided a trusted header. Please contact your administrator for "
        "assistance.");
}

QString actionProhibitedText()
{
    return QStringLiteral("The requested action has been restricted as a security measure.");
}

QString apiKeyNotAllowedText()
{
    return QStringLiteral("Use of API key is not enabled in the environment.");
}

QByteArray spaIndexPage()
{
    return QByteArrayLiteral("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" />"
                             "<title>Open WebUI</title></head><body><div id=\"app\"></div></body></html>\n");
}

QByteArray nginxBadGatewayPage()
{
    return QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n"
                             "<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n");
}

struct Reply
{
    int status = 0;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    bool deferred = false; // the handler answers later (latency, streaming, hang)
};

Reply jsonReply(int status, const QJsonValue& value)
{
    Reply reply;
    reply.status = status;
    if (value.isObject())
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isBool())
        reply.body = value.toBool() ? "true" : "false";
    else
        reply.body = "null";
    return reply;
}

Reply detailReply(int status, const QString& detail)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("detail"), detail}});
}

Reply validationReply(const QJsonArray& errors)
{
    return jsonReply(422, QJsonObject{{QStringLiteral("detail"), errors}});
}

Reply textReply(int status, const QByteArray& contentType, const QByteArray& body)
{
    Reply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = body;
    return reply;
}

// What uvicorn sends for an unhandled exception (KeyError, IndexError) in a route.
Reply uncaughtExceptionReply()
{
    return textReply(500, "text/plain; charset=utf-8", "Internal Server Error");
}

Reply deferredReply()
{
    Reply reply;
    reply.deferred = true;
    return reply;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString normalizedUrl(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString modelFamily(const QString& id)
{
    QString family;
    for (QChar c : id) {
        if (!c.isLetter())
            break;
        family.append(c);
    }
    return family.isEmpty() ? QStringLiteral("llama") : family;
}

struct User
{
    QString id;
    QString email;
    QString password;
    QString name;
    QString role;
    QString apiKey;
};

// An entry of the fake's LDAP directory (routers/auths.py ldap_auth reads username, mail, cn).
struct LdapEntry
{
    QString user;
    QString password;
    QString email;
    QString role; // of the Open WebUI account made at the first sign-in
};

struct PullSpec
{
    qint64 totalBytes = 1000000000;
    int chunks = 5;
    int chunkDelayMs = 20;
    QString error;
};

struct Provider
{
    QString url; // normalized
    QString key;
    QList<FakeModel> models;
    // A header the provider also needs (a gateway, say), which the connection's config sends
    // (OPENAI_API_CONFIGS[i].headers, routers/openai.py get_headers_and_cookies).
    QString requiredHeader;
    QString requiredHeaderValue;
    // OpenRouter shows its model list to anyone: /models then answers without a key (so
    // /openai/verify passes with any key), and only a completion checks it.
    bool openModelList = false;
    // A refusal of every completion (402 "Insufficient credits", say), after the key check.
    int refusalStatus = 0;
    QString refusalMessage;
};

struct Fault
{
    QString pathPrefix;
    FakeFault fault = FakeFault::None;
    int times = -1;
    QByteArray method;
};

struct Delay
{
    QString pathPrefix;
    int ms = 0;
    int times = -1;
    QByteArray method;
};

struct ListedModel
{
    FakeModel model;
    QJsonObject json;
};

enum class Access
{
    Public,
    Signed,   // any signed-in user, pending included (get_current_user)
    Verified, // user or admin (get_verified_user)
    Admin,    // admin (get_admin_user)
};

struct Exchange
{
    QPointer<HttpConnection> connection;
    HttpRequest request;
    qint64 serial = 0;                 // identifies the recorded request
    std::optional<User> user;
    QString credential;                // the bearer token or API key used
    QString pathParam;                 // last segment of a ".../*" route
    std::function<void()> afterAnswer; // runs once the response is written
};

struct Route
{
    QByteArray method;
    QString path;   // exact, or ending in "/*" for one trailing parameter segment
    Access access = Access::Public;
    bool hasBody = false;
    std::function<Reply(Exchange&)> handler;
};

} // namespace

struct FakeOpenWebUi::Private
{
    FakeOpenWebUi* q = nullptr;
    FakeProfile profile = FakeProfile::V0_11;
    QTcpServer* server = nullptr;

    QList<User> users;
    QHash<QString, QString> sessions; // JWT -> user id
    bool apiKeysEnabled = false;
    bool restrictionsEnabled = false;
    QStringList allowedPaths;
    bool passwordAuthEnabled = true;
    bool loginFormEnabled = true; // ENABLE_LOGIN_FORM: what the web page shows, nothing more
    bool frontendBuilt = true;    // false: an API-only install (no FRONTEND_BUILD_DIR)
    bool webUiAuth = true;        // WEBUI_AUTH
    bool mfaRequired = false;
    QHash<QString, int> failedSignins; // lower-cased e-mail -> count
    bool ldapEnabled = false;
    QList<LdapEntry> ldapEntries;
    QByteArray trustedHeader; // lower-case name; empty = WEBUI_AUTH_TRUSTED_EMAIL_HEADER unset

    QList<FakeModel> models;            // models the backends serve (Ollama + extra ones)
    // Workspace records written through the models router since start, by Open WebUI id: they
    // override what the FakeModel says (hasRecord/isPrivate), like the `model` table would.
    struct RecordState
    {
        bool exists = false;
        bool isPrivate = false;
        QString name;
        qint64 updatedAt = 0; // models/models.py: set on every write
    };
    QHash<QString, RecordState> records;
    qint64 recordClock = 1700000000;

    void storeRecord(const QString& id, RecordState state)
    {
        state.updatedAt = ++recordClock;
        records.insert(id, state);
    }
    QHash<QString, FakeModel> modelMap; // app.state.MODELS, refilled by GET /api/models
    QHash<QString, PullSpec> pullables;
    QSet<QString> cancelledPulls;
    int pulledModelLatencyMs = 25;
    // OLLAMA_API_CONFIGS["0"]: the connection's prefix for models pulled through the fake, and its
    // model_ids allow-list (routers/ollama.py get_all_models: exact names, checked before the prefix).
    QString ollamaPrefixId;
    QStringList ollamaModelIds;
    // OLLAMA_BASE_URLS: the nodes a pull can go to (the fake serves every node's models alike).
    QStringList ollamaNodeUrls{QStringLiteral("http://ollama:11434")};
    bool ollamaEnabled = true;   // ENABLE_OLLAMA_API
    bool ollamaReachable = true; // false: the Ollama server refuses connections
    QList<bool> ollamaNodeEnabled{true};
    QString serverName = QStringLiteral("Open WebUI");
    std::optional<QString> reportedVersion; // see setReportedVersion()
    // The unanswered request on each connection (serial, path), for abandonedRequests().
    QHash<HttpConnection*, QPair<qint64, QString>> openRequests;
    QStringList abandonedRequests;

    QJsonObject taskConfig;
    QJsonObject openAiConfig;
    QList<Provider> providers;

    QList<Fault> faults;
    QList<Delay> delays;
    QList<Request> requests;
    qint64 firstSerial = 0; // serial of requests.first()
    qint64 nextSerial = 0;
    int completionCounter = 0;

    QList<Route> routes;

    bool is011() const { return profile == FakeProfile::V0_11; }
    bool is04() const { return profile == FakeProfile::V0_4; }
    // utils/models.py: model entries carry connection_type from 0.6 on; 0.5 and 0.4 have only owned_by.
    bool hasConnectionType() const { return !is04() && profile != FakeProfile::V0_5; }

    // ---- plumbing -----------------------------------------------------------------------

    void acceptConnections()
    {
        while (server->hasPendingConnections()) {
            QTcpSocket* socket = server->nextPendingConnection();
            auto* connection = new HttpConnection(socket, q);
            QObject::connect(connection, &HttpConnection::closed, q, [this, connection] {
                const auto open = openRequests.constFind(connection);
                if (open != openRequests.constEnd() && statusOf(open->first) == 0)
                    abandonedRequests << open->second;
                openRequests.remove(connection);
            });
            QObject::connect(connection, &HttpConnection::requestReady, q,
                             [this, connection](const HttpRequest& request) { handle(connection, request); });
        }
    }

    qint64 record(const HttpRequest& request)
    {
        Request entry;
        entry.method = request.method;
        entry.path = request.path;
        entry.query = request.query;
        entry.headers = request.headers;
        entry.body = request.body;
        requests.append(entry);
        return nextSerial++;
    }

    // What the fake answered to request `serial` (0: nothing yet, or no longer recorded).
    int statusOf(qint64 serial) const
    {
        const qint64 index = serial - firstSerial;
        return index >= 0 && index < requests.size() ? requests[index].status : 0;
    }

    // The version text the server reports, or nothing (see setReportedVersion()).
    void insertVersion(QJsonObject& body) const
    {
        const QString text = reportedVersion.value_or(q->version());
        if (!text.isEmpty())
            body.insert(QStringLiteral("version"), text);
    }

    void setStatus(qint64 serial, int status)
    {
        const qint64 index = serial - firstSerial;
        if (index >= 0 && index < requests.size())
            requests[index].status = status;
    }

    void send(Exchange& exchange, const Reply& reply)
    {
        if (!exchange.connection || !exchange.connection->isOpen())
            return;
        setStatus(exchange.serial, reply.status);
        exchange.connection->respond({reply.status, reply.contentType, reply.body});
        if (exchange.afterAnswer)
            exchange.afterAnswer();
    }

    std::optional<FakeFault> takeFault(const HttpRequest& request, std::initializer_list<FakeFault> kinds)
    {
        for (Fault& fault : faults) {
            if (std::find(kinds.begin(), kinds.end(), fault.fault) == kinds.end())
                continue;
            if (fault.times == 0 || !request.path.startsWith(fault.pathPrefix))
                continue;
            if (!fault.method.isEmpty() && fault.method != request.method)
                continue;
            if (fault.times > 0)
                --fault.times;
            return fault.fault;
        }
        return std::nullopt;
    }

    // Faults that a proxy or a broken network produce, before Open WebUI itself sees anything.
    bool applyTransportFault(Exchange& exchange)
    {
        const std::optional<FakeFault> fault = takeFault(
            exchange.request, {FakeFault::Hang, FakeFault::ServerError, FakeFault::BadGateway, FakeFault::Html,
                               FakeFault::Reset, FakeFault::BadJson, FakeFault::ExpiredToken});
        if (!fault)
            return false;
        switch (*fault) {
        case FakeFault::Hang:
            break; // keep the socket open and the connection busy forever
        case FakeFault::Reset:
            exchange.connection->abortConnection();
            break;
        case FakeFault::ServerError:
            send(exchange, detailReply(500, QStringLiteral("An internal error has occurred.")));
            break;
        case FakeFault::BadGateway:
            send(exchange, textReply(502, "text/html", nginxBadGatewayPage()));
            break;
        case FakeFault::Html:
            send(exchange, textReply(200, "text/html; charset=utf-8",
                                     "<html><body>Sign in to your proxy</body></html>"));
            break;
        case FakeFault::BadJson:
            send(exchange, textReply(200, "application/json", R"({"TASK_MODEL": "qw)"));
            break;
        case FakeFault::ExpiredToken: // the session's JWT is past `exp` (utils/auth.py decode_token)
            send(exchange, detailReply(401, unauthorizedText()));
            break;
        default:
            break;
        }
        return true;
    }

    const Route* findRoute(const HttpRequest& request, QString* param, bool* pathKnown) const
    {
        *pathKnown = false;
        for (const Route& route : routes) {
            QString segment;
            bool matches = false;
            if (route.path.endsWith(QLatin1String("/*"))) {
                const QString prefix = route.path.chopped(1);
                segment = request.path.mid(prefix.size());
                matches = request.path.startsWith(prefix) && !segment.isEmpty()
                          && !segment.contains(QLatin1Char('/'));
            } else {
                matches = route.path == request.path;
            }
            if (!matches)
                continue;
            *pathKnown = true;
            if (route.method == request.method) {
                *param = segment;
                return &route;
            }
        }
        return nullptr;
    }

    // Python's truth test, as `if not value` applies it to a stored setting.
    static bool pythonTruthy(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            return value.toBool();
        case QJsonValue::Double:
            return value.toDouble() != 0.0;
        case QJsonValue::String:
            return !value.toString().isEmpty();
        case QJsonValue::Array:
            return !value.toArray().isEmpty();
        case QJsonValue::Object:
            return !value.toObject().isEmpty();
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return false;
        }
        return false;
    }

    void handle(HttpConnection* connection, const HttpRequest& request)
    {
        Exchange exchange;
        exchange.connection = connection;
        exchange.request = request;
        exchange.serial = record(request);
        openRequests.insert(connection, {exchange.serial, request.path});
        Q_EMIT q->requestReceived(request.method, request.path);

        if (const int ms = takeDelay(request); ms > 0) {
            QTimer::singleShot(ms, q, [this, exchange]() mutable { process(exchange); });
            return;
        }
        process(exchange);
    }

    int takeDelay(const HttpRequest& request)
    {
        for (Delay& delay : delays) {
            if (delay.times == 0 || !request.path.startsWith(delay.pathPrefix))
                continue;
            if (!delay.method.isEmpty() && delay.method != request.method)
                continue;
            if (delay.times > 0)
                --delay.times;
            return delay.ms;
        }
        return 0;
    }

    void process(Exchange& exchange)
    {
        const HttpRequest& request = exchange.request;
        if (applyTransportFault(exchange))
            return;

        bool pathKnown = false;
        const Route* route = findRoute(request, &exchange.pathParam, &pathKnown);
        if (!route) {
            // main.py mounts the web app last at "/" (SPAStaticFiles(html=True)): it fully matches
            // every path, so Starlette prefers it to a route that matches the path only. A GET
            // gets index.html with 200 (also on a POST-only path), except `*.js`, for which
            // SPAStaticFiles re-raises the 404; other methods get StaticFiles' 405. Without a
            // frontend build (API-only) FastAPI answers 405 on a known path, else 404.
            if (!frontendBuilt) {
                send(exchange, pathKnown ? detailReply(405, QStringLiteral("Method Not Allowed"))
                                         : detailReply(404, QStringLiteral("Not Found")));
                return;
            }
            if (request.method == "GET") {
                send(exchange, request.path.endsWith(QLatin1String(".js"))
                                   ? detailReply(404, QStringLiteral("Not Found"))
                                   : textReply(200, "text/html; charset=utf-8", spaIndexPage()));
                return;
            }
            send(exchange, detailReply(405, QStringLiteral("Method Not Allowed")));
            return;
        }

        // FastAPI decodes the JSON body before running the auth dependency.
        if (route->hasBody && !request.body.isEmpty()) {
            QJsonObject ignored;
            QJsonArray errors;
            if (!parseBody(exchange, &ignored, &errors) && errors.size() == 1
                && errors.at(0).toObject().value(QStringLiteral("type")).toString() == QLatin1String("json_invalid")) {
                send(exchange, validationReply(errors));
                return;
            }
        }

        if (const std::optional<Reply> denied = authenticate(exchange, route->access)) {
            send(exchange, *denied);
            return;
        }

        const Reply reply = route->handler(exchange);
        if (!reply.deferred)
            send(exchange, reply);
    }

    static bool parseBody(const Exchange& exchange, QJsonObject* body, QJsonArray* errors)
    {
        return FakeFormSchema::parseBody(exchange.request.body, exchange.request.headers.value("content-type"),
                                         body, errors);
    }

    // ---- authentication -----------------------------------------------------------------

    static QString bearerToken(const HttpRequest& request)
    {
        const QByteArray header = request.headers.value("authorization");
        if (!header.toLower().startsWith("bearer "))
            return {};
        return QString::fromUtf8(header.mid(7)).trimmed();
    }

    std::optional<User> userById(const QString& id) const
    {
        for (const User& user : users) {
            if (user.id == id)
                return user;
        }
        return std::nullopt;
    }

    std::optional<User> userByApiKey(const QString& key) const
    {
        for (const User& user : users) {
            if (!user.apiKey.isEmpty() && user.apiKey == key)
                return user;
        }
        return std::nullopt;
    }

    int userIndexByEmail(const QString& email) const
    {
        for (qsizetype i = 0; i < users.size(); ++i) {
            if (users.at(i).email.compare(email, Qt::CaseInsensitive) == 0)
                return int(i);
        }
        return -1;
    }

    bool endpointAllowed(const QString& path) const
    {
        for (const QString& allowed : allowedPaths) {
            const QString trimmed = allowed.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (path == trimmed)
                return true;
            // utils/auth.py get_current_user_by_api_key: 0.5 matched the exact path only; since
            // 0.6.2 (PR #12433) and in 0.11 a sub-path of an allowed endpoint passes too.
            if (!is04() && profile != FakeProfile::V0_5 && path.startsWith(trimmed + QLatin1Char('/')))
                return true;
        }
        return false;
    }

    // utils/auth.py get_current_user / get_verified_user / get_admin_user.
    std::optional<Reply> authenticate(Exchange& exchange, Access access)
    {
        if (access == Access::Public)
            return std::nullopt;

        const QString token = bearerToken(exchange.request);
        if (token.isEmpty())
            return detailReply(is011() ? 401 : 403, QStringLiteral("Not authenticated"));

        std::optional<User> user;
        if (token.startsWith(QLatin1String("sk-"))) {
            // utils/auth.py get_current_user_by_api_key.
            if (is011()) {
                // 0.11: the unknown key first, then the switch and the permission, then the
                // allowed endpoints on the raw ASGI path, answered with ACCESS_PROHIBITED.
                user = userByApiKey(token);
                if (!user)
                    return detailReply(401, invalidTokenText());
                if (!apiKeysEnabled)
                    return detailReply(403, apiKeyNotAllowedText());
                // Non-admins also need the features.api_keys permission (default off).
                if (user->role != QLatin1String("admin"))
                    return detailReply(403, apiKeyNotAllowedText());
                if (restrictionsEnabled && !endpointAllowed(exchange.request.path))
                    return detailReply(403, accessProhibitedText());
            } else {
                // 0.4-0.6.36: the switch and the allowed endpoints before the key is looked up,
                // both answered with API_KEY_NOT_ALLOWED ("Use of API key is not enabled…").
                if (!apiKeysEnabled)
                    return detailReply(403, apiKeyNotAllowedText());
                if (restrictionsEnabled && !endpointAllowed(exchange.request.path))
                    return detailReply(403, apiKeyNotAllowedText());
                user = userByApiKey(token);
                if (!user)
                    return detailReply(401, invalidTokenText());
            }
        } else {
            // A JWT this server did not issue, or one past its expiry, does not decode: 401
            // "401 Unauthorized". One that decodes but names a deleted user: INVALID_TOKEN.
            const auto session = sessions.constFind(token);
            if (session == sessions.constEnd())
                return detailReply(401, unauthorizedText());
            user = userById(session.value());
            if (!user)
                return detailReply(401, invalidTokenText());
        }

        const bool verified = user->role == QLatin1String("user") || user->role == QLatin1String("admin");
        if (access == Access::Verified && !verified)
            return detailReply(401, accessProhibitedText());
        if (access == Access::Admin && user->role != QLatin1String("admin"))
            return detailReply(401, accessProhibitedText());

        exchange.user = user;
        exchange.credential = token;
        return std::nullopt;
    }

    QString newSessionToken(const User& user)
    {
        // Looks like a HS256 JWT but is opaque: only this fake can vouch for it.
        const QByteArray payload =
            QJsonDocument(QJsonObject{{QStringLiteral("id"), user.id}, {QStringLiteral("jti"), randomHex(8)}})
                .toJson(QJsonDocument::Compact);
        const auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const QByteArray token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + payload.toBase64(base64url) + '.'
                                 + QByteArray::fromHex(randomHex(32).toLatin1()).toBase64(base64url);
        sessions.insert(QString::fromLatin1(token), user.id);
        return QString::fromLatin1(token);
    }

    QString profileImageUrl(const User& user) const
    {
        return is011() ? QStringLiteral("/api/v1/users/%1/profile/image").arg(user.id) : QStringLiteral("/user.png");
    }

    QJsonObject sessionUser(const User& user, const QString& token) const
    {
        return QJsonObject{
            {QStringLiteral("token"), token},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_at"), QJsonValue::Null},
            {QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("role"), user.role},
            {QStringLiteral("profile_image_url"), profileImageUrl(user)},
            {QStringLiteral("permissions"), QJsonObject()},
        };
    }

    // ---- models ---------------------------------------------------------------------------

    bool openAiEnabled() const
    {
        // The null trap: only a real `true` enables the OpenAI integration.
        const QJsonValue enabled = openAiConfig.value(QStringLiteral("ENABLE_OPENAI_API"));
        return enabled.isBool() && enabled.toBool();
    }

    QJsonObject baseModelJson(const FakeModel& model) const
    {
        QJsonObject json{
            {QStringLiteral("id"), model.id},
            {QStringLiteral("name"), model.name.isEmpty() ? model.id : model.name},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), kCreated},
            {QStringLiteral("owned_by"), model.ownedBy},
            {QStringLiteral("tags"), QJsonArray()},
        };
        if (hasConnectionType())
            json.insert(QStringLiteral("connection_type"), model.connectionType);
        if (model.hasRecord)
            json.insert(QStringLiteral("info"), recordJson(model));
        return json;
    }

    // utils/models.py get_all_models: `info` is the workspace record without its params. Its access:
    // 0.11 lists access grants (models/access_grants.py; public = a read grant for user "*");
    // earlier versions carry access_control (null = public, an object = restricted).
    QJsonObject recordJson(const FakeModel& model) const
    {
        QJsonObject info{{QStringLiteral("id"), model.id},
                         {QStringLiteral("user_id"), QStringLiteral("u-admin")},
                         {QStringLiteral("base_model_id"), model.baseModelId.isEmpty()
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(model.baseModelId)},
                         {QStringLiteral("name"), model.name.isEmpty() ? model.id : model.name},
                         {QStringLiteral("meta"), QJsonObject()},
                         {QStringLiteral("is_active"), true}};
        if (is011()) {
            QJsonArray grants;
            if (!model.isPrivate)
                grants.append(QJsonObject{{QStringLiteral("id"), sha256Hex(model.id).left(12)},
                                          {QStringLiteral("resource_type"), QStringLiteral("model")},
                                          {QStringLiteral("resource_id"), model.id},
                                          {QStringLiteral("principal_type"), QStringLiteral("user")},
                                          {QStringLiteral("principal_id"), QStringLiteral("*")},
                                          {QStringLiteral("permission"), QStringLiteral("read")},
                                          {QStringLiteral("created_at"), kCreated}});
            info.insert(QStringLiteral("access_grants"), grants);
        } else {
            info.insert(QStringLiteral("access_control"),
                        model.isPrivate ? QJsonValue(QJsonObject()) : QJsonValue(QJsonValue::Null));
        }
        return info;
    }

    // utils/models.py check_model_access for role "user" (admins skip it): a workspace record
    // that grants public read. Without it a task fails, and the model is not listed for them.
    static bool usableByUsers(const FakeModel& model) { return model.hasRecord && !model.isPrivate; }

    // The model with its record as the database holds it now (records written since start win).
    FakeModel withStoredRecord(FakeModel model) const
    {
        const auto stored = records.constFind(model.id);
        if (stored != records.constEnd()) {
            model.hasRecord = stored->exists;
            model.isPrivate = stored->isPrivate;
            if (stored->exists && !stored->name.isEmpty())
                model.name = stored->name;
        }
        return model;
    }

    QJsonObject ollamaEntry(const FakeModel& model) const
    {
        const QString family = modelFamily(model.id);
        QJsonObject entry{
            {QStringLiteral("name"), model.upstreamId.isEmpty() ? model.id : model.upstreamId},
            {QStringLiteral("model"), model.id},
            {QStringLiteral("modified_at"), QStringLiteral("2025-09-01T12:00:00.000000000Z")},
            {QStringLiteral("size"), model.sizeBytes},
            {QStringLiteral("digest"), sha256Hex(model.id)},
            {QStringLiteral("details"),
             QJsonObject{{QStringLiteral("parent_model"), QString()},
                         {QStringLiteral("format"), QStringLiteral("gguf")},
                         {QStringLiteral("family"), family},
                         {QStringLiteral("families"), QJsonArray{family}},
                         {QStringLiteral("parameter_size"), model.parameterSize},
                         {QStringLiteral("quantization_level"), QStringLiteral("Q4_K_M")}}},
            {QStringLiteral("urls"), QJsonArray{0}},
        };
        if (hasConnectionType())
            entry.insert(QStringLiteral("connection_type"), model.connectionType);
        return entry;
    }

    static QJsonObject providerRawModel(const FakeModel& model)
    {
        return QJsonObject{
            {QStringLiteral("id"), model.id},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), kCreated},
            {QStringLiteral("owned_by"), model.ownedBy == QLatin1String("ollama") ? QStringLiteral("system")
                                                                                   : model.ownedBy},
        };
    }

    const Provider* providerFor(const QString& url) const
    {
        const QString wanted = normalizedUrl(url);
        for (const Provider& provider : providers) {
            if (provider.url == wanted)
                return &provider;
        }
        return nullptr;
    }

    // Models that OpenAI connection `index` contributes (routers/openai.py get_all_models).
    QList<ListedModel> connectionModels(int index) const
    {
        QList<ListedModel> result;
        const QJsonArray urls = openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
        const QJsonArray keys = openAiConfig.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
        const QJsonObject configs = openAiConfig.value(QStringLiteral("OPENAI_API_CONFIGS")).toObject();
        if (index < 0 || index >= urls.size())
            return result;
        const QJsonObject config = configs.value(QString::number(index)).toObject();
        if (!config.value(QStringLiteral("enable")).toBool(true))
            return result;
        const Provider* provider = providerFor(urls.at(index).toString());
        if (!provider)
            return result; // the server cannot reach it
        const QString key = index < keys.size() ? keys.at(index).toString() : QString();

        QList<FakeModel> offered;
        const QJsonArray modelIds = config.value(QStringLiteral("model_ids")).toArray();
        if (modelIds.isEmpty()) {
            const QJsonObject headers = config.value(QStringLiteral("headers")).toObject();
            const bool headerOk =
                provider->requiredHeader.isEmpty() ||
                headers.value(provider->requiredHeader).toString() == provider->requiredHeaderValue;
            if ((key != provider->key && !provider->openModelList) || !headerOk)
                return result; // /models answered 401: the connection contributes nothing
            offered = provider->models;
        } else {
            // A shortlist is exposed as is, without asking the provider.
            for (const QJsonValue& idValue : modelIds) {
                const QString id = idValue.toString();
                FakeModel model;
                model.id = id;
                for (const FakeModel& known : provider->models) {
                    if (known.id == id)
                        model = known;
                }
                offered.append(model);
            }
        }

        const QString prefix = config.value(QStringLiteral("prefix_id")).toString();
        const QString connectionType = config.value(QStringLiteral("connection_type")).toString(QStringLiteral("external"));
        const QJsonArray tags = config.value(QStringLiteral("tags")).toArray();
        for (const FakeModel& raw : offered) {
            FakeModel model = raw;
            model.id = prefix.isEmpty() ? raw.id : prefix + QLatin1Char('.') + raw.id;
            model.name = raw.name.isEmpty() ? raw.id : raw.name;
            model.ownedBy = QStringLiteral("openai");
            model.connectionType = connectionType;
            model.sizeBytes = 0;
            model.openAiUrlIdx = index;
            model.upstreamId = raw.id; // routers/openai.py strips prefix_id before the call
            QJsonObject json = baseModelJson(model);
            // routers/openai.py get_all_models rewrites the provider's entry in place, so the raw
            // `openai` object carries the prefixed id too.
            QJsonObject raw0 = providerRawModel(raw);
            raw0.insert(QStringLiteral("id"), model.id);
            json.insert(QStringLiteral("openai"), raw0);
            json.insert(QStringLiteral("urlIdx"), index);
            json.insert(QStringLiteral("tags"), tags);
            result.append({model, json});
        }
        return result;
    }

    QList<ListedModel> openAiModels() const
    {
        QList<ListedModel> result;
        if (!openAiEnabled())
            return result;
        for (const FakeModel& listedModel : models) {
            if (listedModel.ownedBy == QLatin1String("openai") && listedModel.baseModelId.isEmpty()) {
                FakeModel model = listedModel;
                model.upstreamId = model.id;
                QJsonObject json = baseModelJson(model);
                json.insert(QStringLiteral("openai"), providerRawModel(model));
                json.insert(QStringLiteral("urlIdx"), qMax(0, model.openAiUrlIdx));
                result.append({model, json});
            }
        }
        const int connections = int(openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray().size());
        for (int i = 0; i < connections; ++i)
            result.append(connectionModels(i));
        return result;
    }

    // What GET /api/models lists; `admin` sees private models too.
    QList<ListedModel> currentModels(bool admin) const
    {
        QList<ListedModel> all;
        for (const FakeModel& raw : models) {
            if (!raw.baseModelId.isEmpty())
                continue; // workspace models come after their bases
            FakeModel model = raw;
            model.upstreamId = raw.id;
            if (model.ownedBy == QLatin1String("ollama") && (!ollamaEnabled || !ollamaReachable))
                continue; // routers/ollama.py get_all_models: nothing from a disabled or unreachable Ollama
            if (model.ownedBy == QLatin1String("ollama") && !ollamaModelIds.isEmpty() &&
                !ollamaModelIds.contains(raw.id))
                continue; // routers/ollama.py: a model_ids allow-list leaves the others out entirely
            if (model.ownedBy == QLatin1String("ollama")) {
                // routers/ollama.py get_all_models: the connection's prefix_id goes in front of
                // the id only; Ollama's own name stays as it is.
                if (!raw.prefixId.isEmpty())
                    model.id = raw.prefixId + QLatin1Char('.') + raw.id;
                QJsonObject json = baseModelJson(model);
                json.insert(QStringLiteral("ollama"), ollamaEntry(model));
                all.append({model, json});
            } else if (model.ownedBy != QLatin1String("openai")) {
                all.append({model, baseModelJson(model)});
            }
        }
        all.append(openAiModels());
        // utils/models.py get_all_models: a workspace model with a base_model_id is listed as a
        // preset with its record in `info`, owned like its base.
        for (const FakeModel& raw : models) {
            if (raw.baseModelId.isEmpty())
                continue;
            FakeModel model = raw;
            QJsonObject json = baseModelJson(model);
            json.insert(QStringLiteral("preset"), true);
            json.insert(QStringLiteral("info"), recordJson(model));
            all.append({model, json});
        }

        QList<ListedModel> result;
        QSet<QString> seen;
        for (ListedModel listed : all) {
            if (seen.contains(listed.model.id))
                continue; // duplicates by id collapse, first wins
            seen.insert(listed.model.id);
            if (records.contains(listed.model.id)) {
                // utils/models.py get_all_models: `info` is the record as stored now.
                listed.model = withStoredRecord(listed.model);
                listed.json.insert(QStringLiteral("name"), listed.model.name);
                if (listed.model.hasRecord)
                    listed.json.insert(QStringLiteral("info"), recordJson(listed.model));
                else
                    listed.json.remove(QStringLiteral("info"));
            }
            if (!admin && !usableByUsers(listed.model))
                continue; // utils/models.py get_filtered_models
            result.append(listed);
        }
        return result;
    }

    bool currentlyServed(const QString& id) const
    {
        for (const ListedModel& listed : currentModels(true)) {
            if (listed.model.id == id)
                return true;
        }
        return false;
    }

    // ---- route handlers -------------------------------------------------------------------

    Reply apiConfig(Exchange& exchange)
    {
        QJsonObject features{
            {QStringLiteral("auth"), webUiAuth},
            // main.py get_app_config: bool(WEBUI_AUTH_TRUSTED_EMAIL_HEADER) and ENABLE_LDAP, public.
            {QStringLiteral("auth_trusted_header"), !trustedHeader.isEmpty()},
            {QStringLiteral("enable_ldap"), ldapEnabled},
            {QStringLiteral("enable_signup"), false},
            {QStringLiteral("enable_login_form"), loginFormEnabled},
            {QStringLiteral("enable_websocket"), true},
        };
        if (is011())
            features.insert(QStringLiteral("enable_signup_password_confirmation"), false);
        else
            features.insert(QStringLiteral("enable_api_key"), apiKeysEnabled);

        QJsonObject config{
            {QStringLiteral("status"), true},
            {QStringLiteral("name"), serverName},
            {QStringLiteral("default_locale"), QString()},
            {QStringLiteral("oauth"), QJsonObject{{QStringLiteral("providers"), QJsonObject()},
                                                  {QStringLiteral("auto_redirect"), false}}},
        };

        insertVersion(config);

        // 0.4-0.6 only looked at the `token` cookie here (which this fake never sets), so the
        // header is ignored. 0.11 (main.py get_app_config) decodes the header: a session gets the
        // signed-in block; a forged or expired JWT, an sk- key or a deleted user's token gets the
        // anonymous answer (decode_token swallows the error, so its 401 branch never runs).
        const QString token = bearerToken(exchange.request);
        const auto session =
            token.startsWith(QLatin1String("sk-")) ? sessions.constEnd() : sessions.constFind(token);
        if (is011() && session != sessions.constEnd() && userById(session.value())) {
            features.insert(QStringLiteral("enable_api_keys"), apiKeysEnabled);
            features.insert(QStringLiteral("enable_autocomplete_generation"),
                            taskConfig.value(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION")).toBool());
            for (const char* name : {"enable_direct_connections", "enable_web_search", "enable_image_generation",
                                     "enable_code_interpreter", "enable_channels", "enable_version_update_check"})
                features.insert(QString::fromLatin1(name), false);
            for (const char* name : {"enable_folders", "enable_notes", "enable_memories"})
                features.insert(QString::fromLatin1(name), true);
            config.insert(QStringLiteral("default_models"), QString());
            config.insert(QStringLiteral("default_pinned_models"), QString());
            config.insert(QStringLiteral("default_prompt_suggestions"), QJsonArray());
            config.insert(QStringLiteral("permissions"), QJsonObject());
            config.insert(QStringLiteral("ui"), QJsonObject());
        }
        config.insert(QStringLiteral("features"), features);
        return jsonReply(200, config);
    }

    // routers/auths.py: every way in ends with the same answer, a session for that account.
    Reply signedIn(const User& user) { return jsonReply(200, sessionUser(user, newSessionToken(user))); }

    // Users.get_user_by_email, else made on first use (Auths.insert_new_auth), then signed in.
    Reply signInCreatingIfNeeded(const QString& email, const QString& password, const QString& role)
    {
        if (userIndexByEmail(email) < 0)
            q->addUser(email, password, role, QString());
        return signedIn(users.at(userIndexByEmail(email)));
    }

    // utils/auth.py create_signin_response (0.11 MFA era): a second factor is due, so no token;
    // the web app goes on with the challenge (utils/mfa.py).
    static Reply mfaChallenge(const User& user)
    {
        return jsonReply(
            200, QJsonObject{{QStringLiteral("next_step"), QStringLiteral("verify")},
                             {QStringLiteral("challenge_token"), user.id + QLatin1Char('.') + randomHex(16)},
                             {QStringLiteral("expires_in"), 300}});
    }

    // routers/auths.py signin with WEBUI_AUTH=False: the body is ignored and the one account,
    // admin@localhost, is signed in (made on the first call, as the first user, an admin); a server
    // that already has other users refuses with EXISTING_USERS.
    Reply signinWithoutAuth()
    {
        const QString email = QStringLiteral("admin@localhost");
        if (userIndexByEmail(email) < 0) {
            if (!users.isEmpty())
                return detailReply(
                    400, QStringLiteral("You can't turn off authentication because there are existing "
                                        "users. If you want to disable WEBUI_AUTH, make sure your web "
                                        "interface doesn't have any existing users and is a fresh "
                                        "installation."));
        }
        return signInCreatingIfNeeded(email, QStringLiteral("admin"), QStringLiteral("admin"));
    }

    Reply signin(Exchange& exchange)
    {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        FakeFormSchema form;
        form.add(QStringLiteral("email"), FakeFormSchema::Type::String)
            .add(QStringLiteral("password"), FakeFormSchema::Type::String);
        errors = form.validate(body);
        if (!errors.isEmpty())
            return validationReply(errors);

        // routers/auths.py signin: the trusted-header branch comes first (0.5/0.6), after the
        // ENABLE_PASSWORD_AUTH check on 0.11 (id:54705819886); the body is ignored there.
        if (!is011())
            if (const std::optional<Reply> trusted = trustedHeaderSignin(exchange))
                return *trusted;
        // The sign-in rate limit, ENABLE_PASSWORD_AUTH and MFA arrived with 0.6.37 (audit/auth.md
        // §signin): the 0.4-0.6.30 profiles have none of them.
        // routers/auths.py signin (@db15b21a): ENABLE_PASSWORD_AUTH is the first check, then the limit.
        const QString email = body.value(QStringLiteral("email")).toString().trimmed().toLower();
        if (is011() && !passwordAuthEnabled)
            return detailReply(403, actionProhibitedText());
        if (is011() && failedSignins.value(email) >= kMaxFailedSignins)
            return detailReply(429, QStringLiteral("API rate limit exceeded"));
        if (is011())
            if (const std::optional<Reply> trusted = trustedHeaderSignin(exchange))
                return *trusted;

        if (!webUiAuth)
            return signinWithoutAuth();
        const int index = userIndexByEmail(email);
        if (index < 0 || users.at(index).password != body.value(QStringLiteral("password")).toString()) {
            failedSignins[email] += 1;
            return detailReply(400, invalidCredentialsText());
        }
        if (is011() && mfaRequired)
            return mfaChallenge(users.at(index));
        return signedIn(users.at(index));
    }

    // routers/auths.py signin, WEBUI_AUTH_TRUSTED_EMAIL_HEADER set: without the header 400
    // INVALID_TRUSTED_HEADER; with it, that e-mail's account (made on first use, as signup does).
    std::optional<Reply> trustedHeaderSignin(Exchange& exchange)
    {
        if (trustedHeader.isEmpty())
            return std::nullopt;
        const QString email =
            QString::fromUtf8(exchange.request.headers.value(trustedHeader)).trimmed().toLower();
        if (email.isEmpty())
            return detailReply(400, invalidTrustedHeaderText());
        return signInCreatingIfNeeded(email, randomHex(16), QStringLiteral("pending"));
    }

    // routers/auths.py ldap_auth (0.6 @00248c9, 0.11 id:54705819886; 0.4-era main.py id:20873800
    // already advertises features.enable_ldap, the 0.4 handler itself is UNVERIFIED).
    Reply ldapSignin(Exchange& exchange)
    {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        FakeFormSchema form; // models/auths.py LdapForm
        form.add(QStringLiteral("user"), FakeFormSchema::Type::String)
            .add(QStringLiteral("password"), FakeFormSchema::Type::String);
        errors = form.validate(body);
        if (!errors.isEmpty())
            return validationReply(errors);
        if (!ldapEnabled)
            return detailReply(400, QStringLiteral("LDAP authentication is not enabled"));
        const QString user = body.value(QStringLiteral("user")).toString().toLower();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (is011()) {
            // >= 0.6.37: ENABLE_PASSWORD_AUTH also closes LDAP; 0.11 refuses a blank password
            // before binding (RFC 4513 unauthenticated bind).
            if (!passwordAuthEnabled)
                return detailReply(403, actionProhibitedText());
            if (password.trimmed().isEmpty())
                return detailReply(400, invalidCredentialsText());
        }
        // Search by the username attribute (lower-cased), bind as the entry with the password:
        // a missing entry, a failed bind, a missing mail attribute — every failure in the `try`
        // — is answered by the outer `except Exception` as 400 "LDAP authentication failed.".
        const LdapEntry* entry = nullptr;
        for (const LdapEntry& candidate : ldapEntries) {
            if (candidate.user.toLower() == user)
                entry = &candidate;
        }
        if (!entry || entry->password != password || entry->email.isEmpty())
            return detailReply(400, QStringLiteral("LDAP authentication failed."));
        if (is011() && mfaRequired) {
            if (userIndexByEmail(entry->email) < 0)
                q->addUser(entry->email, randomHex(16), entry->role, QString());
            return mfaChallenge(users.at(userIndexByEmail(entry->email)));
        }
        return signInCreatingIfNeeded(entry->email, randomHex(16), entry->role);
    }

    Reply sessionUserRoute(Exchange& exchange)
    {
        QJsonObject json = sessionUser(*exchange.user, exchange.credential);
        json.insert(QStringLiteral("bio"), QJsonValue::Null);
        json.insert(QStringLiteral("gender"), QJsonValue::Null);
        json.insert(QStringLiteral("date_of_birth"), QJsonValue::Null);
        return jsonReply(200, json);
    }

    Reply getApiKey(Exchange& exchange)
    {
        const int index = userIndexByEmail(exchange.user->email);
        if (index < 0 || users.at(index).apiKey.isEmpty())
            return detailReply(404, QStringLiteral("Oops! It looks like there's a hiccup. The API key is missing. "
                                                   "Please make sure to provide a valid API key to access this feature."));
        return jsonReply(200, QJsonObject{{QStringLiteral("api_key"), users.at(index).apiKey}});
    }

    Reply createApiKey(Exchange& exchange)
    {
        const bool permitted = exchange.user->role == QLatin1String("admin") || !is011();
        if (!apiKeysEnabled || !permitted)
            return detailReply(403, QStringLiteral("API key creation is not allowed in the environment."));
        const int index = userIndexByEmail(exchange.user->email);
        users[index].apiKey = QStringLiteral("sk-") + randomHex(16);
        return jsonReply(200, QJsonObject{{QStringLiteral("api_key"), users.at(index).apiKey}});
    }

    Reply deleteApiKey(Exchange& exchange)
    {
        const int index = userIndexByEmail(exchange.user->email);
        users[index].apiKey.clear();
        return jsonReply(200, true);
    }

    Reply listModels(Exchange& exchange)
    {
        // The task endpoints only know what the last listing put into app.state.MODELS.
        modelMap.clear();
        for (const ListedModel& listed : currentModels(true))
            modelMap.insert(listed.model.id, listed.model);
        QJsonArray data;
        for (const ListedModel& listed : currentModels(exchange.user->role == QLatin1String("admin")))
            data.append(listed.json);
        return jsonReply(200, QJsonObject{{QStringLiteral("data"), data}});
    }

    Reply getTaskConfig(Exchange& exchange)
    {
        if (takeFault(exchange.request, {FakeFault::ConcurrentChange})) {
            // Another admin saves right after our GET was answered.
            exchange.afterAnswer = [this] {
                taskConfig.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("someone-else:1b"));
                taskConfig.insert(QStringLiteral("ENABLE_TAGS_GENERATION"),
                                  !taskConfig.value(QStringLiteral("ENABLE_TAGS_GENERATION")).toBool(true));
            };
        }
        return jsonReply(200, taskConfig);
    }

    Reply updateTaskConfig(Exchange& exchange)
    {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        const FakeFormSchema form = FakeTaskConfigSchema::form(profile);
        errors = form.validate(body);
        if (!errors.isEmpty())
            return validationReply(errors);

        QJsonObject merged = taskConfig;
        const QJsonObject accepted = form.pick(body); // unknown keys are dropped, not stored
        for (auto it = accepted.constBegin(); it != accepted.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        if (!takeFault(exchange.request, {FakeFault::NotPersisted}))
            taskConfig = merged;
        return jsonReply(200, merged);
    }

    static QString titleFor(const QJsonArray& messages)
    {
        QString text;
        for (const QJsonValue& message : messages) {
            const QJsonObject object = message.toObject();
            if (object.value(QStringLiteral("role")).toString() == QLatin1String("user"))
                text = object.value(QStringLiteral("content")).toString();
        }
        static const QRegularExpression nonWord(QStringLiteral("[^\\w\\s'-]"));
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        QStringList words = text.remove(nonWord).split(spaces, Qt::SkipEmptyParts).mid(0, 4);
        if (words.isEmpty())
            return QStringLiteral("New Chat");
        words[0][0] = words[0][0].toUpper();
        return words.join(QLatin1Char(' '));
    }

    QJsonObject chatCompletion(const QString& model, const QString& content)
    {
        ++completionCounter;
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-fake-%1").arg(completionCounter)},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("created"), kCreated},
            {QStringLiteral("model"), model},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("index"), 0},
                 {QStringLiteral("message"),
                  QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), content}}},
                 {QStringLiteral("finish_reason"), QStringLiteral("stop")},
             }}},
            {QStringLiteral("usage"),
             QJsonObject{{QStringLiteral("prompt_tokens"), 120},
                         {QStringLiteral("completion_tokens"), 12},
                         {QStringLiteral("total_tokens"), 132}}},
        };
    }

    // The "model" of a task's answer: what the upstream echoes, not Open WebUI's id. A workspace
    // model runs its base_model_id; routers/ollama.py strips the connection's prefix_id (0.6 also
    // adds ":latest" to an untagged name); an OpenAI-compatible provider's JSON is returned as it
    // is (routers/openai.py generate_chat_completion), with the provider's own name in it.
    QString upstreamAnswerName(const FakeModel& model, int depth = 0) const
    {
        if (!model.baseModelId.isEmpty()) {
            const auto base = modelMap.constFind(model.baseModelId);
            if (base != modelMap.constEnd() && depth < 4)
                return upstreamAnswerName(base.value(), depth + 1);
            return model.baseModelId;
        }
        if (!model.answersAs.isEmpty())
            return model.answersAs;
        QString name = model.upstreamId.isEmpty() ? model.id : model.upstreamId;
        if (model.ownedBy == QLatin1String("ollama") && profile == FakeProfile::V0_6 &&
            !name.contains(QLatin1Char(':')))
            name += QStringLiteral(":latest");
        return name;
    }

    // utils/task.py get_task_model_id, in the flavour of the profile.
    QString taskModelFor(const FakeModel& chatModel) const
    {
        const QString taskModel = taskConfig.value(QStringLiteral("TASK_MODEL")).toString();
        const QString taskModelExternal = taskConfig.value(QStringLiteral("TASK_MODEL_EXTERNAL")).toString();
        // utils/task.py get_task_model_id: 0.5 (and 0.4) decide by the chat model's owner; 0.6 and
        // 0.11 by its connection_type.
        const bool localSlot = hasConnectionType() ? chatModel.connectionType == QLatin1String("local")
                                                   : chatModel.ownedBy == QLatin1String("ollama");
        if (localSlot) {
            if (!taskModel.isEmpty() && modelMap.contains(taskModel))
                return taskModel;
        } else if (!taskModelExternal.isEmpty() && modelMap.contains(taskModelExternal)) {
            return taskModelExternal;
        }
        return chatModel.id;
    }

    Reply titleCompletion(Exchange& exchange)
    {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);

        // 0.4 has no switch: title generation is always on there. routers/tasks.py
        // generate_title tests `if not request.app.state.config.ENABLE_TITLE_GENERATION`: a
        // null (or any falsy) value stored there turns it off just like false.
        if (!is04() && !pythonTruthy(taskConfig.value(QStringLiteral("ENABLE_TITLE_GENERATION"))))
            return jsonReply(200, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Title generation is disabled")}});

        // routers/tasks.py generate_title reads form_data["model"] first (a missing key raises
        // KeyError: 500 in every version); 0.11 then refuses an empty or null one.
        const QJsonValue modelValue = body.value(QStringLiteral("model"));
        if (modelValue.isUndefined())
            return uncaughtExceptionReply();
        if (is011() && modelValue.toString().isEmpty()) {
            return detailReply(400, QStringLiteral("No model specified for title generation. "
                                                   "Please ensure a model is selected for this chat."));
        }
        const QString modelId = modelValue.toString();
        const auto known = modelMap.constFind(modelId);
        // routers/tasks.py generate_title: 0.5/0.6 say "Model not found"; 0.11 calls
        // ERROR_MESSAGES.MODEL_NOT_FOUND() without a name, so the quotes are always empty.
        if (known == modelMap.constEnd())
            return detailReply(404, is011() ? QStringLiteral("Model '' was not found")
                                            : QStringLiteral("Model not found"));
        if (!body.value(QStringLiteral("messages")).isArray())
            return detailReply(400, QStringLiteral("An internal error has occurred."));

        const QString chosen = taskModelFor(known.value());
        if (!currentlyServed(chosen))
            return detailReply(400, QStringLiteral("An internal error has occurred.")); // backend lost it

        const FakeModel taskModel = modelMap.value(chosen);
        // utils/chat.py generate_chat_completion runs check_model_access on the task model for
        // role "user" (tasks never pass bypass_filter); the title route hides the failure.
        // It reads the record from the database, not from the model map.
        if (exchange.user->role == QLatin1String("user") && !usableByUsers(withStoredRecord(taskModel)))
            return detailReply(400, QStringLiteral("An internal error has occurred."));
        // routers/tasks.py generate_title hides a raised error behind 400 "An internal error has
        // occurred.": a connection error always, a provider's refusal before 0.6.22. From 0.6.22
        // (and in 0.11) routers/openai.py returns the refusal, which passes through unchanged.
        const UpstreamRefusal refusal = upstreamRefusal(taskModel);
        if (refusal.unreachable || (refusal.status != 0 && (is04() || profile == FakeProfile::V0_5)))
            return detailReply(400, QStringLiteral("An internal error has occurred."));
        if (refusal.status != 0)
            return providerErrorReply(refusal);
        const QString content = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("title"), titleFor(body.value(QStringLiteral("messages")).toArray())}})
                .toJson(QJsonDocument::Compact));
        const Reply reply = jsonReply(200, chatCompletion(upstreamAnswerName(taskModel), content));
        QTimer::singleShot(qMax(0, taskModel.latencyMs), q, [this, exchange, reply]() mutable { send(exchange, reply); });
        return deferredReply();
    }

    // What an OpenAI-compatible provider answers when a model of one of its connections runs:
    // not reachable, or refused (a wrong key 401, a model it does not offer 404, or the refusal
    // set with setProviderRefusal); status 0 = it answers.
    struct UpstreamRefusal
    {
        bool unreachable = false;
        int status = 0;
        QString message;
    };
    UpstreamRefusal upstreamRefusal(const FakeModel& model) const
    {
        UpstreamRefusal refusal;
        if (model.ownedBy != QLatin1String("openai") || model.openAiUrlIdx < 0)
            return refusal;
        const QJsonArray urls = openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
        const QJsonArray keys = openAiConfig.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
        const Provider* provider = providerFor(urls.at(model.openAiUrlIdx).toString());
        if (!provider) {
            refusal.unreachable = true;
            return refusal;
        }
        bool offered = false;
        for (const FakeModel& candidate : provider->models)
            offered = offered || candidate.id == model.upstreamId;
        if (keys.at(model.openAiUrlIdx).toString() != provider->key) {
            refusal.status = 401;
            refusal.message = QStringLiteral("No auth credentials found");
        } else if (!offered) {
            refusal.status = 404;
            refusal.message = QStringLiteral("%1 is not a valid model ID").arg(model.upstreamId);
        } else if (provider->refusalStatus != 0) {
            refusal.status = provider->refusalStatus;
            refusal.message = provider->refusalMessage;
        }
        return refusal;
    }

    // routers/openai.py from 0.6.22 (PR #16385): the provider's status and its own JSON, unchanged.
    static Reply providerErrorReply(const UpstreamRefusal& refusal)
    {
        return jsonReply(
            refusal.status,
            QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), refusal.message},
                                                              {QStringLiteral("code"), refusal.status}}}});
    }

    // main.py chat_completion → utils/chat.py generate_chat_completion → the model's router. A
    // model the map does not hold is 400 "Model not found"; a provider's refusal comes back in the
    // shape of the version: 0.5 (and up to 0.6.21) raise it, and main.py answers 400 with
    // str(HTTPException) = "<status>: <message>"; 0.6.22-0.10 return the provider's status and JSON
    // unchanged (routers/openai.py, PR #16385); 0.11 turns it into 400 {"detail": <message>}.
    Reply chatCompletionRoute(Exchange& exchange)
    {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        const QString modelId = body.value(QStringLiteral("model")).toString();
        const auto known = modelMap.constFind(modelId);
        if (known == modelMap.constEnd())
            return detailReply(400, QStringLiteral("Model not found"));
        const FakeModel model = known.value();
        const UpstreamRefusal refusal = upstreamRefusal(model);
        if (refusal.unreachable) {
            // Unreachable provider: 0.5 raises, main.py answers 400 "500: …"; 0.6.22-0.10's
            // process_chat swallows it and answers 200 `null`; 0.11 answers 400 with the text.
            if (is04() || profile == FakeProfile::V0_5)
                return detailReply(400, QStringLiteral("500: Open WebUI: Server Connection Error"));
            if (is011())
                return detailReply(400, QStringLiteral("Open WebUI: Server Connection Error"));
            return jsonReply(200, QJsonValue::Null);
        }
        if (refusal.status != 0) {
            if (is04() || profile == FakeProfile::V0_5)
                return detailReply(400, QStringLiteral("%1: %2").arg(refusal.status).arg(refusal.message));
            if (is011())
                return detailReply(400, refusal.message);
            return providerErrorReply(refusal);
        }
        const Reply reply = jsonReply(200, chatCompletion(upstreamAnswerName(model), QStringLiteral("OK")));
        QTimer::singleShot(qMax(0, model.latencyMs), q,
                           [this, exchange, reply]() mutable { send(exchange, reply); });
        return deferredReply();
    }

    void someoneElseAddsAConnection()
    {
        QJsonArray urls = openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
        QJsonArray keys = openAiConfig.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
        urls.append(QStringLiteral("https://someone-else.example/v1"));
        keys.append(QStringLiteral("sk-someone-else"));
        openAiConfig.insert(QStringLiteral("OPENAI_API_BASE_URLS"), urls);
        openAiConfig.insert(QStringLiteral("OPENAI_API_KEYS"), keys);
    }

    // routers/openai.py get_config: the four settings, keys in clear.
    Reply getOpenAiConfig(Exchange& exchange)
    {
        if (takeFault(exchange.request, {FakeFault::ConcurrentChange})) {
            // Another admin saves the connections right after our GET was answered.
            exchange.afterAnswer = [this] {
                someoneElseAddsAConnection();
            };
        }
        return jsonReply(200, openAiConfig);
    }

    QJsonObject openAiConfigForm() const
    {
        return openAiConfig;
    }

    Reply updateOpenAiConfig(Exchange& exchange)
    {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        if (takeFault(exchange.request, {FakeFault::ConcurrentChange}))
            exchange.afterAnswer = [this] {
                someoneElseAddsAConnection();
            }; // right after our write
        FakeFormSchema form;
        form.addOptional(QStringLiteral("ENABLE_OPENAI_API"), FakeFormSchema::Type::Bool, true, QJsonValue::Null)
            .add(QStringLiteral("OPENAI_API_BASE_URLS"), FakeFormSchema::Type::StringList)
            .add(QStringLiteral("OPENAI_API_KEYS"), FakeFormSchema::Type::StringList)
            .add(QStringLiteral("OPENAI_API_CONFIGS"), FakeFormSchema::Type::Object);
        errors = form.validate(body);
        if (!errors.isEmpty())
            return validationReply(errors);

        const QJsonObject picked = form.pick(body);
        const QJsonArray urls = picked.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
        QJsonArray keys = picked.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
        while (keys.size() < urls.size())
            keys.append(QString());
        while (keys.size() > urls.size())
            keys.removeLast();
        QJsonObject configs;
        const QJsonObject sentConfigs = picked.value(QStringLiteral("OPENAI_API_CONFIGS")).toObject();
        for (qsizetype i = 0; i < urls.size(); ++i) {
            const QString key = QString::number(i);
            if (sentConfigs.contains(key))
                configs.insert(key, sentConfigs.value(key));
        }
        // ENABLE_OPENAI_API is stored exactly as sent, null included: that is the trap.
        openAiConfig = QJsonObject{
            {QStringLiteral("ENABLE_OPENAI_API"), picked.value(QStringLiteral("ENABLE_OPENAI_API"))},
            {QStringLiteral("OPENAI_API_BASE_URLS"), urls},
            {QStringLiteral("OPENAI_API_KEYS"), keys},
            {QStringLiteral("OPENAI_API_CONFIGS"), configs},
        };
        return jsonReply(200, openAiConfig);
    }

    Reply verifyOpenAi(Exchange& exchange)
    {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        FakeFormSchema form;
        form.add(QStringLiteral("url"), FakeFormSchema::Type::String)
            .add(QStringLiteral("key"), FakeFormSchema::Type::String)
            .addOptional(QStringLiteral("config"), FakeFormSchema::Type::Object, true, QJsonValue::Null);
        errors = form.validate(body);
        if (!errors.isEmpty())
            return validationReply(errors);

        const Provider* provider = providerFor(body.value(QStringLiteral("url")).toString());
        if (!provider)
            return detailReply(500, QStringLiteral("Open WebUI: Server Connection Error"));
        // routers/openai.py verify_connection: 0.5 reads only {url, key}; from 0.6 the connection's
        // config is used too (auth type, headers, Azure).
        const QJsonObject headers =
            is04() || profile == FakeProfile::V0_5
                ? QJsonObject()
                : body.value(QStringLiteral("config")).toObject().value(QStringLiteral("headers")).toObject();
        const bool keyOk =
            provider->openModelList || provider->key == body.value(QStringLiteral("key")).toString();
        const bool headerOk =
            provider->requiredHeader.isEmpty() ||
            headers.value(provider->requiredHeader).toString() == provider->requiredHeaderValue;
        if (!keyOk || !headerOk) {
            const QString message =
                keyOk ? QStringLiteral("Missing gateway header") : QStringLiteral("Invalid API key");
            // Up to 0.6.21 the refusal became 500 "Unexpected error: External Error: {repr}"; from
            // 0.6.22 (PR #16385) the provider's status and JSON are passed through.
            if (is04() || profile == FakeProfile::V0_5)
                return detailReply(
                    500, QStringLiteral("Unexpected error: External Error: {'message': '%1'}").arg(message));
            return jsonReply(401, QJsonObject{{QStringLiteral("error"),
                                               QJsonObject{{QStringLiteral("message"), message}}}});
        }
        QJsonArray data;
        for (const FakeModel& model : provider->models)
            data.append(providerRawModel(model));
        return jsonReply(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
    }

    Reply openAiModelsRoute(Exchange&)
    {
        if (!openAiEnabled())
            return detailReply(503, QStringLiteral("OpenAI API is disabled"));
        QJsonArray data;
        for (const ListedModel& listed : openAiModels())
            data.append(listed.json);
        return jsonReply(200, QJsonObject{{QStringLiteral("data"), data}});
    }

    Reply openAiModelsOfConnection(Exchange& exchange)
    {
        if (!openAiEnabled())
            return detailReply(503, QStringLiteral("OpenAI API is disabled"));
        bool ok = false;
        const int index = exchange.pathParam.toInt(&ok);
        const QJsonArray urls = openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
        if (!ok || index < 0 || index >= urls.size())
            return uncaughtExceptionReply();
        const Provider* provider = providerFor(urls.at(index).toString());
        if (!provider)
            return detailReply(500, QStringLiteral("Open WebUI: Server Connection Error"));
        QJsonArray data;
        for (const FakeModel& model : provider->models)
            data.append(providerRawModel(model));
        return jsonReply(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
    }

    Reply ollamaConfig(Exchange&)
    {
        return jsonReply(200,
                         QJsonObject{
                             {QStringLiteral("ENABLE_OLLAMA_API"), ollamaEnabled},
                             {QStringLiteral("OLLAMA_BASE_URLS"), QJsonArray::fromStringList(ollamaNodeUrls)},
                             {QStringLiteral("OLLAMA_API_CONFIGS"), ollamaConfigs()},
                         });
    }

    // routers/ollama.py get_config: OLLAMA_API_CONFIGS keyed by the node's index.
    QJsonObject ollamaConfigs() const
    {
        QJsonObject configs;
        for (qsizetype i = 0; i < ollamaNodeUrls.size(); ++i) {
            configs.insert(QString::number(i),
                           QJsonObject{{QStringLiteral("enable"), ollamaNodeEnabled.value(i, true)},
                                       {QStringLiteral("key"), QString()},
                                       {QStringLiteral("prefix_id"), i == 0 ? ollamaPrefixId : QString()},
                                       {QStringLiteral("tags"), QJsonArray()},
                                       {QStringLiteral("model_ids"),
                                        QJsonArray::fromStringList(i == 0 ? ollamaModelIds : QStringList())},
                                       {QStringLiteral("connection_type"), QStringLiteral("local")}});
        }
        return configs;
    }

    // routers/ollama.py: 0.11 refuses every proxy route while the Ollama API is off; 0.5/0.6
    // answer tags with an empty list and still pull from the first URL.
    static QString ollamaDisabledText()
    {
        return QStringLiteral("The Ollama API is disabled. Please enable it to use this feature.");
    }

    Reply ollamaTags(Exchange&)
    {
        if (!ollamaEnabled && is011())
            return detailReply(503, ollamaDisabledText());
        if (!ollamaEnabled || !ollamaReachable)
            return jsonReply(200, QJsonObject{{QStringLiteral("models"), QJsonArray()}});
        QJsonArray list;
        for (const FakeModel& model : models) {
            if (model.ownedBy == QLatin1String("ollama"))
                list.append(ollamaEntry(model));
        }
        return jsonReply(200, QJsonObject{{QStringLiteral("models"), list}});
    }

    bool ollamaHas(const QString& id) const
    {
        for (const FakeModel& model : models) {
            if (model.id == id && model.ownedBy == QLatin1String("ollama"))
                return true;
        }
        return false;
    }

    static QByteArray line(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    static QJsonObject statusLine(const QString& status)
    {
        return QJsonObject{{QStringLiteral("status"), status}};
    }

    Reply pull(Exchange& exchange)
    {
        if (!exchange.pathParam.isEmpty()) {
            bool ok = false;
            const int index = exchange.pathParam.toInt(&ok);
            if (!ok) {
                return validationReply(QJsonArray{FakeFormSchema::error(
                    QStringLiteral("int_parsing"), QJsonArray{QStringLiteral("path"), QStringLiteral("url_idx")},
                    QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
                    exchange.pathParam)});
            }
            if (index < 0 || index >= ollamaNodeUrls.size())
                return uncaughtExceptionReply(); // OLLAMA_BASE_URLS[url_idx] raised IndexError
        }
        if (!ollamaEnabled && is011())
            return detailReply(503, ollamaDisabledText());
        if (!ollamaReachable) {
            // routers/ollama.py send_post_request: 0.5 has no response to read ("Open WebUI: Server
            // Connection Error"); from mid-0.6 the aiohttp error is named.
            return detailReply(500,
                               profile == FakeProfile::V0_5 || is04()
                                   ? QStringLiteral("Open WebUI: Server Connection Error")
                                   : QStringLiteral("Ollama: Cannot connect to host ollama:11434 ssl:default "
                                                    "[Connect call failed ('172.18.0.2', 11434)]"));
        }

        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        QString name;
        if (is011()) {
            // ModelNameForm(model, extra='allow') with a validator mapping name -> model.
            QJsonObject form = body;
            if (!form.contains(QStringLiteral("model")) && form.contains(QStringLiteral("name")))
                form.insert(QStringLiteral("model"), form.value(QStringLiteral("name")));
            FakeFormSchema schema;
            schema.add(QStringLiteral("model"), FakeFormSchema::Type::String);
            errors = schema.validate(form);
            name = form.value(QStringLiteral("model")).toString();
        } else {
            FakeFormSchema schema;
            schema.add(QStringLiteral("name"), FakeFormSchema::Type::String);
            errors = schema.validate(body);
            name = body.value(QStringLiteral("name")).toString();
        }
        if (!errors.isEmpty())
            return validationReply(errors);

        QString modelId = name;
        if (!pullables.contains(modelId) && !modelId.contains(QLatin1Char(':'))
            && pullables.contains(modelId + QStringLiteral(":latest")))
            modelId += QStringLiteral(":latest");

        QByteArrayList lines{line(statusLine(QStringLiteral("pulling manifest")))};
        int delayMs = 20;
        bool succeeds = false;
        const auto spec = pullables.constFind(modelId);
        if (spec != pullables.constEnd()) {
            delayMs = spec->chunkDelayMs;
            const QString hex = sha256Hex(modelId);
            const int chunks = qMax(1, spec->chunks);
            const int progressLines = spec->error.isEmpty() ? chunks : qMin(2, chunks);
            for (int i = 1; i <= progressLines; ++i) {
                lines.append(line(QJsonObject{
                    {QStringLiteral("status"), QStringLiteral("pulling ") + hex.left(12)},
                    {QStringLiteral("digest"), QStringLiteral("sha256:") + hex},
                    {QStringLiteral("total"), spec->totalBytes},
                    {QStringLiteral("completed"), spec->totalBytes * i / chunks},
                }));
            }
            if (!spec->error.isEmpty()) {
                lines.append(line(QJsonObject{{QStringLiteral("error"), spec->error}}));
            } else {
                succeeds = true;
            }
        } else if (ollamaHas(modelId)) {
            succeeds = true; // already there: Ollama only re-checks the manifest
        } else {
            lines.append(line(QJsonObject{{QStringLiteral("error"), QStringLiteral("pull model manifest: file does not exist")}}));
        }
        if (succeeds) {
            lines.append(line(statusLine(QStringLiteral("verifying sha256 digest"))));
            lines.append(line(statusLine(QStringLiteral("writing manifest"))));
            lines.append(line(statusLine(QStringLiteral("success"))));
        }

        auto* stream = new FakePullStream(exchange.connection, lines, delayMs, q);
        if (succeeds && spec != pullables.constEnd()) {
            const qint64 total = spec->totalBytes;
            QObject::connect(stream, &FakePullStream::aboutToComplete, q, [this, modelId, total] {
                if (ollamaHas(modelId))
                    return;
                FakeModel model;
                model.id = modelId;
                model.name = modelId;
                model.sizeBytes = total;
                model.parameterSize = modelId.section(QLatin1Char(':'), 1).toUpper();
                model.latencyMs = pulledModelLatencyMs;
                model.hasRecord = false; // a pulled model has no workspace record yet
                model.prefixId = ollamaPrefixId;
                models.append(model);
            });
        }
        QObject::connect(stream, &FakePullStream::cancelled, q, [this, modelId] { cancelledPulls.insert(modelId); });
        setStatus(exchange.serial, 200);
        stream->start();
        return deferredReply();
    }

    // ---- models router (workspace records) ---------------------------------------------------

    // The model as the server lists it to an admin, with its record as stored now.
    std::optional<FakeModel> listedModel(const QString& id) const
    {
        for (const ListedModel& listed : currentModels(true)) {
            if (listed.model.id == id)
                return listed.model;
        }
        return std::nullopt;
    }

    bool recordExists(const QString& id) const
    {
        const auto stored = records.constFind(id);
        if (stored != records.constEnd())
            return stored->exists;
        const std::optional<FakeModel> model = listedModel(id);
        return model && model->hasRecord;
    }

    // routers/models.py: a record answered as ModelModel (0.11 ModelAccessResponse adds write_access).
    QJsonObject storedRecordJson(const QString& id) const
    {
        FakeModel model;
        model.id = id;
        if (const std::optional<FakeModel> listed = listedModel(id))
            model = *listed;
        model = withStoredRecord(model);
        QJsonObject json = recordJson(model);
        json.insert(QStringLiteral("params"), QJsonObject());
        json.insert(QStringLiteral("updated_at"),
                    records.value(id).updatedAt ? records.value(id).updatedAt : kCreated);
        json.insert(QStringLiteral("created_at"), kCreated);
        if (is011())
            json.insert(QStringLiteral("write_access"), true);
        return json;
    }

    // models/access_grants.py: public = a read grant for user "*".
    static bool grantsArePrivate(const QJsonArray& grants)
    {
        return std::none_of(grants.begin(), grants.end(), [](const QJsonValue& value) {
            const QJsonObject grant = value.toObject();
            return grant.value(QStringLiteral("principal_type")).toString() == QLatin1String("user") &&
                   grant.value(QStringLiteral("principal_id")).toString() == QLatin1String("*") &&
                   grant.value(QStringLiteral("permission")).toString() == QLatin1String("read");
        });
    }

    // routers/models.py ModelForm: id, name, meta and params are required; 0.5-0.10 carry
    // access_control (null = public), 0.11 access_grants.
    bool parseModelForm(Exchange& exchange, QJsonObject* body, Reply* error)
    {
        QJsonArray errors;
        if (!parseBody(exchange, body, &errors)) {
            *error = validationReply(errors);
            return false;
        }
        FakeFormSchema form;
        form.add(QStringLiteral("id"), FakeFormSchema::Type::String)
            .add(QStringLiteral("name"), FakeFormSchema::Type::String)
            .add(QStringLiteral("meta"), FakeFormSchema::Type::Object)
            .add(QStringLiteral("params"), FakeFormSchema::Type::Object);
        errors = form.validate(*body);
        if (!errors.isEmpty()) {
            *error = validationReply(errors);
            return false;
        }
        return true;
    }

    bool privateByForm(const QJsonObject& body, bool previous) const
    {
        if (is011()) {
            const QJsonValue grants = body.value(QStringLiteral("access_grants"));
            return grants.isArray() ? grantsArePrivate(grants.toArray()) : previous;
        }
        return !body.value(QStringLiteral("access_control")).isNull() &&
               !body.value(QStringLiteral("access_control")).isUndefined();
    }

    // routers/models.py get_model_by_id (GET /model?id=): 0.5/0.6 answer a missing record with
    // 401 NOT_FOUND, 0.11 with 404.
    Reply getModelRecord(Exchange& exchange)
    {
        const QString id = exchange.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
        if (!recordExists(id))
            return detailReply(is011() ? 404 : 401, notFoundText());
        return jsonReply(200, storedRecordJson(id));
    }

    // routers/models.py create_new_model: a taken id is refused; 0.5/0.6 store access_control as
    // sent (omitted = None = public); 0.11 stores the grants sent (omitted = none = private).
    Reply createModelRecord(Exchange& exchange)
    {
        QJsonObject body;
        Reply error;
        if (!parseModelForm(exchange, &body, &error))
            return error;
        const QString id = body.value(QStringLiteral("id")).toString();
        if (recordExists(id))
            return detailReply(401,
                               QStringLiteral("Uh-oh! This model id is already registered. Please choose "
                                              "another model id string."));
        records.insert(
            id, RecordState{true, privateByForm(body, true), body.value(QStringLiteral("name")).toString()});
        return jsonReply(200, storedRecordJson(id));
    }

    // routers/models.py update_model_by_id: 0.5/0.6 take the id from the query and write every
    // field of the form (access_control omitted = null = public); 0.11 takes it from the body and
    // leaves the grants alone when none are sent.
    Reply updateModelRecord(Exchange& exchange)
    {
        QJsonObject body;
        Reply error;
        if (!parseModelForm(exchange, &body, &error))
            return error;
        const QString id =
            is011() ? body.value(QStringLiteral("id")).toString()
                    : exchange.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
        if (!recordExists(id))
            return detailReply(401, notFoundText());
        const bool wasPrivate = listedModel(id).value_or(FakeModel()).isPrivate;
        records.insert(id, RecordState{true, privateByForm(body, wasPrivate),
                                       body.value(QStringLiteral("name")).toString()});
        return jsonReply(200, storedRecordJson(id));
    }

    // routers/models.py update_model_access_by_id (0.11): creates a minimal record for an admin
    // when there is none (name = form name or id), then replaces the grants.
    Reply updateModelAccess(Exchange& exchange)
    {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        FakeFormSchema form;
        form.add(QStringLiteral("id"), FakeFormSchema::Type::String)
            .addOptional(QStringLiteral("name"), FakeFormSchema::Type::String, true, QJsonValue::Null);
        errors = form.validate(body);
        if (!body.value(QStringLiteral("access_grants")).isArray())
            errors.append(FakeFormSchema::missing(QStringLiteral("access_grants"), body));
        if (!errors.isEmpty())
            return validationReply(errors);
        const QString id = body.value(QStringLiteral("id")).toString();
        RecordState state;
        state.exists = true;
        if (recordExists(id)) {
            state.name = listedModel(id).value_or(FakeModel()).name;
        } else {
            if (exchange.user->role != QLatin1String("admin"))
                return detailReply(403, accessProhibitedText());
            state.name = body.value(QStringLiteral("name")).toString(id);
        }
        state.isPrivate = grantsArePrivate(body.value(QStringLiteral("access_grants")).toArray());
        storeRecord(id, state);
        return jsonReply(200, storedRecordJson(id));
    }

    // routers/models.py delete_model_by_id: 0.11 POST with {id}; earlier DELETE with ?id=.
    Reply deleteModelRecord(Exchange& exchange)
    {
        QString id = exchange.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
        if (is011()) {
            QJsonObject body;
            QJsonArray errors;
            if (!parseBody(exchange, &body, &errors))
                return validationReply(errors);
            id = body.value(QStringLiteral("id")).toString();
        }
        if (!recordExists(id))
            return detailReply(401, notFoundText());
        storeRecord(id, RecordState{false, false, QString()});
        return jsonReply(200, true);
    }

    // ---- routing table ----------------------------------------------------------------------

    void addRoute(const char* method, const QString& path, Access access, bool hasBody,
                  Reply (Private::*handler)(Exchange&))
    {
        routes.append(Route{QByteArray(method), path, access, hasBody,
                            [this, handler](Exchange& exchange) { return (this->*handler)(exchange); }});
    }

    void addStatic(const char* method, const QString& path, const QJsonObject& answer)
    {
        routes.append(Route{QByteArray(method), path, Access::Public, false,
                            [answer](Exchange&) { return jsonReply(200, answer); }});
    }

    void buildRoutes()
    {
        const QJsonObject ok{{QStringLiteral("status"), true}};
        addStatic("GET", QStringLiteral("/health"), ok);
        if (is011())
            addStatic("GET", QStringLiteral("/ready"), ok);
        routes.append(Route{"GET", QStringLiteral("/api/version"), Access::Public, false, [this](Exchange&) {
                                QJsonObject version;
                                insertVersion(version);
                                if (is011())
                                    version.insert(QStringLiteral("deployment_id"),
                                                   QStringLiteral("fake-deployment-1"));
                                return jsonReply(200, version);
                            }});
        addRoute("GET", QStringLiteral("/api/config"), Access::Public, false, &Private::apiConfig);

        addRoute("POST", QStringLiteral("/api/v1/auths/signin"), Access::Public, true, &Private::signin);
        addRoute("POST", QStringLiteral("/api/v1/auths/ldap"), Access::Public, true, &Private::ldapSignin);
        addRoute("GET", QStringLiteral("/api/v1/auths/"), Access::Signed, false, &Private::sessionUserRoute);
        addStatic(is011() ? "POST" : "GET", QStringLiteral("/api/v1/auths/signout"), ok);
        addRoute("GET", QStringLiteral("/api/v1/auths/api_key"), Access::Verified, false, &Private::getApiKey);
        addRoute("POST", QStringLiteral("/api/v1/auths/api_key"), Access::Verified, false, &Private::createApiKey);
        addRoute("DELETE", QStringLiteral("/api/v1/auths/api_key"), Access::Verified, false, &Private::deleteApiKey);

        addRoute("GET", QStringLiteral("/api/models"), Access::Verified, false, &Private::listModels);
        addRoute("GET", QStringLiteral("/api/v1/models"), Access::Verified, false, &Private::listModels);
        if (!is04()) {
            // routers/models.py (workspace records; 0.4's router is not modelled).
            addRoute("GET", QStringLiteral("/api/v1/models/model"), Access::Verified, false,
                     &Private::getModelRecord);
            addRoute("POST", QStringLiteral("/api/v1/models/create"), Access::Verified, true,
                     &Private::createModelRecord);
            addRoute("POST", QStringLiteral("/api/v1/models/model/update"), Access::Verified, true,
                     &Private::updateModelRecord);
            if (is011()) {
                addRoute("POST", QStringLiteral("/api/v1/models/model/access/update"), Access::Verified, true,
                         &Private::updateModelAccess);
                addRoute("POST", QStringLiteral("/api/v1/models/model/delete"), Access::Verified, true,
                         &Private::deleteModelRecord);
            } else {
                addRoute("DELETE", QStringLiteral("/api/v1/models/model/delete"), Access::Verified, false,
                         &Private::deleteModelRecord);
            }
        }

        const QString tasks = is04() ? QStringLiteral("/api/task") : QStringLiteral("/api/v1/tasks");
        addRoute("GET", tasks + QStringLiteral("/config"), Access::Verified, false, &Private::getTaskConfig);
        addRoute("POST", tasks + QStringLiteral("/config/update"), Access::Admin, true, &Private::updateTaskConfig);
        addRoute("POST", tasks + QStringLiteral("/title/completions"), Access::Verified, true, &Private::titleCompletion);
        addRoute("POST", QStringLiteral("/api/chat/completions"), Access::Verified, true,
                 &Private::chatCompletionRoute);

        routes.append(
            Route{"GET", QStringLiteral("/openai/config"), Access::Admin, false, [this](Exchange& exchange) {
                      return getOpenAiConfig(exchange);
                  }});
        addRoute("POST", QStringLiteral("/openai/config/update"), Access::Admin, true, &Private::updateOpenAiConfig);
        addRoute("POST", QStringLiteral("/openai/verify"), Access::Admin, true, &Private::verifyOpenAi);
        addRoute("GET", QStringLiteral("/openai/models"), Access::Verified, false, &Private::openAiModelsRoute);
        addRoute("GET", QStringLiteral("/openai/models/*"), Access::Admin, false, &Private::openAiModelsOfConnection);

        addRoute("GET", QStringLiteral("/ollama/config"), Access::Admin, false, &Private::ollamaConfig);
        addStatic("GET", QStringLiteral("/ollama/api/version"), QJsonObject{{QStringLiteral("version"), QStringLiteral("0.5.7")}});
        addRoute("GET", QStringLiteral("/ollama/api/tags"), Access::Verified, false, &Private::ollamaTags);
        addRoute("POST", QStringLiteral("/ollama/api/pull"), Access::Admin, true, &Private::pull);
        addRoute("POST", QStringLiteral("/ollama/api/pull/*"), Access::Admin, true, &Private::pull);
    }
};

FakeOpenWebUi::FakeOpenWebUi(FakeProfile profile, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->profile = profile;
    d->apiKeysEnabled = profile != FakeProfile::V0_11;

    addUser(QStringLiteral("admin@example.com"), QStringLiteral("admin-pass"), QStringLiteral("admin"),
            QStringLiteral("sk-admin-key"));
    addUser(QStringLiteral("user@example.com"), QStringLiteral("user-pass"), QStringLiteral("user"),
            QStringLiteral("sk-user-key"));
    addUser(QStringLiteral("pending@example.com"), QStringLiteral("pending-pass"), QStringLiteral("pending"),
            QStringLiteral("sk-pending-key"));

    const auto local = [](const char* id, qint64 size, const char* parameters, int latencyMs) {
        FakeModel model;
        model.id = QString::fromLatin1(id);
        model.name = model.id;
        model.sizeBytes = size;
        model.parameterSize = QString::fromLatin1(parameters);
        model.latencyMs = latencyMs;
        return model;
    };
    d->models = {
        local("qwen2.5:3b", 1929912832LL, "3.1B", 40),
        local("llama3.2:3b", 2019393189LL, "3.2B", 45),
        local("llama3.1:70b", 42520412561LL, "70.6B", 2100),
        local("deepseek-r1:32b", 19851336256LL, "32.8B", 3000),
    };

    d->taskConfig = FakeTaskConfigSchema::seeded(profile);
    d->openAiConfig = QJsonObject{
        {QStringLiteral("ENABLE_OPENAI_API"), true},
        {QStringLiteral("OPENAI_API_BASE_URLS"), QJsonArray{QStringLiteral("https://api.openai.com/v1")}},
        {QStringLiteral("OPENAI_API_KEYS"), QJsonArray{QString()}},
        {QStringLiteral("OPENAI_API_CONFIGS"),
         QJsonObject{{QStringLiteral("0"), QJsonObject{{QStringLiteral("enable"), false}}}}},
    };
    d->buildRoutes();
}

FakeOpenWebUi::~FakeOpenWebUi()
{
    // Children that call back into d must go before d does.
    const QList<FakePullStream*> streams = findChildren<FakePullStream*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(streams);
    const QList<HttpConnection*> connections = findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
    delete d->server;
    d->server = nullptr;
}

bool FakeOpenWebUi::listen(quint16 port, const QHostAddress& address)
{
    if (!d->server) {
        d->server = new QTcpServer(this);
        connect(d->server, &QTcpServer::newConnection, this, [this] { d->acceptConnections(); });
    }
    return d->server->listen(address, port);
}

QUrl FakeOpenWebUi::url() const
{
    const quint16 port = d->server ? d->server->serverPort() : 0;
    const QHostAddress address =
        d->server ? d->server->serverAddress() : QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port);
    return url;
}

FakeProfile FakeOpenWebUi::profile() const
{
    return d->profile;
}

QString FakeOpenWebUi::version() const
{
    switch (d->profile) {
    case FakeProfile::V0_4: return QStringLiteral("0.4.8");
    case FakeProfile::V0_5: return QStringLiteral("0.5.20");
    case FakeProfile::V0_6: return QStringLiteral("0.6.30");
    case FakeProfile::V0_11: return QStringLiteral("0.11.4");
    }
    return {};
}

void FakeOpenWebUi::addUser(const QString& email, const QString& password, const QString& role, const QString& apiKey)
{
    User user;
    user.email = email.toLower();
    user.password = password;
    user.role = role;
    user.apiKey = apiKey;
    QString name = email.section(QLatin1Char('@'), 0, 0);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    user.name = name;
    const int existing = d->userIndexByEmail(email);
    if (existing >= 0) {
        user.id = d->users.at(existing).id;
        d->users[existing] = user;
        return;
    }
    user.id = QStringLiteral("5f0c1a2e-7b3d-4c8e-9a10-%1").arg(d->users.size() + 1, 12, 10, QLatin1Char('0'));
    d->users.append(user);
}

void FakeOpenWebUi::setApiKeysEnabled(bool enabled)
{
    d->apiKeysEnabled = enabled;
}

void FakeOpenWebUi::setEndpointRestrictions(bool enabled, const QStringList& allowedPaths)
{
    d->restrictionsEnabled = enabled;
    d->allowedPaths = allowedPaths;
}

void FakeOpenWebUi::setPasswordAuthEnabled(bool enabled)
{
    d->passwordAuthEnabled = enabled;
}

void FakeOpenWebUi::renameModelRecord(const QString& id, const QString& name)
{
    Private::RecordState state = d->records.value(id);
    if (!d->recordExists(id))
        return;
    if (!d->records.contains(id)) {
        const std::optional<FakeModel> model = d->listedModel(id);
        state.exists = true;
        state.isPrivate = model && model->isPrivate;
    }
    state.name = name;
    d->storeRecord(id, state);
}

void FakeOpenWebUi::setOllamaEnabled(bool enabled)
{
    d->ollamaEnabled = enabled;
}

void FakeOpenWebUi::setOllamaReachable(bool reachable)
{
    d->ollamaReachable = reachable;
}

void FakeOpenWebUi::setWebUiAuth(bool enabled, bool freshInstall)
{
    d->webUiAuth = enabled;
    if (!enabled && freshInstall)
        d->users.clear();
}

void FakeOpenWebUi::setFrontendBuilt(bool built)
{
    d->frontendBuilt = built;
}

void FakeOpenWebUi::setLoginFormEnabled(bool enabled)
{
    d->loginFormEnabled = enabled;
}

void FakeOpenWebUi::setMfaRequired(bool required)
{
    d->mfaRequired = required;
}

void FakeOpenWebUi::setLdapEnabled(bool enabled)
{
    d->ldapEnabled = enabled;
}

void FakeOpenWebUi::setLdapUser(const QString& user, const QString& password, const QString& email,
                                const QString& role)
{
    for (LdapEntry& entry : d->ldapEntries) {
        if (entry.user.compare(user, Qt::CaseInsensitive) == 0) {
            entry = {user, password, email.toLower(), role};
            return;
        }
    }
    d->ldapEntries.append({user, password, email.toLower(), role});
}

void FakeOpenWebUi::setTrustedHeaderAuth(bool enabled, const QByteArray& header)
{
    d->trustedHeader = enabled ? header.toLower() : QByteArray();
}

void FakeOpenWebUi::addModel(const FakeModel& model)
{
    FakeModel copy = model;
    if (copy.name.isEmpty())
        copy.name = copy.id;
    for (FakeModel& existing : d->models) {
        if (existing.id == copy.id) {
            existing = copy;
            return;
        }
    }
    d->models.append(copy);
}

void FakeOpenWebUi::addModels(const QList<FakeModel>& models)
{
    QSet<QString> known;
    for (const FakeModel& existing : std::as_const(d->models))
        known.insert(existing.id);
    for (const FakeModel& model : models) {
        if (known.contains(model.id)) {
            addModel(model); // replaces, as addModel does
            continue;
        }
        known.insert(model.id);
        FakeModel copy = model;
        if (copy.name.isEmpty())
            copy.name = copy.id;
        d->models.append(copy);
    }
}

QList<FakeModel> manyModels(int count, bool hosted)
{
    static const QStringList families{QStringLiteral("llama3.2"), QStringLiteral("qwen2.5"),
                                      QStringLiteral("gemma2"),   QStringLiteral("mistral"),
                                      QStringLiteral("phi3"),     QStringLiteral("codellama"),
                                      QStringLiteral("granite3"), QStringLiteral("smollm2")};
    static const QStringList vendors{QStringLiteral("meta-llama"), QStringLiteral("qwen"),
                                     QStringLiteral("google"),     QStringLiteral("mistralai"),
                                     QStringLiteral("microsoft"),  QStringLiteral("meta-llama"),
                                     QStringLiteral("ibm"),        QStringLiteral("huggingface")};
    static const QStringList sizes{QStringLiteral("1b"), QStringLiteral("3b"), QStringLiteral("8b"),
                                   QStringLiteral("70b")};
    QList<FakeModel> models;
    models.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qsizetype family = i % families.size();
        const QString variant = QStringLiteral("v%1").arg(i / families.size());
        const QString size = sizes.at((i / families.size()) % sizes.size());
        FakeModel model;
        if (hosted) {
            model.id =
                QStringLiteral("%1/%2-%3-%4").arg(vendors.at(family), families.at(family), variant, size);
            model.ownedBy = QStringLiteral("openai");
            model.connectionType = QStringLiteral("external");
        } else {
            model.id = QStringLiteral("%1-%2:%3").arg(families.at(family), variant, size);
            model.parameterSize = size.toUpper();
            model.sizeBytes = size.chopped(1).toLongLong() * 600000000LL;
        }
        models.append(model);
    }
    return models;
}

void FakeOpenWebUi::removeModel(const QString& id)
{
    d->models.removeIf([&id](const FakeModel& model) { return model.id == id; });
}

QStringList FakeOpenWebUi::modelIds() const
{
    QStringList ids;
    for (const ListedModel& listed : d->currentModels(true))
        ids.append(listed.model.id);
    return ids;
}

void FakeOpenWebUi::setPullable(const QString& name, qint64 totalBytes, int chunks, int chunkDelayMs)
{
    PullSpec& spec = d->pullables[name];
    spec.totalBytes = totalBytes;
    spec.chunks = chunks;
    spec.chunkDelayMs = chunkDelayMs;
}

void FakeOpenWebUi::setPullError(const QString& name, const QString& error)
{
    d->pullables[name].error = error;
}

void FakeOpenWebUi::setServerName(const QString& name)
{
    d->serverName = name;
}

void FakeOpenWebUi::setReportedVersion(const QString& text)
{
    d->reportedVersion = text;
}

// Faithful, not invented: Open WebUI stores a pulled model under the name Ollama was given
// (routers/ollama.py pull_model passes form_data through), lists ids and names as stored
// (utils/models.py get_all_models), and reports WEBUI_NAME as the env var says (main.py
// get_app_config). Nothing on the way escapes them: JSON carries them as they are.
QList<FakeModel> FakeOpenWebUi::hostileModels()
{
    const auto local = [](const QString& id, const QString& name) {
        FakeModel model;
        model.id = id;
        model.name = name;
        model.sizeBytes = 986061892LL;
        model.parameterSize = QStringLiteral("1.5B");
        model.latencyMs = 20;
        return model;
    };
    return {
        local(QStringLiteral("<img src=\"file:///etc/hostname\">:1b"),
              QStringLiteral("<font size=7 color=red>BIG</font>")),
        local(QStringLiteral("evil\x1b]0;pwned\x07\x1b[2J:1b"), QStringLiteral("evil\x1b[31mred")),
        local(QStringLiteral("two\nlines:1b"), QStringLiteral("two\nlines\tand a tab")),
        // Shown raw, U+202E reverses what follows: this id then reads "llama3.2:3b".
        local(QString(QChar(0x202e)) + QStringLiteral("b3:2.3amall"), QString()),
        local(QStringLiteral("a-very-long-model-name-that-goes-on-and-on-") +
                  QString(QLatin1Char('x')).repeated(120) + QStringLiteral(":1b"),
              QString()),
        local(QStringLiteral("نموذج-صغير:1b"), QStringLiteral("نموذج صغير")),
    };
}

QString FakeOpenWebUi::hostileServerName()
{
    return QStringLiteral("<img src=\"file:///etc/hostname\"><b>Open</b> WebUI\x1b]0;pwned\x07\n") +
           QChar(0x202e) + QStringLiteral("evil");
}

void FakeOpenWebUi::addHostileNames()
{
    for (const FakeModel& model : hostileModels())
        addModel(model);
    setServerName(hostileServerName());
}

bool FakeOpenWebUi::pullCancelled(const QString& name) const
{
    return d->cancelledPulls.contains(name);
}

void FakeOpenWebUi::setPulledModelLatency(int ms)
{
    d->pulledModelLatencyMs = ms;
}

QJsonObject FakeOpenWebUi::taskConfig() const
{
    return d->taskConfig;
}

void FakeOpenWebUi::setTaskConfig(const QJsonObject& config)
{
    d->taskConfig = config;
}

void FakeOpenWebUi::setOllamaNodes(const QStringList& urls, const QList<bool>& enabled)
{
    d->ollamaNodeUrls = urls;
    d->ollamaNodeEnabled = enabled;
}

bool FakeOpenWebUi::modelHasRecord(const QString& id) const
{
    return d->recordExists(id);
}

QString FakeOpenWebUi::modelRecordName(const QString& id) const
{
    const std::optional<FakeModel> model = d->listedModel(id);
    return model ? model->name : QString();
}

bool FakeOpenWebUi::modelUsableByUsers(const QString& id) const
{
    const std::optional<FakeModel> model = d->listedModel(id);
    return model && Private::usableByUsers(*model);
}

QJsonObject FakeOpenWebUi::openAiConfig() const
{
    return d->openAiConfig;
}

void FakeOpenWebUi::setOpenAiConfig(const QJsonObject& config)
{
    d->openAiConfig = config;
}

void FakeOpenWebUi::setProvider(const QString& providerUrl, const QString& providerKey, const QList<FakeModel>& models)
{
    const QString url = normalizedUrl(providerUrl);
    d->providers.removeIf([&url](const Provider& provider) { return provider.url == url; });
    d->providers.append(Provider{url, providerKey, models, {}, {}, false, 0, {}});
}

void FakeOpenWebUi::setOllamaConnection(const QString& prefixId, const QStringList& modelIds)
{
    d->ollamaPrefixId = prefixId;
    d->ollamaModelIds = modelIds;
}

void FakeOpenWebUi::setProviderModelListOpen(const QString& providerUrl, bool open)
{
    const QString url = normalizedUrl(providerUrl);
    for (Provider& provider : d->providers) {
        if (provider.url == url)
            provider.openModelList = open;
    }
}

void FakeOpenWebUi::setProviderRefusal(const QString& providerUrl, int status, const QString& message)
{
    const QString url = normalizedUrl(providerUrl);
    for (Provider& provider : d->providers) {
        if (provider.url == url) {
            provider.refusalStatus = status;
            provider.refusalMessage = message;
        }
    }
}

void FakeOpenWebUi::setProviderRequiredHeader(const QString& providerUrl, const QString& name,
                                              const QString& value)
{
    const QString url = normalizedUrl(providerUrl);
    for (Provider& provider : d->providers) {
        if (provider.url == url) {
            provider.requiredHeader = name;
            provider.requiredHeaderValue = value;
        }
    }
}

void FakeOpenWebUi::setDelay(const QString& pathPrefix, int ms, int times, const QByteArray& method)
{
    d->delays.removeIf([&pathPrefix](const Delay& existing) { return existing.pathPrefix == pathPrefix; });
    if (ms > 0)
        d->delays.append(Delay{pathPrefix, ms, times, method});
}

void FakeOpenWebUi::setFault(const QString& pathPrefix, FakeFault fault, int times, const QByteArray& method)
{
    if (fault == FakeFault::None) {
        d->faults.removeIf([&pathPrefix](const Fault& existing) { return existing.pathPrefix == pathPrefix; });
        return;
    }
    d->faults.append(Fault{pathPrefix, fault, times, method});
}

void FakeOpenWebUi::clearFaults()
{
    d->faults.clear();
    d->delays.clear();
}

QList<FakeOpenWebUi::Request> FakeOpenWebUi::requests() const
{
    return d->requests;
}

QStringList FakeOpenWebUi::abandonedRequests() const
{
    return d->abandonedRequests;
}

int FakeOpenWebUi::requestCount(const QByteArray& method, const QString& path) const
{
    int count = 0;
    for (const Request& request : d->requests) {
        if (request.method == method && request.path == path)
            ++count;
    }
    return count;
}

void FakeOpenWebUi::clearRequests()
{
    d->requests.clear();
    d->abandonedRequests.clear();
    d->firstSerial = d->nextSerial;
}

} // namespace tma::test
