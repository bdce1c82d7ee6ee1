#include "TitleParser.h"

#include <QtTest>

class TestTitleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseTitle_data();
    void parseTitle();
    void longTitleIsBounded();
};

void TestTitleParser::parseTitle_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain json") << R"({"title": "🚀 Rocket Launch Basics"})"
                                << "🚀 Rocket Launch Basics";
    QTest::newRow("json in prose") << R"(Sure! Here is the title: {"title": "Trip to Rome"} Hope that helps.)"
                                   << "Trip to Rome";
    QTest::newRow("json padded") << "  {\n  \"title\" :   \"  Spaced Out  \"\n}\n"
                                 << "Spaced Out";
    QTest::newRow("code fence") << "```json\n{\"title\": \"Rust Borrow Checker\"}\n```"
                                << "Rust Borrow Checker";
    QTest::newRow("code fence prose")
        << "Here you go:\n```\n{\"title\":\"Sourdough Starter Tips\"}\n```\nEnjoy!"
        << "Sourdough Starter Tips";
    QTest::newRow("json with other keys") << R"({"emoji": "📚", "title": "Book Club", "tags": ["x"]})"
                                          << "Book Club";
    QTest::newRow("escaped quotes") << R"({"title": "The \"Best\" Pizza"})"
                                    << R"(The "Best" Pizza)";
    QTest::newRow("raw") << "Planning a Birthday Party"
                         << "Planning a Birthday Party";
    QTest::newRow("raw double quotes") << "\"Planning a Birthday Party\""
                                       << "Planning a Birthday Party";
    QTest::newRow("raw single quotes") << "'Budget Review'"
                                       << "Budget Review";
    QTest::newRow("raw nested quotes") << "\"'Budget Review'\""
                                       << "Budget Review";
    QTest::newRow("raw padded") << "  \n \"Weekend Hike\"  \n"
                                << "Weekend Hike";
    QTest::newRow("raw first line") << "Weekend Hike\nThis title summarises the chat."
                                    << "Weekend Hike";
    QTest::newRow("think then json")
        << "<think>\nThe user asks about Rome. A short title.\n</think>\n{\"title\": \"Rome Travel\"}"
        << "Rome Travel";
    QTest::newRow("think then raw")
        << "<think>Let me see... maybe 'Quantum'</think>\n\"Quantum Computing Basics\""
        << "Quantum Computing Basics";
    QTest::newRow("think with braces then raw") << "<think>Format is {title}. Ok.</think>\nQuantum Basics"
                                                << "Quantum Basics";
    QTest::newRow("think with draft json then json")
        << "<think>Draft: {\"title\": \"Draft\"} - too long, shorten.</think>\n{\"title\": \"Final Title\"}"
        << "Final Title";
    QTest::newRow("broken json falls back") << R"(Title: {"title": "Unclosed)"
                                            << R"(Title: {"title": "Unclosed)";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "  \n\t "
                           << "";
    QTest::newRow("only quotes") << "\"\""
                                 << "";
    QTest::newRow("only think") << "<think>nothing to say</think>"
                                << "";
}

void TestTitleParser::parseTitle()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);
    QCOMPARE(tma::parseTitle(content), expected);
}

void TestTitleParser::longTitleIsBounded()
{
    const QString longTitle(5000, QLatin1Char('a'));
    const QString fromJson = tma::parseTitle(QStringLiteral("{\"title\": \"%1\"}").arg(longTitle));
    QVERIFY(!fromJson.isEmpty());
    QVERIFY(fromJson.size() <= 200);
    QVERIFY(longTitle.startsWith(fromJson));
    const QString raw = tma::parseTitle(longTitle);
    QVERIFY(!raw.isEmpty());
    QVERIFY(raw.size() <= 200);
}

QTEST_GUILESS_MAIN(TestTitleParser)
#include "tst_titleparser.moc"
