#include "ModelInfo.h"

#include "ModelRecord.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace tma {

ModelInfo ModelInfo::fromJson(const QJsonObject& json)
{
    ModelInfo model;
    model.id = json.value(QLatin1String("id")).toString();
    model.name = json.value(QLatin1String("name")).toString(model.id);
    model.ownedBy = json.value(QLatin1String("owned_by")).toString();
    const QJsonObject ollama = json.value(QLatin1String("ollama")).toObject();
    model.connectionType = json.value(QLatin1String("connection_type")).toString();
    if (model.connectionType.isEmpty())
        model.connectionType = ollama.value(QLatin1String("connection_type")).toString();
    if (model.connectionType.isEmpty()) // 0.4 decided by owner; others default to external
        model.connectionType = model.ownedBy == QLatin1String("ollama") ? QStringLiteral("local")
                                                                       : QStringLiteral("external");
    const double size = ollama.value(QLatin1String("size")).toDouble();
    model.sizeBytes = size > 0 && size < 1e18 ? static_cast<qint64>(size) : 0; // nonsense sizes read as unknown
    model.parameterSize = ollama.value(QLatin1String("details"))
                              .toObject()
                              .value(QLatin1String("parameter_size"))
                              .toString();
    // utils/models.py check_model_access, for a user who is neither admin nor owner.
    model.isPrivate = !ModelRecord::grantsPublicRead(json.value(QLatin1String("info")).toObject());
    model.openAiUrlIndex = json.value(QLatin1String("urlIdx")).toInt(-1);
    // utils/models.py: `ollama` and `openai` hold the upstream's own entry; the prefix_id of the
    // connection is put in front of the id only (routers/ollama.py and openai.py get_all_models).
    const QJsonObject openai = json.value(QLatin1String("openai")).toObject();
    for (const QJsonValue& raw : {ollama.value(QLatin1String("name")), ollama.value(QLatin1String("model")),
                                  openai.value(QLatin1String("id"))}) {
        const QString name = raw.toString();
        if (!name.isEmpty() && !model.upstreamIds.contains(name))
            model.upstreamIds << name;
    }
    const QJsonValue base =
        json.value(QLatin1String("info")).toObject().value(QLatin1String("base_model_id"));
    model.baseModelId = base.isString() ? base.toString() : QString();
    return model;
}

bool ModelInfo::isReasoning() const
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|[^a-z0-9])(r1|qwq|o1|o3|o4|qwen3|gpt-oss|magistral|thinking|think|reasoning|reasoner)"
                       "([^a-z0-9]|$)"));
    return pattern.match(id.toLower()).hasMatch() || pattern.match(name.toLower()).hasMatch();
}

double ModelInfo::parameterBillions() const
{
    static const QRegularExpression sizePattern(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*([bm])"),
                                                QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = sizePattern.match(parameterSize);
    if (!match.hasMatch()) {
        // "llama3.2:3b", "qwen2.5:1.5b-instruct": the tag usually names the size.
        static const QRegularExpression tagPattern(QStringLiteral("[:\\-_](\\d+(?:\\.\\d+)?)([bm])(?![a-z])"),
                                                   QRegularExpression::CaseInsensitiveOption);
        match = tagPattern.match(id);
        if (!match.hasMatch())
            return 0;
    }
    const double value = match.captured(1).toDouble();
    return match.captured(2).compare(QLatin1String("m"), Qt::CaseInsensitive) == 0 ? value / 1000.0 : value;
}

bool ModelInfo::isSmall() const
{
    const double billions = parameterBillions();
    if (billions > 0)
        return billions <= 4.5;
    return sizeBytes > 0 && sizeBytes <= 3500LL * 1000 * 1000;
}

QString ModelInfo::displayName() const
{
    return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace tma
