#include "FakeTaskRoutes.h"

#include "FakeChatChunks.h"
#include "FakeFormSchema.h"
#include "FakeLineStream.h"
#include "FakeTaskConfigSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace tma::test::fake {

void FakeTaskRoutes::addRoutes(FakeRouter& router)
{
    const QString tasks = m_server.is04() ? QStringLiteral("/api/task") : QStringLiteral("/api/v1/tasks");
    router.add("GET", tasks + QStringLiteral("/config"), Access::Verified, false, this,
               &FakeTaskRoutes::getTaskConfig);
    router.add("POST", tasks + QStringLiteral("/config/update"), Access::Admin, true, this,
               &FakeTaskRoutes::updateTaskConfig);
    router.add("POST", tasks + QStringLiteral("/title/completions"), Access::Verified, true, this,
               &FakeTaskRoutes::titleCompletion);
    router.add("POST", tasks + QStringLiteral("/tags/completions"), Access::Verified, true, this,
               &FakeTaskRoutes::tagsCompletion);
    router.add("POST", tasks + QStringLiteral("/auto/completions"), Access::Verified, true, this,
               &FakeTaskRoutes::autoCompletion);
    if (m_server.profile == FakeProfile::V0_6 || m_server.is011())
        router.add("POST", tasks + QStringLiteral("/follow_up/completions"), Access::Verified, true, this,
                   &FakeTaskRoutes::followUpCompletion);
    router.add("POST", QStringLiteral("/api/chat/completions"), Access::Verified, true, this,
               &FakeTaskRoutes::chatCompletionRoute);
}

// Python's truth test, as `if not value` applies it to a stored setting.
bool FakeTaskRoutes::pythonTruthy(const QJsonValue& value)
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

bool FakeTaskRoutes::currentlyServed(const QString& id) const
{
    for (const ListedModel& listed : m_server.currentModels(true)) {
        if (listed.model.id == id)
            return true;
    }
    return false;
}

Reply FakeTaskRoutes::getTaskConfig(Exchange& exchange)
{
    if (m_server.takeFault(exchange.request, {FakeFault::ConcurrentChange})) {
        // Another admin saves right after our GET was answered.
        exchange.afterAnswer = [this] {
            m_server.taskConfig.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("someone-else:1b"));
            m_server.taskConfig.insert(
                QStringLiteral("ENABLE_TAGS_GENERATION"),
                !m_server.taskConfig.value(QStringLiteral("ENABLE_TAGS_GENERATION")).toBool(true));
        };
    }
    return jsonReply(200, m_server.taskConfig);
}

Reply FakeTaskRoutes::updateTaskConfig(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    const FakeFormSchema form = FakeTaskConfigSchema::form(m_server.profile);
    errors = form.validate(body);
    if (!errors.isEmpty())
        return validationReply(errors);

    QJsonObject merged = m_server.taskConfig;
    const QJsonObject accepted = form.pick(body); // unknown keys are dropped, not stored
    for (auto it = accepted.constBegin(); it != accepted.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    if (!m_server.takeFault(exchange.request, {FakeFault::NotPersisted}))
        m_server.taskConfig = merged;
    return jsonReply(200, merged);
}

QString FakeTaskRoutes::titleFor(const QJsonArray& messages)
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

QJsonObject FakeTaskRoutes::chatCompletion(const QString& model, const QString& content)
{
    ++m_server.completionCounter;
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-fake-%1").arg(m_server.completionCounter)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), kCreated},
        {QStringLiteral("model"), model},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("index"), 0},
             {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                     {QStringLiteral("content"), content}}},
             {QStringLiteral("finish_reason"), QStringLiteral("stop")},
         }}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 120},
                                              {QStringLiteral("completion_tokens"), 12},
                                              {QStringLiteral("total_tokens"), 132}}},
    };
}

// The "model" of a task's answer: what the upstream echoes, not Open WebUI's id. A workspace
// model runs its base_model_id; routers/ollama.py strips the connection's prefix_id (0.6 also
// adds ":latest" to an untagged name); an OpenAI-compatible provider's JSON is returned as it
// is (routers/openai.py generate_chat_completion), with the provider's own name in it.
QString FakeTaskRoutes::upstreamAnswerName(const FakeModel& model, int depth) const
{
    if (!model.baseModelId.isEmpty()) {
        const auto base = m_server.modelMap.constFind(model.baseModelId);
        if (base != m_server.modelMap.constEnd() && depth < 4)
            return upstreamAnswerName(base.value(), depth + 1);
        return model.baseModelId;
    }
    if (!model.answersAs.isEmpty())
        return model.answersAs;
    QString name = model.upstreamId.isEmpty() ? model.id : model.upstreamId;
    if (model.ownedBy == QLatin1String("ollama") && m_server.profile == FakeProfile::V0_6 &&
        !name.contains(QLatin1Char(':')))
        name += QStringLiteral(":latest");
    return name;
}

// utils/task.py get_task_model_id, in the flavour of the profile.
QString FakeTaskRoutes::taskModelFor(const FakeModel& chatModel) const
{
    const QString taskModel = m_server.taskConfig.value(QStringLiteral("TASK_MODEL")).toString();
    const QString taskModelExternal =
        m_server.taskConfig.value(QStringLiteral("TASK_MODEL_EXTERNAL")).toString();
    // utils/task.py get_task_model_id: 0.5 (and 0.4) decide by the chat model's owner; 0.6 and
    // 0.11 by its connection_type.
    const bool localSlot = m_server.hasConnectionType() ? chatModel.connectionType == QLatin1String("local")
                                                        : chatModel.ownedBy == QLatin1String("ollama");
    if (localSlot) {
        if (!taskModel.isEmpty() && m_server.modelMap.contains(taskModel))
            return taskModel;
    } else if (!taskModelExternal.isEmpty() && m_server.modelMap.contains(taskModelExternal)) {
        return taskModelExternal;
    }
    return chatModel.id;
}

Reply FakeTaskRoutes::titleCompletion(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);

    // 0.4 has no switch: title generation is always on there. routers/tasks.py
    // generate_title tests `if not request.app.state.config.ENABLE_TITLE_GENERATION`: a
    // null (or any falsy) value stored there turns it off just like false.
    if (!m_server.is04() &&
        !pythonTruthy(m_server.taskConfig.value(QStringLiteral("ENABLE_TITLE_GENERATION"))))
        return jsonReply(
            200, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Title generation is disabled")}});

    // routers/tasks.py generate_title reads form_data["model"] first (a missing key raises
    // KeyError: 500 in every version); 0.11 then refuses an empty or null one.
    const QJsonValue modelValue = body.value(QStringLiteral("model"));
    if (modelValue.isUndefined())
        return uncaughtExceptionReply();
    if (m_server.is011() && modelValue.toString().isEmpty()) {
        return detailReply(400, QStringLiteral("No model specified for title generation. "
                                               "Please ensure a model is selected for this chat."));
    }
    const QString modelId = modelValue.toString();
    const auto known = m_server.modelMap.constFind(modelId);
    // routers/tasks.py generate_title: 0.5/0.6 say "Model not found"; 0.11 calls
    // ERROR_MESSAGES.MODEL_NOT_FOUND() without a name, so the quotes are always empty.
    if (known == m_server.modelMap.constEnd())
        return detailReply(404, m_server.is011() ? QStringLiteral("Model '' was not found")
                                                 : QStringLiteral("Model not found"));
    if (!body.value(QStringLiteral("messages")).isArray())
        return detailReply(400, QStringLiteral("An internal error has occurred."));

    const QString content = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("title"),
                                   titleFor(body.value(QStringLiteral("messages")).toArray())}})
            .toJson(QJsonDocument::Compact));
    return answerTask(exchange, known.value(), content, 400);
}

// What every task route does once its own checks passed (routers/tasks.py, 0.4 main.py): the
// task model chosen like the title's (utils/task.py get_task_model_id), a non-streamed chat
// completion through utils/chat.py generate_chat_completion, the raw completion returned. A
// raised error becomes the route's own "An internal error has occurred." (400 for title and
// follow-ups, 500 for tags and autocomplete).
Reply FakeTaskRoutes::answerTask(Exchange& exchange, const FakeModel& chatModel, const QString& content,
                                 int internalErrorStatus)
{
    const QString internalError = QStringLiteral("An internal error has occurred.");
    const QString chosen = taskModelFor(chatModel);
    if (!currentlyServed(chosen))
        return detailReply(internalErrorStatus, internalError); // backend lost it

    const FakeModel taskModel = m_server.modelMap.value(chosen);
    // utils/chat.py generate_chat_completion runs check_model_access on the task model for
    // role "user" (tasks never pass bypass_filter); the route hides the failure.
    // It reads the record from the database, not from the model map.
    if (exchange.user->role == QLatin1String("user") &&
        !FakeServerState::usableByUsers(m_server.withStoredRecord(taskModel)))
        return detailReply(internalErrorStatus, internalError);
    // The route hides a raised error: a connection error always, a provider's refusal before
    // 0.6.22. From 0.6.22 (and in 0.11) routers/openai.py returns the refusal, which passes
    // through unchanged.
    const UpstreamRefusal refusal = upstreamRefusal(taskModel);
    if (refusal.unreachable ||
        (refusal.status != 0 && (m_server.is04() || m_server.profile == FakeProfile::V0_5)))
        return detailReply(internalErrorStatus, internalError);
    if (refusal.status != 0)
        return providerErrorReply(refusal);
    const Reply reply = jsonReply(200, chatCompletion(upstreamAnswerName(taskModel), content));
    // Ollama runs one generation per model at a time: a task waits for the one before it.
    const int startsInMs = m_server.startGeneration(taskModel, taskModel.latencyMs).startsInMs;
    QTimer::singleShot(startsInMs + qMax(0, taskModel.latencyMs), m_server.owner,
                       [this, exchange, reply]() mutable { m_server.send(exchange, reply); });
    return deferredReply();
}

// Reads the model and messages every task route reads with form_data["…"] (a missing key is a
// KeyError outside the route's try: 500), and finds the model (404 when app.state.MODELS lacks it).
std::optional<Reply> FakeTaskRoutes::readTaskForm(const QJsonObject& body, bool needsMessages,
                                                  FakeModel* chatModel) const
{
    if (!body.contains(QStringLiteral("model")) ||
        (needsMessages && !body.contains(QStringLiteral("messages"))))
        return uncaughtExceptionReply();
    const auto known = m_server.modelMap.constFind(body.value(QStringLiteral("model")).toString());
    if (known == m_server.modelMap.constEnd())
        return detailReply(404, m_server.is011() ? QStringLiteral("Model '' was not found")
                                                 : QStringLiteral("Model not found"));
    *chatModel = known.value();
    return std::nullopt;
}

// routers/tasks.py generate_chat_tags (0.4: main.py generate_tags, from 0.4.0): off answers 200
// with a detail, like the title.
Reply FakeTaskRoutes::tagsCompletion(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    if (!pythonTruthy(m_server.taskConfig.value(QStringLiteral("ENABLE_TAGS_GENERATION"))))
        return jsonReply(
            200, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Tags generation is disabled")}});
    FakeModel chatModel;
    if (const std::optional<Reply> refused = readTaskForm(body, true, &chatModel))
        return *refused;
    const QString content = QStringLiteral("{\"tags\": [\"Gardening\", \"Plants\"]}");
    return answerTask(exchange, chatModel, content, 500);
}

// routers/tasks.py generate_follow_ups (0.6.14 on; the route is "follow_up", singular).
Reply FakeTaskRoutes::followUpCompletion(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    if (!pythonTruthy(m_server.taskConfig.value(QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"))))
        return jsonReply(
            200, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Follow-up generation is disabled")}});
    FakeModel chatModel;
    if (const std::optional<Reply> refused = readTaskForm(body, true, &chatModel))
        return *refused;
    const QString content =
        QStringLiteral("{\"follow_ups\": [\"Which basil varieties grow best indoors?\"]}");
    return answerTask(exchange, chatModel, content, 400);
}

// routers/tasks.py generate_autocompletion (0.4.7 on): off is a 400, and so is a prompt longer
// than AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH (when above 0); both before the model lookup.
Reply FakeTaskRoutes::autoCompletion(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    if (!pythonTruthy(m_server.taskConfig.value(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"))))
        return detailReply(400, QStringLiteral("Autocompletion generation is disabled"));
    const int maxLength =
        m_server.taskConfig.value(QStringLiteral("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH")).toInt(-1);
    if (maxLength > 0) {
        if (!body.value(QStringLiteral("prompt")).isString())
            return uncaughtExceptionReply(); // len(None)
        if (body.value(QStringLiteral("prompt")).toString().size() > maxLength)
            return detailReply(400,
                               QStringLiteral("Input prompt exceeds maximum length of %1").arg(maxLength));
    }
    FakeModel chatModel;
    if (const std::optional<Reply> refused = readTaskForm(body, false, &chatModel))
        return *refused;
    return answerTask(exchange, chatModel, QStringLiteral("{\"text\": \" in winter?\"}"), 500);
}

FakeTaskRoutes::UpstreamRefusal FakeTaskRoutes::upstreamRefusal(const FakeModel& model) const
{
    UpstreamRefusal refusal;
    if (model.ownedBy != QLatin1String("openai") || model.openAiUrlIdx < 0)
        return refusal;
    const QJsonArray urls = m_server.openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    const QJsonArray keys = m_server.openAiConfig.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
    const Provider* provider = m_server.providerFor(urls.at(model.openAiUrlIdx).toString());
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
Reply FakeTaskRoutes::providerErrorReply(const UpstreamRefusal& refusal)
{
    return jsonReply(refusal.status, QJsonObject{{QStringLiteral("error"),
                                                  QJsonObject{{QStringLiteral("message"), refusal.message},
                                                              {QStringLiteral("code"), refusal.status}}}});
}

// main.py chat_completion → utils/chat.py generate_chat_completion → the model's router. A
// model the map does not hold is 400 "Model not found"; a provider's refusal comes back in the
// shape of the version: 0.5 (and up to 0.6.21) raise it, and main.py answers 400 with
// str(HTTPException) = "<status>: <message>"; 0.6.22-0.10 return the provider's status and JSON
// unchanged (routers/openai.py, PR #16385); 0.11 turns it into 400 {"detail": <message>}.
Reply FakeTaskRoutes::chatCompletionRoute(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    const QString modelId = body.value(QStringLiteral("model")).toString();
    const auto known = m_server.modelMap.constFind(modelId);
    if (known == m_server.modelMap.constEnd())
        return detailReply(400, QStringLiteral("Model not found"));
    const FakeModel model = known.value();
    const UpstreamRefusal refusal = upstreamRefusal(model);
    if (refusal.unreachable) {
        // Unreachable provider: 0.5 raises, main.py answers 400 "500: …"; 0.6.22-0.10's
        // process_chat swallows it and answers 200 `null`; 0.11 answers 400 with the text.
        if (m_server.is04() || m_server.profile == FakeProfile::V0_5)
            return detailReply(400, QStringLiteral("500: Open WebUI: Server Connection Error"));
        if (m_server.is011())
            return detailReply(400, QStringLiteral("Open WebUI: Server Connection Error"));
        return jsonReply(200, QJsonValue::Null);
    }
    if (refusal.status != 0) {
        if (m_server.is04() || m_server.profile == FakeProfile::V0_5)
            return detailReply(400, QStringLiteral("%1: %2").arg(refusal.status).arg(refusal.message));
        if (m_server.is011())
            return detailReply(400, refusal.message);
        return providerErrorReply(refusal);
    }
    if (body.value(QStringLiteral("stream")).toBool())
        return streamChatCompletion(exchange, model);
    const Reply reply = jsonReply(200, chatCompletion(upstreamAnswerName(model), QStringLiteral("OK")));
    const int startsInMs = m_server.startGeneration(model, model.latencyMs).startsInMs;
    QTimer::singleShot(startsInMs + qMax(0, model.latencyMs), m_server.owner,
                       [this, exchange, reply]() mutable { m_server.send(exchange, reply); });
    return deferredReply();
}

// stream: true (utils/chat.py generate_chat_completion): an Ollama model's answer converted to
// server-sent events, a provider's passed through. The response starts with its first chunk, once
// the model's slot is free and it is loaded (Ollama sends nothing before): that wait is the time to
// the first word. The answer takes the model's latency, in eight chunks.
Reply FakeTaskRoutes::streamChatCompletion(Exchange& exchange, const FakeModel& model)
{
    static const QStringList words{QStringLiteral("Water"), QStringLiteral(" it"),  QStringLiteral(" when"),
                                   QStringLiteral(" the"),  QStringLiteral(" top"), QStringLiteral(" inch"),
                                   QStringLiteral(" is"),   QStringLiteral(" dry.")};
    const QString name = upstreamAnswerName(model);
    const QByteArrayList lines = model.ownedBy == QLatin1String("ollama")
                                     ? FakeChatChunks::fromOllama(m_server.profile, name, words)
                                     : FakeChatChunks::fromProvider(name, words);
    const int stepMs = qMax(0, model.latencyMs) / static_cast<int>(words.size());
    const FakeGenerationSlots::Booking booking = m_server.startGeneration(model, model.latencyMs);
    auto* stream = new FakeLineStream(exchange.connection, QByteArrayLiteral("text/event-stream"), lines,
                                      stepMs, m_server.owner);
    const qint64 serial = exchange.serial;
    QObject::connect(stream, &FakeLineStream::completed, m_server.owner,
                     [this, serial] { m_server.setStatus(serial, 200); });
    // The client hung up (Stop): Ollama stops generating, and the model is free for the next.
    QObject::connect(stream, &FakeLineStream::cancelled, m_server.owner,
                     [this, booking] { m_server.generationSlots.release(booking); });
    QTimer::singleShot(booking.startsInMs + stepMs, stream, &FakeLineStream::start);
    return deferredReply();
}

} // namespace tma::test::fake
