#pragma once

// Shared by the integration tests: each drives one core operation against an in-process
// FakeOpenWebUi (tests/support) over real HTTP on 127.0.0.1.

#include "ApiError.h"
#include "BackupStore.h"
#include "ConfigApplier.h"
#include "Connector.h"
#include "FakeOpenWebUi.h"
#include "ModelCatalog.h"
#include "ModelPuller.h"
#include "OpenWebUiClient.h"
#include "Preset.h"
#include "ProbeResult.h"
#include "Session.h"
#include "TaskConfig.h"
#include "TaskProbe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

Q_DECLARE_METATYPE(tma::test::FakeProfile)

namespace tma::itest {

using tma::test::FakeOpenWebUi;
using tma::test::FakeProfile;

constexpr int kWaitMs = 15000;

// Every secret the fake knows by default. None of them may ever show up in an error text.
inline QStringList defaultSecrets()
{
    return {QStringLiteral("admin-pass"), QStringLiteral("user-pass"), QStringLiteral("pending-pass"),
            QStringLiteral("sk-admin-key"), QStringLiteral("sk-user-key"), QStringLiteral("sk-pending-key")};
}

// One data row per fake profile, named "0.4", "0.5", "0.6", "0.11".
inline void addProfileColumn()
{
    QTest::addColumn<FakeProfile>("profile");
}

inline void addProfileRows()
{
    addProfileColumn();
    const QList<FakeProfile> profiles = tma::test::allProfiles();
    for (FakeProfile profile : profiles)
        QTest::newRow(tma::test::profileName(profile).toLatin1().constData()) << profile;
}

inline QString taskRoot(FakeProfile profile)
{
    return profile == FakeProfile::V0_4 ? QStringLiteral("/api/task") : QStringLiteral("/api/v1/tasks");
}

inline QString taskConfigPath(FakeProfile profile)
{
    return taskRoot(profile) + QStringLiteral("/config");
}

inline QString taskUpdatePath(FakeProfile profile)
{
    return taskRoot(profile) + QStringLiteral("/config/update");
}

inline QString titlePath(FakeProfile profile)
{
    return taskRoot(profile) + QStringLiteral("/title/completions");
}

inline QJsonObject bodyOf(const FakeOpenWebUi::Request& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// "GET /api/version" for each request the fake received, for readable comparisons.
inline QStringList callList(const FakeOpenWebUi& fake)
{
    QStringList calls;
    const QList<FakeOpenWebUi::Request> requests = fake.requests();
    for (const FakeOpenWebUi::Request& request : requests)
        calls << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    return calls;
}

// `calls` with its first `together` entries sorted: requests sent at once arrive in any order.
inline QStringList sortedFirst(QStringList calls, int together)
{
    std::sort(calls.begin(), calls.begin() + std::min<qsizetype>(together, calls.size()));
    return calls;
}

// The call list with discovery's /ready and /api/config (sent together, so arriving in either
// order) always in that order.
inline QStringList callListOfDiscovery(const FakeOpenWebUi& fake)
{
    QStringList calls = callList(fake);
    const QStringList pair{QStringLiteral("GET /api/config"), QStringLiteral("GET /ready")};
    if (calls.size() >= 2 && calls.mid(0, 2) == pair)
        std::swap(calls[0], calls[1]);
    return calls;
}

inline QList<FakeOpenWebUi::Request> requestsTo(const FakeOpenWebUi& fake, const QByteArray& method,
                                                 const QString& path)
{
    QList<FakeOpenWebUi::Request> matching;
    const QList<FakeOpenWebUi::Request> requests = fake.requests();
    for (const FakeOpenWebUi::Request& request : requests) {
        if (request.method == method && request.path == path)
            matching << request;
    }
    return matching;
}

// Fails the current test if a secret shows up in what a user would see of the error.
inline void verifyNoSecrets(const ApiError& error, QStringList secrets = {})
{
    secrets << defaultSecrets();
    for (const QString& secret : std::as_const(secrets)) {
        if (secret.isEmpty())
            continue;
        QVERIFY2(!error.message().contains(secret), qPrintable(QStringLiteral("secret in message: ") + error.message()));
        QVERIFY2(!error.detail().contains(secret), qPrintable(QStringLiteral("secret in detail: ") + error.detail()));
        QVERIFY2(!error.endpoint().contains(secret), qPrintable(error.endpoint()));
    }
}

// The secrets (the defaults plus `extra`) that show up in what a user would see of the error; for
// checks that collect problems instead of failing at once (see verifyNoSecrets()).
inline QStringList leakedSecrets(const ApiError& error, QStringList extra = {})
{
    extra << defaultSecrets();
    QStringList leaked;
    for (const QString& secret : std::as_const(extra)) {
        if (secret.isEmpty() || leaked.contains(secret))
            continue;
        if (error.message().contains(secret) || error.detail().contains(secret) || error.endpoint().contains(secret))
            leaked << secret;
    }
    return leaked;
}

// Runs the event loop until done() is true or timeoutMs passed; returns done(). Unlike QTest::qWaitFor
// it never naps between rounds (qWaitFor sleeps 10 ms each time), so a chain of requests to the
// in-process fake takes milliseconds instead of ~30 ms per request.
inline bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    QTimer wake; // makes the last WaitForMoreEvents return (precise: a coarse timer may fire early)
    wake.setSingleShot(true);
    wake.setTimerType(Qt::PreciseTimer);
    while (!done() && !deadline.hasExpired()) {
        if (!wake.isActive())
            wake.start(std::max<int>(1, static_cast<int>(deadline.remainingTime())));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return done();
}

// Lets whatever is already under way go on for `ms` (to catch a second result signal).
inline void spinFor(int ms)
{
    (void)spinUntil([] { return false; }, ms);
}

// The result of one Connector run.
struct ConnectOutcome
{
    std::optional<Session> session;
    std::optional<ServerInfo> info;
    std::optional<ApiError> error;
    QList<Connector::Step> steps;
    int emissions = 0; // connected + probed + failed: must end up 1
};

// Runs connector.connectAs() (or probe() when `credentials` is empty) to its end.
inline ConnectOutcome runConnector(Connector& connector, const std::optional<Credentials>& credentials,
                                   int timeoutMs = kWaitMs)
{
    auto outcome = std::make_shared<ConnectOutcome>();
    QObject context;
    QObject::connect(&connector, &Connector::stepChanged, &context,
                     [outcome](Connector::Step step) { outcome->steps << step; });
    QObject::connect(&connector, &Connector::connected, &context, [outcome](const Session& session) {
        outcome->session = session;
        ++outcome->emissions;
    });
    QObject::connect(&connector, &Connector::probed, &context, [outcome](const ServerInfo& info) {
        outcome->info = info;
        ++outcome->emissions;
    });
    QObject::connect(&connector, &Connector::failed, &context, [outcome](const ApiError& error) {
        outcome->error = error;
        ++outcome->emissions;
    });
    if (credentials)
        connector.connectAs(*credentials);
    else
        connector.probe();
    (void)QTest::qWaitFor([outcome] { return outcome->emissions > 0; }, timeoutMs);
    // A second signal would be a bug: give it a moment to show up.
    QTest::qWait(20);
    return *outcome;
}

inline Credentials adminPassword()
{
    Credentials credentials;
    credentials.email = QStringLiteral("admin@example.com");
    credentials.password = QStringLiteral("admin-pass");
    return credentials;
}

// Signs the client in as the admin (password) through the real Connector.
inline std::optional<Session> signInAdmin(OpenWebUiClient& client)
{
    Connector connector(&client);
    const ConnectOutcome outcome = runConnector(connector, adminPassword());
    return outcome.session;
}

// The result of one ConfigApplier::apply().
struct ApplierRun
{
    bool finished = false;
    bool failed = false;
    ConfigApplier::Report report;
    ApiError error;
    int emissions = 0; // finished + failed: must end up 1
};

// Runs applier.apply(preset) to its end (or for at most timeoutMs), waiting with spinUntil().
inline ApplierRun runApplier(ConfigApplier& applier, const Preset& preset, int timeoutMs = kWaitMs)
{
    auto run = std::make_shared<ApplierRun>();
    QObject context;
    QObject::connect(&applier, &ConfigApplier::finished, &context, [run](const ConfigApplier::Report& report) {
        run->finished = true;
        run->report = report;
        ++run->emissions;
    });
    QObject::connect(&applier, &ConfigApplier::failed, &context,
                     [run](const ApiError& error, const ConfigApplier::Report& report) {
                         run->failed = true;
                         run->error = error;
                         run->report = report;
                         ++run->emissions;
                     });
    applier.apply(preset);
    (void)spinUntil([run] { return run->emissions > 0; }, timeoutMs);
    spinFor(5); // a second signal would be a bug
    return *run;
}

// The result of one ModelPuller::pull().
struct PullerRun
{
    std::optional<ModelCatalog> models;
    std::optional<ApiError> error;
    int progressEvents = 0;
    int emissions = 0; // finished + failed; 0 = still running after the wait (then cancelled)
};

// Runs puller.pull(model) for at most timeoutMs (spinUntil()); a pull still running then is cancelled.
inline PullerRun runPuller(ModelPuller& puller, const QString& model, int timeoutMs = kWaitMs)
{
    auto run = std::make_shared<PullerRun>();
    QObject context;
    QObject::connect(&puller, &ModelPuller::progress, &context, [run] { ++run->progressEvents; });
    QObject::connect(&puller, &ModelPuller::finished, &context, [run](const ModelCatalog& models) {
        run->models = models;
        ++run->emissions;
    });
    QObject::connect(&puller, &ModelPuller::failed, &context, [run](const ApiError& error) {
        run->error = error;
        ++run->emissions;
    });
    puller.pull(model);
    if (!spinUntil([run] { return run->emissions > 0; }, timeoutMs))
        puller.cancel();
    spinFor(5);
    return *run;
}

// The result of one TaskProbe::run().
struct TaskProbeRun
{
    std::optional<QList<ProbeResult>> results;
    std::optional<ApiError> error;
    int emissions = 0; // finished + failed; 0 = still running after the wait (then cancelled)
};

// Runs probe.run(config) (fetching the model list itself) for at most timeoutMs (spinUntil()); a
// probe still running then is cancelled.
inline TaskProbeRun runTaskProbe(TaskProbe& probe, const TaskConfig& config, int timeoutMs = kWaitMs)
{
    auto run = std::make_shared<TaskProbeRun>();
    QObject context;
    QObject::connect(&probe, &TaskProbe::finished, &context, [run](const QList<ProbeResult>& results) {
        run->results = results;
        ++run->emissions;
    });
    QObject::connect(&probe, &TaskProbe::failed, &context, [run](const ApiError& error) {
        run->error = error;
        ++run->emissions;
    });
    probe.run(config);
    if (!spinUntil([run] { return run->emissions > 0; }, timeoutMs))
        probe.cancel();
    spinFor(5);
    return *run;
}

// What is wrong with backup `backupId` as it lies on disk: missing, not JSON, not a backup, or not
// holding `taskConfig`. Empty = intact. Reads the file itself, not only through the store.
inline QStringList backupDefects(const BackupStore& store, const QString& backupId, const QJsonObject& taskConfig)
{
    if (backupId.isEmpty())
        return {QStringLiteral("no backup id")};
    QFile file(store.directory() + QLatin1Char('/') + backupId + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("backup file missing: ") + file.fileName()};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {QStringLiteral("backup file is not JSON: ") + parseError.errorString()};
    Backup backup;
    if (!Backup::fromJson(document.object(), &backup))
        return {QStringLiteral("backup file is not a backup")};
    QStringList defects;
    if (backup.taskConfig != taskConfig)
        defects << QStringLiteral("backup differs from the settings before the change in: ") +
                       TaskConfig(backup.taskConfig).differingKeys(TaskConfig(taskConfig)).join(QStringLiteral(", "));
    const std::optional<Backup> listed = store.find(backupId);
    if (!listed || listed->taskConfig != taskConfig)
        defects << QStringLiteral("the backup store does not return the backup");
    (void)store.list(); // scans every file: a damaged neighbour shows up in problems()
    if (!store.problems().isEmpty())
        defects << QStringLiteral("backup store problems: ") + store.problems().join(QStringLiteral("; "));
    return defects;
}

// runConnector() and signInAdmin() waiting with spinUntil(): for tests that run hundreds of connects.
inline ConnectOutcome connectQuickly(Connector& connector, const Credentials& credentials, int timeoutMs = kWaitMs)
{
    auto outcome = std::make_shared<ConnectOutcome>();
    QObject context;
    QObject::connect(&connector, &Connector::stepChanged, &context,
                     [outcome](Connector::Step step) { outcome->steps << step; });
    QObject::connect(&connector, &Connector::connected, &context, [outcome](const Session& session) {
        outcome->session = session;
        ++outcome->emissions;
    });
    QObject::connect(&connector, &Connector::probed, &context, [outcome](const ServerInfo& info) {
        outcome->info = info;
        ++outcome->emissions;
    });
    QObject::connect(&connector, &Connector::failed, &context, [outcome](const ApiError& error) {
        outcome->error = error;
        ++outcome->emissions;
    });
    connector.connectAs(credentials);
    (void)spinUntil([outcome] { return outcome->emissions > 0; }, timeoutMs);
    spinFor(5); // a second signal would be a bug
    return *outcome;
}

inline std::optional<Session> signInAdminQuickly(OpenWebUiClient& client)
{
    Connector connector(&client);
    return connectQuickly(connector, adminPassword()).session;
}

// TMA_DATA_DIR pointing at a fresh temporary folder for the lifetime of the object.
class DataDir
{
public:
    DataDir()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("TMA_DATA_DIR", m_dir->path().toLocal8Bit());
    }
    ~DataDir() { qunsetenv("TMA_DATA_DIR"); }
    DataDir(const DataDir&) = delete;
    DataDir& operator=(const DataDir&) = delete;

    bool isValid() const { return m_dir->isValid(); }
    QString path() const { return m_dir->path(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

// Files under `root` whose bytes contain `needle`.
inline QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

inline int fileCount(const QString& root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace tma::itest
