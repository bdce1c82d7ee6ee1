// Forgetting a server removes its profile (and the presets remembered for it) and every keychain
// entry of its sign-in, and nothing of another server's: not its sign-in, not a provider key.
#include "MemorySecretStore.h"
#include "Preset.h"
#include "ProviderUrl.h"
#include "SecretStore.h"
#include "ServerForgetter.h"
#include "ServerProfiles.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tma;

class TestServerForgetter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    const QUrl m_gone{QStringLiteral("http://gone.example:3000")};
    const QUrl m_kept{QStringLiteral("http://kept.example:3000")};
    const QString m_account{QStringLiteral("admin@example.com")};

    void write(const QString& key)
    {
        bool done = false;
        m_secrets.write(key, QStringLiteral("secret"), this,
                        [&done](const SecretStore::Result&) { done = true; });
        QTRY_VERIFY(done);
    }

    void remember(const QUrl& url, AuthMethod method)
    {
        ServerProfile profile;
        profile.url = url;
        profile.account = m_account;
        profile.method = method;
        ServerProfiles::save(profile);
        ServerProfiles::rememberApplied(url, Preset::local(QStringLiteral("qwen2.5:3b")).toJson());
    }

private Q_SLOTS:
    void init()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

    void forgetsOnlyThatServer()
    {
        remember(m_kept, AuthMethod::Password);
        remember(m_gone, AuthMethod::ApiKey); // the current server now
        // The gone server's sign-ins of both kinds (the account switched methods once).
        write(SecretStore::apiKeyKey(m_gone, m_account));
        write(SecretStore::sessionKey(m_gone, m_account));
        write(SecretStore::sessionKey(m_kept, m_account));
        write(SecretStore::apiKeyKey(m_kept, m_account));
        const QString provider = ProviderUrl::openRouter().keychainKey();
        write(provider);

        ServerForgetter forgetter(&m_secrets);
        QSignalSpy finished(&forgetter, &ServerForgetter::finished);
        QSignalSpy failed(&forgetter, &ServerForgetter::failed);
        forgetter.forget(m_gone);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.first().first().toUrl(), m_gone);

        QVERIFY(!ServerProfiles::find(m_gone));
        QVERIFY(!ServerProfiles::current()); // it was the current server
        const std::optional<ServerProfile> kept = ServerProfiles::find(m_kept);
        QVERIFY(kept);
        QVERIFY(!kept->lastLocal.isEmpty());
        QCOMPARE(ServerProfiles::all().size(), 1);

        const QHash<QString, QString> entries = m_secrets.entries();
        for (const QString& key : entries.keys())
            QVERIFY2(!key.startsWith(m_gone.host()) && !key.contains(QStringLiteral("gone.example")),
                     qPrintable(key));
        QVERIFY(entries.contains(SecretStore::sessionKey(m_kept, m_account)));
        QVERIFY(entries.contains(SecretStore::apiKeyKey(m_kept, m_account)));
        QVERIFY(entries.contains(provider)); // may be another server's too
        QCOMPARE(entries.size(), 3);
    }

    // A locked or missing keychain: the profile stays, so forgetting again still finds the entries.
    void keychainFailureKeepsTheProfile()
    {
        remember(m_gone, AuthMethod::Password);
        write(SecretStore::sessionKey(m_gone, m_account));
        m_secrets.setFailure(QStringLiteral("The keychain is locked."));
        ServerForgetter forgetter(&m_secrets);
        QSignalSpy finished(&forgetter, &ServerForgetter::finished);
        QSignalSpy failed(&forgetter, &ServerForgetter::failed);
        forgetter.forget(m_gone);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("The keychain is locked."));
        QCOMPARE(finished.count(), 0);
        QVERIFY(ServerProfiles::find(m_gone));
        m_secrets.setFailure({});
    }

    void unknownServerIsAlreadyForgotten()
    {
        ServerForgetter forgetter(&m_secrets);
        QSignalSpy finished(&forgetter, &ServerForgetter::finished);
        forgetter.forget(m_gone);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerForgetter)
#include "tst_serverforgetter.moc"
