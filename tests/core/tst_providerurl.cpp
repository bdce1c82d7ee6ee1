// A provider's URL has one form for the server, the connection list and the keychain.
#include "ProviderUrl.h"

#include <QtTest>

using tma::ProviderUrl;

class TestProviderUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainKey_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("same");
        QTest::newRow("trailing slash") << "https://openrouter.ai/api/v1/"
                                        << "https://openrouter.ai/api/v1" << true;
        QTest::newRow("slashes") << "https://openrouter.ai/api/v1///"
                                 << "https://openrouter.ai/api/v1" << true;
        QTest::newRow("spaces") << "  https://openrouter.ai/api/v1  "
                                << "https://openrouter.ai/api/v1" << true;
        QTest::newRow("different provider") << "https://api.groq.com/openai/v1"
                                            << "https://openrouter.ai/api/v1" << false;
        QTest::newRow("different path") << "https://openrouter.ai/api/v2"
                                        << "https://openrouter.ai/api/v1" << false;
    }
    void keychainKey()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, same);
        const std::optional<ProviderUrl> a = ProviderUrl::parse(first);
        const std::optional<ProviderUrl> b = ProviderUrl::parse(second);
        QVERIFY(a && b);
        QCOMPARE(a->keychainKey() == b->keychainKey(), same);
        QVERIFY(!a->keychainKey().endsWith(QLatin1Char('/')));
        // The entry name keys stored before this type existed used: "provider|" and the URL.
        QCOMPARE(b->keychainKey(), QStringLiteral("provider|") + second.trimmed());
    }

    // What the server is sent is what Open WebUI's own form sends: no trailing slash, so
    // "<url>/models" is not "<url>//models".
    void textHasNoTrailingSlash()
    {
        QCOMPARE(ProviderUrl::parse(QStringLiteral(" https://api.groq.com/openai/v1/ "))->text(),
                 QStringLiteral("https://api.groq.com/openai/v1"));
        QCOMPARE(ProviderUrl::openRouter().text(), QStringLiteral("https://openrouter.ai/api/v1"));
    }

    void refusesWhatIsNotAProviderUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("no scheme") << "openrouter.ai/api/v1";
        QTest::newRow("ftp") << "ftp://openrouter.ai/api/v1";
        QTest::newRow("no host") << "https://";
        QTest::newRow("slashes only") << "///";
    }
    void refusesWhatIsNotAProviderUrl()
    {
        QFETCH(QString, input);
        QString error;
        QVERIFY(!ProviderUrl::parse(input, &error));
        QVERIFY(!error.isEmpty());
    }

    // http is accepted (a provider on the server's own network), and said to be unencrypted when
    // it leaves the server's machine.
    void plainHttp()
    {
        QVERIFY(ProviderUrl::parse(QStringLiteral("http://gpu-box.lan:8000/v1"))->isInsecureRemote());
        QVERIFY(!ProviderUrl::parse(QStringLiteral("http://localhost:8000/v1"))->isInsecureRemote());
        QVERIFY(!ProviderUrl::parse(QStringLiteral("https://openrouter.ai/api/v1"))->isInsecureRemote());
    }

    void sameAsIgnoresCaseAndTrailingSlashes()
    {
        const ProviderUrl url = *ProviderUrl::parse(QStringLiteral("https://openrouter.ai/api/v1"));
        QVERIFY(url.sameAs(QStringLiteral("https://OpenRouter.ai/api/v1/")));
        QVERIFY(!url.sameAs(QStringLiteral("https://openrouter.ai/api/v2")));
        QVERIFY(!url.sameAs(QString()));
    }
};

QTEST_MAIN(TestProviderUrl)
#include "tst_providerurl.moc"
