#include "ProviderUrl.h"
#include "SecretStore.h"

#include <QSet>
#include <QtTest>

using tma::ProviderUrl;
using tma::SecretStore;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysScopedByServerAndAccount();
    void sessionAndApiKeyDiffer();
    void equivalentServerAddressesShareKeys_data();
    void equivalentServerAddressesShareKeys();
    void serviceName();
};

void TestSecretStore::keysScopedByServerAndAccount()
{
    const QUrl a(QStringLiteral("http://localhost:3000"));
    const QUrl b(QStringLiteral("https://owui.example.com"));
    const QUrl aSubPath(QStringLiteral("http://localhost:3000/openwebui"));
    const QString alice = QStringLiteral("alice@example.com");
    const QString bob = QStringLiteral("bob@example.com");

    QSet<QString> keys;
    for (const QUrl& server : {a, b, aSubPath}) {
        for (const QString& account : {alice, bob}) {
            keys.insert(SecretStore::sessionKey(server, account));
            keys.insert(SecretStore::apiKeyKey(server, account));
        }
    }
    QCOMPARE(keys.size(), 3 * 2 * 2);
    // Deterministic: the same inputs give the same key.
    QCOMPARE(SecretStore::sessionKey(a, alice),
             SecretStore::sessionKey(QUrl(QStringLiteral("http://localhost:3000")), alice));
    QVERIFY(SecretStore::sessionKey(a, alice).contains(alice));
    QVERIFY(SecretStore::apiKeyKey(b, bob).contains(QLatin1String("owui.example.com")));
}

void TestSecretStore::sessionAndApiKeyDiffer()
{
    const QUrl server(QStringLiteral("http://localhost:3000"));
    const QString account = QStringLiteral("admin@localhost");
    QVERIFY(SecretStore::sessionKey(server, account) != SecretStore::apiKeyKey(server, account));
    const QString provider = ProviderUrl::parse(QStringLiteral("http://localhost:3000"))->keychainKey();
    QVERIFY(provider != SecretStore::sessionKey(server, account));
    QVERIFY(provider != SecretStore::apiKeyKey(server, account));
}

void TestSecretStore::equivalentServerAddressesShareKeys_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("default http port") << "http://owui.lan"
                                       << "http://owui.lan:80";
    QTest::newRow("default https port") << "https://owui.example.com"
                                        << "https://owui.example.com:443";
    QTest::newRow("host case") << "http://OWUI.lan:3000"
                               << "http://owui.lan:3000";
}

void TestSecretStore::equivalentServerAddressesShareKeys()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString account = QStringLiteral("admin@example.com");
    QCOMPARE(SecretStore::sessionKey(QUrl(first), account), SecretStore::sessionKey(QUrl(second), account));
    QCOMPARE(SecretStore::apiKeyKey(QUrl(first), account), SecretStore::apiKeyKey(QUrl(second), account));
}

void TestSecretStore::serviceName()
{
    QVERIFY(QByteArray(SecretStore::kService).size() > 0);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
