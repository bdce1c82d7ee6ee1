#include "Preset.h"
#include "Translator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QtTest>

using tma::Automation;
using tma::Automations;
using tma::HostedConnection;
using tma::Preset;
using tma::TaskConfig;
using tma::Translator;

Q_DECLARE_METATYPE(tma::Automation)
Q_DECLARE_METATYPE(tma::Preset)

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// 0.11.4 with custom templates, TASK_MODEL_PARAMS and a fork extra.
QJsonObject config011()
{
    return parse(R"({
        "TASK_MODEL": "llama3.1:70b", "TASK_MODEL_EXTERNAL": "",
        "ENABLE_TITLE_GENERATION": true,
        "TITLE_GENERATION_PROMPT_TEMPLATE": "My own title prompt",
        "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE": "",
        "ENABLE_AUTOCOMPLETE_GENERATION": true, "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH": 200,
        "AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE": "",
        "TAGS_GENERATION_PROMPT_TEMPLATE": "Tags please", "FOLLOW_UP_GENERATION_PROMPT_TEMPLATE": "",
        "ENABLE_FOLLOW_UP_GENERATION": true, "ENABLE_TAGS_GENERATION": true,
        "ENABLE_SEARCH_QUERY_GENERATION": true, "ENABLE_RETRIEVAL_QUERY_GENERATION": true,
        "QUERY_GENERATION_PROMPT_TEMPLATE": "", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE": "",
        "ENABLE_VOICE_MODE_PROMPT": true, "VOICE_MODE_PROMPT_TEMPLATE": null,
        "TASK_MODEL_PARAMS": {"max_tokens": 64, "temperature": 0.2, "think": false},
        "ENABLE_TOOL_SUGGESTIONS": true
    })");
}

// 0.5.x form: no follow-ups switch.
QJsonObject config05()
{
    return parse(R"({
        "TASK_MODEL": "", "TASK_MODEL_EXTERNAL": "",
        "ENABLE_TITLE_GENERATION": true, "TITLE_GENERATION_PROMPT_TEMPLATE": "",
        "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE": "",
        "ENABLE_AUTOCOMPLETE_GENERATION": true, "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH": -1,
        "TAGS_GENERATION_PROMPT_TEMPLATE": "", "ENABLE_TAGS_GENERATION": true,
        "ENABLE_SEARCH_QUERY_GENERATION": true, "ENABLE_RETRIEVAL_QUERY_GENERATION": true,
        "QUERY_GENERATION_PROMPT_TEMPLATE": "", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE": ""
    })");
}

// 0.4.0 form: not even a title or autocomplete switch.
QJsonObject config040()
{
    return parse(R"({
        "TASK_MODEL": "", "TASK_MODEL_EXTERNAL": "", "TITLE_GENERATION_PROMPT_TEMPLATE": "",
        "TAGS_GENERATION_PROMPT_TEMPLATE": "", "ENABLE_TAGS_GENERATION": true,
        "ENABLE_SEARCH_QUERY_GENERATION": true, "ENABLE_RETRIEVAL_QUERY_GENERATION": true,
        "QUERY_GENERATION_PROMPT_TEMPLATE": "", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE": ""
    })");
}

HostedConnection openRouter()
{
    HostedConnection connection;
    connection.url = QStringLiteral("https://openrouter.ai/api/v1");
    connection.modelIds = {QStringLiteral("openai/gpt-4o-mini"),
                           QStringLiteral("meta-llama/llama-3.2-3b-instruct")};
    connection.keyRef = QStringLiteral("provider|https://openrouter.ai/api/v1");
    return connection;
}

Preset custom()
{
    Preset preset;
    preset.id = QStringLiteral("evening");
    preset.name = QStringLiteral("Evening: external only, no tags");
    preset.kind = Preset::Kind::Custom;
    preset.taskModelExternal = QStringLiteral("openai/gpt-4o-mini");
    preset.automations = {{Automation::Tags, false}, {Automation::Autocomplete, false}};
    return preset;
}

// Keys whose value differs between two objects (including presence).
QStringList changedKeys(const QJsonObject& before, const QJsonObject& after)
{
    return TaskConfig(before).differingKeys(TaskConfig(after));
}

} // namespace

class TestPreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localFactory();
    void hostedFactory();
    void quietFactory();
    void originalFactory();
    void modelIds();
    void summaries();
    void applyLocalChangesOnlyModels();
    void applyHostedChangesOnlyModels();
    void applyQuietChangesOnlySwitches();
    void applyCustom();
    void applySkipsMissingSwitches_data();
    void applySkipsMissingSwitches();
    void applyWithoutSkippedPointer();
    void applyOriginalRestoresOwnedKeys();
    void applyOriginalToEmpty();
    void matchesModels();
    void matchesSwitches();
    void matchesOriginal();
    void matchesNothingForEmptyPreset();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void fromJsonNameDefaultsToId();
    void builtInNamesFollowTheLanguage();
    void keptCopyNamedInTheLanguageShown();
    void summaryIsWholeSentences();
    void fromJsonCurrentModelIsASetting();
};

void TestPreset::localFactory()
{
    const Preset preset = Preset::local(QStringLiteral("qwen2.5:3b"));
    QCOMPARE(preset.id, QStringLiteral("local"));
    QVERIFY(preset.kind == Preset::Kind::Local);
    QCOMPARE(preset.kindId(), QStringLiteral("local"));
    QVERIFY(!preset.name.isEmpty());
    QCOMPARE(preset.taskModel.value_or(QString()), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(preset.taskModelExternal.value_or(QString()), QStringLiteral("qwen2.5:3b"));
    QVERIFY(preset.setsModels());
    QVERIFY(preset.automations.isEmpty());
    QVERIFY(!preset.connection.has_value());
}

void TestPreset::hostedFactory()
{
    const Preset preset = Preset::hosted(openRouter(), QStringLiteral("openai/gpt-4o-mini"));
    QCOMPARE(preset.id, QStringLiteral("hosted"));
    QVERIFY(preset.kind == Preset::Kind::Hosted);
    QCOMPARE(preset.kindId(), QStringLiteral("hosted"));
    QCOMPARE(preset.taskModel.value_or(QString()), QStringLiteral("openai/gpt-4o-mini"));
    QCOMPARE(preset.taskModelExternal.value_or(QString()), QStringLiteral("openai/gpt-4o-mini"));
    QVERIFY(preset.connection.has_value());
    QCOMPARE(preset.connection->url, openRouter().url);
    QCOMPARE(preset.connection->modelIds, openRouter().modelIds);
    QCOMPARE(preset.connection->keyRef, openRouter().keyRef);
    QVERIFY(preset.automations.isEmpty());
}

void TestPreset::quietFactory()
{
    const Preset preset = Preset::quiet();
    QCOMPARE(preset.id, QStringLiteral("quiet"));
    QVERIFY(preset.kind == Preset::Kind::Quiet);
    QVERIFY(!preset.setsModels());
    QCOMPARE(preset.automations.size(), Automations::all().size());
    QCOMPARE(preset.automations.value(Automation::Title, false), true);
    for (Automation automation : {Automation::Tags, Automation::FollowUps, Automation::Autocomplete,
                                  Automation::SearchQuery, Automation::RetrievalQuery}) {
        QVERIFY(preset.automations.contains(automation));
        QCOMPARE(preset.automations.value(automation), false);
    }
}

void TestPreset::originalFactory()
{
    const Preset preset = Preset::original(config011());
    QCOMPARE(preset.id, QStringLiteral("original"));
    QVERIFY(preset.kind == Preset::Kind::Original);
    QCOMPARE(preset.restoreConfig, config011());
    QVERIFY(!preset.setsModels());
}

void TestPreset::modelIds()
{
    QCOMPARE(Preset::local(QStringLiteral("qwen2.5:3b")).modelIds(),
             QStringList{QStringLiteral("qwen2.5:3b")});
    QVERIFY(Preset::quiet().modelIds().isEmpty());
    Preset split;
    split.taskModel = QStringLiteral("qwen2.5:3b");
    split.taskModelExternal = QStringLiteral("openai/gpt-4o-mini");
    QCOMPARE(split.modelIds(),
             (QStringList{QStringLiteral("qwen2.5:3b"), QStringLiteral("openai/gpt-4o-mini")}));
    Preset current;
    current.taskModel = QString(); // "Current Model" is not a model id
    current.taskModelExternal = QStringLiteral("x");
    QCOMPARE(current.modelIds(), QStringList{QStringLiteral("x")});
}

void TestPreset::summaries()
{
    QVERIFY(Preset::local(QStringLiteral("qwen2.5:3b")).summary().contains(QLatin1String("qwen2.5:3b")));
    QVERIFY(Preset::hosted(openRouter(), QStringLiteral("openai/gpt-4o-mini"))
                .summary()
                .contains(QLatin1String("openai/gpt-4o-mini")));
    QVERIFY(!Preset::quiet().summary().isEmpty());
    QVERIFY(Preset::quiet().summary().contains(Automations::label(Automation::Tags)));
    QVERIFY(!Preset::original(config011()).summary().isEmpty());
    QVERIFY(custom().summary().contains(QLatin1String("openai/gpt-4o-mini")));
}

void TestPreset::applyLocalChangesOnlyModels()
{
    const QJsonObject before = config011();
    QList<Automation> skipped;
    const TaskConfig after =
        Preset::local(QStringLiteral("qwen2.5:3b")).applyTo(TaskConfig(before), &skipped);
    QVERIFY(skipped.isEmpty());
    QCOMPARE(after.taskModel(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(after.taskModelExternal(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(changedKeys(before, after.json()),
             (QStringList{QStringLiteral("TASK_MODEL"), QStringLiteral("TASK_MODEL_EXTERNAL")}));
    QCOMPARE(after.json().value(QLatin1String("TASK_MODEL_PARAMS")),
             before.value(QLatin1String("TASK_MODEL_PARAMS")));
    QCOMPARE(after.json().value(QLatin1String("TITLE_GENERATION_PROMPT_TEMPLATE")).toString(),
             QStringLiteral("My own title prompt"));
    QCOMPARE(after.json().size(), before.size());
}

void TestPreset::applyHostedChangesOnlyModels()
{
    const QJsonObject before = config011();
    const TaskConfig after =
        Preset::hosted(openRouter(), QStringLiteral("openai/gpt-4o-mini")).applyTo(TaskConfig(before));
    QCOMPARE(changedKeys(before, after.json()),
             (QStringList{QStringLiteral("TASK_MODEL"), QStringLiteral("TASK_MODEL_EXTERNAL")}));
    QCOMPARE(after.taskModel(), QStringLiteral("openai/gpt-4o-mini"));
}

void TestPreset::applyQuietChangesOnlySwitches()
{
    const QJsonObject before = config011();
    QList<Automation> skipped;
    const TaskConfig after = Preset::quiet().applyTo(TaskConfig(before), &skipped);
    QVERIFY(skipped.isEmpty());
    // Title was already on; the other five go off; models and everything else stay.
    QCOMPARE(changedKeys(before, after.json()),
             (QStringList{QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"),
                          QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"),
                          QStringLiteral("ENABLE_RETRIEVAL_QUERY_GENERATION"),
                          QStringLiteral("ENABLE_SEARCH_QUERY_GENERATION"),
                          QStringLiteral("ENABLE_TAGS_GENERATION")}));
    QVERIFY(after.isEnabled(Automation::Title));
    QVERIFY(!after.isEnabled(Automation::Tags));
    QCOMPARE(after.taskModel(), QStringLiteral("llama3.1:70b"));
    QCOMPARE(after.json().value(QLatin1String("ENABLE_TOOL_SUGGESTIONS")), QJsonValue(true));
    QCOMPARE(after.json().value(QLatin1String("ENABLE_VOICE_MODE_PROMPT")), QJsonValue(true));
    QCOMPARE(after.json().value(QLatin1String("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH")), QJsonValue(200));

    // Title off on the server: quiet turns it back on.
    QJsonObject titleOff = before;
    titleOff.insert(QStringLiteral("ENABLE_TITLE_GENERATION"), false);
    QVERIFY(Preset::quiet().applyTo(TaskConfig(titleOff)).isEnabled(Automation::Title));
}

void TestPreset::applyCustom()
{
    const QJsonObject before = config011();
    const TaskConfig after = custom().applyTo(TaskConfig(before));
    QCOMPARE(changedKeys(before, after.json()),
             (QStringList{QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"),
                          QStringLiteral("ENABLE_TAGS_GENERATION"), QStringLiteral("TASK_MODEL_EXTERNAL")}));
    QCOMPARE(after.taskModel(), QStringLiteral("llama3.1:70b")); // slot not decided by the preset
}

void TestPreset::applySkipsMissingSwitches_data()
{
    QTest::addColumn<QJsonObject>("config");
    QTest::addColumn<QList<Automation>>("expectedSkipped");

    QTest::newRow("0.11") << config011() << QList<Automation>{};
    QTest::newRow("0.5") << config05() << QList<Automation>{Automation::FollowUps};
    QTest::newRow("0.4.0") << config040()
                           << QList<Automation>{Automation::Title, Automation::FollowUps,
                                                Automation::Autocomplete};
}

void TestPreset::applySkipsMissingSwitches()
{
    QFETCH(QJsonObject, config);
    QFETCH(QList<Automation>, expectedSkipped);

    QList<Automation> skipped;
    const TaskConfig after = Preset::quiet().applyTo(TaskConfig(config), &skipped);
    std::sort(skipped.begin(), skipped.end());
    std::sort(expectedSkipped.begin(), expectedSkipped.end());
    QCOMPARE(skipped, expectedSkipped);
    // A switch the server lacks is never added (the old form would ignore or reject it).
    for (Automation automation : expectedSkipped)
        QVERIFY(!after.json().contains(Automations::configKey(automation)));
    QCOMPARE(after.json().size(), config.size());
    // Switches the server has are applied.
    QVERIFY(!after.isEnabled(Automation::Tags));
    QVERIFY(!after.isEnabled(Automation::RetrievalQuery));
}

void TestPreset::applyWithoutSkippedPointer()
{
    const TaskConfig after = Preset::quiet().applyTo(TaskConfig(config05()));
    QVERIFY(!after.has(Automation::FollowUps));
    QVERIFY(!after.isEnabled(Automation::Tags));
}

void TestPreset::applyOriginalRestoresOwnedKeys()
{
    const QJsonObject backup = config011();
    // The assistant changed models and switches, and someone also edited templates and params since.
    QJsonObject current =
        Preset::quiet()
            .applyTo(Preset::local(QStringLiteral("qwen2.5:3b")).applyTo(TaskConfig(backup)))
            .json();
    current.insert(QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE"), QStringLiteral("edited"));
    current.insert(QStringLiteral("TASK_MODEL_PARAMS"), QJsonObject{{QStringLiteral("max_tokens"), 8}});
    current.insert(QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE"), QStringLiteral("speak"));
    current.insert(QStringLiteral("NEW_KEY_SINCE_UPGRADE"), QStringLiteral("keep me"));
    QVERIFY(changedKeys(backup, current).size() > 8);

    QList<Automation> skipped;
    const TaskConfig restored = Preset::original(backup).applyTo(TaskConfig(current), &skipped);
    QVERIFY(skipped.isEmpty());
    // What the assistant changes (models and switches) is back as in the backup...
    for (const QString& key : TaskConfig::ownedKeys()) {
        if (backup.contains(key))
            QCOMPARE(restored.json().value(key), backup.value(key));
    }
    // ...while what an admin edited since, and keys the server gained, stay as they are now.
    QCOMPARE(restored.json().value(QLatin1String("TITLE_GENERATION_PROMPT_TEMPLATE")).toString(), QStringLiteral("edited"));
    QCOMPARE(restored.json().value(QLatin1String("TASK_MODEL_PARAMS")).toObject().value(QLatin1String("max_tokens")).toInt(), 8);
    QCOMPARE(restored.json().value(QLatin1String("VOICE_MODE_PROMPT_TEMPLATE")).toString(), QStringLiteral("speak"));
    QCOMPARE(restored.json().value(QLatin1String("NEW_KEY_SINCE_UPGRADE")).toString(), QStringLiteral("keep me"));
}

void TestPreset::applyOriginalToEmpty()
{
    // Only the owned keys a backup has are put back.
    const TaskConfig restored = Preset::original(config05()).applyTo(TaskConfig());
    for (const QString& key : restored.json().keys())
        QVERIFY2(TaskConfig::ownedKeys().contains(key), qPrintable(key));
    QCOMPARE(restored.taskModel(), QString());
    QCOMPARE(restored.json().value(QLatin1String("ENABLE_TAGS_GENERATION")), config05().value(QLatin1String("ENABLE_TAGS_GENERATION")));
}

void TestPreset::matchesModels()
{
    const Preset local = Preset::local(QStringLiteral("qwen2.5:3b"));
    QVERIFY(!local.matches(TaskConfig(config011())));
    const TaskConfig applied = local.applyTo(TaskConfig(config011()));
    QVERIFY(local.matches(applied));
    TaskConfig half = applied;
    half.setTaskModelExternal(QString());
    QVERIFY(!local.matches(half));
    half = applied;
    half.setTaskModel(QStringLiteral("qwen2.5:1.5b"));
    QVERIFY(!local.matches(half));
    // Switches are not part of the local preset.
    TaskConfig switched = applied;
    switched.setEnabled(Automation::Tags, false);
    QVERIFY(local.matches(switched));

    const Preset ext = custom();
    TaskConfig customApplied = ext.applyTo(TaskConfig(config011()));
    QVERIFY(ext.matches(customApplied));
    customApplied.setTaskModel(QStringLiteral("anything")); // not decided by this preset
    QVERIFY(ext.matches(customApplied));
    customApplied.setEnabled(Automation::Tags, true);
    QVERIFY(!ext.matches(customApplied));
}

void TestPreset::matchesSwitches()
{
    const Preset quiet = Preset::quiet();
    QVERIFY(!quiet.matches(TaskConfig(config011())));
    QVERIFY(quiet.matches(quiet.applyTo(TaskConfig(config011()))));
    // On an old server, switches it lacks do not prevent a match.
    QVERIFY(quiet.matches(quiet.applyTo(TaskConfig(config05()))));
    QVERIFY(quiet.matches(quiet.applyTo(TaskConfig(config040()))));
    TaskConfig titleOff = quiet.applyTo(TaskConfig(config011()));
    titleOff.setEnabled(Automation::Title, false);
    QVERIFY(!quiet.matches(titleOff));
}

void TestPreset::matchesOriginal()
{
    const Preset original = Preset::original(config011());
    QVERIFY(original.matches(TaskConfig(config011())));
    // Only our keys count: templates edited since don't matter.
    QJsonObject templatesEdited = config011();
    templatesEdited.insert(QStringLiteral("TAGS_GENERATION_PROMPT_TEMPLATE"), QStringLiteral("changed"));
    QVERIFY(original.matches(TaskConfig(templatesEdited)));
    QVERIFY(!original.matches(Preset::local(QStringLiteral("qwen2.5:3b")).applyTo(TaskConfig(config011()))));
    QVERIFY(!original.matches(Preset::quiet().applyTo(TaskConfig(config011()))));
    QVERIFY(!Preset::original(QJsonObject()).matches(TaskConfig(config011())));
}

void TestPreset::matchesNothingForEmptyPreset()
{
    Preset nothing;
    nothing.id = QStringLiteral("empty");
    QVERIFY(!nothing.matches(TaskConfig(config011())));
    QVERIFY(!nothing.matches(TaskConfig()));
}

void TestPreset::jsonRoundTrip_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::newRow("local") << Preset::local(QStringLiteral("qwen2.5:3b"));
    QTest::newRow("hosted") << Preset::hosted(openRouter(), QStringLiteral("openai/gpt-4o-mini"));
    QTest::newRow("quiet") << Preset::quiet();
    QTest::newRow("original") << Preset::original(config011());
    QTest::newRow("custom") << custom();
    Preset unicode = custom();
    unicode.id = QStringLiteral("büro-☕");
    unicode.name = QStringLiteral("Büro ☕ \"quoted\"");
    unicode.taskModel = QString();
    QTest::newRow("unicode + current model") << unicode;
}

void TestPreset::jsonRoundTrip()
{
    QFETCH(Preset, preset);
    const QJsonObject json = preset.toJson();
    // Through text, as the store does.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QString error = QStringLiteral("stale");
    const std::optional<Preset> back = Preset::fromJson(reread, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->id, preset.id);
    QCOMPARE(back->name, preset.name);
    QVERIFY(back->kind == preset.kind);
    QCOMPARE(back->taskModel.has_value(), preset.taskModel.has_value());
    QCOMPARE(back->taskModel.value_or(QStringLiteral("<none>")),
             preset.taskModel.value_or(QStringLiteral("<none>")));
    QCOMPARE(back->taskModelExternal.has_value(), preset.taskModelExternal.has_value());
    QCOMPARE(back->taskModelExternal.value_or(QStringLiteral("<none>")),
             preset.taskModelExternal.value_or(QStringLiteral("<none>")));
    QCOMPARE(back->automations, preset.automations);
    QCOMPARE(back->connection.has_value(), preset.connection.has_value());
    if (preset.connection) {
        QCOMPARE(back->connection->url, preset.connection->url);
        QCOMPARE(back->connection->modelIds, preset.connection->modelIds);
        QCOMPARE(back->connection->keyRef, preset.connection->keyRef);
    }
    QCOMPARE(back->restoreConfig, preset.restoreConfig);
    QCOMPARE(back->toJson(), json);
    // The result behaves the same.
    QCOMPARE(back->applyTo(TaskConfig(config011())).json(), preset.applyTo(TaskConfig(config011())).json());
}

void TestPreset::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no id") << QByteArray(R"({"kind":"custom","TASK_MODEL":"qwen2.5:3b"})") << QString();
    QTest::newRow("empty id") << QByteArray(R"({"id":"","kind":"custom","TASK_MODEL":"qwen2.5:3b"})")
                              << QString();
    QTest::newRow("unknown kind") << QByteArray(R"({"id":"p1","kind":"turbo","TASK_MODEL":"qwen2.5:3b"})")
                                  << QStringLiteral("p1");
    QTest::newRow("unknown automation")
        << QByteArray(R"({"id":"p2","kind":"custom","automations":{"tags":false,"emoji":false}})")
        << QStringLiteral("emoji");
    QTest::newRow("automation not bool")
        << QByteArray(R"({"id":"p3","kind":"custom","automations":{"tags":"off"}})") << QStringLiteral("p3");
    QTest::newRow("connection without url")
        << QByteArray(
               R"({"id":"p4","kind":"hosted","TASK_MODEL":"x","connection":{"model_ids":["x"],"key_ref":"k"}})")
        << QStringLiteral("p4");
    QTest::newRow("connection empty url")
        << QByteArray(R"({"id":"p5","kind":"hosted","TASK_MODEL":"x","connection":{"url":""}})")
        << QStringLiteral("p5");
    QTest::newRow("changes nothing") << QByteArray(R"({"id":"p6","kind":"custom","name":"Nothing"})")
                                     << QStringLiteral("p6");
    QTest::newRow("changes nothing, empty automations")
        << QByteArray(R"({"id":"p7","kind":"custom","automations":{}})") << QStringLiteral("p7");
    QTest::newRow("model not a string")
        << QByteArray(R"({"id":"p8","kind":"custom","TASK_MODEL":5})") << QStringLiteral("p8");
}

void TestPreset::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    const std::optional<Preset> preset = Preset::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY(!preset.has_value());
    QVERIFY(!error.trimmed().isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!Preset::fromJson(QJsonDocument::fromJson(json).object()).has_value()); // null error pointer
}

void TestPreset::fromJsonNameDefaultsToId()
{
    const std::optional<Preset> preset =
        Preset::fromJson(parse(R"({"id":"nameless","kind":"custom","automations":{"autocomplete":false}})"));
    QVERIFY(preset.has_value());
    QCOMPARE(preset->name, QStringLiteral("nameless"));
    QCOMPARE(preset->automations.size(), 1);
    QCOMPARE(preset->automations.value(Automation::Autocomplete, true), false);
}

// A built-in preset is stored by id and named in the language shown when it is read: a file saved
// while the app ran in French shows English names in English. A user's own keeps its name.
void TestPreset::builtInNamesFollowTheLanguage()
{
    const QJsonObject saved = Preset::local(QStringLiteral("qwen2.5:3b")).toJson();
    QVERIFY(!saved.contains(QLatin1String("name")));
    const std::optional<Preset> older = Preset::fromJson(
        parse(R"({"id":"local","kind":"local","name":"Modèle local léger","TASK_MODEL":"qwen2.5:3b"})"));
    QVERIFY(older.has_value());
    QCOMPARE(older->name, QStringLiteral("Lightweight local model"));
    QCOMPARE(older->name, Preset::builtInName(Preset::Kind::Local));
    const std::optional<Preset> own = Preset::fromJson(
        parse(R"({"id":"evening","kind":"custom","name":"Soirée","automations":{"tags":false}})"));
    QVERIFY(own.has_value());
    QCOMPARE(own->name, QStringLiteral("Soirée"));
    QCOMPARE(own->toJson().value(QLatin1String("name")).toString(), QStringLiteral("Soirée"));
}

// A copy kept while the app runs (the tray's presets per server) shows a built-in's name in the
// language shown now, after a switch; a user's own keeps its name.
void TestPreset::keptCopyNamedInTheLanguageShown()
{
    const Preset kept = Preset::quiet();
    Preset own = Preset::quiet();
    own.id = QStringLiteral("evening");
    own.kind = Preset::Kind::Custom;
    own.name = QStringLiteral("Evening");
    QCOMPARE(Translator::install(QStringLiteral("fr")), QStringLiteral("fr"));
    const QString french = kept.shownName();
    Translator::install(QStringLiteral("en"));
    QCOMPARE(kept.shownName(), QStringLiteral("Disable automations"));
    QVERIFY2(french != kept.shownName() && !french.isEmpty(), qPrintable(french));
    QCOMPARE(own.shownName(), QStringLiteral("Evening"));
}

// Sentences of their own, lists in the locale's form, never glued with "; ".
void TestPreset::summaryIsWholeSentences()
{
    const QString quiet = Preset::quiet().summary();
    QVERIFY2(!quiet.contains(QLatin1String("; ")), qPrintable(quiet));
    QVERIFY2(quiet.startsWith(QLatin1String("Turns off ")) && quiet.endsWith(QLatin1Char('.')),
             qPrintable(quiet));
    QStringList off;
    for (Automation automation : {Automation::Tags, Automation::FollowUps, Automation::Autocomplete,
                                  Automation::SearchQuery, Automation::RetrievalQuery})
        off << Automations::label(automation);
    QVERIFY2(quiet.contains(QLocale().createSeparatedList(off)), qPrintable(quiet)); // the locale's list form
    const QString hosted = Preset::hosted(openRouter(), QStringLiteral("openai/gpt-4o-mini")).summary();
    QVERIFY2(hosted.contains(QLatin1String("openai/gpt-4o-mini for all chats. Through the provider at ")),
             qPrintable(hosted));
}

void TestPreset::fromJsonCurrentModelIsASetting()
{
    // TASK_MODEL "" = "Current Model": a real change, not "changes nothing".
    const std::optional<Preset> preset =
        Preset::fromJson(parse(R"({"id":"reset","kind":"custom","TASK_MODEL":""})"));
    QVERIFY(preset.has_value());
    QVERIFY(preset->taskModel.has_value());
    QVERIFY(preset->taskModel->isEmpty());
    QVERIFY(!preset->taskModelExternal.has_value());
    const TaskConfig after = preset->applyTo(TaskConfig(config011()));
    QCOMPARE(after.taskModel(), QString());
    QCOMPARE(after.taskModelExternal(), QString());
    QCOMPARE(changedKeys(config011(), after.json()), QStringList{QStringLiteral("TASK_MODEL")});
}

QTEST_GUILESS_MAIN(TestPreset)
#include "tst_preset.moc"
