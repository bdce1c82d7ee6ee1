// TaskConfig and TaskConfigSchema on any /api/v1/tasks/config body, for any server version.
// Input: "<version text>\n<body>"; the body reaches TaskConfig as reply->json().toObject().
// Checks: a missing switch reads as on; differingKeys() is empty against itself and symmetric;
// fillMissing() adds exactly the named fields that are missing, with their defaults, nothing else,
// and a second call adds nothing; the setters are read back and show up in differingOwnedKeys().
#include "FuzzCheck.h"
#include "TaskConfig.h"
#include "TaskConfigSchema.h"

using tma::Automation;
using tma::Automations;
using tma::TaskConfig;
using tma::TaskConfigSchema;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray versionText;
    QByteArray body;
    fuzz::splitFirstLine(fuzz::bytes(data, size), &versionText, &body);
    const tma::ServerVersion version = tma::ServerVersion::parse(QString::fromUtf8(versionText));
    const TaskConfig config(fuzz::json(body).toObject());
    const QList<Automation> automations = Automations::all();

    (void)config.taskModel();
    (void)config.taskModelExternal();
    for (Automation automation : automations) {
        if (!config.has(automation))
            FUZZ_CHECK(config.isEnabled(automation));
    }
    FUZZ_CHECK(config.differingKeys(config).isEmpty());
    FUZZ_CHECK(config.differingOwnedKeys(config).isEmpty());

    // Repairing a config after a 422 that named these fields.
    const QStringList required{QStringLiteral("TASK_MODEL"), QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"),
                               QStringLiteral("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"),
                               QStringLiteral("TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE")};
    QJsonObject filled = config.json();
    QStringList added = TaskConfigSchema::fillMissing(filled, version, required);
    for (const QString& field : required)
        FUZZ_CHECK(filled.contains(field));
    for (const QString& field : added) {
        FUZZ_CHECK(required.contains(field) && !config.json().contains(field));
        FUZZ_CHECK(filled.value(field) == TaskConfigSchema::defaultValue(field, version));
    }
    added.sort();
    FUZZ_CHECK(config.differingKeys(TaskConfig(filled)) == added);
    FUZZ_CHECK(TaskConfig(filled).differingKeys(config) == added);
    QJsonObject again = filled;
    FUZZ_CHECK(TaskConfigSchema::fillMissing(again, version, required).isEmpty() && again == filled);

    // What a preset does: set both models, flip every switch.
    TaskConfig changed = config;
    changed.setTaskModel(QStringLiteral("qwen2.5:3b"));
    changed.setTaskModelExternal(QStringLiteral("openai/gpt-4o-mini"));
    FUZZ_CHECK(changed.taskModel() == QLatin1String("qwen2.5:3b"));
    FUZZ_CHECK(changed.taskModelExternal() == QLatin1String("openai/gpt-4o-mini"));
    for (Automation automation : automations)
        changed.setEnabled(automation, !config.isEnabled(automation));
    const QStringList owned = config.differingOwnedKeys(changed);
    for (Automation automation : automations) {
        FUZZ_CHECK(changed.has(automation) && changed.isEnabled(automation) != config.isEnabled(automation));
        FUZZ_CHECK(owned.contains(Automations::configKey(automation)));
    }
    FUZZ_CHECK(config.differingKeys(changed) == changed.differingKeys(config));
    return 0;
}
