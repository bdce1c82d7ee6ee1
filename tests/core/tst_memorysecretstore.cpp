#include "MemorySecretStore.h"

#include <QtTest>

#include <optional>

using tma::MemorySecretStore;
using tma::SecretStore;

namespace {

// Runs one call and waits for its answer.
template <typename Call> std::optional<SecretStore::Result> await(QObject* context, Call call)
{
    std::optional<SecretStore::Result> result;
    bool calledSynchronously = false;
    bool returned = false;
    call(context, [&result, &calledSynchronously, &returned](const SecretStore::Result& answer) {
        if (!returned)
            calledSynchronously = true;
        result = answer;
    });
    returned = true;
    if (calledSynchronously)
        qFatal("handler ran before the call returned");
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handlerIsAsynchronous();
    void writeThenRead();
    void readMissingIsNotFound();
    void overwrite();
    void removeExisting();
    void removeMissing();
    void keysAreIndependent();
    void failure();
    void failureCanBeCleared();
    void deletedContextNoCallback();
};

void TestMemorySecretStore::handlerIsAsynchronous()
{
    MemorySecretStore store;
    QObject context;
    int calls = 0;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &context,
                [&calls](const SecretStore::Result&) { ++calls; });
    QCOMPARE(calls, 0);
    store.read(QStringLiteral("k"), &context, [&calls](const SecretStore::Result&) { ++calls; });
    QCOMPARE(calls, 0);
    store.remove(QStringLiteral("k"), &context, [&calls](const SecretStore::Result&) { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 3);
    QTest::qWait(20);
    QCOMPARE(calls, 3); // exactly once each
}

void TestMemorySecretStore::writeThenRead()
{
    MemorySecretStore store;
    QObject context;
    const auto written = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.write(QStringLiteral("http://localhost:3000|admin@example.com|session"),
                    QStringLiteral("jwt-123"), ctx, std::move(handler));
    });
    QVERIFY(written.has_value());
    QVERIFY(written->ok);
    QVERIFY(written->error.isEmpty());
    QCOMPARE(store.entries().value(QStringLiteral("http://localhost:3000|admin@example.com|session")),
             QStringLiteral("jwt-123"));

    const auto read = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.read(QStringLiteral("http://localhost:3000|admin@example.com|session"), ctx,
                   std::move(handler));
    });
    QVERIFY(read.has_value());
    QVERIFY(read->ok);
    QVERIFY(!read->notFound);
    QCOMPARE(read->secret, QStringLiteral("jwt-123"));
    QVERIFY(read->error.isEmpty());
}

void TestMemorySecretStore::readMissingIsNotFound()
{
    MemorySecretStore store;
    QObject context;
    const auto read = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.read(QStringLiteral("nobody"), ctx, std::move(handler));
    });
    QVERIFY(read.has_value());
    QVERIFY(!read->ok);
    QVERIFY(read->notFound);
    QVERIFY(read->secret.isEmpty());
    QVERIFY(read->error.isEmpty()); // not found is not an error to show
}

void TestMemorySecretStore::overwrite()
{
    MemorySecretStore store;
    QObject context;
    for (const char* secret : {"first", "second"}) {
        const auto written = await(&context, [&store, secret](QObject* ctx, SecretStore::Handler handler) {
            store.write(QStringLiteral("k"), QLatin1String(secret), ctx, std::move(handler));
        });
        QVERIFY(written && written->ok);
    }
    const auto read = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.read(QStringLiteral("k"), ctx, std::move(handler));
    });
    QVERIFY(read.has_value());
    QCOMPARE(read->secret, QStringLiteral("second"));
    QCOMPARE(store.entries().size(), 1);
}

void TestMemorySecretStore::removeExisting()
{
    MemorySecretStore store;
    QObject context;
    QVERIFY(await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
                store.write(QStringLiteral("k"), QStringLiteral("v"), ctx, std::move(handler));
            })->ok);
    const auto removed = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.remove(QStringLiteral("k"), ctx, std::move(handler));
    });
    QVERIFY(removed.has_value());
    QVERIFY(removed->ok);
    QVERIFY(!removed->notFound);
    QVERIFY(store.entries().isEmpty());
    const auto read = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.read(QStringLiteral("k"), ctx, std::move(handler));
    });
    QVERIFY(read.has_value());
    QVERIFY(read->notFound);
}

void TestMemorySecretStore::removeMissing()
{
    MemorySecretStore store;
    QObject context;
    const auto removed = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.remove(QStringLiteral("nothing"), ctx, std::move(handler));
    });
    QVERIFY(removed.has_value());
    QVERIFY(removed->ok); // removing what isn't there succeeds
    QVERIFY(removed->notFound);
    QVERIFY(removed->error.isEmpty());
}

void TestMemorySecretStore::keysAreIndependent()
{
    MemorySecretStore store;
    QObject context;
    QVERIFY(await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
                store.write(QStringLiteral("a"), QStringLiteral("1"), ctx, std::move(handler));
            })->ok);
    QVERIFY(await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
                store.write(QStringLiteral("b"), QStringLiteral("2"), ctx, std::move(handler));
            })->ok);
    QVERIFY(await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
                store.remove(QStringLiteral("a"), ctx, std::move(handler));
            })->ok);
    const auto read = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.read(QStringLiteral("b"), ctx, std::move(handler));
    });
    QVERIFY(read && read->ok);
    QCOMPARE(read->secret, QStringLiteral("2"));
    QCOMPARE(store.entries().keys(), QStringList{QStringLiteral("b")});
}

void TestMemorySecretStore::failure()
{
    MemorySecretStore store;
    QObject context;
    QVERIFY(await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
                store.write(QStringLiteral("k"), QStringLiteral("v"), ctx, std::move(handler));
            })->ok);
    store.setFailure(QStringLiteral("The keychain is locked."));

    const auto read = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.read(QStringLiteral("k"), ctx, std::move(handler));
    });
    QVERIFY(read.has_value());
    QVERIFY(!read->ok);
    QCOMPARE(read->error, QStringLiteral("The keychain is locked."));
    QVERIFY(read->secret.isEmpty()); // nothing leaks out of a failed read

    const auto written = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.write(QStringLiteral("k"), QStringLiteral("new"), ctx, std::move(handler));
    });
    QVERIFY(written.has_value());
    QVERIFY(!written->ok);
    QCOMPARE(written->error, QStringLiteral("The keychain is locked."));

    const auto removed = await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
        store.remove(QStringLiteral("k"), ctx, std::move(handler));
    });
    QVERIFY(removed.has_value());
    QVERIFY(!removed->ok);
    QCOMPARE(removed->error, QStringLiteral("The keychain is locked."));
    // Failed calls change nothing.
    QCOMPARE(store.entries().value(QStringLiteral("k")), QStringLiteral("v"));
}

void TestMemorySecretStore::failureCanBeCleared()
{
    MemorySecretStore store;
    QObject context;
    store.setFailure(QStringLiteral("locked"));
    QVERIFY(!await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
                 store.write(QStringLiteral("k"), QStringLiteral("v"), ctx, std::move(handler));
             })->ok);
    store.setFailure(QString());
    QVERIFY(await(&context, [&store](QObject* ctx, SecretStore::Handler handler) {
                store.write(QStringLiteral("k"), QStringLiteral("v"), ctx, std::move(handler));
            })->ok);
}

void TestMemorySecretStore::deletedContextNoCallback()
{
    MemorySecretStore store;
    bool called = false;
    auto* context = new QObject;
    store.write(QStringLiteral("k"), QStringLiteral("v"), context,
                [&called](const SecretStore::Result&) { called = true; });
    store.read(QStringLiteral("k"), context, [&called](const SecretStore::Result&) { called = true; });
    store.remove(QStringLiteral("k"), context, [&called](const SecretStore::Result&) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
    // The store keeps working for others.
    QObject alive;
    QVERIFY(await(&alive, [&store](QObject* ctx, SecretStore::Handler handler) {
                store.read(QStringLiteral("k"), ctx, std::move(handler));
            }).has_value());
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
