#include "FakeTaskConfigSchema.h"

namespace tma::test {

namespace {

using Type = FakeFormSchema::Type;

bool atLeast06(FakeProfile profile)
{
    return profile == FakeProfile::V0_6 || profile == FakeProfile::V0_11;
}

bool is011(FakeProfile profile)
{
    return profile == FakeProfile::V0_11;
}

} // namespace

FakeFormSchema FakeTaskConfigSchema::form(FakeProfile profile)
{
    FakeFormSchema schema;
    if (profile == FakeProfile::V0_4) {
        // 0.4.7/0.4.8 main.py TaskConfigForm, in class order.
        schema.add(QStringLiteral("TASK_MODEL"), Type::String, true)
            .add(QStringLiteral("TASK_MODEL_EXTERNAL"), Type::String, true)
            .add(QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE"), Type::String)
            .add(QStringLiteral("TAGS_GENERATION_PROMPT_TEMPLATE"), Type::String)
            .add(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"), Type::Bool)
            .add(QStringLiteral("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"), Type::Int)
            .add(QStringLiteral("ENABLE_TAGS_GENERATION"), Type::Bool)
            .add(QStringLiteral("ENABLE_SEARCH_QUERY_GENERATION"), Type::Bool)
            .add(QStringLiteral("ENABLE_RETRIEVAL_QUERY_GENERATION"), Type::Bool)
            .add(QStringLiteral("QUERY_GENERATION_PROMPT_TEMPLATE"), Type::String)
            .add(QStringLiteral("TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"), Type::String);
        return schema;
    }

    // 0.5 onwards, in the class order of routers/tasks.py.
    schema.add(QStringLiteral("TASK_MODEL"), Type::String, true)
        .add(QStringLiteral("TASK_MODEL_EXTERNAL"), Type::String, true)
        .add(QStringLiteral("ENABLE_TITLE_GENERATION"), Type::Bool)
        .add(QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE"), Type::String)
        .add(QStringLiteral("IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE"), Type::String)
        .add(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"), Type::Bool)
        .add(QStringLiteral("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"), Type::Int);
    if (is011(profile))
        schema.add(QStringLiteral("AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE"), Type::String);
    schema.add(QStringLiteral("TAGS_GENERATION_PROMPT_TEMPLATE"), Type::String);
    if (atLeast06(profile)) {
        schema.add(QStringLiteral("FOLLOW_UP_GENERATION_PROMPT_TEMPLATE"), Type::String)
            .add(QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"), Type::Bool);
    }
    schema.add(QStringLiteral("ENABLE_TAGS_GENERATION"), Type::Bool)
        .add(QStringLiteral("ENABLE_SEARCH_QUERY_GENERATION"), Type::Bool)
        .add(QStringLiteral("ENABLE_RETRIEVAL_QUERY_GENERATION"), Type::Bool)
        .add(QStringLiteral("QUERY_GENERATION_PROMPT_TEMPLATE"), Type::String)
        .add(QStringLiteral("TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"), Type::String);
    if (is011(profile))
        schema.add(QStringLiteral("ENABLE_VOICE_MODE_PROMPT"), Type::Bool);
    if (atLeast06(profile))
        schema.add(QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE"), Type::String, true);
    if (is011(profile)) // 0.11.1+: optional, default None
        schema.addOptional(QStringLiteral("TASK_MODEL_PARAMS"), Type::Object, true, QJsonValue::Null);
    return schema;
}

QJsonObject FakeTaskConfigSchema::defaults(FakeProfile profile)
{
    QJsonObject config;
    const FakeFormSchema schema = form(profile); // keep alive: fields() returns a reference
    for (const FakeFormSchema::Field& field : schema.fields()) {
        switch (field.type) {
        case Type::Bool:
            config.insert(field.name, true);
            break;
        case Type::Int:
            config.insert(field.name, -1);
            break;
        case Type::String:
        case Type::StringList:
            config.insert(field.name, QString());
            break;
        case Type::Object:
            config.insert(field.name, QJsonValue::Null);
            break;
        }
    }
    // config.py ENABLE_AUTOCOMPLETE_GENERATION: on in 0.4.7-0.5, off from 0.6.0 ("Prompt
    // Autocompletion Disabled By Default", audit/task-config.md).
    if (profile == FakeProfile::V0_6 || is011(profile))
        config.insert(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"), false);
    return config;
}

QJsonObject FakeTaskConfigSchema::seeded(FakeProfile profile)
{
    QJsonObject config = defaults(profile);
    config.insert(QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE"),
                  QStringLiteral("Custom title prompt: {{MESSAGES:END:2}}"));
    config.insert(QStringLiteral("TAGS_GENERATION_PROMPT_TEMPLATE"),
                  QStringLiteral("Custom tags prompt. Answer with JSON {\"tags\": [...]}.\n{{MESSAGES:END:6}}"));
    if (is011(profile))
        config.insert(QStringLiteral("TASK_MODEL_PARAMS"), QJsonObject{{QStringLiteral("max_tokens"), 64}});
    return config;
}

} // namespace tma::test
