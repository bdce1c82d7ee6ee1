// The tma.* log categories against the fake Open WebUI: with them on, a sign-in and an apply log
// every request the server received (method, path, status, milliseconds, bytes) and the apply's
// steps, and no password, API key or session token; with them off (the default), nothing at all.
// Messages are captured behind LogRedactor, the way the programs install it.

#include "IntegrationSupport.h"

#include "LogCategories.h"
#include "LogRedactor.h"

#include <QLoggingCategory>
#include <QRegularExpression>

using namespace tma;
using namespace tma::itest;

namespace {

struct Logged
{
    QString category;
    QString message;
};

QList<Logged> s_logged;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    s_logged.append({QString::fromLatin1(context.category ? context.category : ""), message});
}

QStringList messagesOf(const QString& category)
{
    QStringList messages;
    for (const Logged& logged : std::as_const(s_logged)) {
        if (logged.category == category)
            messages << logged.message;
    }
    return messages;
}

} // namespace

class TstLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As in the mains: LogRedactor wraps whatever handler was there (here: the capture).
        qInstallMessageHandler(capture);
        LogRedactor::install();
    }

    void init()
    {
        QLoggingCategory::setFilterRules(QString()); // the defaults: every tma.* category off
        s_logged.clear();
    }

    void signInAndApplyAreLoggedWithoutSecrets()
    {
        enableVerboseLogging();
        QString token;
        const QStringList requests = signInAndApplyQuiet(&token);
        QVERIFY(!token.isEmpty());

        // One line per request the server saw, in order, with the status it answered and the timing.
        const QStringList api = messagesOf(QStringLiteral("tma.api"));
        const QRegularExpression line(
            QStringLiteral("^(GET|POST) (\\S+) -> (\\d{3}) in (\\d+) ms, (\\d+) bytes$"));
        QStringList logged;
        for (const QString& message : api) {
            const QRegularExpressionMatch match = line.match(message);
            QVERIFY2(match.hasMatch(), qPrintable(message));
            QVERIFY2(match.captured(5).toLongLong() > 0, qPrintable(message)); // every answer has a body
            logged << match.captured(1) + QLatin1Char(' ') + match.captured(2) + QLatin1Char(' ') +
                          match.captured(3);
        }
        QCOMPARE(logged, requests);
        QVERIFY(logged.contains(QStringLiteral("POST /api/v1/auths/signin 200")));

        const QStringList apply = messagesOf(QStringLiteral("tma.apply"));
        QVERIFY2(apply.contains(QStringLiteral("step Reading")), qPrintable(apply.join(QLatin1Char('\n'))));
        QVERIFY2(apply.contains(QStringLiteral("step Applying")), qPrintable(apply.join(QLatin1Char('\n'))));
        QVERIFY2(apply.last().startsWith(QStringLiteral("applied: ")), qPrintable(apply.last()));

        QStringList secrets = defaultSecrets();
        secrets << token << token.section(QLatin1Char('.'), 1, 1); // the whole JWT, and its payload alone
        for (const Logged& entry : std::as_const(s_logged)) {
            for (const QString& secret : std::as_const(secrets))
                QVERIFY2(!entry.message.contains(secret),
                         qPrintable(entry.category + QStringLiteral(": ") + entry.message));
        }
    }

    void nothingIsLoggedByDefault()
    {
        QString token;
        const QStringList requests = signInAndApplyQuiet(&token);
        QVERIFY(requests.size() > 3); // the work was done ...
        QStringList seen;
        for (const Logged& logged : std::as_const(s_logged))
            seen << logged.category + QStringLiteral(": ") + logged.message;
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n')))); // ... and nothing said
    }

private:
    // Signs in as the admin with the password and applies the quiet preset; returns "METHOD path
    // status" of every request the fake received, and the session token in *token.
    QStringList signInAndApplyQuiet(QString* token)
    {
        DataDir dataDir;
        FakeOpenWebUi fake(FakeProfile::V0_11);
        if (!dataDir.isValid() || !fake.listen())
            return {};
        OpenWebUiClient client(fake.url());
        const std::optional<Session> session = signInAdminQuickly(client);
        if (!session)
            return {};
        *token = client.credential();
        ConfigApplier applier(&client, *session, std::make_unique<BackupStore>(fake.url()));
        const ApplierRun run = runApplier(applier, Preset::quiet());
        if (!run.finished)
            return {};
        QStringList requests;
        const QList<FakeOpenWebUi::Request> received = fake.requests();
        for (const FakeOpenWebUi::Request& request : received)
            requests << QStringLiteral("%1 %2 %3")
                            .arg(QString::fromLatin1(request.method), request.path)
                            .arg(request.status);
        return requests;
    }
};

QTEST_GUILESS_MAIN(TstLogging)
#include "tst_logging.moc"
