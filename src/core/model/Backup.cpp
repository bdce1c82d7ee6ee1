#include "Backup.h"

#include <QJsonArray>

namespace tma {

QJsonObject Backup::toJson() const
{
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("id"), id},
            {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("server"), server},
            {QStringLiteral("server_version"), serverVersion},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("original"), original},
            {QStringLiteral("task_config"), taskConfig},
            {QStringLiteral("openai_config"), openAiConfig},
            {QStringLiteral("added_connections"), QJsonArray::fromStringList(addedConnections)},
            {QStringLiteral("shared_models"), sharedModels}};
}

bool Backup::fromJson(const QJsonObject& json, Backup* out)
{
    if (json.value(QLatin1String("format")).toInt() != 1 || !json.value(QLatin1String("task_config")).isObject())
        return false;
    Backup backup;
    backup.id = json.value(QLatin1String("id")).toString();
    backup.createdAt = QDateTime::fromString(json.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    backup.server = json.value(QLatin1String("server")).toString();
    backup.serverVersion = json.value(QLatin1String("server_version")).toString();
    backup.reason = json.value(QLatin1String("reason")).toString();
    backup.original = json.value(QLatin1String("original")).toBool();
    backup.taskConfig = json.value(QLatin1String("task_config")).toObject();
    backup.openAiConfig = json.value(QLatin1String("openai_config")).toObject();
    const QJsonArray added = json.value(QLatin1String("added_connections")).toArray();
    for (const QJsonValue& url : added)
        backup.addedConnections << url.toString();
    backup.sharedModels = json.value(QLatin1String("shared_models")).toArray();
    if (backup.id.isEmpty())
        return false;
    *out = backup;
    return true;
}

} // namespace tma
