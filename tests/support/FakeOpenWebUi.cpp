#include "FakeOpenWebUi.h"

#include "FakeAppInfoRoutes.h"
#include "FakeAuthRoutes.h"
#include "FakeConnectionRoutes.h"
#include "FakeLineStream.h"
#include "FakeModelRoutes.h"
#include "FakeOllamaRoutes.h"
#include "FakeRouter.h"
#include "FakeServerState.h"
#include "FakeTaskConfigSchema.h"
#include "FakeTaskRoutes.h"
#include "HttpConnection.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <utility>

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

} // namespace

// The server's pieces (its state, routing table and areas of routes) are internal to the fake.
using namespace fake;

struct FakeOpenWebUi::Private
{
    Private(FakeOpenWebUi* owner, FakeProfile profile) : q(owner)
    {
        state.owner = owner;
        state.profile = profile;
        state.clock.start();
    }

    FakeOpenWebUi* q = nullptr;
    QTcpServer* server = nullptr;
    FakeServerState state;
    FakeRouter router;
    FakeAppInfoRoutes appInfo{state};
    FakeAuthRoutes auth{state};
    FakeModelRoutes modelRoutes{state};
    FakeTaskRoutes tasks{state};
    FakeConnectionRoutes connections{state};
    FakeOllamaRoutes ollama{state};
    // The unanswered request on each connection (serial, path), for abandonedRequests().
    QHash<HttpConnection*, QPair<qint64, QString>> openRequests;
    // Each connection's number (in order of opening) and whether it carried a request yet.
    QHash<HttpConnection*, QPair<int, bool>> tcpConnections;
    int connectionsOpened = 0;

    // ---- plumbing -----------------------------------------------------------------------

    void acceptConnections()
    {
        while (server->hasPendingConnections()) {
            QTcpSocket* socket = server->nextPendingConnection();
            auto* connection = new HttpConnection(socket, q);
            tcpConnections.insert(connection, {++connectionsOpened, false});
            QObject::connect(connection, &HttpConnection::closed, q, [this, connection] {
                const auto open = openRequests.constFind(connection);
                if (open != openRequests.constEnd() && state.statusOf(open->first) == 0)
                    state.abandonedRequests << open->second;
                openRequests.remove(connection);
                tcpConnections.remove(connection);
            });
            QObject::connect(connection, &HttpConnection::requestReady, q,
                             [this, connection](const HttpRequest& request) { handle(connection, request); });
        }
    }

    // Faults that a proxy or a broken network produce, before Open WebUI itself sees anything.
    bool applyTransportFault(Exchange& exchange)
    {
        const std::optional<FakeFault> fault =
            state.takeFault(exchange.request,
                            {FakeFault::Hang, FakeFault::ServerError, FakeFault::BadGateway, FakeFault::Html,
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
            state.send(exchange, detailReply(500, QStringLiteral("An internal error has occurred.")));
            break;
        case FakeFault::BadGateway:
            state.send(exchange, textReply(502, "text/html", nginxBadGatewayPage()));
            break;
        case FakeFault::Html:
            state.send(exchange, textReply(200, "text/html; charset=utf-8",
                                           "<html><body>Sign in to your proxy</body></html>"));
            break;
        case FakeFault::BadJson:
            state.send(exchange, textReply(200, "application/json", R"({"TASK_MODEL": "qw)"));
            break;
        case FakeFault::ExpiredToken: // the session's JWT is past `exp` (utils/auth.py decode_token)
            state.send(exchange, detailReply(401, unauthorizedText()));
            break;
        default:
            break;
        }
        return true;
    }

    void handle(HttpConnection* connection, const HttpRequest& request)
    {
        Exchange exchange;
        exchange.connection = connection;
        exchange.request = request;
        QPair<int, bool>& carried = tcpConnections[connection];
        const bool first = !std::exchange(carried.second, true);
        exchange.serial = state.record(request, carried.first, first);
        openRequests.insert(connection, {exchange.serial, request.path});
        Q_EMIT q->requestReceived(request.method, request.path);

        // The network first (a handshake, then the request's own round trip), then a slow server.
        const int network = state.roundTripMs * (first ? 2 : 1);
        if (const int ms = network + state.takeDelay(request); ms > 0) {
            QTimer::singleShot(ms, q, [this, exchange]() mutable { process(exchange); });
            return;
        }
        process(exchange);
    }

    void process(Exchange& exchange)
    {
        const HttpRequest& request = exchange.request;
        state.setHandled(exchange.serial);
        if (applyTransportFault(exchange))
            return;

        bool pathKnown = false;
        const Route* route = router.find(request, &exchange.pathParam, &pathKnown);
        if (!route) {
            // main.py mounts the web app last at "/" (SPAStaticFiles(html=True)): it fully matches
            // every path, so Starlette prefers it to a route that matches the path only. A GET
            // gets index.html with 200 (also on a POST-only path), except `*.js`, for which
            // SPAStaticFiles re-raises the 404; other methods get StaticFiles' 405. Without a
            // frontend build (API-only) FastAPI answers 405 on a known path, else 404.
            if (!state.frontendBuilt) {
                state.send(exchange, pathKnown ? detailReply(405, QStringLiteral("Method Not Allowed"))
                                               : detailReply(404, QStringLiteral("Not Found")));
                return;
            }
            if (request.method == "GET") {
                state.send(exchange, request.path.endsWith(QLatin1String(".js"))
                                         ? detailReply(404, QStringLiteral("Not Found"))
                                         : textReply(200, "text/html; charset=utf-8", spaIndexPage()));
                return;
            }
            state.send(exchange, detailReply(405, QStringLiteral("Method Not Allowed")));
            return;
        }

        // FastAPI decodes the JSON body before running the auth dependency.
        if (route->hasBody && !request.body.isEmpty()) {
            QJsonObject ignored;
            QJsonArray errors;
            if (!parseBody(exchange, &ignored, &errors) && errors.size() == 1
                && errors.at(0).toObject().value(QStringLiteral("type")).toString() == QLatin1String("json_invalid")) {
                state.send(exchange, validationReply(errors));
                return;
            }
        }

        if (const std::optional<Reply> denied = state.authenticate(exchange, route->access)) {
            state.send(exchange, *denied);
            return;
        }

        const Reply reply = route->handler(exchange);
        if (!reply.deferred)
            state.send(exchange, reply);
    }

    // ---- routing table ----------------------------------------------------------------------

    // A request goes to the first route that matches, so the areas keep this order.
    void buildRoutes()
    {
        appInfo.addRoutes(router);
        auth.addRoutes(router);
        modelRoutes.addRoutes(router);
        tasks.addRoutes(router);
        connections.addRoutes(router);
        ollama.addRoutes(router);
    }
};

FakeOpenWebUi::FakeOpenWebUi(FakeProfile profile, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(this, profile))
{
    d->state.apiKeysEnabled = profile != FakeProfile::V0_11;

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
    d->state.models = {
        local("qwen2.5:3b", 1929912832LL, "3.1B", 40),
        local("llama3.2:3b", 2019393189LL, "3.2B", 45),
        local("llama3.1:70b", 42520412561LL, "70.6B", 2100),
        local("deepseek-r1:32b", 19851336256LL, "32.8B", 3000),
    };

    d->state.taskConfig = FakeTaskConfigSchema::seeded(profile);
    d->state.openAiConfig = QJsonObject{
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
    const QList<FakeLineStream*> streams = findChildren<FakeLineStream*>(Qt::FindDirectChildrenOnly);
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
    return d->state.profile;
}

QString FakeOpenWebUi::version() const
{
    return d->state.version();
}

void FakeOpenWebUi::addUser(const QString& email, const QString& password, const QString& role, const QString& apiKey)
{
    d->state.addUser(email, password, role, apiKey);
}

void FakeOpenWebUi::setApiKeysEnabled(bool enabled)
{
    d->state.apiKeysEnabled = enabled;
}

void FakeOpenWebUi::setEndpointRestrictions(bool enabled, const QStringList& allowedPaths)
{
    d->state.restrictionsEnabled = enabled;
    d->state.allowedPaths = allowedPaths;
}

void FakeOpenWebUi::setPasswordAuthEnabled(bool enabled)
{
    d->state.passwordAuthEnabled = enabled;
}

void FakeOpenWebUi::renameModelRecord(const QString& id, const QString& name)
{
    FakeServerState::RecordState state = d->state.records.value(id);
    if (!d->state.recordExists(id))
        return;
    if (!d->state.records.contains(id)) {
        const std::optional<FakeModel> model = d->state.listedModel(id);
        state.exists = true;
        state.isPrivate = model && model->isPrivate;
    }
    state.name = name;
    d->state.storeRecord(id, state);
}

void FakeOpenWebUi::setOllamaEnabled(bool enabled)
{
    d->state.ollamaEnabled = enabled;
}

void FakeOpenWebUi::setOllamaReachable(bool reachable)
{
    d->state.ollamaReachable = reachable;
}

void FakeOpenWebUi::setWebUiAuth(bool enabled, bool freshInstall)
{
    d->state.webUiAuth = enabled;
    if (!enabled && freshInstall)
        d->state.users.clear();
}

void FakeOpenWebUi::setFrontendBuilt(bool built)
{
    d->state.frontendBuilt = built;
}

void FakeOpenWebUi::setLoginFormEnabled(bool enabled)
{
    d->state.loginFormEnabled = enabled;
}

void FakeOpenWebUi::setMfaRequired(bool required)
{
    d->state.mfaRequired = required;
}

void FakeOpenWebUi::setLdapEnabled(bool enabled)
{
    d->state.ldapEnabled = enabled;
}

void FakeOpenWebUi::setLdapUser(const QString& user, const QString& password, const QString& email,
                                const QString& role)
{
    for (LdapEntry& entry : d->state.ldapEntries) {
        if (entry.user.compare(user, Qt::CaseInsensitive) == 0) {
            entry = {user, password, email.toLower(), role};
            return;
        }
    }
    d->state.ldapEntries.append({user, password, email.toLower(), role});
}

void FakeOpenWebUi::setTrustedHeaderAuth(bool enabled, const QByteArray& header)
{
    d->state.trustedHeader = enabled ? header.toLower() : QByteArray();
}

void FakeOpenWebUi::addModel(const FakeModel& model)
{
    FakeModel copy = model;
    if (copy.name.isEmpty())
        copy.name = copy.id;
    for (FakeModel& existing : d->state.models) {
        if (existing.id == copy.id) {
            existing = copy;
            return;
        }
    }
    d->state.models.append(copy);
}

void FakeOpenWebUi::addModels(const QList<FakeModel>& models)
{
    QSet<QString> known;
    for (const FakeModel& existing : std::as_const(d->state.models))
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
        d->state.models.append(copy);
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
    d->state.models.removeIf([&id](const FakeModel& model) { return model.id == id; });
}

QStringList FakeOpenWebUi::modelIds() const
{
    QStringList ids;
    for (const ListedModel& listed : d->state.currentModels(true))
        ids.append(listed.model.id);
    return ids;
}

void FakeOpenWebUi::setPullable(const QString& name, qint64 totalBytes, int chunks, int chunkDelayMs)
{
    PullSpec& spec = d->state.pullables[name];
    spec.totalBytes = totalBytes;
    spec.chunks = chunks;
    spec.chunkDelayMs = chunkDelayMs;
}

void FakeOpenWebUi::setPullError(const QString& name, const QString& error)
{
    d->state.pullables[name].error = error;
}

void FakeOpenWebUi::setServerName(const QString& name)
{
    d->state.serverName = name;
}

void FakeOpenWebUi::setReportedVersion(const QString& text)
{
    d->state.reportedVersion = text;
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
    return d->state.cancelledPulls.contains(name);
}

void FakeOpenWebUi::setPulledModelLatency(int ms)
{
    d->state.pulledModelLatencyMs = ms;
}

QJsonObject FakeOpenWebUi::taskConfig() const
{
    return d->state.taskConfig;
}

void FakeOpenWebUi::setTaskConfig(const QJsonObject& config)
{
    d->state.taskConfig = config;
}

void FakeOpenWebUi::setOllamaNodes(const QStringList& urls, const QList<bool>& enabled)
{
    d->state.ollamaNodeUrls = urls;
    d->state.ollamaNodeEnabled = enabled;
}

bool FakeOpenWebUi::modelHasRecord(const QString& id) const
{
    return d->state.recordExists(id);
}

QString FakeOpenWebUi::modelRecordName(const QString& id) const
{
    const std::optional<FakeModel> model = d->state.listedModel(id);
    return model ? model->name : QString();
}

bool FakeOpenWebUi::modelUsableByUsers(const QString& id) const
{
    const std::optional<FakeModel> model = d->state.listedModel(id);
    return model && FakeServerState::usableByUsers(*model);
}

QJsonObject FakeOpenWebUi::openAiConfig() const
{
    return d->state.openAiConfig;
}

void FakeOpenWebUi::setOpenAiConfig(const QJsonObject& config)
{
    d->state.openAiConfig = config;
}

void FakeOpenWebUi::setProvider(const QString& providerUrl, const QString& providerKey, const QList<FakeModel>& models)
{
    const QString url = normalizedUrl(providerUrl);
    d->state.providers.removeIf([&url](const Provider& provider) { return provider.url == url; });
    d->state.providers.append(Provider{url, providerKey, models, {}, {}, false, 0, {}});
}

void FakeOpenWebUi::setOllamaConnection(const QString& prefixId, const QStringList& modelIds)
{
    d->state.ollamaPrefixId = prefixId;
    d->state.ollamaModelIds = modelIds;
}

void FakeOpenWebUi::setProviderModelListOpen(const QString& providerUrl, bool open)
{
    const QString url = normalizedUrl(providerUrl);
    for (Provider& provider : d->state.providers) {
        if (provider.url == url)
            provider.openModelList = open;
    }
}

void FakeOpenWebUi::setProviderRefusal(const QString& providerUrl, int status, const QString& message)
{
    const QString url = normalizedUrl(providerUrl);
    for (Provider& provider : d->state.providers) {
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
    for (Provider& provider : d->state.providers) {
        if (provider.url == url) {
            provider.requiredHeader = name;
            provider.requiredHeaderValue = value;
        }
    }
}

void FakeOpenWebUi::setDelay(const QString& pathPrefix, int ms, int times, const QByteArray& method)
{
    d->state.delays.removeIf(
        [&pathPrefix](const Delay& existing) { return existing.pathPrefix == pathPrefix; });
    if (ms > 0)
        d->state.delays.append(Delay{pathPrefix, ms, times, method});
}

void FakeOpenWebUi::setFault(const QString& pathPrefix, FakeFault fault, int times, const QByteArray& method)
{
    if (fault == FakeFault::None) {
        d->state.faults.removeIf(
            [&pathPrefix](const Fault& existing) { return existing.pathPrefix == pathPrefix; });
        return;
    }
    d->state.faults.append(Fault{pathPrefix, fault, times, method});
}

void FakeOpenWebUi::clearFaults()
{
    d->state.faults.clear();
    d->state.delays.clear();
}

QList<FakeOpenWebUi::Request> FakeOpenWebUi::requests() const
{
    return d->state.requests;
}

QStringList FakeOpenWebUi::abandonedRequests() const
{
    return d->state.abandonedRequests;
}

int FakeOpenWebUi::requestCount(const QByteArray& method, const QString& path) const
{
    int count = 0;
    for (const Request& request : d->state.requests) {
        if (request.method == method && request.path == path)
            ++count;
    }
    return count;
}

void FakeOpenWebUi::setOllamaMemory(int node, qint64 bytes)
{
    d->state.ollamaMemory.setBudget(node, bytes);
}

void FakeOpenWebUi::setModelLoadMs(int ms)
{
    d->state.ollamaMemory.setLoadMs(ms);
}

void FakeOpenWebUi::preloadOllamaModel(const QString& id, int node)
{
    for (const FakeModel& model : d->state.models) {
        if (model.id == id)
            d->state.ollamaMemory.preload(node, id, model.sizeBytes);
    }
}

QStringList FakeOpenWebUi::loadedOllamaModels(int node) const
{
    QStringList ids;
    for (const fake::FakeOllamaMemory::Loaded& loaded : d->state.ollamaMemory.loaded(node))
        ids << loaded.model;
    return ids;
}

QStringList FakeOpenWebUi::ollamaEvictions() const
{
    return d->state.ollamaMemory.evictions();
}

void FakeOpenWebUi::setRoundTrip(int ms)
{
    d->state.roundTripMs = ms;
}

int FakeOpenWebUi::roundTripsOnCriticalPath() const
{
    // Each request waits for the longest chain answered before it arrived; the requests are in
    // order of arrival, so that chain is among the earlier ones.
    const QList<Request>& requests = d->state.requests;
    QList<int> depth(requests.size(), 0);
    int longest = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        int before = 0;
        for (qsizetype j = 0; j < i; ++j) {
            const qint64 answered = requests[j].answeredUs;
            if (answered >= 0 && answered <= requests[i].arrivedUs)
                before = std::max(before, depth[j]);
        }
        depth[i] = before + (requests[i].firstOnConnection ? 2 : 1);
        longest = std::max(longest, depth[i]);
    }
    return longest;
}

int FakeOpenWebUi::maxConcurrentRequests() const
{
    int most = 0;
    for (const Request& request : d->state.requests) {
        int open = 0; // requests under way when this one arrived, itself included
        for (const Request& other : d->state.requests) {
            if (other.arrivedUs <= request.arrivedUs &&
                (other.answeredUs < 0 || other.answeredUs > request.arrivedUs))
                ++open;
        }
        most = std::max(most, open);
    }
    return most;
}

int FakeOpenWebUi::connectionsOpened() const
{
    int opened = 0;
    for (const Request& request : d->state.requests)
        opened += request.firstOnConnection ? 1 : 0;
    return opened;
}

qint64 FakeOpenWebUi::serverBusyMs() const
{
    // The union of the handling intervals, requests handled at the same time counted once.
    QList<QPair<qint64, qint64>> spans;
    for (const Request& request : d->state.requests) {
        if (request.handledUs >= 0 && request.answeredUs >= request.handledUs)
            spans.append({request.handledUs, request.answeredUs});
    }
    std::sort(spans.begin(), spans.end());
    qint64 busyUs = 0;
    qint64 coveredUntil = -1;
    for (const auto& [from, to] : spans) {
        const qint64 start = std::max(from, coveredUntil);
        if (to > start)
            busyUs += to - start;
        coveredUntil = std::max(coveredUntil, to);
    }
    return busyUs / 1000;
}

void FakeOpenWebUi::clearRequests()
{
    d->state.requests.clear();
    d->state.abandonedRequests.clear();
    d->state.firstSerial = d->state.nextSerial;
}

} // namespace tma::test
