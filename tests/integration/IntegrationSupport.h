#pragma once

// Shared by the integration tests: each drives one core operation against an in-process
// FakeOpenWebUi (tests/support) over real HTTP on 127.0.0.1.

#include "ApiError.h"
#include "Connector.h"
#include "FakeOpenWebUi.h"
#include "OpenWebUiClient.h"
#include "Session.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

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
