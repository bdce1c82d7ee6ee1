#include "TaskConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using tma::Automation;
using tma::Automations;
using tma::TaskConfig;

Q_DECLARE_METATYPE(tma::Automation)

namespace {

// GET /api/v1/tasks/config of a 0.11.4 server with custom templates and TASK_MODEL_PARAMS.
QJsonObject fullConfig()
{
    return QJsonDocument::fromJson(R"({
        "TASK_MODEL": "llama3.1:70b",
        "TASK_MODEL_EXTERNAL": "",
        "ENABLE_TITLE_GENERATION": true,
        "TITLE_GENERATION_PROMPT_TEMPLATE": "Custom title prompt {{MESSAGES:END:2}}",
        "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE": "",
        "ENABLE_AUTOCOMPLETE_GENERATION": false,
        "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH": -1,
        "AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE": "",
        "TAGS_GENERATION_PROMPT_TEMPLATE": "",
        "FOLLOW_UP_GENERATION_PROMPT_TEMPLATE": "",
        "ENABLE_FOLLOW_UP_GENERATION": true,
        "ENABLE_TAGS_GENERATION": true,
        "ENABLE_SEARCH_QUERY_GENERATION": true,
        "ENABLE_RETRIEVAL_QUERY_GENERATION": false,
        "QUERY_GENERATION_PROMPT_TEMPLATE": "",
        "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE": "",
        "ENABLE_VOICE_MODE_PROMPT": true,
        "VOICE_MODE_PROMPT_TEMPLATE": null,
        "TASK_MODEL_PARAMS": {"max_tokens": 64, "temperature": 0.2},
        "ENABLE_TOOL_SUGGESTIONS": true
    })")
        .object();
}

} // namespace

class TestTaskConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyConfig();
    void modelAccessors();
    void nullModelReadsAsCurrentModel();
    void has_data();
    void has();
    void isEnabled_data();
    void isEnabled();
    void setEnabledAddsOrReplaces();
    void unknownKeysPreserved();
    void ownedKeys();
    void differingKeys();
    void differingKeysPresenceOnly();
    void differingOwnedKeys();
    void equality();
};

void TestTaskConfig::emptyConfig()
{
    const TaskConfig config;
    QVERIFY(config.isEmpty());
    QVERIFY(config.taskModel().isEmpty());
    QVERIFY(config.taskModelExternal().isEmpty());
    QVERIFY(!TaskConfig(fullConfig()).isEmpty());
}

void TestTaskConfig::modelAccessors()
{
    TaskConfig config(fullConfig());
    QCOMPARE(config.taskModel(), QStringLiteral("llama3.1:70b"));
    QCOMPARE(config.taskModelExternal(), QString());
    config.setTaskModel(QStringLiteral("qwen2.5:3b"));
    config.setTaskModelExternal(QStringLiteral("openai/gpt-4o-mini"));
    QCOMPARE(config.taskModel(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(config.taskModelExternal(), QStringLiteral("openai/gpt-4o-mini"));
    QCOMPARE(config.json().value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(config.json().value(QLatin1String("TASK_MODEL_EXTERNAL")).toString(),
             QStringLiteral("openai/gpt-4o-mini"));
    // "" is "Current Model" and is written as a string, never null.
    config.setTaskModel(QString());
    QVERIFY(config.json().value(QLatin1String("TASK_MODEL")).isString());
    QCOMPARE(config.taskModel(), QString());
}

void TestTaskConfig::nullModelReadsAsCurrentModel()
{
    const TaskConfig config(QJsonObject{{QStringLiteral("TASK_MODEL"), QJsonValue::Null},
                                        {QStringLiteral("TASK_MODEL_EXTERNAL"), QJsonValue::Null}});
    QCOMPARE(config.taskModel(), QString());
    QCOMPARE(config.taskModelExternal(), QString());
}

void TestTaskConfig::has_data()
{
    QTest::addColumn<Automation>("automation");
    QTest::addColumn<bool>("in05");
    // 0.5 form: no follow-ups, no voice prompt.
    QTest::newRow("title") << Automation::Title << true;
    QTest::newRow("tags") << Automation::Tags << true;
    QTest::newRow("follow-ups") << Automation::FollowUps << false;
    QTest::newRow("autocomplete") << Automation::Autocomplete << true;
    QTest::newRow("search") << Automation::SearchQuery << true;
    QTest::newRow("retrieval") << Automation::RetrievalQuery << true;
}

void TestTaskConfig::has()
{
    QFETCH(Automation, automation);
    QFETCH(bool, in05);
    QVERIFY(TaskConfig(fullConfig()).has(automation));
    QVERIFY(!TaskConfig().has(automation));
    QJsonObject v05 = fullConfig();
    v05.remove(QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"));
    QCOMPARE(TaskConfig(v05).has(automation), in05);
}

void TestTaskConfig::isEnabled_data()
{
    QTest::addColumn<Automation>("automation");
    QTest::addColumn<bool>("expected");
    QTest::newRow("title on") << Automation::Title << true;
    QTest::newRow("autocomplete off") << Automation::Autocomplete << false;
    QTest::newRow("retrieval off") << Automation::RetrievalQuery << false;
    QTest::newRow("search on") << Automation::SearchQuery << true;
}

void TestTaskConfig::isEnabled()
{
    QFETCH(Automation, automation);
    QFETCH(bool, expected);
    QCOMPARE(TaskConfig(fullConfig()).isEnabled(automation), expected);
    // A switch the server does not have reads as on (the server runs the task unconditionally).
    QVERIFY(TaskConfig().isEnabled(automation));
    // A stored null is off, as `if not request.app.state.config.ENABLE_…` (routers/tasks.py) sees it;
    // so are 0 and "", while a non-empty string is on.
    const QString key = Automations::configKey(automation);
    QVERIFY(!TaskConfig(QJsonObject{{key, QJsonValue::Null}}).isEnabled(automation));
    QVERIFY(!TaskConfig(QJsonObject{{key, 0}}).isEnabled(automation));
    QVERIFY(!TaskConfig(QJsonObject{{key, QString()}}).isEnabled(automation));
    QVERIFY(TaskConfig(QJsonObject{{key, QStringLiteral("True")}}).isEnabled(automation));
}

void TestTaskConfig::setEnabledAddsOrReplaces()
{
    TaskConfig config(fullConfig());
    config.setEnabled(Automation::Title, false);
    config.setEnabled(Automation::Autocomplete, true);
    QVERIFY(!config.isEnabled(Automation::Title));
    QVERIFY(config.isEnabled(Automation::Autocomplete));
    QCOMPARE(config.json().value(QLatin1String("ENABLE_TITLE_GENERATION")), QJsonValue(false));
    QCOMPARE(config.json().value(QLatin1String("ENABLE_AUTOCOMPLETE_GENERATION")), QJsonValue(true));

    TaskConfig empty;
    empty.setEnabled(Automation::FollowUps, false);
    QVERIFY(empty.has(Automation::FollowUps));
    QVERIFY(!empty.isEnabled(Automation::FollowUps));
    QCOMPARE(empty.json().size(), 1);
}

void TestTaskConfig::unknownKeysPreserved()
{
    const QJsonObject original = fullConfig();
    TaskConfig config(original);
    config.setTaskModel(QStringLiteral("qwen2.5:3b"));
    config.setTaskModelExternal(QStringLiteral("qwen2.5:3b"));
    const QList<Automation> all = Automations::all();
    for (Automation automation : all)
        config.setEnabled(automation, false);

    const QJsonObject result = config.json();
    QCOMPARE(result.size(), original.size());
    QCOMPARE(result.value(QLatin1String("TASK_MODEL_PARAMS")),
             original.value(QLatin1String("TASK_MODEL_PARAMS")));
    QCOMPARE(result.value(QLatin1String("ENABLE_TOOL_SUGGESTIONS")), QJsonValue(true));
    QCOMPARE(result.value(QLatin1String("TITLE_GENERATION_PROMPT_TEMPLATE")),
             original.value(QLatin1String("TITLE_GENERATION_PROMPT_TEMPLATE")));
    QVERIFY(result.value(QLatin1String("VOICE_MODE_PROMPT_TEMPLATE")).isNull());
    QCOMPARE(result.value(QLatin1String("ENABLE_VOICE_MODE_PROMPT")), QJsonValue(true));
    const QStringList owned = TaskConfig::ownedKeys();
    for (auto it = original.begin(); it != original.end(); ++it) {
        if (!owned.contains(it.key()))
            QCOMPARE(result.value(it.key()), it.value());
    }
}

void TestTaskConfig::ownedKeys()
{
    QStringList owned = TaskConfig::ownedKeys();
    owned.sort();
    QStringList expected{QStringLiteral("TASK_MODEL"),
                         QStringLiteral("TASK_MODEL_EXTERNAL"),
                         QStringLiteral("ENABLE_TITLE_GENERATION"),
                         QStringLiteral("ENABLE_TAGS_GENERATION"),
                         QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"),
                         QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"),
                         QStringLiteral("ENABLE_SEARCH_QUERY_GENERATION"),
                         QStringLiteral("ENABLE_RETRIEVAL_QUERY_GENERATION")};
    expected.sort();
    QCOMPARE(owned, expected);
    // Templates, TASK_MODEL_PARAMS and the voice prompt are never ours.
    QVERIFY(!owned.contains(QLatin1String("TASK_MODEL_PARAMS")));
    QVERIFY(!owned.contains(QLatin1String("ENABLE_VOICE_MODE_PROMPT")));
}

void TestTaskConfig::differingKeys()
{
    const TaskConfig a(fullConfig());
    QVERIFY(a.differingKeys(a).isEmpty());
    QVERIFY(a.differingKeys(TaskConfig(fullConfig())).isEmpty());

    QJsonObject changed = fullConfig();
    changed.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b"));
    changed.insert(QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE"), QString());
    changed.remove(QStringLiteral("ENABLE_TOOL_SUGGESTIONS"));
    changed.insert(QStringLiteral("NEW_FORK_FIELD"), 1);
    changed.insert(QStringLiteral("TASK_MODEL_PARAMS"), QJsonObject{{QStringLiteral("max_tokens"), 32}});
    const TaskConfig b(changed);

    const QStringList expected{QStringLiteral("ENABLE_TOOL_SUGGESTIONS"), QStringLiteral("NEW_FORK_FIELD"),
                               QStringLiteral("TASK_MODEL"), QStringLiteral("TASK_MODEL_PARAMS"),
                               QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE")};
    QCOMPARE(a.differingKeys(b), expected);
    QCOMPARE(b.differingKeys(a), expected); // symmetric and sorted
}

void TestTaskConfig::differingKeysPresenceOnly()
{
    // A key that is null on one side and missing on the other still differs.
    const TaskConfig withNull(QJsonObject{{QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE"), QJsonValue::Null}});
    const TaskConfig without;
    QCOMPARE(withNull.differingKeys(without), QStringList{QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE")});
    QCOMPARE(without.differingKeys(withNull), QStringList{QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE")});
    // Type matters: 1 is not "1" and true is not 1.
    const TaskConfig number(QJsonObject{{QStringLiteral("X"), 1}});
    const TaskConfig text(QJsonObject{{QStringLiteral("X"), QStringLiteral("1")}});
    QCOMPARE(number.differingKeys(text), QStringList{QStringLiteral("X")});
}

void TestTaskConfig::differingOwnedKeys()
{
    const TaskConfig a(fullConfig());
    QVERIFY(a.differingOwnedKeys(a).isEmpty());

    QJsonObject changed = fullConfig();
    changed.insert(QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE"), QStringLiteral("other"));
    changed.insert(QStringLiteral("TASK_MODEL_PARAMS"), QJsonObject());
    changed.insert(QStringLiteral("ENABLE_VOICE_MODE_PROMPT"), false);
    QVERIFY(a.differingOwnedKeys(TaskConfig(changed)).isEmpty());
    QCOMPARE(a.differingKeys(TaskConfig(changed)).size(), 3);

    changed.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), QStringLiteral("openai/gpt-4o-mini"));
    changed.insert(QStringLiteral("ENABLE_TAGS_GENERATION"), false);
    changed.remove(QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"));
    QStringList differing = a.differingOwnedKeys(TaskConfig(changed));
    differing.sort();
    QCOMPARE(differing,
             (QStringList{QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"),
                          QStringLiteral("ENABLE_TAGS_GENERATION"), QStringLiteral("TASK_MODEL_EXTERNAL")}));
    QStringList reverse = TaskConfig(changed).differingOwnedKeys(a);
    reverse.sort();
    QCOMPARE(reverse, differing);
}

void TestTaskConfig::equality()
{
    const TaskConfig a(fullConfig());
    TaskConfig b(fullConfig());
    QVERIFY(a == b);
    QVERIFY(!(a != b));
    b.setEnabled(Automation::Tags, false);
    QVERIFY(a != b);
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestTaskConfig)
#include "tst_taskconfig.moc"
