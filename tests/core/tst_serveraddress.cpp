// A server's one identity: the key its settings, keychain entries and backups are filed under, and
// equality by that key whatever form the address came in.
#include "ServerAddress.h"

#include <QHash>
#include <QtTest>

using tma::ServerAddress;

class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isInsecureRemote_data();
    void isInsecureRemote();
    void key_data();
    void key();
    void keySameForEquivalentInput();
    void equalWhateverTheForm();
    void invalidHasNoKey();
};

void TestServerAddress::isInsecureRemote_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("expected");

    QTest::newRow("http lan") << "http://192.168.1.20:3000" << true;
    QTest::newRow("http remote") << "http://owui.example.com" << true;
    QTest::newRow("https remote") << "https://owui.example.com" << false;
    QTest::newRow("http localhost") << "http://localhost:3000" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:3000" << false;
    QTest::newRow("http ::1") << "http://[::1]:3000" << false;
    QTest::newRow("https localhost") << "https://localhost" << false;
}

void TestServerAddress::isInsecureRemote()
{
    QFETCH(QString, url);
    QFETCH(bool, expected);
    QCOMPARE(ServerAddress(QUrl(url)).isInsecureRemote(), expected);
}

void TestServerAddress::key_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("http default") << "http://owui.lan"
                                  << "http://owui.lan:80";
    QTest::newRow("https default") << "https://owui.example.com"
                                   << "https://owui.example.com:443";
    QTest::newRow("explicit port") << "http://localhost:3000"
                                   << "http://localhost:3000";
    QTest::newRow("explicit default port") << "https://owui.example.com:443"
                                           << "https://owui.example.com:443";
    QTest::newRow("odd https port") << "https://owui.example.com:8443"
                                    << "https://owui.example.com:8443";
    QTest::newRow("sub-path") << "https://example.com/openwebui"
                              << "https://example.com:443/openwebui";
    QTest::newRow("sub-path port") << "http://10.0.0.5:8080/owui"
                                   << "http://10.0.0.5:8080/owui";
}

void TestServerAddress::key()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(ServerAddress(QUrl(url)).key(), expected);
}

void TestServerAddress::keySameForEquivalentInput()
{
    const QString a = ServerAddress::parse(QStringLiteral("https://OWUI.example.com/admin/settings"))->key();
    const QString b = ServerAddress::parse(QStringLiteral("owui.example.com:443/"))->key();
    const QString c = ServerAddress::parse(QStringLiteral("https://user@owui.example.com/c/1?x=2"))->key();
    QCOMPARE(a, b);
    QCOMPARE(a, c);
    QVERIFY(a != ServerAddress::parse(QStringLiteral("http://owui.example.com"))->key());
    QVERIFY(a != ServerAddress::parse(QStringLiteral("https://owui.example.com/openwebui"))->key());
}

// The forms one server reaches the assistant in: typed, stored in a profile, a session's URL.
void TestServerAddress::equalWhateverTheForm()
{
    const ServerAddress typed = *ServerAddress::parse(QStringLiteral("OWUI.example.com/admin/settings"));
    const ServerAddress stored(QUrl(QStringLiteral("https://owui.example.com:443")));
    const ServerAddress pasted(QUrl(QStringLiteral("https://owui.example.com/c/123?x=1#y")));
    QCOMPARE(typed, stored);
    QCOMPARE(typed, pasted);
    QVERIFY(typed != ServerAddress(QUrl(QStringLiteral("http://owui.example.com"))));
    QVERIFY(typed != ServerAddress(QUrl(QStringLiteral("https://owui.example.com:8443"))));
    // The address normalises; requests go to the cleaned URL, not to the page that was pasted.
    QCOMPARE(pasted.url(), QUrl(QStringLiteral("https://owui.example.com")));
    QCOMPARE(ServerAddress(QUrl(QStringLiteral("http://127.0.0.1:8080"))).url(),
             QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

void TestServerAddress::invalidHasNoKey()
{
    QString error;
    QVERIFY(!ServerAddress::parse(QStringLiteral("ftp://x"), &error));
    QVERIFY(!error.isEmpty());
    const ServerAddress none(QUrl(QStringLiteral("ftp://x")));
    QVERIFY(!none.isValid());
    QVERIFY(none.key().isEmpty());
    QVERIFY(!ServerAddress().isValid());
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
