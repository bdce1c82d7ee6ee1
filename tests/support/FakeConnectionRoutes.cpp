#include "FakeConnectionRoutes.h"

#include "FakeFormSchema.h"

#include <QJsonArray>

namespace tma::test::fake {

void FakeConnectionRoutes::addRoutes(FakeRouter& router)
{
    router.add("GET", QStringLiteral("/openai/config"), Access::Admin, false, this,
               &FakeConnectionRoutes::getOpenAiConfig);
    router.add("POST", QStringLiteral("/openai/config/update"), Access::Admin, true, this,
               &FakeConnectionRoutes::updateOpenAiConfig);
    router.add("POST", QStringLiteral("/openai/verify"), Access::Admin, true, this,
               &FakeConnectionRoutes::verifyOpenAi);
    router.add("GET", QStringLiteral("/openai/models"), Access::Verified, false, this,
               &FakeConnectionRoutes::openAiModelsRoute);
    router.add("GET", QStringLiteral("/openai/models/*"), Access::Admin, false, this,
               &FakeConnectionRoutes::openAiModelsOfConnection);
}

void FakeConnectionRoutes::someoneElseAddsAConnection()
{
    QJsonArray urls = m_server.openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    QJsonArray keys = m_server.openAiConfig.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
    urls.append(QStringLiteral("https://someone-else.example/v1"));
    keys.append(QStringLiteral("sk-someone-else"));
    m_server.openAiConfig.insert(QStringLiteral("OPENAI_API_BASE_URLS"), urls);
    m_server.openAiConfig.insert(QStringLiteral("OPENAI_API_KEYS"), keys);
}

// routers/openai.py get_config: the four settings, keys in clear.
Reply FakeConnectionRoutes::getOpenAiConfig(Exchange& exchange)
{
    if (m_server.takeFault(exchange.request, {FakeFault::ConcurrentChange})) {
        // Another admin saves the connections right after our GET was answered.
        exchange.afterAnswer = [this] {
            someoneElseAddsAConnection();
        };
    }
    return jsonReply(200, m_server.openAiConfig);
}

QJsonObject FakeConnectionRoutes::openAiConfigForm() const
{
    return m_server.openAiConfig;
}

Reply FakeConnectionRoutes::updateOpenAiConfig(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    if (m_server.takeFault(exchange.request, {FakeFault::ConcurrentChange}))
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
    m_server.openAiConfig = QJsonObject{
        {QStringLiteral("ENABLE_OPENAI_API"), picked.value(QStringLiteral("ENABLE_OPENAI_API"))},
        {QStringLiteral("OPENAI_API_BASE_URLS"), urls},
        {QStringLiteral("OPENAI_API_KEYS"), keys},
        {QStringLiteral("OPENAI_API_CONFIGS"), configs},
    };
    return jsonReply(200, m_server.openAiConfig);
}

Reply FakeConnectionRoutes::verifyOpenAi(Exchange& exchange)
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

    const Provider* provider = m_server.providerFor(body.value(QStringLiteral("url")).toString());
    if (!provider)
        return detailReply(500, QStringLiteral("Open WebUI: Server Connection Error"));
    // routers/openai.py verify_connection: 0.5 reads only {url, key}; from 0.6 the connection's
    // config is used too (auth type, headers, Azure).
    const QJsonObject headers =
        m_server.is04() || m_server.profile == FakeProfile::V0_5
            ? QJsonObject()
            : body.value(QStringLiteral("config")).toObject().value(QStringLiteral("headers")).toObject();
    const bool keyOk =
        provider->openModelList || provider->key == body.value(QStringLiteral("key")).toString();
    const bool headerOk = provider->requiredHeader.isEmpty() ||
                          headers.value(provider->requiredHeader).toString() == provider->requiredHeaderValue;
    if (!keyOk || !headerOk) {
        const QString message =
            keyOk ? QStringLiteral("Missing gateway header") : QStringLiteral("Invalid API key");
        // Up to 0.6.21 the refusal became 500 "Unexpected error: External Error: {repr}"; from
        // 0.6.22 (PR #16385) the provider's status and JSON are passed through.
        if (m_server.is04() || m_server.profile == FakeProfile::V0_5)
            return detailReply(
                500, QStringLiteral("Unexpected error: External Error: {'message': '%1'}").arg(message));
        return jsonReply(
            401, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}}});
    }
    QJsonArray data;
    for (const FakeModel& model : provider->models)
        data.append(FakeServerState::providerRawModel(model));
    return jsonReply(
        200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
}

Reply FakeConnectionRoutes::openAiModelsRoute(Exchange&)
{
    if (!m_server.openAiEnabled())
        return detailReply(503, QStringLiteral("OpenAI API is disabled"));
    QJsonArray data;
    for (const ListedModel& listed : m_server.openAiModels())
        data.append(listed.json);
    return jsonReply(200, QJsonObject{{QStringLiteral("data"), data}});
}

Reply FakeConnectionRoutes::openAiModelsOfConnection(Exchange& exchange)
{
    if (!m_server.openAiEnabled())
        return detailReply(503, QStringLiteral("OpenAI API is disabled"));
    bool ok = false;
    const int index = exchange.pathParam.toInt(&ok);
    const QJsonArray urls = m_server.openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    if (!ok || index < 0 || index >= urls.size())
        return uncaughtExceptionReply();
    const Provider* provider = m_server.providerFor(urls.at(index).toString());
    if (!provider)
        return detailReply(500, QStringLiteral("Open WebUI: Server Connection Error"));
    QJsonArray data;
    for (const FakeModel& model : provider->models)
        data.append(FakeServerState::providerRawModel(model));
    return jsonReply(
        200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
}

} // namespace tma::test::fake
