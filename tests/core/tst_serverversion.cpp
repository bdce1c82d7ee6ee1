#include "ServerVersion.h"

#include <QtTest>

#include <algorithm>

using tma::ServerVersion;

class TestServerVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseGarbage_data();
    void parseGarbage();
    void compare_data();
    void compare();
    void invalidSortsNewest();
    void sorting();
};

void TestServerVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");

    QTest::newRow("0.6.30") << "0.6.30" << 0 << 6 << 30;
    QTest::newRow("v0.11.4") << "v0.11.4" << 0 << 11 << 4;
    QTest::newRow("0.5.0-dev") << "0.5.0-dev" << 0 << 5 << 0;
    QTest::newRow("1.2") << "1.2" << 1 << 2 << 0;
    QTest::newRow("0.4.8") << "0.4.8" << 0 << 4 << 8;
    QTest::newRow("0.3.35") << "0.3.35" << 0 << 3 << 35;
    QTest::newRow("leading space") << "  0.6.5" << 0 << 6 << 5;
    QTest::newRow("build metadata") << "0.6.18+abc123" << 0 << 6 << 18;
    QTest::newRow("rc") << "0.9.0rc1" << 0 << 9 << 0;
    QTest::newRow("10.20.300") << "10.20.300" << 10 << 20 << 300;
}

void TestServerVersion::parse()
{
    QFETCH(QString, text);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, patch);
    const ServerVersion version = ServerVersion::parse(text);
    QVERIFY(version.isValid());
    QCOMPARE(version.major(), major);
    QCOMPARE(version.minor(), minor);
    QCOMPARE(version.patch(), patch);
    QCOMPARE(version.toString(), QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch));
    QCOMPARE(version.compare(ServerVersion(major, minor, patch)), 0);
}

void TestServerVersion::parseGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("word") << "latest";
    QTest::newRow("main") << "main";
    QTest::newRow("single number") << "7";
    QTest::newRow("dots") << "..";
    QTest::newRow("letters") << "a.b.c";
    QTest::newRow("prefix text") << "version 0.6.1";
    QTest::newRow("false") << "false";
}

void TestServerVersion::parseGarbage()
{
    QFETCH(QString, text);
    const ServerVersion version = ServerVersion::parse(text);
    QVERIFY(!version.isValid());
    QCOMPARE(version.toString(), QStringLiteral("unknown"));
}

void TestServerVersion::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    QTest::newRow("equal") << "0.6.30"
                           << "v0.6.30" << 0;
    QTest::newRow("patch numeric not lexical") << "0.6.9"
                                               << "0.6.30" << -1;
    QTest::newRow("minor numeric") << "0.9.0"
                                   << "0.11.0" << -1;
    QTest::newRow("minor beats patch") << "0.5.99"
                                       << "0.6.0" << -1;
    QTest::newRow("major") << "1.0.0"
                           << "0.99.99" << 1;
    QTest::newRow("two-part equals .0") << "1.2"
                                        << "1.2.0" << 0;
    QTest::newRow("dev equals release") << "0.5.0-dev"
                                        << "0.5.0" << 0;
    QTest::newRow("newer") << "0.11.4"
                           << "0.11.1" << 1;
    QTest::newRow("invalid newest") << "garbage"
                                    << "99.0.0" << 1;
    QTest::newRow("valid older than invalid") << "0.3.0"
                                              << "" << -1;
    QTest::newRow("two invalid") << "x"
                                 << "y" << 0;
}

void TestServerVersion::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const ServerVersion va = ServerVersion::parse(a);
    const ServerVersion vb = ServerVersion::parse(b);
    QCOMPARE(va.compare(vb), expected);
    QCOMPARE(vb.compare(va), -expected); // antisymmetric
    QCOMPARE(va < vb, expected < 0);
    QCOMPARE(va >= vb, expected >= 0);
    QCOMPARE(vb<va, expected> 0);
}

void TestServerVersion::invalidSortsNewest()
{
    const ServerVersion unknown;
    QVERIFY(!unknown.isValid());
    QVERIFY(ServerVersion(0, 4, 0) < unknown);
    QVERIFY(ServerVersion(999, 999, 999) < unknown);
    QVERIFY(unknown >= ServerVersion(0, 11, 0));
    QVERIFY(!(unknown < ServerVersion(0, 5, 0)));
}

void TestServerVersion::sorting()
{
    QList<ServerVersion> versions;
    for (const char* text : {"0.11.4", "garbage", "0.4.8", "v0.6.30", "0.6.5", "0.3.35", "0.5.0-dev", "1.2"})
        versions << ServerVersion::parse(QLatin1String(text));
    std::sort(versions.begin(), versions.end());
    QStringList order;
    for (const ServerVersion& version : versions)
        order << version.toString();
    QCOMPARE(order, (QStringList{QStringLiteral("0.3.35"), QStringLiteral("0.4.8"), QStringLiteral("0.5.0"),
                                 QStringLiteral("0.6.5"), QStringLiteral("0.6.30"), QStringLiteral("0.11.4"),
                                 QStringLiteral("1.2.0"), QStringLiteral("unknown")}));
}

QTEST_GUILESS_MAIN(TestServerVersion)
#include "tst_serverversion.moc"
