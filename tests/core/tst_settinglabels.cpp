// A task setting and its value as Open WebUI's admin page shows them, for the wizard's change list,
// the CLI's apply report and the messages that name settings.
#include "SettingLabels.h"
#include "Translator.h"

#include <QtTest>

using namespace tma;

class TestSettingLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        QCOMPARE(SettingLabels::of(QStringLiteral("TASK_MODEL")),
                 QStringLiteral("Task model for chats with local models"));
        QCOMPARE(SettingLabels::of(QStringLiteral("ENABLE_TAGS_GENERATION")),
                 QStringLiteral("Tags Generation"));
        // A key without a label (a prompt template) stays as the server names it.
        QCOMPARE(SettingLabels::of(QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE")),
                 QStringLiteral("TITLE_GENERATION_PROMPT_TEMPLATE"));
    }

    void values()
    {
        const QString model = QStringLiteral("TASK_MODEL");
        QCOMPARE(SettingLabels::value(model, QJsonValue(QString())), QStringLiteral("Current Model"));
        QCOMPARE(SettingLabels::value(model, QJsonValue(QJsonValue::Null)), QStringLiteral("Current Model"));
        const QString longId = QStringLiteral("openrouter.") + QString(120, QLatin1Char('m'));
        QCOMPARE(SettingLabels::value(model, QJsonValue(longId)), longId); // a model id, whole
        QCOMPARE(SettingLabels::value(QStringLiteral("ENABLE_TAGS_GENERATION"), QJsonValue(false)),
                 QStringLiteral("Off"));
        QCOMPARE(SettingLabels::value(QStringLiteral("ENABLE_TAGS_GENERATION"), QJsonValue(true)),
                 QStringLiteral("On"));
        QCOMPARE(SettingLabels::value(QStringLiteral("ENABLE_TAGS_GENERATION"), QJsonValue()),
                 QStringLiteral("(not set)"));
        QCOMPARE(SettingLabels::value(QStringLiteral("TAGS_GENERATION_PROMPT_TEMPLATE"),
                                      QJsonValue(QString(200, u'x')))
                     .size(),
                 80);
    }

    // In the language shown: the words change, the model id does not.
    void translated()
    {
        QCOMPARE(Translator::install(QStringLiteral("ja")), QStringLiteral("ja"));
        const QString off = SettingLabels::value(QStringLiteral("ENABLE_TAGS_GENERATION"), QJsonValue(false));
        const QString current = SettingLabels::value(QStringLiteral("TASK_MODEL"), QJsonValue(QString()));
        Translator::install(QStringLiteral("en"));
        QVERIFY2(off != QLatin1String("Off") && !off.isEmpty(), qPrintable(off));
        QVERIFY2(current != QLatin1String("Current Model") && !current.isEmpty(), qPrintable(current));
    }
};

QTEST_GUILESS_MAIN(TestSettingLabels)
#include "tst_settinglabels.moc"
