// Secrets never reach log output: tokens, keys and password fields are replaced, the rest is kept.
#include "LogCategories.h"
#include "LogRedactor.h"

#include <QTest>

using namespace tma;

namespace {
QStringList s_captured;
QStringList s_categories;
void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    s_captured << message;
    s_categories << QString::fromLatin1(context.category ? context.category : "");
}
} // namespace

class TestLogRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer abc.DEF-123") << QStringLiteral("abc.DEF-123")
                                       << QStringLiteral("Authorization: Bearer");
        QTest::newRow("api key") << QStringLiteral("using key sk-admin-key-9f8e7d for /api/models") << QStringLiteral("admin-key-9f8e7d")
                                 << QStringLiteral("/api/models");
        QTest::newRow("provider key") << QStringLiteral("verify sk-or-v1-0123456789abcdef failed") << QStringLiteral("0123456789abcdef")
                                      << QStringLiteral("failed");
        QTest::newRow("jwt") << QStringLiteral("token eyJhbGciOiJIUzI1NiJ9.eyJpZCI6IjEifQ.c2lnbmF0dXJl ok")
                             << QStringLiteral("eyJpZCI6IjEifQ") << QStringLiteral("ok");
        QTest::newRow("password field") << QStringLiteral("{\"email\":\"a@b.c\",\"password\":\"hunter2\"}")
                                        << QStringLiteral("hunter2") << QStringLiteral("a@b.c");
        QTest::newRow("openai keys") << QStringLiteral("{\"OPENAI_API_KEYS\":[\"secret-one\",\"\"]}") << QStringLiteral("secret-one")
                                     << QStringLiteral("OPENAI_API_KEYS");
    }

    void redacts()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString output = LogRedactor::redact(input);
        QVERIFY2(!output.contains(secret), qPrintable(output));
        QVERIFY2(output.contains(kept), qPrintable(output));
    }

    void leavesOrdinaryTextAlone()
    {
        const QString text = QStringLiteral("Applied quiet to http://localhost:3000 (task model qwen2.5:3b)");
        QCOMPARE(LogRedactor::redact(text), text);
    }

    void installedHandlerRedactsEverything()
    {
        const QtMessageHandler original = qInstallMessageHandler(capture);
        LogRedactor::install();
        qWarning("request failed: Authorization: Bearer eyJx.eyJy.zzz with sk-live-secret");
        qInstallMessageHandler(original);
        QCOMPARE(s_captured.size(), 1);
        QVERIFY2(!s_captured.first().contains(QLatin1String("live-secret")), qPrintable(s_captured.first()));
        QVERIFY(!s_captured.first().contains(QLatin1String("eyJy")));
        QVERIFY(s_captured.first().contains(QLatin1String("request failed")));
    }

    // Should a tma.* log line ever carry a header or a body by mistake, the installed handler still
    // blanks the token, the key and the password, and the line keeps its category.
    void categoryMessagesAreRedactedToo()
    {
        s_captured.clear();
        s_categories.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("tma.api.info=true"));
        const QtMessageHandler original = qInstallMessageHandler(capture);
        LogRedactor::install();
        qCInfo(lcApi) << "Authorization: Bearer opaque-session-token-123";
        qCInfo(lcApi) << "key sk-admin-key in use";
        qCInfo(lcApi).noquote() << QStringLiteral(
            "{\"email\":\"admin@example.com\",\"password\":\"admin-pass\"}");
        qInstallMessageHandler(original);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(s_captured.size(), 3);
        QCOMPARE(s_categories, QStringList(3, QStringLiteral("tma.api")));
        const QString all = s_captured.join(QLatin1Char('\n'));
        for (const char* secret : {"opaque-session-token-123", "admin-key", "admin-pass"})
            QVERIFY2(!all.contains(QLatin1String(secret)), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("admin@example.com")), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_logredactor.moc"
