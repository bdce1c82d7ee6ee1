#include "TaskConfigSchema.h"

namespace tma {
namespace {

QStringList fields(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list << QLatin1String(name);
    return list;
}

} // namespace

QStringList TaskConfigSchema::requiredFields(const ServerVersion& version)
{
    if (version.isValid() && version < ServerVersion(0, 4, 0))
        return fields({"TASK_MODEL", "TASK_MODEL_EXTERNAL", "TITLE_GENERATION_PROMPT_TEMPLATE",
                       "SEARCH_QUERY_GENERATION_PROMPT_TEMPLATE", "SEARCH_QUERY_PROMPT_LENGTH_THRESHOLD",
                       "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"});
    if (version.isValid() && version < ServerVersion(0, 5, 0)) {
        QStringList list = fields({"TASK_MODEL", "TASK_MODEL_EXTERNAL", "TITLE_GENERATION_PROMPT_TEMPLATE",
                                   "TAGS_GENERATION_PROMPT_TEMPLATE", "ENABLE_TAGS_GENERATION",
                                   "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION",
                                   "QUERY_GENERATION_PROMPT_TEMPLATE", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"});
        if (version >= ServerVersion(0, 4, 7))
            list << QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION")
                 << QStringLiteral("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH");
        return list;
    }
    QStringList list = fields({"TASK_MODEL", "TASK_MODEL_EXTERNAL", "ENABLE_TITLE_GENERATION",
                               "TITLE_GENERATION_PROMPT_TEMPLATE", "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE",
                               "ENABLE_AUTOCOMPLETE_GENERATION", "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH",
                               "TAGS_GENERATION_PROMPT_TEMPLATE", "ENABLE_TAGS_GENERATION",
                               "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION",
                               "QUERY_GENERATION_PROMPT_TEMPLATE", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"});
    if (version.isValid() && version < ServerVersion(0, 6, 0))
        return list;
    list << fields({"FOLLOW_UP_GENERATION_PROMPT_TEMPLATE", "ENABLE_FOLLOW_UP_GENERATION",
                    "VOICE_MODE_PROMPT_TEMPLATE"});
    // 0.9+ (and unknown, assumed current) add the autocomplete template and the voice switch.
    if (!version.isValid() || version >= ServerVersion(0, 9, 0))
        list << fields({"AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE", "ENABLE_VOICE_MODE_PROMPT"});
    return list;
}

QJsonValue TaskConfigSchema::defaultValue(const QString& field, const ServerVersion& version)
{
    if (field == QLatin1String("TASK_MODEL") || field == QLatin1String("TASK_MODEL_EXTERNAL"))
        return QString();
    if (field == QLatin1String("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"))
        return -1;
    if (field == QLatin1String("SEARCH_QUERY_PROMPT_LENGTH_THRESHOLD"))
        return 100;
    if (field == QLatin1String("ENABLE_AUTOCOMPLETE_GENERATION")) // off by default since 0.11
        return version.isValid() && version < ServerVersion(0, 11, 0);
    if (field.startsWith(QLatin1String("ENABLE_")))
        return true;
    return QString(); // templates: "" means Open WebUI's built-in one
}

QStringList TaskConfigSchema::fillMissing(QJsonObject& config, const ServerVersion& version,
                                          const QStringList& onlyFields)
{
    QStringList added;
    const QStringList candidates = onlyFields.isEmpty() ? requiredFields(version) : onlyFields;
    for (const QString& field : candidates) {
        if (config.contains(field))
            continue;
        config.insert(field, defaultValue(field, version));
        added << field;
    }
    return added;
}

} // namespace tma
