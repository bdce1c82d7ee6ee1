#include "FakeOllamaRoutes.h"

#include "FakeFormSchema.h"
#include "FakeLineStream.h"

#include <QDateTime>
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
    // routers/ollama.py get_ollama_loaded_models: from 0.5 on (0.4's apps/ollama/main.py has no
    // /api/ps, so the web app answers the path); any verified user until 0.6.10, admins from 0.6.11.
    if (!m_server.is04()) {
        router.add("GET", QStringLiteral("/ollama/api/ps"),
                   m_server.profile == FakeProfile::V0_5 ? Access::Verified : Access::Admin, false, this,
                   &FakeOllamaRoutes::loadedModels);
    }
}

// Ollama's own GET /api/ps on one node (server/routes.go PsHandler): each loaded model with its
// size in memory (all of it on the GPU here) and when keep_alive (5 minutes) unloads it.
QJsonArray FakeOllamaRoutes::loadedOn(int node) const
{
    QJsonArray list;
    const QString expires = QDateTime::currentDateTimeUtc()
                                .addSecs(300)
                                .toString(Qt::ISODateWithMs)
                                .replace(QLatin1Char('Z'), QString());
    for (const FakeOllamaMemory::Loaded& loaded : m_server.ollamaMemory.loaded(node)) {
        QJsonObject entry;
        for (const FakeModel& model : m_server.models) {
            if (model.id == loaded.model)
                entry = m_server.ollamaEntry(model);
        }
        entry.remove(QStringLiteral("modified_at"));
        entry.remove(QStringLiteral("urls"));
        entry.remove(QStringLiteral("connection_type"));
        entry.insert(QStringLiteral("name"), loaded.model);
        entry.insert(QStringLiteral("model"), loaded.model);
        entry.insert(QStringLiteral("size"), loaded.size);
        entry.insert(QStringLiteral("size_vram"), loaded.size);
        entry.insert(QStringLiteral("expires_at"), expires + QStringLiteral("Z"));
        list.append(entry);
    }
    return list;
}

Reply FakeOllamaRoutes::loadedModels(Exchange&)
{
    const QStringList& urls = m_server.ollamaNodeUrls;
    if (m_server.profile == FakeProfile::V0_5) {
        // 0.5.x-0.6.10: each base URL with its node's reply as it came (null: no answer), every
        // node asked, enabled or not; {} while the Ollama API is off.
        QJsonObject byUrl;
        if (!m_server.ollamaEnabled)
            return jsonReply(200, byUrl);
        for (qsizetype i = 0; i < urls.size(); ++i) {
            byUrl.insert(urls.at(i),
                         m_server.ollamaReachable
                             ? QJsonValue(QJsonObject{{QStringLiteral("models"), loadedOn(int(i))}})
                             : QJsonValue(QJsonValue::Null));
        }
        return jsonReply(200, byUrl);
    }
    // 0.6.11 on: enabled nodes only, the connection's prefix_id put before each model, the lists
    // merged by "model" (merge_ollama_models_lists; merge_models_lists in 0.11): the first node's
    // entry is kept and the others add their index to "urls". A node that does not answer is
    // left out; {"models": []} while the Ollama API is off.
    QJsonArray merged;
    QHash<QString, qsizetype> at;
    if (m_server.ollamaEnabled && m_server.ollamaReachable) {
        for (qsizetype i = 0; i < urls.size(); ++i) {
            if (!m_server.ollamaNodeEnabled.value(i, true))
                continue;
            const QString prefix = i == 0 ? m_server.ollamaPrefixId : QString();
            for (const QJsonValue& value : loadedOn(int(i))) {
                QJsonObject model = value.toObject();
                if (!prefix.isEmpty())
                    model.insert(QStringLiteral("model"),
                                 prefix + QLatin1Char('.') + model.value(QStringLiteral("model")).toString());
                const QString id = model.value(QStringLiteral("model")).toString();
                if (at.contains(id)) {
                    QJsonObject first = merged.at(at.value(id)).toObject();
                    QJsonArray nodes = first.value(QStringLiteral("urls")).toArray();
                    nodes.append(int(i));
                    first.insert(QStringLiteral("urls"), nodes);
                    merged.replace(at.value(id), first);
                    continue;
                }
                model.insert(QStringLiteral("urls"), QJsonArray{int(i)});
                at.insert(id, merged.size());
                merged.append(model);
            }
        }
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("models"), merged}});
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

    auto* stream = new FakeLineStream(exchange.connection, QByteArrayLiteral("application/x-ndjson"), lines,
                                      delayMs, m_server.owner);
    if (succeeds && spec != m_server.pullables.constEnd()) {
        const qint64 total = spec->totalBytes;
        QObject::connect(stream, &FakeLineStream::aboutToComplete, m_server.owner, [this, modelId, total] {
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
    QObject::connect(stream, &FakeLineStream::cancelled, m_server.owner,
                     [this, modelId] { m_server.cancelledPulls.insert(modelId); });
    m_server.setStatus(exchange.serial, 200);
    stream->start();
    return deferredReply();
}

} // namespace tma::test::fake
