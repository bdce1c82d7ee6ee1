#include "FakeOpenWebUi.h"

#include "FakeAppInfoRoutes.h"
#include "FakeAuthRoutes.h"
#include "FakeFormSchema.h"
#include "FakeModelRoutes.h"
#include "FakePullStream.h"
#include "FakeRouter.h"
#include "FakeServerState.h"
#include "FakeTaskConfigSchema.h"
#include "HttpConnection.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
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

struct FakeOpenWebUi::Private : FakeServerState
{
    FakeOpenWebUi* q = nullptr;
    QTcpServer* server = nullptr;
    FakeRouter router;
    FakeAppInfoRoutes appInfo{*this};
    FakeAuthRoutes auth{*this};
    FakeModelRoutes modelRoutes{*this};
    // The unanswered request on each connection (serial, path), for abandonedRequests().
    QHash<HttpConnection*, QPair<qint64, QString>> openRequests;

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

    void process(Exchange& exchange)
    {
        const HttpRequest& request = exchange.request;
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

    // ---- route handlers -------------------------------------------------------------------

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

    bool currentlyServed(const QString& id) const
    {
        for (const ListedModel& listed : currentModels(true)) {
            if (listed.model.id == id)
                return true;
        }
        return false;
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

    // ---- routing table ----------------------------------------------------------------------

    void addRoute(const char* method, const QString& path, Access access, bool hasBody,
                  Reply (Private::*handler)(Exchange&))
    {
        router.add(method, path, access, hasBody, this, handler);
    }

    // A request goes to the first route that matches, so the areas keep this order.
    void buildRoutes()
    {
        appInfo.addRoutes(router);
        auth.addRoutes(router);
        modelRoutes.addRoutes(router);

        const QString tasks = is04() ? QStringLiteral("/api/task") : QStringLiteral("/api/v1/tasks");
        addRoute("GET", tasks + QStringLiteral("/config"), Access::Verified, false, &Private::getTaskConfig);
        addRoute("POST", tasks + QStringLiteral("/config/update"), Access::Admin, true, &Private::updateTaskConfig);
        addRoute("POST", tasks + QStringLiteral("/title/completions"), Access::Verified, true, &Private::titleCompletion);
        addRoute("POST", QStringLiteral("/api/chat/completions"), Access::Verified, true,
                 &Private::chatCompletionRoute);

        router.add("GET", QStringLiteral("/openai/config"), Access::Admin, false,
                   [this](Exchange& exchange) { return getOpenAiConfig(exchange); });
        addRoute("POST", QStringLiteral("/openai/config/update"), Access::Admin, true, &Private::updateOpenAiConfig);
        addRoute("POST", QStringLiteral("/openai/verify"), Access::Admin, true, &Private::verifyOpenAi);
        addRoute("GET", QStringLiteral("/openai/models"), Access::Verified, false, &Private::openAiModelsRoute);
        addRoute("GET", QStringLiteral("/openai/models/*"), Access::Admin, false, &Private::openAiModelsOfConnection);

        addRoute("GET", QStringLiteral("/ollama/config"), Access::Admin, false, &Private::ollamaConfig);
        router.addStatic("GET", QStringLiteral("/ollama/api/version"),
                         QJsonObject{{QStringLiteral("version"), QStringLiteral("0.5.7")}});
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
    d->owner = this;
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
    return d->version();
}

void FakeOpenWebUi::addUser(const QString& email, const QString& password, const QString& role, const QString& apiKey)
{
    d->addUser(email, password, role, apiKey);
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
