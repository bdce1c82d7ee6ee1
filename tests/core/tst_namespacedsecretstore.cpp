// The Windows keychain has one flat list for every program: our keys carry the app's name, and
// entries written before that are moved under it when first read. Tested on any platform through
// the in-memory store (the decorator does not care what is underneath).
#include "MemorySecretStore.h"
#include "NamespacedSecretStore.h"

#include <QtTest>

#include <optional>

using tma::MemorySecretStore;
using tma::NamespacedSecretStore;
using tma::SecretStore;

namespace {

const QString kKey = QStringLiteral("https://owui.example:3000|admin@example.com|session");

template <typename Call> std::optional<SecretStore::Result> await(QObject* context, Call call)
{
    std::optional<SecretStore::Result> result;
    call(context, [&result](const SecretStore::Result& answer) { result = answer; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

struct Fixture
{
    MemorySecretStore* inner = new MemorySecretStore;
    NamespacedSecretStore store{std::unique_ptr<SecretStore>(inner), NamespacedSecretStore::defaultPrefix()};
    QObject context;

    std::optional<SecretStore::Result> read()
    {
        return await(&context, [this](QObject* c, SecretStore::Handler h) { store.read(kKey, c, h); });
    }
};

} // namespace

class TestNamespacedSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesUnderTheAppsName()
    {
        Fixture f;
        const auto written = await(&f.context, [&f](QObject* c, SecretStore::Handler h) {
            f.store.write(kKey, QStringLiteral("token"), c, h);
        });
        QVERIFY(written && written->ok);
        QCOMPARE(f.inner->entries().keys(), QStringList{QStringLiteral("Task Model Assistant/") + kKey});
        const auto read = f.read();
        QVERIFY(read && read->ok);
        QCOMPARE(read->secret, QStringLiteral("token"));
    }

    void movesAnOldEntryWhenRead()
    {
        Fixture f;
        await(&f.context, [&f](QObject* c, SecretStore::Handler h) {
            f.inner->write(kKey, QStringLiteral("old"), c, h);
        });
        const auto read = f.read();
        QVERIFY(read && read->ok);
        QCOMPARE(read->secret, QStringLiteral("old"));
        QCOMPARE(f.inner->entries().value(f.store.namespacedKey(kKey)), QStringLiteral("old"));
        QVERIFY(!f.inner->entries().contains(kKey)); // the bare entry is gone
    }

    void theNewEntryWinsOverAnOldOne()
    {
        Fixture f;
        await(&f.context, [&f](QObject* c, SecretStore::Handler h) {
            f.inner->write(kKey, QStringLiteral("old"), c, h);
        });
        await(&f.context, [&f](QObject* c, SecretStore::Handler h) {
            f.inner->write(f.store.namespacedKey(kKey), QStringLiteral("new"), c, h);
        });
        const auto read = f.read();
        QVERIFY(read && read->ok);
        QCOMPARE(read->secret, QStringLiteral("new"));
    }

    void missingEverywhereIsNotFound()
    {
        Fixture f;
        const auto read = f.read();
        QVERIFY(read);
        QVERIFY(read->notFound);
        QVERIFY(!read->ok);
        QVERIFY(f.inner->entries().isEmpty());
    }

    void removeForgetsBothEntries()
    {
        Fixture f;
        await(&f.context, [&f](QObject* c, SecretStore::Handler h) {
            f.inner->write(kKey, QStringLiteral("old"), c, h);
        });
        await(&f.context, [&f](QObject* c, SecretStore::Handler h) {
            f.inner->write(f.store.namespacedKey(kKey), QStringLiteral("new"), c, h);
        });
        const auto removed =
            await(&f.context, [&f](QObject* c, SecretStore::Handler h) { f.store.remove(kKey, c, h); });
        QVERIFY(removed && removed->ok);
        QVERIFY(f.inner->entries().isEmpty());
    }

    void removingOnlyAnOldEntryCountsAsRemoved()
    {
        Fixture f;
        await(&f.context, [&f](QObject* c, SecretStore::Handler h) {
            f.inner->write(kKey, QStringLiteral("old"), c, h);
        });
        const auto removed =
            await(&f.context, [&f](QObject* c, SecretStore::Handler h) { f.store.remove(kKey, c, h); });
        QVERIFY(removed && removed->ok);
        QVERIFY(!removed->notFound);
        QVERIFY(f.inner->entries().isEmpty());
    }

    void keychainErrorsPassThrough()
    {
        Fixture f;
        f.inner->setFailure(QStringLiteral("The keychain refused access."));
        const auto read = f.read();
        QVERIFY(read && !read->ok && !read->notFound);
        QCOMPARE(read->error, QStringLiteral("The keychain refused access."));
    }
};

QTEST_GUILESS_MAIN(TestNamespacedSecretStore)
#include "tst_namespacedsecretstore.moc"
