#include "TaskConfigSchema.h"

#include <QSet>
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

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
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
    void requiredFields_data();
    void requiredFields();
    void requiredFieldsHaveNoDuplicates();
    void neverRequiresOptionalParams();
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

void TestTaskConfigSchema::requiredFields_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("0.3.0") << "0.3.0" << 6 << kForm03;
    QTest::newRow("0.3.35") << "0.3.35" << 6 << kForm03;
    QTest::newRow("0.4.0") << "0.4.0" << 9 << kForm040;
    QTest::newRow("0.4.6") << "0.4.6" << 9 << kForm040;
    QTest::newRow("0.4.7") << "0.4.7" << 11 << kForm047;
    QTest::newRow("0.4.8") << "0.4.8" << 11 << kForm047;
    QTest::newRow("0.5.0") << "0.5.0" << 13 << kForm05;
    QTest::newRow("0.5.20") << "0.5.20" << 13 << kForm05;
    QTest::newRow("0.6.0") << "0.6.0" << 16 << kForm06;
    QTest::newRow("0.6.30") << "0.6.30" << 16 << kForm06;
    QTest::newRow("0.7.2") << "0.7.2" << 16 << kForm06;
    QTest::newRow("0.8.12") << "0.8.12" << 16 << kForm06;
    QTest::newRow("0.9.0") << "0.9.0" << 18 << kForm011;
    QTest::newRow("0.10.2") << "0.10.2" << 18 << kForm011;
    QTest::newRow("0.11.4") << "v0.11.4" << 18 << kForm011;
    QTest::newRow("0.12.0") << "0.12.0" << 18 << kForm011;
    QTest::newRow("1.0.0") << "1.0.0" << 18 << kForm011;
    QTest::newRow("unknown") << "nightly" << 18 << kForm011;
}

void TestTaskConfigSchema::requiredFields()
{
    QFETCH(QString, version);
    QFETCH(int, count);
    QFETCH(QStringList, fields);
    const QStringList required = TaskConfigSchema::requiredFields(::version(version));
    QCOMPARE(required.size(), count);
    QCOMPARE(sorted(required), sorted(fields));
}

void TestTaskConfigSchema::requiredFieldsHaveNoDuplicates()
{
    for (const char* text : {"0.3.1", "0.4.2", "0.4.7", "0.5.3", "0.6.9", "0.9.1", "0.11.0", "?"}) {
        const QStringList required = TaskConfigSchema::requiredFields(version(QLatin1String(text)));
        QCOMPARE(QSet<QString>(required.begin(), required.end()).size(), required.size());
    }
}

void TestTaskConfigSchema::neverRequiresOptionalParams()
{
    // TASK_MODEL_PARAMS is optional in 0.11 and must only be sent when the GET had it.
    for (const char* text : {"0.11.1", "0.11.4", "0.12.0", "x"})
        QVERIFY(!TaskConfigSchema::requiredFields(version(QLatin1String(text)))
                     .contains(QLatin1String("TASK_MODEL_PARAMS")));
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
    QTest::newRow("0.6.30") << "0.6.30" << true;
    QTest::newRow("0.10.2") << "0.10.2" << true;
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
    for (const char* text : {"0.3.35", "0.4.5", "0.4.8", "0.5.4", "0.6.30", "0.11.4", "?"}) {
        const ServerVersion v = version(QLatin1String(text));
        QJsonObject config;
        const QStringList added = TaskConfigSchema::fillMissing(config, v);
        QCOMPARE(sorted(added), sorted(TaskConfigSchema::requiredFields(v)));
        QCOMPARE(config.size(), added.size());
        for (const QString& field : added)
            QCOMPARE(config.value(field), TaskConfigSchema::defaultValue(field, v));
    }
    // The 0.3 threshold is an int field.
    QJsonObject old;
    TaskConfigSchema::fillMissing(old, version(QStringLiteral("0.3.35")));
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
    const QStringList added = TaskConfigSchema::fillMissing(config, v);
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
    QCOMPARE(config.value(QLatin1String("ENABLE_AUTOCOMPLETE_GENERATION")), QJsonValue(true)); // 0.6 default
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
    TaskConfigSchema::fillMissing(config, v);
    const QJsonObject before = config;
    QVERIFY(TaskConfigSchema::fillMissing(config, v).isEmpty());
    QCOMPARE(config, before);
}

QTEST_GUILESS_MAIN(TestTaskConfigSchema)
#include "tst_taskconfigschema.moc"
