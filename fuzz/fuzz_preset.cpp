// Preset::fromJson on any preset object (presets.json, a server profile's last local/hosted).
// Checks: an accepted preset has an id and changes something; toJson() of it is accepted again and
// is a fixed point (fromJson(toJson()) serialises to the same JSON); applying it to a server's config
// gives a config it matches(), changing only keys the assistant owns and skipping exactly the
// switches the server lacks; summary() works.
#include "FuzzCheck.h"
#include "Preset.h"

using tma::Automation;
using tma::Preset;
using tma::TaskConfig;

// The task config of a current server (every switch present) and of a 0.4 one (some missing).
static TaskConfig serverConfig(bool old)
{
    QJsonObject json{{QStringLiteral("TASK_MODEL"), QString()},
                     {QStringLiteral("TASK_MODEL_EXTERNAL"), QString()},
                     {QStringLiteral("ENABLE_TAGS_GENERATION"), true},
                     {QStringLiteral("ENABLE_SEARCH_QUERY_GENERATION"), true},
                     {QStringLiteral("ENABLE_RETRIEVAL_QUERY_GENERATION"), false}};
    if (!old) {
        json.insert(QStringLiteral("ENABLE_TITLE_GENERATION"), true);
        json.insert(QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"), true);
        json.insert(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"), false);
    }
    return TaskConfig(json);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QString error;
    const std::optional<Preset> preset = Preset::fromJson(fuzz::json(fuzz::bytes(data, size)).toObject(), &error);
    if (!preset) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!preset->id.isEmpty());
    FUZZ_CHECK(preset->setsModels() || !preset->automations.isEmpty() || !preset->restoreConfig.isEmpty());
    (void)preset->summary();
    for (const QString& id : preset->modelIds())
        FUZZ_CHECK(!id.isEmpty());

    // Round trip: what the store writes must load again, unchanged.
    const QJsonObject saved = preset->toJson();
    QString reloadError;
    const std::optional<Preset> reloaded = Preset::fromJson(saved, &reloadError);
    FUZZ_CHECK(reloaded.has_value());
    FUZZ_CHECK(reloaded->toJson() == saved);

    for (bool old : {false, true}) {
        const TaskConfig current = serverConfig(old);
        QList<Automation> skipped;
        const TaskConfig applied = preset->applyTo(current, &skipped);
        // Only the keys the assistant owns change (templates an admin edited stay).
        for (const QString& key : current.differingKeys(applied))
            FUZZ_CHECK(TaskConfig::ownedKeys().contains(key));
        if (preset->kind == Preset::Kind::Original) {
            FUZZ_CHECK(skipped.isEmpty());
            FUZZ_CHECK(preset->matches(applied) == !preset->restoreConfig.isEmpty());
            continue;
        }
        for (auto it = preset->automations.begin(); it != preset->automations.end(); ++it)
            FUZZ_CHECK(skipped.contains(it.key()) == !current.has(it.key()));
        FUZZ_CHECK(preset->matches(applied) == (preset->setsModels() || !preset->automations.isEmpty()));
    }
    return 0;
}
