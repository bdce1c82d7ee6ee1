#include "Automation.h"

#include <QSet>
#include <QtTest>

using tma::Automation;
using tma::Automations;

Q_DECLARE_METATYPE(tma::Automation)

class TestAutomation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allListsEachOnce();
    void perAutomation_data();
    void perAutomation();
    void fromIdRejects_data();
    void fromIdRejects();
    void valuesAreDistinct();
};

void TestAutomation::allListsEachOnce()
{
    const QList<Automation> all = Automations::all();
    QCOMPARE(all.size(), 6);
    QCOMPARE(QSet<Automation>(all.begin(), all.end()).size(), 6);
}

void TestAutomation::perAutomation_data()
{
    QTest::addColumn<Automation>("automation");
    QTest::addColumn<QString>("configKey");
    QTest::addColumn<QString>("id");

    // Config keys are the Open WebUI field names (shared/openwebui-api.md §6.2).
    QTest::newRow("title") << Automation::Title << "ENABLE_TITLE_GENERATION"
                           << "title";
    QTest::newRow("tags") << Automation::Tags << "ENABLE_TAGS_GENERATION"
                          << "tags";
    QTest::newRow("follow-ups") << Automation::FollowUps << "ENABLE_FOLLOW_UP_GENERATION"
                                << "follow-ups";
    QTest::newRow("autocomplete") << Automation::Autocomplete << "ENABLE_AUTOCOMPLETE_GENERATION"
                                  << "autocomplete";
    QTest::newRow("search") << Automation::SearchQuery << "ENABLE_SEARCH_QUERY_GENERATION"
                            << "search-query";
    QTest::newRow("retrieval") << Automation::RetrievalQuery << "ENABLE_RETRIEVAL_QUERY_GENERATION"
                               << "retrieval-query";
}

void TestAutomation::perAutomation()
{
    QFETCH(Automation, automation);
    QFETCH(QString, configKey);
    QFETCH(QString, id);

    QVERIFY(Automations::all().contains(automation));
    QCOMPARE(Automations::configKey(automation), configKey);
    QCOMPARE(Automations::id(automation), id);

    Automation parsed = automation == Automation::Title ? Automation::Tags : Automation::Title;
    QVERIFY(Automations::fromId(id, &parsed));
    QVERIFY(parsed == automation);

    QVERIFY(!Automations::label(automation).trimmed().isEmpty());
    QVERIFY(!Automations::cost(automation).trimmed().isEmpty());
    QVERIFY(Automations::label(automation) != Automations::cost(automation));
}

void TestAutomation::fromIdRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("unknown") << "emoji";
    QTest::newRow("config key") << "ENABLE_TITLE_GENERATION";
    QTest::newRow("case") << "Title";
    QTest::newRow("padded") << " title";
    QTest::newRow("underscore") << "follow_ups";
}

void TestAutomation::fromIdRejects()
{
    QFETCH(QString, text);
    Automation out = Automation::RetrievalQuery;
    QVERIFY(!Automations::fromId(text, &out));
    QVERIFY(out == Automation::RetrievalQuery); // untouched on failure
}

void TestAutomation::valuesAreDistinct()
{
    QSet<QString> keys;
    QSet<QString> ids;
    QSet<QString> labels;
    QSet<QString> costs;
    const QList<Automation> all = Automations::all();
    for (Automation automation : all) {
        keys.insert(Automations::configKey(automation));
        ids.insert(Automations::id(automation));
        labels.insert(Automations::label(automation));
        costs.insert(Automations::cost(automation));
    }
    QCOMPARE(keys.size(), all.size());
    QCOMPARE(ids.size(), all.size());
    QCOMPARE(labels.size(), all.size());
    QCOMPARE(costs.size(), all.size());
}

QTEST_GUILESS_MAIN(TestAutomation)
#include "tst_automation.moc"
