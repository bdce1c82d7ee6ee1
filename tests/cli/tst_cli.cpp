// End-to-end tests of the real task-model-assistant-cli binary against an in-process fake Open
// WebUI of every supported generation. CTest runs this under tests/support/with-keyring.sh, so
// `login` writes to a real (throw-away) gnome-keyring and later commands read from it.
//
// The fake answers from this process's event loop: never block it (no waitForFinished); each CLI
// run is awaited with QSignalSpy::wait on QProcess::finished.

#include "AppVersion.h"
#include "FakeOpenWebUi.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <csignal>

#ifndef CLI_PATH
#error "CLI_PATH must name the task-model-assistant-cli binary"
#endif

using namespace tma::test;

Q_DECLARE_METATYPE(tma::test::FakeProfile)

namespace {

const QString kPassword = QStringLiteral("admin-pass");
const QString kApiKey = QStringLiteral("sk-admin-key");
const QString kProviderUrl = QStringLiteral("https://router.example.test/api/v1");
const QString kProviderKey = QStringLiteral("sk-or-v1-cli-provider-secret-0123456789");
const QString kHostedModel = QStringLiteral("meta-llama/llama-3.2-3b-instruct");
const QString kPullable = QStringLiteral("gemma2:2b");
const QString kService = QStringLiteral("Task Model Assistant");

enum Exit
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Auth = 3,
    NotAdmin = 4,
    Unreachable = 5,
    ServerError = 6,
    TestFailed = 7,
};

struct RunResult
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;

    QString all() const { return out + err; }
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }
};

// An isolated home for the CLI: HOME, XDG dirs and TMA_DATA_DIR in one throw-away folder.
class Sandbox
{
public:
    Sandbox()
    {
        for (const char* sub : {"home", "config", "data", "cache", "tma"})
            QDir(m_root.path()).mkpath(QString::fromLatin1(sub));
    }
    bool isValid() const { return m_root.isValid(); }
    QString root() const { return m_root.path(); }
    QString path(const char* sub) const { return m_root.path() + QLatin1Char('/') + QLatin1String(sub); }

    QProcessEnvironment environment(const QHash<QString, QString>& extra = {}) const
    {
        // Inherit the D-Bus session (the keyring) and PATH; everything personal points here.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"OWUI_URL", "OWUI_API_KEY", "TASK_PROVIDER_API_KEY", "TMA_DATA_DIR"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), path("home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path("cache"));
        env.insert(QStringLiteral("TMA_DATA_DIR"), path("tma"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    // Files anywhere in the sandbox whose bytes contain `needle`.
    QStringList filesContaining(const QString& needle) const
    {
        QStringList hits;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile handle(file);
            if (handle.open(QIODevice::ReadOnly) && handle.readAll().contains(needle.toUtf8()))
                hits << file;
        }
        return hits;
    }

private:
    QTemporaryDir m_root;
};

RunResult runProgram(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                     const QByteArray& input = {})
{
    RunResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The fake lives in this event loop: wait by spinning it, never with waitForFinished().
    if (finished.isEmpty() && !finished.wait(30000)) {
        process.kill();
        (void)finished.wait(5000);
        result.err = QStringLiteral("[test] %1 did not finish in time\n").arg(program);
    }
    result.finished = !finished.isEmpty();
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

RunResult runCli(const Sandbox& sandbox, const QStringList& arguments, const QByteArray& input = {},
                 const QHash<QString, QString>& extraEnv = {})
{
    return runProgram(QStringLiteral(CLI_PATH), arguments, sandbox.environment(extraEnv), input);
}

// Inside tests/support/with-keyring.sh: HOME is a fresh temp dir and XDG_RUNTIME_DIR is $HOME/run.
bool insideKeyringWrapper()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
           && qEnvironmentVariable("XDG_RUNTIME_DIR") == QDir::homePath() + QStringLiteral("/run");
}

QStringList ownedKeys()
{
    return {QStringLiteral("TASK_MODEL"),
            QStringLiteral("TASK_MODEL_EXTERNAL"),
            QStringLiteral("ENABLE_TITLE_GENERATION"),
            QStringLiteral("ENABLE_TAGS_GENERATION"),
            QStringLiteral("ENABLE_FOLLOW_UP_GENERATION"),
            QStringLiteral("ENABLE_AUTOCOMPLETE_GENERATION"),
            QStringLiteral("ENABLE_SEARCH_QUERY_GENERATION"),
            QStringLiteral("ENABLE_RETRIEVAL_QUERY_GENERATION")};
}

QString taskRoot(FakeProfile profile)
{
    return profile == FakeProfile::V0_4 ? QStringLiteral("/api/task") : QStringLiteral("/api/v1/tasks");
}

// The secret the keyring holds for one of the CLI's keys (QtKeychain's libsecret schema stores the
// service as attribute "server" and the key as attribute "user"); empty when there is none.
QString keyringLookup(const QString& key)
{
    const RunResult run = runProgram(QStringLiteral("secret-tool"),
                                     {QStringLiteral("lookup"), QStringLiteral("server"), kService, QStringLiteral("user"), key},
                                     QProcessEnvironment::systemEnvironment());
    return run.exitCode == 0 ? run.out : QString();
}

QJsonObject slotJson(const QJsonObject& testJson, const QString& slot)
{
    const QJsonArray slots = testJson.value(QStringLiteral("slots")).toArray();
    for (const QJsonValue& value : slots) {
        if (value.toObject().value(QStringLiteral("slot")).toString() == slot)
            return value.toObject();
    }
    return {};
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void fullFlow_data();
    void fullFlow();
    void exitCodes_data();
    void exitCodes();
    void loginWithApiKey_data();
    void loginWithApiKey();
    void testWithChatModel_data();
    void testWithChatModel();
    void testDeep_data();
    void testDeep();
    void privateTaskModel_data();
    void privateTaskModel();
    void loginWithoutSignIn();
    void loginWithLdap_data();
    void loginWithLdap();
    void trustedHeaderLoginExplainsApiKeys();
    void addressWithoutSchemeFallsBackToHttp();
    void ctrlCSaysWhatTheServerMayHold_data();
    void ctrlCSaysWhatTheServerMayHold();
    void hostileNamesAreShownAsText();
    void statusAnswersWithoutTheModelList();

private:
    // Fake with fast models, a hosted provider and a pullable model, as every test uses it.
    static void prepare(FakeOpenWebUi& fake);
    // Fails the current test if a secret shows up in a run's output.
    static void verifyNoSecrets(const RunResult& run, const QStringList& secrets);
};

void TstCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(CLI_PATH)).isExecutable(), CLI_PATH);
}

void TstCli::prepare(FakeOpenWebUi& fake)
{
    // The 70B chat model answers in 2.1 s by default: keep it big but quick.
    FakeModel big;
    big.id = QStringLiteral("llama3.1:70b");
    big.sizeBytes = 42520412561LL;
    big.parameterSize = QStringLiteral("70.6B");
    big.latencyMs = 50;
    fake.addModel(big);
    FakeModel hosted;
    hosted.id = kHostedModel;
    hosted.ownedBy = QStringLiteral("openai");
    hosted.connectionType = QStringLiteral("external");
    hosted.latencyMs = 20;
    fake.setProvider(kProviderUrl, kProviderKey, {hosted});
    fake.setPullable(kPullable, 1600000000, 4, 10);
}

void TstCli::verifyNoSecrets(const RunResult& run, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.isEmpty())
            continue;
        QVERIFY2(!run.out.contains(secret), qPrintable(QStringLiteral("secret on stdout:\n") + run.describe()));
        QVERIFY2(!run.err.contains(secret), qPrintable(QStringLiteral("secret on stderr:\n") + run.describe()));
    }
}

void TstCli::versionAndHelp()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const RunResult run = runCli(sandbox, {option});
        QVERIFY2(run.finished && run.exitStatus == QProcess::NormalExit, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, int(Ok));
        QCOMPARE(run.out.trimmed(), QStringLiteral("task-model-assistant-cli " TMA_VERSION));
        QVERIFY(QRegularExpression(QStringLiteral("^task-model-assistant-cli \\d+\\.\\d+\\.\\d+$"))
                    .match(run.out.trimmed())
                    .hasMatch());
    }
    const RunResult help = runCli(sandbox, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, int(Ok));
    QVERIFY(help.out.contains(QLatin1String("Usage: task-model-assistant-cli")));
    QVERIFY(help.out.contains(QLatin1String("Exit codes:")));
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no-command") << QStringList();
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("status"), QStringLiteral("--frobnicate")};
    QTest::newRow("option-without-value") << QStringList{QStringLiteral("status"), QStringLiteral("--server")};
    QTest::newRow("bad-timeout") << QStringList{QStringLiteral("status"), QStringLiteral("--timeout"), QStringLiteral("0")};
    QTest::newRow("bad-ollama-index")
        << QStringList{QStringLiteral("pull"), QStringLiteral("x"), QStringLiteral("--ollama-index"), QStringLiteral("-1")};
    QTest::newRow("no-server") << QStringList{QStringLiteral("status")};
    QTest::newRow("bad-server") << QStringList{QStringLiteral("status"), QStringLiteral("--server"), QStringLiteral("ftp://x")};
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    Sandbox sandbox;
    const RunResult run = runCli(sandbox, arguments);
    QVERIFY2(run.finished && run.exitStatus == QProcess::NormalExit, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == Usage, qPrintable(run.describe()));
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(run.out.trimmed().isEmpty());
}

void TstCli::fullFlow_data()
{
    QTest::addColumn<FakeProfile>("profile");
    const QList<FakeProfile> profiles = allProfiles();
    for (FakeProfile profile : profiles)
        QTest::newRow(profileName(profile).toLatin1().constData()) << profile;
}

void TstCli::fullFlow()
{
    if (!insideKeyringWrapper())
        QSKIP("Needs the throw-away keyring: run through ctest (tests/support/with-keyring.sh).");
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    prepare(fake);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString server = fake.url().toString();
    const QString port = QString::number(fake.url().port());
    const QJsonObject originalTask = fake.taskConfig();
    const QJsonObject originalOpenAi = fake.openAiConfig();
    QList<RunResult> runs;
    auto cli = [&](const QStringList& arguments, const QByteArray& input = {}) {
        runs << runCli(sandbox, arguments, input);
        return runs.last();
    };
    auto unownedKept = [&originalTask](const QJsonObject& now) {
        if (now.keys() != originalTask.keys())
            return false;
        for (auto it = originalTask.begin(); it != originalTask.end(); ++it) {
            if (!ownedKeys().contains(it.key()) && now.value(it.key()) != it.value())
                return false;
        }
        return true;
    };

    // login: password on stdin, session token into the keychain.
    RunResult run = cli({QStringLiteral("login"), QStringLiteral("--server"), server, QStringLiteral("--email"),
                         QStringLiteral("admin@example.com")},
                        kPassword.toUtf8() + '\n');
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY(run.out.contains(QLatin1String("admin@example.com")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 1);

    // `secret-tool search` lists the entry (attributes go to its stderr, secrets to its stdout).
    const RunResult search = runProgram(QStringLiteral("secret-tool"),
                                        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), kService},
                                        QProcessEnvironment::systemEnvironment());
    QVERIFY2(search.exitCode == 0, qPrintable(search.describe()));
    const QString sessionKey = QStringLiteral("http://127.0.0.1:%1|admin@example.com|session").arg(port);
    QVERIFY2(search.all().contains(QStringLiteral("attribute.user = ") + sessionKey), qPrintable(search.describe()));
    QVERIFY(search.all().contains(QStringLiteral("attribute.server = ") + kService));
    const QString token = keyringLookup(sessionKey);
    QVERIFY2(!token.isEmpty(), qPrintable(QStringLiteral("no keyring entry ") + sessionKey));
    QVERIFY(search.out.contains(QStringLiteral("secret = ") + token));
    QVERIFY(token != kPassword);
    QVERIFY(token.startsWith(QLatin1String("eyJ"))); // the session token, not the password
    QCOMPARE(sandbox.filesContaining(kPassword), QStringList());
    QCOMPARE(sandbox.filesContaining(token), QStringList());

    // status: no --server needed any more (the last server), the session comes from the keychain.
    run = cli({QStringLiteral("status")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY(run.out.contains(fake.version()));
    QVERIFY(run.out.contains(QLatin1String("admin@example.com")));
    QVERIFY2(run.out.contains(QLatin1String("(administrator, password)")),
             qPrintable(run.describe())); // the role in words
    QVERIFY(run.out.contains(QLatin1String("Current Model")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 1); // no new sign-in
    const QList<FakeOpenWebUi::Request> sessionChecks = [&fake] {
        QList<FakeOpenWebUi::Request> list;
        for (const FakeOpenWebUi::Request& request : fake.requests()) {
            if (request.path == QLatin1String("/api/v1/auths/"))
                list << request;
        }
        return list;
    }();
    QCOMPARE(sessionChecks.last().headers.value("authorization"), "Bearer " + token.toUtf8());

    run = cli({QStringLiteral("status"), QStringLiteral("--server"), server, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QJsonObject status = run.json();
    QVERIFY2(!status.isEmpty(), qPrintable(run.describe()));
    QJsonObject serverJson = status.value(QStringLiteral("server")).toObject();
    QVERIFY(serverJson.value(QStringLiteral("url")).toString().contains(QStringLiteral("127.0.0.1:") + port));
    QCOMPARE(serverJson.value(QStringLiteral("version")).toString(), fake.version());
    QCOMPARE(serverJson.value(QStringLiteral("name")).toString(), QStringLiteral("Open WebUI"));
    const QJsonObject user = status.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("admin@example.com"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(user.value(QStringLiteral("auth")).toString(), QStringLiteral("password"));
    QCOMPARE(status.value(QStringLiteral("task_model")).toString(), QString());
    QCOMPARE(status.value(QStringLiteral("task_model_external")).toString(), QString());
    QCOMPARE(status.value(QStringLiteral("backups")).toInt(-1), 0);
    QJsonObject automations = status.value(QStringLiteral("automations")).toObject();
    QCOMPARE(automations.value(QStringLiteral("tags")), QJsonValue(true));
    QCOMPARE(automations.contains(QStringLiteral("title")), profile != FakeProfile::V0_4);
    QCOMPARE(automations.contains(QStringLiteral("follow-ups")),
             profile == FakeProfile::V0_6 || profile == FakeProfile::V0_11);

    // apply quiet
    run = cli({QStringLiteral("apply"), QStringLiteral("quiet")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY(run.out.contains(QLatin1String("Applied")));
    // Each change named as the admin page names it, the values in words; the keys stay for --json.
    QVERIFY2(run.out.contains(QStringLiteral("\n  Tags Generation: On → Off")), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(QLatin1String("ENABLE_TAGS_GENERATION")), qPrintable(run.describe()));
    QJsonObject task = fake.taskConfig();
    for (const char* key : {"ENABLE_TAGS_GENERATION", "ENABLE_AUTOCOMPLETE_GENERATION", "ENABLE_SEARCH_QUERY_GENERATION",
                            "ENABLE_RETRIEVAL_QUERY_GENERATION", "ENABLE_FOLLOW_UP_GENERATION"}) {
        if (originalTask.contains(QLatin1String(key)))
            QCOMPARE(task.value(QLatin1String(key)), QJsonValue(false));
    }
    if (originalTask.contains(QStringLiteral("ENABLE_TITLE_GENERATION")))
        QCOMPARE(task.value(QStringLiteral("ENABLE_TITLE_GENERATION")), QJsonValue(true));
    QVERIFY(unownedKept(task));

    // apply local: the model check asks the server's model list (refresh=true: every connection) once.
    const QString listing = QStringLiteral("/api/models");
    int listings = fake.requestCount("GET", listing);
    run = cli({QStringLiteral("apply"), QStringLiteral("local"), QStringLiteral("--model"), QStringLiteral("qwen2.5:3b")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QCOMPARE(fake.requestCount("GET", listing), listings + 1);
    task = fake.taskConfig();
    QCOMPARE(task.value(QStringLiteral("TASK_MODEL")).toString(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(task.value(QStringLiteral("TASK_MODEL_EXTERNAL")).toString(), QStringLiteral("qwen2.5:3b"));
    QVERIFY(unownedKept(task));
    QVERIFY2(run.out.contains(
                 QStringLiteral("  Task model for chats with local models: Current Model → qwen2.5:3b")),
             qPrintable(run.describe()));

    // test / test --json: the task model answers the local chat.
    const int titlesBefore = fake.requestCount("POST", taskRoot(profile) + QStringLiteral("/title/completions"));
    listings = fake.requestCount("GET", listing);
    run = cli({QStringLiteral("test")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("answered by qwen2.5:3b")), qPrintable(run.describe()));
    QCOMPARE(fake.requestCount("GET", listing), listings + 1); // once for both slots
    QVERIFY2(run.out.contains(QLatin1String("could not")), qPrintable(run.describe())); // the memory check
    QCOMPARE(fake.requestCount("POST", taskRoot(profile) + QStringLiteral("/title/completions")), titlesBefore + 1);
    run = cli({QStringLiteral("test"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QJsonObject testJson = run.json();
    QCOMPARE(testJson.value(QStringLiteral("ok")), QJsonValue(true));
    QJsonObject local = slotJson(testJson, QStringLiteral("local"));
    QCOMPARE(local.value(QStringLiteral("outcome")).toString(), QStringLiteral("answered"));
    QCOMPARE(local.value(QStringLiteral("chat_model")).toString(), QStringLiteral("llama3.1:70b"));
    QCOMPARE(local.value(QStringLiteral("answered_by")).toString(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(local.value(QStringLiteral("expected_task_model")).toString(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(local.value(QStringLiteral("as_expected")), QJsonValue(true));
    QVERIFY(!local.value(QStringLiteral("title")).toString().isEmpty());
    // Two Ollama models: whether the chat model stays in memory. Nobody chatted with it on this
    // server, so that could not be seen (0.4 has no list of loaded models at all).
    const QJsonObject memory = local.value(QStringLiteral("memory")).toObject();
    if (profile == FakeProfile::V0_4) {
        QCOMPARE(memory.value(QStringLiteral("state")).toString(), QStringLiteral("not-checked"));
        QCOMPARE(memory.value(QStringLiteral("reason")).toString(), QStringLiteral("route-missing"));
    } else {
        QCOMPARE(memory.value(QStringLiteral("state")).toString(), QStringLiteral("chat-model-not-loaded"));
        QVERIFY(memory.value(QStringLiteral("task_model_bytes")).toInteger() > 0);
    }
    QCOMPARE(slotJson(testJson, QStringLiteral("external")).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("no-chat-model"));
    QVERIFY(!slotJson(testJson, QStringLiteral("external")).contains(QStringLiteral("memory")));

    // apply hosted: the provider key from stdin, the connection added on the server.
    run = cli({QStringLiteral("apply"), QStringLiteral("hosted"), QStringLiteral("--provider-url"), kProviderUrl,
               QStringLiteral("--model"), kHostedModel, QStringLiteral("--provider-key-stdin")},
              kProviderKey.toUtf8() + '\n');
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY(run.out.contains(QLatin1String("Added the connection")));
    const QJsonObject openAi = fake.openAiConfig();
    const QJsonArray urls = openAi.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    QVERIFY(urls.contains(kProviderUrl));
    const int index = int(urls.size()) - 1;
    QCOMPARE(urls.at(index).toString(), kProviderUrl);
    QCOMPARE(openAi.value(QStringLiteral("OPENAI_API_KEYS")).toArray().at(index).toString(), kProviderKey);
    QCOMPARE(openAi.value(QStringLiteral("ENABLE_OPENAI_API")), QJsonValue(true));
    QCOMPARE(openAi.value(QStringLiteral("OPENAI_API_CONFIGS"))
                 .toObject()
                 .value(QString::number(index))
                 .toObject()
                 .value(QStringLiteral("model_ids"))
                 .toArray(),
             QJsonArray{kHostedModel});
    QVERIFY(fake.modelIds().contains(kHostedModel));
    task = fake.taskConfig();
    QCOMPARE(task.value(QStringLiteral("TASK_MODEL")).toString(), kHostedModel);
    QCOMPARE(task.value(QStringLiteral("TASK_MODEL_EXTERNAL")).toString(), kHostedModel);
    QVERIFY(unownedKept(task));

    run = cli({QStringLiteral("test"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    testJson = run.json();
    QCOMPARE(slotJson(testJson, QStringLiteral("local")).value(QStringLiteral("answered_by")).toString(), kHostedModel);
    const QJsonObject external = slotJson(testJson, QStringLiteral("external"));
    QCOMPARE(external.value(QStringLiteral("outcome")).toString(), QStringLiteral("answered"));
    QCOMPARE(external.value(QStringLiteral("answered_by")).toString(), kHostedModel);
    QCOMPARE(external.value(QStringLiteral("as_expected")), QJsonValue(true));

    // The provider key is in the keychain now: a second hosted apply needs no stdin, and the same URL
    // typed with a trailing slash is the same provider (its key, its connection).
    run = cli({QStringLiteral("apply"), QStringLiteral("hosted"), QStringLiteral("--provider-url"),
               kProviderUrl + QLatin1Char('/'), QStringLiteral("--model"), kHostedModel});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QLatin1String("Nothing to change")), qPrintable(run.describe()));

    // pull: progress on stderr, the result on stdout.
    run = cli({QStringLiteral("pull"), kPullable});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    // Ollama's steps ("pulling manifest", "pulling <digest>", ...) in our words, one sentence each.
    QVERIFY2(run.err.contains(QStringLiteral("Getting the list of files of ") + kPullable),
             qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("Downloading ") + kPullable + QStringLiteral(": ")),
             qPrintable(run.describe()));
    QVERIFY(run.err.contains(QLatin1String("(100%).")));
    QVERIFY2(!run.err.contains(QLatin1String("pulling")) && !run.err.contains(QLatin1String("manifest")),
             qPrintable(run.describe()));
    QVERIFY(run.err.count(QLatin1Char('\n')) >= 4); // one progress line each, not on a terminal
    QCOMPARE(run.out.trimmed(), kPullable + QStringLiteral(" is ready on the server."));
    QVERIFY(fake.modelIds().contains(kPullable));

    // backup / backups
    run = cli({QStringLiteral("backup")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY(run.out.startsWith(QLatin1String("Backup ")));
    QVERIFY(run.out.contains(sandbox.path("tma")));
    QVERIFY2(run.out.trimmed().endsWith(QLatin1Char('.')) && !run.out.contains(QLatin1String("original")),
             qPrintable(run.describe())); // one whole sentence; the server had backups already
    run = cli({QStringLiteral("backups")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    for (const char* reason : {"before applying quiet", "before applying local", "before applying hosted", "made by hand"})
        QVERIFY2(run.out.contains(QLatin1String(reason)), qPrintable(run.describe()));
    QCOMPARE(run.out.count(QStringLiteral("(original)")), 1);
    QVERIFY(run.out.contains(QLatin1String("Folder: ") + sandbox.path("tma")));

    // restore --original: exactly the settings from before the first apply, connection removed.
    run = cli({QStringLiteral("restore"), QStringLiteral("--original")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QCOMPARE(fake.taskConfig(), originalTask);
    QCOMPARE(fake.openAiConfig(), originalOpenAi);
    QVERIFY(!fake.modelIds().contains(kHostedModel));

    run = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    status = run.json();
    QVERIFY(status.value(QStringLiteral("matching_presets")).toArray().contains(QStringLiteral("original")));
    QVERIFY(status.value(QStringLiteral("backups")).toInt() >= 5);

    // The provider key went to the keychain, and no secret went anywhere else.
    const bool providerKept = keyringLookup(QStringLiteral("provider|") + kProviderUrl) == kProviderKey;
    QVERIFY(providerKept);

    // forget: the sign-in leaves the keychain and the server the settings; its backups and the
    // provider key (which another server may use) stay. A second forget finds nothing to forget.
    run = cli({QStringLiteral("forget"), QStringLiteral("--server"), server});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("backups are kept")), qPrintable(run.describe()));
    QCOMPARE(keyringLookup(sessionKey), QString());
    QCOMPARE(keyringLookup(QStringLiteral("provider|") + kProviderUrl), kProviderKey);
    run = cli({QStringLiteral("backups"), QStringLiteral("--server"), server});
    QVERIFY2(run.exitCode == Ok && !run.out.contains(QStringLiteral("No backups")),
             qPrintable(run.describe()));
    run = cli({QStringLiteral("forget"), QStringLiteral("--server"), server});
    QVERIFY2(run.exitCode == Failure && run.err.contains(QStringLiteral("not a saved server")),
             qPrintable(run.describe()));
    run = cli({QStringLiteral("status"), QStringLiteral("--server"), server}); // no stored sign-in any more
    QVERIFY2(run.exitCode == Auth, qPrintable(run.describe()));

    for (const RunResult& each : std::as_const(runs)) {
        verifyNoSecrets(each, {kPassword, token, kProviderKey, kApiKey});
        if (QTest::currentTestFailed())
            return;
    }
    for (const QString& secret : {kPassword, token, kProviderKey})
        QCOMPARE(sandbox.filesContaining(secret), QStringList());
}

void TstCli::exitCodes_data()
{
    QTest::addColumn<FakeProfile>("profile");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("expected");
    const QList<QPair<const char*, int>> scenarios = {
        {"wrong-password", Auth},          {"no-stored-login", Auth},
        {"api-keys-disabled", Auth},       {"status-json-error", Auth},
        {"session-expired", Auth},         {"not-admin", NotAdmin},
        {"endpoint-restricted", NotAdmin}, {"unreachable", Unreachable},
        {"timeout", Unreachable},          {"unknown-model", ServerError},
        {"pull-unknown", ServerError},     {"test-failed", TestFailed},
        {"test-failed-json", TestFailed},  {"pull-without-model", Usage},
        {"apply-without-preset", Usage},   {"hosted-without-model", Usage},
        {"unknown-chat-model", Usage},     {"restore-without-backup", Failure},
        {"local-without-model", Ok},       {"hosted-wrong-key", ServerError},
    };
    const QList<FakeProfile> profiles = allProfiles();
    for (FakeProfile profile : profiles) {
        for (const auto& scenario : scenarios) {
            QTest::addRow("%s/%s", qPrintable(profileName(profile)), scenario.first)
                << profile << QString::fromLatin1(scenario.first) << scenario.second;
        }
        // 0.4-0.6 accept a non-admin's key (then: not an admin); 0.11 refuses it without the permission.
        QTest::addRow("%s/non-admin-key", qPrintable(profileName(profile)))
            << profile << QStringLiteral("non-admin-key") << int(profile == FakeProfile::V0_11 ? Auth : NotAdmin);
    }
}

void TstCli::exitCodes()
{
    QFETCH(FakeProfile, profile);
    QFETCH(QString, scenario);
    QFETCH(int, expected);
    FakeOpenWebUi fake(profile);
    prepare(fake);
    fake.setApiKeysEnabled(true);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const QString server = fake.url().toString();
    const QJsonObject before = fake.taskConfig();
    const QHash<QString, QString> withKey{{QStringLiteral("OWUI_API_KEY"), kApiKey}};
    const QStringList common{QStringLiteral("--server"), server, QStringLiteral("--no-keychain")};
    QStringList secrets{kPassword, kApiKey, QStringLiteral("user-pass")};

    RunResult run;
    if (scenario == QLatin1String("wrong-password")) {
        run = runCli(sandbox, QStringList{QStringLiteral("login"), QStringLiteral("--email"), QStringLiteral("admin@example.com")} + common,
                     "wrong-password-123\n");
        secrets << QStringLiteral("wrong-password-123");
    } else if (scenario == QLatin1String("no-stored-login")) {
        run = runCli(sandbox, QStringList{QStringLiteral("status")} + common);
        QCOMPARE(fake.requests().size(), 0); // nothing to try with
    } else if (scenario == QLatin1String("api-keys-disabled")) {
        fake.setApiKeysEnabled(false);
        run = runCli(sandbox, QStringList{QStringLiteral("status")} + common, {}, withKey);
    } else if (scenario == QLatin1String("status-json-error")) {
        fake.setApiKeysEnabled(false);
        run = runCli(sandbox, QStringList{QStringLiteral("status"), QStringLiteral("--json")} + common, {}, withKey);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("ok")), QJsonValue(false));
        const QJsonObject error = result.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("api-keys-disabled"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), 403);
    } else if (scenario == QLatin1String("session-expired")) {
        fake.setFault(QStringLiteral("/api/v1/auths/"), FakeFault::ExpiredToken, -1, "GET");
        run = runCli(sandbox, QStringList{QStringLiteral("status")} + common, {}, withKey);
        QVERIFY2(run.err.contains(QStringLiteral("login --server ")), qPrintable(run.describe()));
    } else if (scenario == QLatin1String("endpoint-restricted")) {
        fake.setEndpointRestrictions(true, {QStringLiteral("/api/v1/auths/")});
        run = runCli(sandbox, QStringList{QStringLiteral("status")} + common, {}, withKey);
        QVERIFY2(run.err.contains(taskRoot(profile) + QStringLiteral("/config")), qPrintable(run.describe()));
    } else if (scenario == QLatin1String("timeout")) {
        fake.setFault(QStringLiteral("/api/config"), FakeFault::Hang);
        QElapsedTimer clock;
        clock.start();
        run = runCli(sandbox, QStringList{QStringLiteral("status"), QStringLiteral("--timeout"), QStringLiteral("1")} + common,
                     {}, withKey);
        QVERIFY(clock.elapsed() < 10000);
    } else if (scenario == QLatin1String("pull-unknown")) {
        run = runCli(sandbox, QStringList{QStringLiteral("pull"), QStringLiteral("nope:1b")} + common, {}, withKey);
        QVERIFY2(run.err.contains(QLatin1String("file does not exist")), qPrintable(run.describe()));
    } else if (scenario == QLatin1String("unknown-chat-model")) {
        run = runCli(sandbox, QStringList{QStringLiteral("test"), QStringLiteral("--chat-model"), QStringLiteral("nope:1b")} + common,
                     {}, withKey);
        QCOMPARE(fake.requestCount("POST", taskRoot(profile) + QStringLiteral("/title/completions")), 0);
    } else if (scenario == QLatin1String("non-admin-key")) {
        run = runCli(sandbox, QStringList{QStringLiteral("status")} + common, {},
                     {{QStringLiteral("OWUI_API_KEY"), QStringLiteral("sk-user-key")}});
        secrets << QStringLiteral("sk-user-key");
    } else if (scenario == QLatin1String("local-without-model")) {
        // No --model: a recommended small model the server has is chosen and said so.
        run = runCli(sandbox, QStringList{QStringLiteral("apply"), QStringLiteral("local")} + common, {}, withKey);
        QVERIFY2(run.err.contains(QLatin1String("qwen2.5:3b")), qPrintable(run.describe()));
        QCOMPARE(fake.taskConfig().value(QStringLiteral("TASK_MODEL")).toString(), QStringLiteral("qwen2.5:3b"));
        QCOMPARE(fake.taskConfig().value(QStringLiteral("TASK_MODEL_EXTERNAL")).toString(), QStringLiteral("qwen2.5:3b"));
    } else if (scenario == QLatin1String("not-admin")) {
        run = runCli(sandbox, QStringList{QStringLiteral("login"), QStringLiteral("--email"), QStringLiteral("user@example.com")} + common,
                     "user-pass\n");
    } else if (scenario == QLatin1String("unreachable")) {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        run = runCli(sandbox,
                     {QStringLiteral("login"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                      QStringLiteral("--email"), QStringLiteral("admin@example.com"), QStringLiteral("--no-keychain")},
                     kPassword.toUtf8() + '\n');
    } else if (scenario == QLatin1String("unknown-model")) {
        run = runCli(sandbox,
                     QStringList{QStringLiteral("apply"), QStringLiteral("local"), QStringLiteral("--model"),
                                 QStringLiteral("does-not-exist")} + common,
                     {}, withKey);
        QCOMPARE(fake.requestCount("POST", taskRoot(profile) + QStringLiteral("/config/update")), 0);
        QVERIFY(run.err.contains(QLatin1String("does-not-exist")));
        QVERIFY(run.err.contains(QLatin1String("not changed")));
    } else if (scenario.startsWith(QLatin1String("test-failed"))) {
        if (profile == FakeProfile::V0_4) {
            // 0.4 has no title switch: a failing task is the way a test fails there.
            fake.setFault(taskRoot(profile) + QStringLiteral("/title/completions"), FakeFault::ServerError);
        } else {
            QJsonObject config = fake.taskConfig();
            config.insert(QStringLiteral("ENABLE_TITLE_GENERATION"), false);
            fake.setTaskConfig(config);
        }
        const bool json = scenario.endsWith(QLatin1String("-json"));
        run = runCli(sandbox, QStringList{QStringLiteral("test")} + common + (json ? QStringList{QStringLiteral("--json")} : QStringList()),
                     {}, withKey);
        if (json) {
            const QJsonObject result = run.json();
            QCOMPARE(result.value(QStringLiteral("ok")), QJsonValue(false));
            QCOMPARE(slotJson(result, QStringLiteral("local")).value(QStringLiteral("outcome")).toString(),
                     profile == FakeProfile::V0_4 ? QStringLiteral("failed") : QStringLiteral("disabled"));
        } else if (profile != FakeProfile::V0_4) {
            QVERIFY2(run.out.contains(QLatin1String("turned off")), qPrintable(run.describe()));
        }
    } else if (scenario == QLatin1String("pull-without-model")) {
        run = runCli(sandbox, QStringList{QStringLiteral("pull")} + common, {}, withKey);
    } else if (scenario == QLatin1String("apply-without-preset")) {
        run = runCli(sandbox, QStringList{QStringLiteral("apply")} + common, {}, withKey);
    } else if (scenario == QLatin1String("hosted-without-model")) {
        run = runCli(sandbox, QStringList{QStringLiteral("apply"), QStringLiteral("hosted"), QStringLiteral("--provider-url"), kProviderUrl} + common,
                     {}, withKey);
    } else if (scenario == QLatin1String("hosted-wrong-key")) {
        // Like OpenRouter, the model list needs no key: only the one real request finds it wrong.
        fake.setProviderModelListOpen(kProviderUrl, true);
        const QJsonObject openAiBefore = fake.openAiConfig();
        const QString wrongKey = QStringLiteral("sk-or-v1-cli-wrong-key-000000");
        run = runCli(sandbox,
                     QStringList{QStringLiteral("apply"), QStringLiteral("hosted"),
                                 QStringLiteral("--provider-url"), kProviderUrl, QStringLiteral("--model"),
                                 kHostedModel, QStringLiteral("--provider-key-stdin")} +
                         common,
                     wrongKey.toUtf8() + '\n', withKey);
        secrets << wrongKey;
        QVERIFY2(run.err.contains(QLatin1String("No auth credentials found")), qPrintable(run.describe()));
        QCOMPARE(fake.openAiConfig(), openAiBefore); // the connection was taken back
    } else if (scenario == QLatin1String("restore-without-backup")) {
        run = runCli(sandbox, QStringList{QStringLiteral("restore"), QStringLiteral("--original")} + common, {}, withKey);
    } else {
        QFAIL("unknown scenario");
    }

    QVERIFY2(run.finished && run.exitStatus == QProcess::NormalExit, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == expected, qPrintable(QStringLiteral("expected %1, ").arg(expected) + run.describe()));
    QVERIFY(!run.err.trimmed().isEmpty()); // errors (or progress) on stderr
    verifyNoSecrets(run, secrets);
    if (expected != Ok && !scenario.startsWith(QLatin1String("test-failed")))
        QCOMPARE(fake.taskConfig(), before); // a failing command changed nothing
    QCOMPARE(sandbox.filesContaining(kPassword), QStringList());
    QCOMPARE(sandbox.filesContaining(kApiKey), QStringList());
}

void TstCli::loginWithApiKey_data()
{
    fullFlow_data();
}

void TstCli::loginWithApiKey()
{
    if (!insideKeyringWrapper())
        QSKIP("Needs the throw-away keyring: run through ctest (tests/support/with-keyring.sh).");
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    prepare(fake);
    fake.setApiKeysEnabled(true);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const QString server = fake.url().toString();

    const RunResult login = runCli(sandbox, {QStringLiteral("login"), QStringLiteral("--server"), server,
                                             QStringLiteral("--api-key-stdin")},
                                   kApiKey.toUtf8() + '\n');
    QVERIFY2(login.exitCode == Ok, qPrintable(login.describe()));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 0);
    QCOMPARE(keyringLookup(QStringLiteral("http://127.0.0.1:%1|admin@example.com|api-key").arg(fake.url().port())), kApiKey);

    // Later commands use the stored key: no OWUI_API_KEY, no stdin.
    const RunResult status = runCli(sandbox, {QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == Ok, qPrintable(status.describe()));
    QCOMPARE(status.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("auth")).toString(),
             QStringLiteral("api-key"));
    const QList<FakeOpenWebUi::Request> requests = fake.requests();
    QCOMPARE(requests.last().headers.value("authorization"), "Bearer " + kApiKey.toUtf8());
    for (const RunResult& run : {login, status})
        verifyNoSecrets(run, {kApiKey});
    QCOMPARE(sandbox.filesContaining(kApiKey), QStringList());
}

void TstCli::testWithChatModel_data()
{
    fullFlow_data();
}

// `test --chat-model ID` tests only that chat model's slot. The configured task model is listed by
// the server, so it must still be the one expected to answer (and it does answer).
void TstCli::testWithChatModel()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    prepare(fake);
    fake.setApiKeysEnabled(true);
    QJsonObject config = fake.taskConfig();
    config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b"));
    config.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), QStringLiteral("qwen2.5:3b"));
    fake.setTaskConfig(config);
    QVERIFY(fake.listen());
    Sandbox sandbox;

    const RunResult run = runCli(sandbox,
                                 {QStringLiteral("test"), QStringLiteral("--chat-model"), QStringLiteral("llama3.2:3b"),
                                  QStringLiteral("--json"), QStringLiteral("--server"), fake.url().toString(),
                                  QStringLiteral("--no-keychain")},
                                 {}, {{QStringLiteral("OWUI_API_KEY"), kApiKey}});
    const QString titlePath = taskRoot(profile) + QStringLiteral("/title/completions");
    QCOMPARE(fake.requestCount("POST", titlePath), 1);
    const QJsonObject local = slotJson(run.json(), QStringLiteral("local"));
    QCOMPARE(local.value(QStringLiteral("chat_model")).toString(), QStringLiteral("llama3.2:3b"));
    QCOMPARE(local.value(QStringLiteral("answered_by")).toString(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(local.value(QStringLiteral("expected_task_model")).toString(), QStringLiteral("qwen2.5:3b"));
    QCOMPARE(local.value(QStringLiteral("as_expected")), QJsonValue(true));
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
}

void TstCli::testDeep_data()
{
    QTest::addColumn<FakeProfile>("profile");
    for (FakeProfile profile : {FakeProfile::V0_4, FakeProfile::V0_11})
        QTest::newRow(qPrintable(profileName(profile))) << profile;
}

// test --deep: the requests it will send are listed first (stderr), then it times three streamed
// chat messages to the chat model, each sent with the version's background task requests;
// --json reports them under "contention". The exit code stays the task test's.
void TstCli::testDeep()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    prepare(fake);
    fake.setApiKeysEnabled(true);
    QVERIFY(fake.listen());
    Sandbox sandbox;

    const RunResult run =
        runCli(sandbox,
               {QStringLiteral("test"), QStringLiteral("--deep"), QStringLiteral("--json"),
                QStringLiteral("--server"), fake.url().toString(), QStringLiteral("--no-keychain")},
               {}, {{QStringLiteral("OWUI_API_KEY"), kApiKey}});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    // 0.4 (0.4.7+): title, tags and autocomplete; 0.11: title, tags and follow-ups (autocomplete off).
    const int perMessage = 4;
    QVERIFY2(run.err.contains(QStringLiteral("3 short chat messages to llama3.1:70b")) &&
                 run.err.contains(QStringLiteral("%1 requests").arg(3 * perMessage)),
             qPrintable(run.describe()));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/chat/completions")), 3);
    QCOMPARE(fake.requestCount("POST", taskRoot(profile) + QStringLiteral("/tags/completions")), 3);
    QCOMPARE(fake.requestCount("POST", taskRoot(profile) + QStringLiteral("/title/completions")), 1 + 3);
    const QJsonObject contention = run.json().value(QStringLiteral("contention")).toObject();
    QCOMPARE(contention.value(QStringLiteral("end")).toString(), QStringLiteral("completed"));
    QCOMPARE(contention.value(QStringLiteral("chat_model")).toString(), QStringLiteral("llama3.1:70b"));
    QCOMPARE(contention.value(QStringLiteral("messages")).toInt(), 3);
    QCOMPARE(contention.value(QStringLiteral("first_word_ms")).toArray().size(), 3);
    QVERIFY(contention.value(QStringLiteral("median_first_word_ms")).toInteger() >= 0);
    QVERIFY(contention.value(QStringLiteral("median_total_ms")).toInteger() >=
            contention.value(QStringLiteral("median_first_word_ms")).toInteger());
    QCOMPARE(contention.value(QStringLiteral("failed_background_requests")).toInt(), 0);
}

void TstCli::privateTaskModel_data()
{
    QTest::addColumn<FakeProfile>("profile");
    for (FakeProfile profile : {FakeProfile::V0_6, FakeProfile::V0_11})
        QTest::newRow(qPrintable(profileName(profile))) << profile;
}

// A task model regular users may not use: `apply` and `status` warn and name --make-public;
// `apply --make-public` makes it public (Visibility: Public), `restore` takes that back.
void TstCli::privateTaskModel()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    prepare(fake);
    fake.setApiKeysEnabled(true);
    FakeModel fresh;
    fresh.id = QStringLiteral("fresh-small:1b");
    fresh.sizeBytes = 800000000;
    fresh.parameterSize = QStringLiteral("1.1B");
    fresh.hasRecord = false;
    fake.addModel(fresh);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const QStringList common{QStringLiteral("--server"), fake.url().toString(),
                             QStringLiteral("--no-keychain")};
    const QHash<QString, QString> withKey{{QStringLiteral("OWUI_API_KEY"), kApiKey}};
    const QStringList applyLocal{QStringLiteral("apply"), QStringLiteral("local"), QStringLiteral("--model"),
                                 fresh.id};

    RunResult run = runCli(sandbox, applyLocal + common, {}, withKey);
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("Regular users may not use \"fresh-small:1b\"")),
             qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("--make-public")), qPrintable(run.describe()));
    QVERIFY(!fake.modelUsableByUsers(fresh.id));

    run = runCli(sandbox, QStringList{QStringLiteral("status")} + common, {}, withKey);
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("Regular users may not use \"fresh-small:1b\"")),
             qPrintable(run.describe()));
    run = runCli(sandbox, QStringList{QStringLiteral("status"), QStringLiteral("--json")} + common, {},
                 withKey);
    const QJsonArray warnings = run.json().value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().toObject().value(QStringLiteral("model")).toString(), fresh.id);

    run = runCli(sandbox, applyLocal + QStringList{QStringLiteral("--make-public")} + common, {}, withKey);
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("All users may now use \"fresh-small:1b\"")),
             qPrintable(run.describe()));
    QVERIFY(!run.out.contains(QStringLiteral("Regular users may not use")));
    QVERIFY(fake.modelUsableByUsers(fresh.id));
    run = runCli(sandbox, QStringList{QStringLiteral("status"), QStringLiteral("--json")} + common, {},
                 withKey);
    QCOMPARE(run.json().value(QStringLiteral("warnings")).toArray().size(), 0);

    // The latest backup is the one taken before --make-public: restoring it takes the record away.
    run = runCli(sandbox, QStringList{QStringLiteral("restore")} + common, {}, withKey);
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("Put back who may use \"fresh-small:1b\"")),
             qPrintable(run.describe()));
    QVERIFY(!fake.modelHasRecord(fresh.id));
    QCOMPARE(fake.taskConfig().value(QStringLiteral("TASK_MODEL")).toString(), fresh.id);
}

// WEBUI_AUTH=False: login asks for nothing (no email, no password) and signs the server's one
// admin in.
void TstCli::loginWithoutSignIn()
{
    FakeOpenWebUi fake(FakeProfile::V0_6);
    prepare(fake);
    fake.setWebUiAuth(false);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const RunResult run = runCli(sandbox, {QStringLiteral("login"), QStringLiteral("--server"),
                                           fake.url().toString(), QStringLiteral("--no-keychain")});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("admin@localhost")), qPrintable(run.describe()));
    QVERIFY(!run.err.contains(QStringLiteral("Password")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 1);
}

void TstCli::loginWithLdap_data()
{
    QTest::addColumn<FakeProfile>("profile");
    for (FakeProfile profile : allProfiles())
        QTest::newRow(qPrintable(profileName(profile))) << profile;
}

// login --ldap --user NAME: the password from stdin goes to /api/v1/auths/ldap; the session is kept
// under the LDAP user name, and later commands sign in with it as an LDAP session.
void TstCli::loginWithLdap()
{
    if (!insideKeyringWrapper())
        QSKIP("Needs the throw-away keyring: run through ctest (tests/support/with-keyring.sh).");
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    prepare(fake);
    fake.setLdapEnabled(true);
    fake.setLdapUser(QStringLiteral("jdoe"), QStringLiteral("ldap-pass"),
                     QStringLiteral("jane.doe@corp.example"), QStringLiteral("admin"));
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const QString server = fake.url().toString();

    // A wrong password: exit 3 and the LDAP sentence, not "server error".
    const RunResult wrong =
        runCli(sandbox,
               {QStringLiteral("login"), QStringLiteral("--server"), server, QStringLiteral("--ldap"),
                QStringLiteral("--user"), QStringLiteral("jdoe")},
               "nope\n");
    QVERIFY2(wrong.exitCode == Auth, qPrintable(wrong.describe()));
    QVERIFY2(wrong.err.contains(QLatin1String("user name or password is wrong")),
             qPrintable(wrong.describe()));
    QVERIFY(!wrong.all().contains(QLatin1String("HTTP 400")));

    const RunResult login =
        runCli(sandbox,
               {QStringLiteral("login"), QStringLiteral("--server"), server, QStringLiteral("--ldap"),
                QStringLiteral("--user"), QStringLiteral("jdoe")},
               "ldap-pass\n");
    QVERIFY2(login.exitCode == Ok, qPrintable(login.describe()));
    QVERIFY(login.out.contains(QLatin1String("jane.doe@corp.example")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/ldap")), 2);
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 0);
    const QList<FakeOpenWebUi::Request> requests = fake.requests();
    QJsonObject body;
    for (const FakeOpenWebUi::Request& request : requests) {
        if (request.path == QLatin1String("/api/v1/auths/ldap"))
            body = QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(body, (QJsonObject{{QStringLiteral("user"), QStringLiteral("jdoe")},
                                {QStringLiteral("password"), QStringLiteral("ldap-pass")}}));
    const QString token =
        keyringLookup(QStringLiteral("http://127.0.0.1:%1|jdoe|session").arg(fake.url().port()));
    QVERIFY2(token.startsWith(QLatin1String("eyJ")), qPrintable(token));

    // The saved LDAP session: status says so, and no password is asked again.
    const RunResult status = runCli(sandbox, {QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == Ok, qPrintable(status.describe()));
    QCOMPARE(status.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("auth")).toString(),
             QStringLiteral("ldap"));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/ldap")), 2);
    for (const RunResult& run : {wrong, login, status})
        verifyNoSecrets(run, {QStringLiteral("ldap-pass"), token});
    QCOMPARE(sandbox.filesContaining(QStringLiteral("ldap-pass")), QStringList());

    // --ldap on a server without LDAP: said before any password is read or sent.
    fake.setLdapEnabled(false);
    const RunResult off = runCli(sandbox,
                                 {QStringLiteral("login"), QStringLiteral("--server"), server,
                                  QStringLiteral("--ldap"), QStringLiteral("--user"), QStringLiteral("jdoe")},
                                 "ldap-pass\n");
    QVERIFY2(off.exitCode == Auth, qPrintable(off.describe()));
    QVERIFY(off.err.contains(QLatin1String("does not offer LDAP sign-in")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/ldap")), 2);
}

// Behind a trusted-header proxy a password cannot get in: login says how to get an API key and
// exits 3 without asking for (or sending) the password.
void TstCli::trustedHeaderLoginExplainsApiKeys()
{
    FakeOpenWebUi fake(FakeProfile::V0_6);
    prepare(fake);
    fake.setTrustedHeaderAuth(true);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const RunResult run = runCli(sandbox,
                                 {QStringLiteral("login"), QStringLiteral("--server"), fake.url().toString(),
                                  QStringLiteral("--email"), QStringLiteral("admin@example.com"),
                                  QStringLiteral("--no-keychain")},
                                 kPassword.toUtf8() + '\n');
    QVERIFY2(run.exitCode == Auth, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QLatin1String("reverse proxy")), qPrintable(run.describe()));
    QVERIFY(run.err.contains(QLatin1String("Settings > Account > API keys")));
    QVERIFY(run.err.contains(QLatin1String("--api-key-stdin")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 0);
}

// --server HOST:PORT without a scheme on another computer: https first, then plain http to find
// the server; the password is not sent over it until the user types http:// themselves.
void TstCli::addressWithoutSchemeFallsBackToHttp()
{
    const std::optional<QHostAddress> address = nonLoopbackAddress();
    if (!address)
        QSKIP("this machine has no non-loopback IPv4 address");
    FakeOpenWebUi fake(FakeProfile::V0_11);
    prepare(fake);
    QVERIFY(fake.listen(0, *address));
    Sandbox sandbox;
    const QString typed = QStringLiteral("%1:%2").arg(address->toString()).arg(fake.url().port());
    const RunResult run =
        runCli(sandbox,
               {QStringLiteral("login"), QStringLiteral("--server"), typed, QStringLiteral("--email"),
                QStringLiteral("admin@example.com"), QStringLiteral("--no-keychain")},
               kPassword.toUtf8() + '\n');
    QVERIFY2(run.exitCode == Unreachable, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("use the address %1").arg(fake.url().toString())),
             qPrintable(run.describe()));
    QVERIFY(run.err.contains(QLatin1String("nothing was sent")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 0);

    // Typed as http:// by the user: signed in, with the plain-http warning.
    const RunResult http = runCli(sandbox,
                                  {QStringLiteral("login"), QStringLiteral("--server"), fake.url().toString(),
                                   QStringLiteral("--email"), QStringLiteral("admin@example.com"),
                                   QStringLiteral("--no-keychain")},
                                  kPassword.toUtf8() + '\n');
    QVERIFY2(http.exitCode == Ok, qPrintable(http.describe()));
    QVERIFY(http.err.contains(QLatin1String("unencrypted")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 1);

    // Typed with https://: no fallback, a handshake error without a certificate, nothing sent.
    const RunResult https = runCli(sandbox,
                                   {QStringLiteral("login"), QStringLiteral("--server"),
                                    QStringLiteral("https://") + typed, QStringLiteral("--email"),
                                    QStringLiteral("admin@example.com"), QStringLiteral("--no-keychain")},
                                   kPassword.toUtf8() + '\n');
    QVERIFY2(https.exitCode == Unreachable, qPrintable(https.describe()));
    QVERIFY(https.err.contains(QLatin1String("could not be set up")));
    QVERIFY(!https.err.contains(QLatin1String("plain HTTP")));
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 1);
}

// A server name and model ids with terminal escapes, a newline and a right-to-left override: the
// text output shows them escaped (\x1b, \n, \u202e) on the line they belong to; --json keeps them
// exactly as the server sent them.
// A restricted API key may read the task settings but not the model list: `status` still shows the
// settings, and says the task models were not checked rather than failing or claiming they are fine.
void TstCli::statusAnswersWithoutTheModelList()
{
    FakeOpenWebUi fake;
    prepare(fake);
    fake.setApiKeysEnabled(true);
    QJsonObject config = fake.taskConfig();
    config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b"));
    fake.setTaskConfig(config);
    fake.setFault(QStringLiteral("/api/models"), FakeFault::ServerError);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const QStringList common{QStringLiteral("--server"), fake.url().toString(),
                             QStringLiteral("--no-keychain")};
    const QHash<QString, QString> key{{QStringLiteral("OWUI_API_KEY"), kApiKey}};

    const RunResult status = runCli(sandbox, QStringList{QStringLiteral("status")} + common, {}, key);
    QVERIFY2(status.exitCode == Ok, qPrintable(status.describe()));
    QVERIFY2(status.out.contains(QLatin1String("qwen2.5:3b")), qPrintable(status.describe()));
    QVERIFY2(status.err.contains(QLatin1String("the task models were not checked")),
             qPrintable(status.describe()));
    // The list as the server shows it (who may use which model), not a refresh of every connection.
    bool askedForModels = false;
    for (const FakeOpenWebUi::Request& request : fake.requests()) {
        if (request.path == QLatin1String("/api/models")) {
            askedForModels = true;
            QVERIFY(!request.query.hasQueryItem(QStringLiteral("refresh")));
        }
    }
    QVERIFY(askedForModels);

    // The settings themselves failing is a failure, whatever the models say.
    fake.clearFaults();
    fake.setFault(QStringLiteral("/api/v1/tasks/config"), FakeFault::ServerError, -1, "GET");
    const RunResult broken = runCli(sandbox, QStringList{QStringLiteral("status")} + common, {}, key);
    QVERIFY2(broken.exitCode != Ok, qPrintable(broken.describe()));
    QVERIFY2(!broken.out.contains(QLatin1String("qwen2.5:3b")), qPrintable(broken.describe()));
}

void TstCli::hostileNamesAreShownAsText()
{
    FakeOpenWebUi fake;
    prepare(fake);
    fake.setApiKeysEnabled(true);
    fake.addHostileNames();
    const QString escapeId = QStringLiteral("evil\x1b]0;pwned\x07\x1b[2J:1b");
    const QString newlineId = QStringLiteral("two\nlines:1b");
    QJsonObject config = fake.taskConfig();
    config.insert(QStringLiteral("TASK_MODEL"), escapeId);
    config.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), newlineId);
    fake.setTaskConfig(config);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const QStringList common{QStringLiteral("--server"), fake.url().toString(),
                             QStringLiteral("--no-keychain")};
    const QHash<QString, QString> key{{QStringLiteral("OWUI_API_KEY"), kApiKey}};

    const RunResult status = runCli(sandbox, QStringList{QStringLiteral("status")} + common, {}, key);
    QVERIFY2(status.exitCode == Ok, qPrintable(status.describe()));
    const RunResult test = runCli(sandbox, QStringList{QStringLiteral("test")} + common, {}, key);
    QVERIFY2(test.finished && test.exitStatus == QProcess::NormalExit, qPrintable(test.describe()));
    QVERIFY2(test.out.contains(QLatin1String("evil\\x1b]0;pwned\\x07\\x1b[2J:1b")),
             qPrintable(test.describe()));
    const RunResult apply =
        runCli(sandbox,
               QStringList{QStringLiteral("apply"), QStringLiteral("local"), QStringLiteral("--model"),
                           QChar(0x202e) + QStringLiteral("b3:2.3amall")} +
                   common,
               {}, key);
    QVERIFY2(apply.exitCode == Ok, qPrintable(apply.describe()));
    QCOMPARE(fake.taskConfig().value(QStringLiteral("TASK_MODEL")).toString(),
             QChar(0x202e) + QStringLiteral("b3:2.3amall"));

    for (const RunResult* run : {&status, &test, &apply}) {
        const QString all = run->all();
        for (const QChar raw : {QChar(0x1b), QChar(0x07), QChar(0x202e)})
            QVERIFY2(!all.contains(raw),
                     qPrintable(QStringLiteral("raw U+%1 in:\n").arg(raw.unicode(), 4, 16, QLatin1Char('0')) +
                                run->describe()));
        // The newline in the id is shown, not obeyed: no line starts with the id's second half.
        const QStringList lines = all.split(QLatin1Char('\n'));
        for (const QString& line : lines)
            QVERIFY2(!line.startsWith(QLatin1String("lines:1b")), qPrintable(run->describe()));
    }
    QVERIFY2(status.out.contains(QLatin1String("Open</b> WebUI\\x1b]0;pwned\\x07\\n\\u202eevil")),
             qPrintable(status.describe()));
    QVERIFY2(status.out.contains(QLatin1String("evil\\x1b]0;pwned\\x07\\x1b[2J:1b")),
             qPrintable(status.describe()));
    QVERIFY2(status.out.contains(QLatin1String("two\\nlines:1b")), qPrintable(status.describe()));
    QVERIFY2(apply.out.contains(QLatin1String("\\u202eb3:2.3amall")), qPrintable(apply.describe()));

    // --json is for programs: the strings exactly as the server sent them.
    const RunResult json =
        runCli(sandbox, QStringList{QStringLiteral("status"), QStringLiteral("--json")} + common, {}, key);
    QVERIFY2(json.exitCode == Ok, qPrintable(json.describe()));
    QCOMPARE(json.json().value(QStringLiteral("server")).toObject().value(QStringLiteral("name")).toString(),
             FakeOpenWebUi::hostileServerName());
    // (apply local set both slots to the right-to-left id)
    QCOMPARE(json.json().value(QStringLiteral("task_model_external")).toString(),
             QChar(0x202e) + QStringLiteral("b3:2.3amall"));
}

void TstCli::ctrlCSaysWhatTheServerMayHold_data()
{
    QTest::addColumn<bool>("whileSaving");
    QTest::newRow("before-the-save") << false;
    QTest::newRow("while-saving") << true;
}

void TstCli::ctrlCSaysWhatTheServerMayHold()
{
    QFETCH(bool, whileSaving);
    FakeOpenWebUi fake(FakeProfile::V0_6);
    prepare(fake);
    fake.setApiKeysEnabled(true);
    QVERIFY(fake.listen());
    Sandbox sandbox;
    const QJsonObject before = fake.taskConfig();
    const QString updatePath = QStringLiteral("/api/v1/tasks/config/update");
    // The request Ctrl-C comes during: the save (which the server then applies late), or the
    // first read of the settings.
    const QString slowPath = whileSaving ? updatePath : QStringLiteral("/api/v1/tasks/config");
    fake.setDelay(slowPath, 1500, 1);

    QProcess process;
    process.setProcessEnvironment(sandbox.environment({{QStringLiteral("OWUI_API_KEY"), kApiKey}}));
    QSignalSpy finished(&process, &QProcess::finished);
    connect(&fake, &FakeOpenWebUi::requestReceived, &process,
            [&process, slowPath](const QByteArray&, const QString& path) {
                if (path == slowPath && process.state() == QProcess::Running)
                    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
            });
    process.start(QStringLiteral(CLI_PATH),
                  {QStringLiteral("apply"), QStringLiteral("quiet"), QStringLiteral("--server"),
                   fake.url().toString(), QStringLiteral("--no-keychain")});
    QVERIFY(finished.wait(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 130, qPrintable(err));
    if (whileSaving) {
        QVERIFY2(err.contains(QStringLiteral("Stopped while saving: the server may already hold")),
                 qPrintable(err));
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("restore \\S+"))), qPrintable(err));
        // And so it does: the server applies the save it received.
        QTRY_VERIFY_WITH_TIMEOUT(fake.taskConfig() != before, 5000);
    } else {
        QVERIFY2(err.contains(QStringLiteral("Stopped before anything on the server was changed.")),
                 qPrintable(err));
        QCOMPARE(fake.requestCount("POST", updatePath), 0);
        QCOMPARE(fake.taskConfig(), before);
    }
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
