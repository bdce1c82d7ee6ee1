#include "TaskConfigSchema.h"

#include <QtTest>

using tma::ServerVersion;
using tma::TaskConfigSchema;

namespace {

QStringList list(std::initializer_list<const char*> names)
{
    QStringList result;
    for (const char* name : names)
        result << QString::fromLatin1(name);
    return result;
}

ServerVersion version(const QString& text)
{
    return ServerVersion::parse(text);
}

// The forms of shared/openwebui-api.md §6.2, written out per generation.
const QStringList kForm03 =
    list({"TASK_MODEL", "TASK_MODEL_EXTERNAL", "TITLE_GENERATION_PROMPT_TEMPLATE",
          "SEARCH_QUERY_GENERATION_PROMPT_TEMPLATE", "SEARCH_QUERY_PROMPT_LENGTH_THRESHOLD",
          "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"});
const QStringList kForm040 =
    list({"TASK_MODEL", "TASK_MODEL_EXTERNAL", "TITLE_GENERATION_PROMPT_TEMPLATE",
          "TAGS_GENERATION_PROMPT_TEMPLATE", "ENABLE_TAGS_GENERATION", "ENABLE_SEARCH_QUERY_GENERATION",
          "ENABLE_RETRIEVAL_QUERY_GENERATION", "QUERY_GENERATION_PROMPT_TEMPLATE",
          "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"});
const QStringList kForm047 =
    kForm040 + list({"ENABLE_AUTOCOMPLETE_GENERATION", "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"});
const QStringList kForm05 =
    list({"TASK_MODEL", "TASK_MODEL_EXTERNAL", "ENABLE_TITLE_GENERATION", "TITLE_GENERATION_PROMPT_TEMPLATE",
          "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE", "ENABLE_AUTOCOMPLETE_GENERATION",
          "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH", "TAGS_GENERATION_PROMPT_TEMPLATE",
          "ENABLE_TAGS_GENERATION", "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION",
          "QUERY_GENERATION_PROMPT_TEMPLATE", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"});
const QStringList kForm06 =
    list({"TASK_MODEL", "TASK_MODEL_EXTERNAL", "ENABLE_TITLE_GENERATION", "TITLE_GENERATION_PROMPT_TEMPLATE",
          "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE", "ENABLE_AUTOCOMPLETE_GENERATION",
          "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH", "TAGS_GENERATION_PROMPT_TEMPLATE",
          "FOLLOW_UP_GENERATION_PROMPT_TEMPLATE", "ENABLE_FOLLOW_UP_GENERATION", "ENABLE_TAGS_GENERATION",
          "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION",
          "QUERY_GENERATION_PROMPT_TEMPLATE", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE",
          "VOICE_MODE_PROMPT_TEMPLATE"});
// NEWEST, in the order of the class.
const QStringList kForm011 = list(
    {"TASK_MODEL", "TASK_MODEL_EXTERNAL", "ENABLE_TITLE_GENERATION", "TITLE_GENERATION_PROMPT_TEMPLATE",
     "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE", "ENABLE_AUTOCOMPLETE_GENERATION",
     "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH", "AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE",
     "TAGS_GENERATION_PROMPT_TEMPLATE", "FOLLOW_UP_GENERATION_PROMPT_TEMPLATE", "ENABLE_FOLLOW_UP_GENERATION",
     "ENABLE_TAGS_GENERATION", "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION",
     "QUERY_GENERATION_PROMPT_TEMPLATE", "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE", "ENABLE_VOICE_MODE_PROMPT",
     "VOICE_MODE_PROMPT_TEMPLATE"});

} // namespace

class TestTaskConfigSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formsMatchSpecCounts();
    void defaultValue_data();
    void defaultValue();
    void autocompleteDefault_data();
    void autocompleteDefault();
    void fillMissingAll();
    void fillMissingKeepsExisting();
    void fillMissingOnlyListed();
    void fillMissingListedUnknownField();
    void fillMissingNothingToDo();
};

void TestTaskConfigSchema::formsMatchSpecCounts()
{
    // Guards the hand-written lists above against typos.
    QCOMPARE(kForm03.size(), 6);
    QCOMPARE(kForm040.size(), 9);
    QCOMPARE(kForm047.size(), 11);
    QCOMPARE(kForm05.size(), 13);
    QCOMPARE(kForm06.size(), 16);
    QCOMPARE(kForm011.size(), 18);
}

void TestTaskConfigSchema::defaultValue_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("TASK_MODEL") << "TASK_MODEL" << QJsonValue(QString());
    QTest::newRow("TASK_MODEL_EXTERNAL") << "TASK_MODEL_EXTERNAL" << QJsonValue(QString());
    QTest::newRow("title") << "ENABLE_TITLE_GENERATION" << QJsonValue(true);
    QTest::newRow("tags") << "ENABLE_TAGS_GENERATION" << QJsonValue(true);
    QTest::newRow("follow-up") << "ENABLE_FOLLOW_UP_GENERATION" << QJsonValue(true);
    QTest::newRow("search") << "ENABLE_SEARCH_QUERY_GENERATION" << QJsonValue(true);
    QTest::newRow("retrieval") << "ENABLE_RETRIEVAL_QUERY_GENERATION" << QJsonValue(true);
    QTest::newRow("voice") << "ENABLE_VOICE_MODE_PROMPT" << QJsonValue(true);
    QTest::newRow("max length") << "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH" << QJsonValue(-1);
    QTest::newRow("title template") << "TITLE_GENERATION_PROMPT_TEMPLATE" << QJsonValue(QString());
    QTest::newRow("voice template") << "VOICE_MODE_PROMPT_TEMPLATE" << QJsonValue(QString());
    QTest::newRow("autocomplete template")
        << "AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE" << QJsonValue(QString());
    QTest::newRow("tools template") << "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE" << QJsonValue(QString());
}

void TestTaskConfigSchema::defaultValue()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);
    for (const char* text : {"0.4.8", "0.6.30", "0.11.4", "unknown"})
        QCOMPARE(TaskConfigSchema::defaultValue(field, version(QLatin1String(text))), expected);
}

void TestTaskConfigSchema::autocompleteDefault_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");

    QTest::newRow("0.4.7") << "0.4.7" << true;
    QTest::newRow("0.5.0") << "0.5.0" << true;
    QTest::newRow("0.5.20") << "0.5.20" << true;
    // config.py: 0.6.0 "Prompt Autocompletion Disabled By Default" (audit/task-config.md).
    QTest::newRow("0.6.0") << "0.6.0" << false;
    QTest::newRow("0.6.30") << "0.6.30" << false;
    QTest::newRow("0.10.2") << "0.10.2" << false;
    QTest::newRow("0.11.0") << "0.11.0" << false;
    QTest::newRow("0.11.4") << "0.11.4" << false;
    QTest::newRow("0.12.0") << "0.12.0" << false;
    QTest::newRow("unknown") << "dev" << false;
}

void TestTaskConfigSchema::autocompleteDefault()
{
    QFETCH(QString, version);
    QFETCH(bool, expected);
    const QJsonValue value =
        TaskConfigSchema::defaultValue(QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"), ::version(version));
    QVERIFY(value.isBool());
    QCOMPARE(value.toBool(), expected);
}

void TestTaskConfigSchema::fillMissingAll()
{
    // Every field of every form gets its default when the 422 names them all.
    const QList<QPair<const char*, QStringList>> forms{{"0.3.35", kForm03},  {"0.4.8", kForm047},
                                                       {"0.5.4", kForm05},   {"0.6.30", kForm06},
                                                       {"0.11.4", kForm011}, {"?", kForm011}};
    for (const auto& [text, form] : forms) {
        const ServerVersion v = version(QLatin1String(text));
        QJsonObject config;
        const QStringList added = TaskConfigSchema::fillMissing(config, v, form);
        QCOMPARE(added, form);
        QCOMPARE(config.size(), form.size());
        for (const QString& field : added)
            QCOMPARE(config.value(field), TaskConfigSchema::defaultValue(field, v));
    }
    // The 0.3 threshold is an int field.
    QJsonObject old;
    TaskConfigSchema::fillMissing(old, version(QStringLiteral("0.3.35")), kForm03);
    QVERIFY(old.value(QLatin1String("SEARCH_QUERY_PROMPT_LENGTH_THRESHOLD")).isDouble());
    QVERIFY(old.value(QLatin1String("SEARCH_QUERY_PROMPT_LENGTH_THRESHOLD")).toInt() > 0);
}

void TestTaskConfigSchema::fillMissingKeepsExisting()
{
    const ServerVersion v(0, 11, 4);
    QJsonObject config{{QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b")},
                       {QStringLiteral("ENABLE_TITLE_GENERATION"), false},
                       {QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE"), QJsonValue::Null},
                       {QStringLiteral("TASK_MODEL_PARAMS"), QJsonObject{{QStringLiteral("max_tokens"), 64}}},
                       {QStringLiteral("FORK_EXTRA"), 7}};
    const QStringList added = TaskConfigSchema::fillMissing(config, v, kForm011);
    QCOMPARE(added.size(), 18 - 3);
    QVERIFY(!added.contains(QLatin1String("TASK_MODEL")));
    QVERIFY(!added.contains(QLatin1String("ENABLE_TITLE_GENERATION")));
    QVERIFY(!added.contains(QLatin1String("VOICE_MODE_PROMPT_TEMPLATE"))); // null counts as present
    QCOMPARE(config.value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(config.value(QLatin1String("ENABLE_TITLE_GENERATION")), QJsonValue(false));
    QVERIFY(config.value(QLatin1String("VOICE_MODE_PROMPT_TEMPLATE")).isNull());
    QCOMPARE(config.value(QLatin1String("FORK_EXTRA")).toInt(), 7);
    QCOMPARE(config.value(QLatin1String("TASK_MODEL_PARAMS"))
                 .toObject()
                 .value(QLatin1String("max_tokens"))
                 .toInt(),
             64);
    QCOMPARE(config.size(), 18 + 2);
    QCOMPARE(config.value(QLatin1String("ENABLE_AUTOCOMPLETE_GENERATION")), QJsonValue(false));
    QCOMPARE(config.value(QLatin1String("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH")), QJsonValue(-1));
}

void TestTaskConfigSchema::fillMissingOnlyListed()
{
    // The 422 retry: only the fields the server named.
    const ServerVersion v(0, 6, 30);
    QJsonObject config{{QStringLiteral("TASK_MODEL"), QString()}};
    const QStringList added = TaskConfigSchema::fillMissing(
        config, v,
        {QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"), QStringLiteral("TASK_MODEL"),
         QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION")});
    QCOMPARE(added, (QStringList{QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"),
                                 QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION")}));
    QCOMPARE(config.size(), 3);
    QCOMPARE(config.value(QLatin1String("ENABLE_FOLLOW_UP_GENERATION")), QJsonValue(true));
    QCOMPARE(config.value(QLatin1String("ENABLE_AUTOCOMPLETE_GENERATION")), QJsonValue(false)); // 0.6 default
}

void TestTaskConfigSchema::fillMissingListedUnknownField()
{
    // A fork's required field we never heard of still gets a harmless value.
    QJsonObject config;
    const QStringList added = TaskConfigSchema::fillMissing(
        config, ServerVersion(0, 11, 4),
        {QStringLiteral("ENABLE_DOCUMENT_SUGGESTIONS"), QStringLiteral("TOOL_SUGGESTIONS_PROMPT_TEMPLATE")});
    QCOMPARE(added.size(), 2);
    QCOMPARE(config.value(QLatin1String("ENABLE_DOCUMENT_SUGGESTIONS")), QJsonValue(true));
    QCOMPARE(config.value(QLatin1String("TOOL_SUGGESTIONS_PROMPT_TEMPLATE")), QJsonValue(QString()));
}

void TestTaskConfigSchema::fillMissingNothingToDo()
{
    const ServerVersion v(0, 5, 3);
    QJsonObject config;
    TaskConfigSchema::fillMissing(config, v, kForm05);
    const QJsonObject before = config;
    QVERIFY(TaskConfigSchema::fillMissing(config, v, kForm05).isEmpty());
    // Nothing named, nothing added: no field is guessed from the version.
    QJsonObject empty;
    QVERIFY(TaskConfigSchema::fillMissing(empty, v, {}).isEmpty());
    QVERIFY(empty.isEmpty());
    QCOMPARE(config, before);
}

QTEST_GUILESS_MAIN(TestTaskConfigSchema)
#include "tst_taskconfigschema.moc"
