#include "TaskConfigSchema.h"

namespace tma {

QJsonValue TaskConfigSchema::defaultValue(const QString& field, const ServerVersion& version)
{
    // config.py defaults (tests/support/audit/task-config.md).
    if (field == QLatin1String("TASK_MODEL") || field == QLatin1String("TASK_MODEL_EXTERNAL"))
        return QString();
    if (field == QLatin1String("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"))
        return -1;
    if (field == QLatin1String("SEARCH_QUERY_PROMPT_LENGTH_THRESHOLD"))
        return 100;
    if (field == QLatin1String("ENABLE_AUTOCOMPLETE_GENERATION")) // off by default since 0.6.0
        return version.isValid() && version < ServerVersion(0, 6, 0);
    if (field.startsWith(QLatin1String("ENABLE_")))
        return true;
    return QString(); // templates: "" means Open WebUI's built-in one
}

QStringList TaskConfigSchema::fillMissing(QJsonObject& config, const ServerVersion& version,
                                          const QStringList& fields)
{
    QStringList added;
    for (const QString& field : fields) {
        if (config.contains(field))
            continue;
        config.insert(field, defaultValue(field, version));
        added << field;
    }
    return added;
}

} // namespace tma
