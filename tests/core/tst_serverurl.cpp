#include "ServerUrl.h"

#include <QtTest>

using tma::ServerUrl;

class TestServerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void normalizeIsIdempotent_data();
    void normalizeIsIdempotent();
    void rejects_data();
    void rejects();
    void errorIsClearedOnSuccess();
    void isLoopback_data();
    void isLoopback();
};

void TestServerUrl::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Scheme added: plain http for this machine, https for anything else.
    QTest::newRow("localhost port") << "localhost:3000"
                                    << "http://localhost:3000";
    QTest::newRow("localhost") << "localhost"
                               << "http://localhost";
    QTest::newRow("LOCALHOST") << "LOCALHOST:8080"
                               << "http://localhost:8080";
    QTest::newRow("sub.localhost") << "owui.localhost:3000"
                                   << "http://owui.localhost:3000";
    QTest::newRow("127.0.0.1") << "127.0.0.1:3000"
                               << "http://127.0.0.1:3000";
    QTest::newRow("127.x") << "127.1.2.3:8080"
                           << "http://127.1.2.3:8080";
    QTest::newRow("::1") << "[::1]:3000"
                         << "http://[::1]:3000";
    QTest::newRow("::1 no port") << "[::1]"
                                 << "http://[::1]";
    QTest::newRow("remote host") << "owui.example.com"
                                 << "https://owui.example.com";
    QTest::newRow("remote ip") << "192.168.1.20:3000"
                               << "https://192.168.1.20:3000";
    QTest::newRow("remote with path") << "example.com/openwebui"
                                      << "https://example.com/openwebui";
    QTest::newRow("surrounding spaces") << "  localhost:3000  "
                                        << "http://localhost:3000";
    // Explicit schemes are kept (lower-cased).
    QTest::newRow("explicit http remote") << "http://192.168.1.20:3000"
                                          << "http://192.168.1.20:3000";
    QTest::newRow("explicit https local") << "https://localhost:8443"
                                          << "https://localhost:8443";
    QTest::newRow("upper scheme and host") << "HTTPS://OWUI.Example.COM"
                                           << "https://owui.example.com";
    QTest::newRow("mixed host") << "http://MyServer.LAN:3000"
                                << "http://myserver.lan:3000";
    // Parts that are not the server.
    QTest::newRow("user info") << "https://admin:secret@owui.example.com"
                               << "https://owui.example.com";
    QTest::newRow("user info local") << "http://me@localhost:3000/"
                                     << "http://localhost:3000";
    QTest::newRow("query") << "https://owui.example.com/?models=qwen"
                           << "https://owui.example.com";
    QTest::newRow("fragment") << "https://owui.example.com/#top"
                              << "https://owui.example.com";
    QTest::newRow("trailing slash") << "http://localhost:3000/"
                                    << "http://localhost:3000";
    QTest::newRow("trailing slashes") << "http://localhost:3000///"
                                      << "http://localhost:3000";
    // Pages pasted from the browser.
    QTest::newRow("admin settings") << "http://localhost:3000/admin/settings/interface"
                                    << "http://localhost:3000";
    QTest::newRow("admin settings query") << "https://owui.example.com/admin/settings/interface?tab=1#x"
                                          << "https://owui.example.com";
    QTest::newRow("auth") << "https://owui.example.com/auth"
                          << "https://owui.example.com";
    QTest::newRow("auth redirect") << "https://owui.example.com/auth?redirect=%2Fc%2F1"
                                   << "https://owui.example.com";
    QTest::newRow("chat") << "https://owui.example.com/c/3f9a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
                          << "https://owui.example.com";
    QTest::newRow("workspace") << "https://owui.example.com/workspace/models"
                               << "https://owui.example.com";
    QTest::newRow("api") << "http://localhost:3000/api/v1/tasks/config"
                         << "http://localhost:3000";
    // Reverse-proxy sub-paths are part of the server address.
    QTest::newRow("sub-path") << "https://example.com/openwebui"
                              << "https://example.com/openwebui";
    QTest::newRow("sub-path slash") << "https://example.com/openwebui/"
                                    << "https://example.com/openwebui";
    QTest::newRow("sub-path deep") << "https://example.com/tools/owui"
                                   << "https://example.com/tools/owui";
    QTest::newRow("sub-path + page") << "https://example.com/openwebui/admin/settings/interface"
                                     << "https://example.com/openwebui";
    QTest::newRow("sub-path + chat") << "https://example.com/openwebui/c/abc123"
                                     << "https://example.com/openwebui";
}

void TestServerUrl::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error = QStringLiteral("stale");
    const QUrl url = ServerUrl::normalize(input, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.toString(), expected);
    QVERIFY(error.isEmpty());
    QVERIFY(url.userInfo().isEmpty());
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    QVERIFY(!url.path().endsWith(QLatin1Char('/')));
    // Works without an error pointer too.
    QCOMPARE(ServerUrl::normalize(input), url);
}

void TestServerUrl::normalizeIsIdempotent_data()
{
    normalize_data();
}

void TestServerUrl::normalizeIsIdempotent()
{
    QFETCH(QString, input);
    const QUrl once = ServerUrl::normalize(input);
    QVERIFY(once.isValid());
    QCOMPARE(ServerUrl::normalize(once.toString()), once);
}

void TestServerUrl::rejects_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   \t ";
    QTest::newRow("space inside") << "local host:3000";
    QTest::newRow("space in path") << "http://localhost:3000/my server";
    QTest::newRow("ftp") << "ftp://files.example.com";
    QTest::newRow("file") << "file:///etc/passwd";
    QTest::newRow("ws") << "ws://localhost:3000";
    QTest::newRow("scheme only") << "http://";
    QTest::newRow("no host") << "https:///admin";
    QTest::newRow("garbage brackets") << "http://[not-an-ip]:3000";
    QTest::newRow("bad port") << "http://localhost:99999999";
    QTest::newRow("punctuation") << "%%%";
}

void TestServerUrl::rejects()
{
    QFETCH(QString, input);
    QString error;
    const QUrl url = ServerUrl::normalize(input, &error);
    QVERIFY2(!url.isValid() || url.isEmpty(), qPrintable(url.toString()));
    QVERIFY2(!error.trimmed().isEmpty(), qPrintable(input));
    // Null error pointer is fine.
    QVERIFY(ServerUrl::normalize(input).isEmpty());
}

void TestServerUrl::errorIsClearedOnSuccess()
{
    QString error;
    QVERIFY(ServerUrl::normalize(QStringLiteral("ftp://x"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    const QString ftpError = error;
    QVERIFY(ServerUrl::normalize(QString(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(error != ftpError); // each problem gets its own explanation
    QVERIFY(ServerUrl::normalize(QStringLiteral("localhost:3000"), &error).isValid());
    QVERIFY(error.isEmpty());
}

void TestServerUrl::isLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("expected");

    QTest::newRow("localhost") << "http://localhost:3000" << true;
    QTest::newRow("sub.localhost") << "http://owui.localhost" << true;
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:3000" << true;
    QTest::newRow("127.8.9.10") << "http://127.8.9.10" << true;
    QTest::newRow("::1") << "http://[::1]:3000" << true;
    QTest::newRow("lan") << "http://192.168.1.20:3000" << false;
    QTest::newRow("0.0.0.0") << "http://0.0.0.0:3000" << false;
    QTest::newRow("remote") << "https://owui.example.com" << false;
    QTest::newRow("localhost.example.com") << "https://localhost.example.com" << false;
    QTest::newRow("mylocalhost") << "http://mylocalhost" << false;
}

void TestServerUrl::isLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, expected);
    QCOMPARE(ServerUrl::isLoopback(QUrl(url)), expected);
}

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
