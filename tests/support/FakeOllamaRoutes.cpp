#include "FakeOllamaRoutes.h"

#include "FakeFormSchema.h"
#include "FakePullStream.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tma::test::fake {

void FakeOllamaRoutes::addRoutes(FakeRouter& router)
{
    router.add("GET", QStringLiteral("/ollama/config"), Access::Admin, false, this,
               &FakeOllamaRoutes::ollamaConfig);
    router.addStatic("GET", QStringLiteral("/ollama/api/version"),
                     QJsonObject{{QStringLiteral("version"), QStringLiteral("0.5.7")}});
    router.add("GET", QStringLiteral("/ollama/api/tags"), Access::Verified, false, this,
               &FakeOllamaRoutes::ollamaTags);
    router.add("POST", QStringLiteral("/ollama/api/pull"), Access::Admin, true, this,
               &FakeOllamaRoutes::pull);
    router.add("POST", QStringLiteral("/ollama/api/pull/*"), Access::Admin, true, this,
               &FakeOllamaRoutes::pull);
}

Reply FakeOllamaRoutes::ollamaConfig(Exchange&)
{
    return jsonReply(
        200, QJsonObject{
                 {QStringLiteral("ENABLE_OLLAMA_API"), m_server.ollamaEnabled},
                 {QStringLiteral("OLLAMA_BASE_URLS"), QJsonArray::fromStringList(m_server.ollamaNodeUrls)},
                 {QStringLiteral("OLLAMA_API_CONFIGS"), ollamaConfigs()},
             });
}

// routers/ollama.py get_config: OLLAMA_API_CONFIGS keyed by the node's index.
QJsonObject FakeOllamaRoutes::ollamaConfigs() const
{
    QJsonObject configs;
    for (qsizetype i = 0; i < m_server.ollamaNodeUrls.size(); ++i) {
        configs.insert(
            QString::number(i),
            QJsonObject{{QStringLiteral("enable"), m_server.ollamaNodeEnabled.value(i, true)},
                        {QStringLiteral("key"), QString()},
                        {QStringLiteral("prefix_id"), i == 0 ? m_server.ollamaPrefixId : QString()},
                        {QStringLiteral("tags"), QJsonArray()},
                        {QStringLiteral("model_ids"),
                         QJsonArray::fromStringList(i == 0 ? m_server.ollamaModelIds : QStringList())},
                        {QStringLiteral("connection_type"), QStringLiteral("local")}});
    }
    return configs;
}

// routers/ollama.py: 0.11 refuses every proxy route while the Ollama API is off; 0.5/0.6
// answer tags with an empty list and still pull from the first URL.
QString FakeOllamaRoutes::ollamaDisabledText()
{
    return QStringLiteral("The Ollama API is disabled. Please enable it to use this feature.");
}

Reply FakeOllamaRoutes::ollamaTags(Exchange&)
{
    if (!m_server.ollamaEnabled && m_server.is011())
        return detailReply(503, ollamaDisabledText());
    if (!m_server.ollamaEnabled || !m_server.ollamaReachable)
        return jsonReply(200, QJsonObject{{QStringLiteral("models"), QJsonArray()}});
    QJsonArray list;
    for (const FakeModel& model : m_server.models) {
        if (model.ownedBy == QLatin1String("ollama"))
            list.append(m_server.ollamaEntry(model));
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("models"), list}});
}

bool FakeOllamaRoutes::ollamaHas(const QString& id) const
{
    for (const FakeModel& model : m_server.models) {
        if (model.id == id && model.ownedBy == QLatin1String("ollama"))
            return true;
    }
    return false;
}

QByteArray FakeOllamaRoutes::line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject FakeOllamaRoutes::statusLine(const QString& status)
{
    return QJsonObject{{QStringLiteral("status"), status}};
}

Reply FakeOllamaRoutes::pull(Exchange& exchange)
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
        if (index < 0 || index >= m_server.ollamaNodeUrls.size())
            return uncaughtExceptionReply(); // OLLAMA_BASE_URLS[url_idx] raised IndexError
    }
    if (!m_server.ollamaEnabled && m_server.is011())
        return detailReply(503, ollamaDisabledText());
    if (!m_server.ollamaReachable) {
        // routers/ollama.py send_post_request: 0.5 has no response to read ("Open WebUI: Server
        // Connection Error"); from mid-0.6 the aiohttp error is named.
        return detailReply(500,
                           m_server.profile == FakeProfile::V0_5 || m_server.is04()
                               ? QStringLiteral("Open WebUI: Server Connection Error")
                               : QStringLiteral("Ollama: Cannot connect to host ollama:11434 ssl:default "
                                                "[Connect call failed ('172.18.0.2', 11434)]"));
    }

    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    QString name;
    if (m_server.is011()) {
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
    if (!m_server.pullables.contains(modelId) && !modelId.contains(QLatin1Char(':')) &&
        m_server.pullables.contains(modelId + QStringLiteral(":latest")))
        modelId += QStringLiteral(":latest");

    QByteArrayList lines{line(statusLine(QStringLiteral("pulling manifest")))};
    int delayMs = 20;
    bool succeeds = false;
    const auto spec = m_server.pullables.constFind(modelId);
    if (spec != m_server.pullables.constEnd()) {
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
        lines.append(line(QJsonObject{
            {QStringLiteral("error"), QStringLiteral("pull model manifest: file does not exist")}}));
    }
    if (succeeds) {
        lines.append(line(statusLine(QStringLiteral("verifying sha256 digest"))));
        lines.append(line(statusLine(QStringLiteral("writing manifest"))));
        lines.append(line(statusLine(QStringLiteral("success"))));
    }

    auto* stream = new FakePullStream(exchange.connection, lines, delayMs, m_server.owner);
    if (succeeds && spec != m_server.pullables.constEnd()) {
        const qint64 total = spec->totalBytes;
        QObject::connect(stream, &FakePullStream::aboutToComplete, m_server.owner, [this, modelId, total] {
            if (ollamaHas(modelId))
                return;
            FakeModel model;
            model.id = modelId;
            model.name = modelId;
            model.sizeBytes = total;
            model.parameterSize = modelId.section(QLatin1Char(':'), 1).toUpper();
            model.latencyMs = m_server.pulledModelLatencyMs;
            model.hasRecord = false; // a pulled model has no workspace record yet
            model.prefixId = m_server.ollamaPrefixId;
            m_server.models.append(model);
        });
    }
    QObject::connect(stream, &FakePullStream::cancelled, m_server.owner,
                     [this, modelId] { m_server.cancelledPulls.insert(modelId); });
    m_server.setStatus(exchange.serial, 200);
    stream->start();
    return deferredReply();
}

} // namespace tma::test::fake
