// The fault matrix: every operation a user starts (connect, apply the quiet and the local preset,
// pull a model, test the task model) against every way the server or the network can fail, on every
// fake profile (0.4, 0.5, 0.6, 0.11). Each row checks the four promises:
//   1. a clear message of the right kind (ApiError::Kind, non-empty message, no secret in it);
//   2. the server's settings unchanged or fully applied, never half (and ConfigApplier::Report::
//      serverUnchanged telling the truth);
//   3. the backup written before a change intact on disk;
//   4. the same client usable once the fault is gone.
// Every row records its outcome first and asserts afterwards, so a failing row still shows up in the
// table. With TMA_FAULT_MATRIX_OUT=path each row appends one tab-separated line to that file;
// scripts/fault-matrix.sh turns the lines into tests/FAULT_MATRIX.md.

#include "IntegrationSupport.h"

#include <QJsonArray>

#include <iterator>

using namespace tma;
using namespace tma::itest;
using tma::test::FakeFault;
using tma::test::FakeModel;

namespace {

enum class Op
{
    Connect,
    ApplyQuiet,
    ApplyLocal,
    Pull,
    Test,
};

enum class Fault
{
    Timeout,            // Hang + a 400 ms client timeout
    Reset,              // the connection closes without an answer
    ServerError,        // 500 with a JSON detail
    BadGateway,         // 502 with nginx's HTML page
    Html,               // 200 text/html (an authenticating proxy's login page)
    BadJson,            // 200 application/json, truncated
    ExpiredToken,       // 401 in the middle of the operation
    Invalid422,         // a real 422: the stored settings hold a value the update form refuses
    Missing422,         // a real 422: the update needs a field the GET lacks
    NotPersisted,       // the update is echoed but not stored
    ChangedBeforeRead,  // another admin saved after the user looked (setExpected)
    ChangedDuringApply, // another admin saved between the applier's read and its write
};

const Op kOps[] = {Op::Connect, Op::ApplyQuiet, Op::ApplyLocal, Op::Pull, Op::Test};
const Fault kFaults[] = {Fault::Timeout,    Fault::Reset,        Fault::ServerError, Fault::BadGateway,
                         Fault::Html,       Fault::BadJson,      Fault::ExpiredToken, Fault::Invalid422,
                         Fault::Missing422, Fault::NotPersisted, Fault::ChangedBeforeRead,
                         Fault::ChangedDuringApply};

constexpr int kClientTimeoutMs = 400; // the timeout rows: short, so the matrix stays quick
constexpr int kHangWaitMs = 2000;     // a 400 ms timeout has long fired by then
const QString kPullModel = QStringLiteral("gemma2:2b");
const QString kLocalModel = QStringLiteral("qwen2.5:3b");
// A template every profile's form requires as a (non-nullable) string.
const QString kInvalidKey = QStringLiteral("QUERY_GENERATION_PROMPT_TEMPLATE");

QString opId(Op op)
{
    switch (op) {
    case Op::Connect: return QStringLiteral("connect");
    case Op::ApplyQuiet: return QStringLiteral("apply-quiet");
    case Op::ApplyLocal: return QStringLiteral("apply-local");
    case Op::Pull: return QStringLiteral("pull");
    case Op::Test: return QStringLiteral("test");
    }
    return {};
}

QString opLabel(Op op)
{
    switch (op) {
    case Op::Connect: return QStringLiteral("connect (password)");
    case Op::ApplyQuiet: return QStringLiteral("apply quiet");
    case Op::ApplyLocal: return QStringLiteral("apply local qwen2.5:3b");
    case Op::Pull: return QStringLiteral("pull gemma2:2b");
    case Op::Test: return QStringLiteral("test (title task)");
    }
    return {};
}

QString faultId(Fault fault)
{
    switch (fault) {
    case Fault::Timeout: return QStringLiteral("timeout");
    case Fault::Reset: return QStringLiteral("reset");
    case Fault::ServerError: return QStringLiteral("500");
    case Fault::BadGateway: return QStringLiteral("502");
    case Fault::Html: return QStringLiteral("html");
    case Fault::BadJson: return QStringLiteral("bad-json");
    case Fault::ExpiredToken: return QStringLiteral("401");
    case Fault::Invalid422: return QStringLiteral("422-invalid");
    case Fault::Missing422: return QStringLiteral("422-missing");
    case Fault::NotPersisted: return QStringLiteral("not-persisted");
    case Fault::ChangedBeforeRead: return QStringLiteral("changed-before-read");
    case Fault::ChangedDuringApply: return QStringLiteral("changed-during-apply");
    }
    return {};
}

QString faultLabel(Fault fault)
{
    switch (fault) {
    case Fault::Timeout: return QStringLiteral("timeout (hang, 400 ms)");
    case Fault::Reset: return QStringLiteral("connection reset");
    case Fault::ServerError: return QStringLiteral("5xx: 500");
    case Fault::BadGateway: return QStringLiteral("5xx: 502 HTML page");
    case Fault::Html: return QStringLiteral("HTML instead of JSON");
    case Fault::BadJson: return QStringLiteral("malformed JSON");
    case Fault::ExpiredToken: return QStringLiteral("401 mid-flow");
    case Fault::Invalid422: return QStringLiteral("422: stored value invalid");
    case Fault::Missing422: return QStringLiteral("422: field missing, retried");
    case Fault::NotPersisted: return QStringLiteral("update not persisted");
    case Fault::ChangedBeforeRead: return QStringLiteral("changed since the user read");
    case Fault::ChangedDuringApply: return QStringLiteral("changed between read and write");
    }
    return {};
}

bool isApply(Op op)
{
    return op == Op::ApplyQuiet || op == Op::ApplyLocal;
}

// Why a cell can't exist, or nullopt when it is tested.
std::optional<QString> notApplicableReason(Op op, Fault fault)
{
    if (isApply(op))
        return std::nullopt;
    switch (fault) {
    case Fault::Invalid422:
    case Fault::Missing422:
        return QStringLiteral("n/a (client always sends the full object)");
    case Fault::NotPersisted:
        return QStringLiteral("n/a (writes no settings)");
    case Fault::ChangedBeforeRead:
    case Fault::ChangedDuringApply:
        return QStringLiteral("n/a (no read-modify-write)");
    default:
        return std::nullopt;
    }
}

QString kindName(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    switch (kind) {
    case Kind::None: return QStringLiteral("None");
    case Kind::Unreachable: return QStringLiteral("Unreachable");
    case Kind::Tls: return QStringLiteral("Tls");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    case Kind::ServerStarting: return QStringLiteral("ServerStarting");
    case Kind::WrongCredentials: return QStringLiteral("WrongCredentials");
    case Kind::SessionExpired: return QStringLiteral("SessionExpired");
    case Kind::NotAdmin: return QStringLiteral("NotAdmin");
    case Kind::ApiKeysDisabled: return QStringLiteral("ApiKeysDisabled");
    case Kind::EndpointRestricted: return QStringLiteral("EndpointRestricted");
    case Kind::PasswordAuthDisabled: return QStringLiteral("PasswordAuthDisabled");
    case Kind::MfaRequired: return QStringLiteral("MfaRequired");
    case Kind::RateLimited: return QStringLiteral("RateLimited");
    case Kind::UnexpectedContent: return QStringLiteral("UnexpectedContent");
    case Kind::Validation: return QStringLiteral("Validation");
    case Kind::NotFound: return QStringLiteral("NotFound");
    case Kind::TooLarge: return QStringLiteral("TooLarge");
    case Kind::Server: return QStringLiteral("Server");
    case Kind::Conflict: return QStringLiteral("Conflict");
    case Kind::NotPersisted: return QStringLiteral("NotPersisted");
    case Kind::Invalid: return QStringLiteral("Invalid");
    case Kind::ModelNotFound:
        return QStringLiteral("ModelNotFound");
    case Kind::ConnectionConflict:
        return QStringLiteral("ConnectionConflict");
    case Kind::ProviderRefused:
        return QStringLiteral("ProviderRefused");
    case Kind::LdapFailed:
        return QStringLiteral("LdapFailed");
    case Kind::LdapDisabled:
        return QStringLiteral("LdapDisabled");
    case Kind::TrustedHeaderRequired:
        return QStringLiteral("TrustedHeaderRequired");
    case Kind::PlainHttpOnly:
        return QStringLiteral("PlainHttpOnly");
    }
    return QStringLiteral("?");
}

// The error kind each fault must produce; nullopt = the operation must succeed.
std::optional<ApiError::Kind> expectedKind(Fault fault)
{
    using Kind = ApiError::Kind;
    switch (fault) {
    case Fault::Timeout: return Kind::Timeout;
    case Fault::Reset: return Kind::Unreachable;
    case Fault::ServerError: return Kind::Server;
    // A proxy's HTML error page is never read as Open WebUI's API (tst_responseclassifier).
    case Fault::BadGateway: return Kind::UnexpectedContent;
    case Fault::Html: return Kind::UnexpectedContent;
    case Fault::BadJson: return Kind::UnexpectedContent;
    case Fault::ExpiredToken: return Kind::SessionExpired;
    case Fault::Invalid422: return Kind::Validation;
    case Fault::Missing422: return std::nullopt; // the applier fills the field and retries once
    case Fault::NotPersisted: return Kind::NotPersisted;
    case Fault::ChangedBeforeRead: return Kind::Conflict;
    case Fault::ChangedDuringApply: return Kind::Conflict;
    }
    return std::nullopt;
}

int expectedStatus(Fault fault)
{
    switch (fault) {
    case Fault::ServerError: return 500;
    case Fault::BadGateway: return 502;
    case Fault::ExpiredToken: return 401;
    case Fault::Invalid422: return 422;
    default: return -1; // not checked
    }
}

// Missing422: the GET lacks a field the update requires (a proxy or a fork that drops it); the
// applier learns it from the 422 and fills its default. One field each profile's form has.
struct MissingField
{
    QString field;
    QJsonValue defaultValue;
};

MissingField missingFieldFor(FakeProfile profile)
{
    switch (profile) {
    case FakeProfile::V0_4:
        return {QStringLiteral("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"), -1};
    case FakeProfile::V0_5:
        return {QStringLiteral("IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE"), QString()};
    case FakeProfile::V0_6:
        return {QStringLiteral("FOLLOW_UP_GENERATION_PROMPT_TEMPLATE"), QString()};
    case FakeProfile::V0_11:
        return {QStringLiteral("AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE"), QString()};
    }
    return {};
}

// What FakeFault::ConcurrentChange makes of the task settings (FakeOpenWebUi::getTaskConfig).
QJsonObject changedByOtherAdmin(QJsonObject config)
{
    config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("someone-else:1b"));
    config.insert(QStringLiteral("ENABLE_TAGS_GENERATION"),
                  !config.value(QStringLiteral("ENABLE_TAGS_GENERATION")).toBool(true));
    return config;
}

Preset presetFor(Op op)
{
    return op == Op::ApplyQuiet ? Preset::quiet() : Preset::local(kLocalModel);
}

// The fake's biggest local model is the chat model the probe picks; its default 2.1 s is too slow here.
void quickModels(FakeOpenWebUi& fake)
{
    FakeModel big;
    big.id = QStringLiteral("llama3.1:70b");
    big.sizeBytes = 42520412561LL;
    big.parameterSize = QStringLiteral("70.6B");
    big.latencyMs = 20;
    fake.addModel(big);
    fake.setPullable(kPullModel, 1600000000, 3, 5);
    fake.setPulledModelLatency(10);
}

// Where each operation gets its fault: the request it cannot do without.
struct FaultTarget
{
    QString path;
    QByteArray method;
};

FaultTarget faultTarget(Op op, Fault fault, FakeProfile profile)
{
    switch (op) {
    case Op::Connect:
        if (fault == Fault::ExpiredToken) // a saved session: the check of who it belongs to
            return {QStringLiteral("/api/v1/auths/"), "GET"};
        return {QStringLiteral("/api/v1/auths/signin"), "POST"};
    case Op::ApplyQuiet:
    case Op::ApplyLocal:
        if (fault == Fault::ChangedDuringApply || fault == Fault::ChangedBeforeRead)
            return {taskConfigPath(profile), "GET"};
        return {taskUpdatePath(profile), "POST"};
    case Op::Pull:
        return {QStringLiteral("/ollama/api/pull"), "POST"};
    case Op::Test:
        // Title tasks may take 180 s by design (a cold model loads): the hang goes on the model list.
        if (fault == Fault::Timeout)
            return {QStringLiteral("/api/models"), "GET"};
        return {titlePath(profile), "POST"};
    }
    return {};
}

std::optional<FakeFault> fakeFaultFor(Fault fault)
{
    switch (fault) {
    case Fault::Timeout: return FakeFault::Hang;
    case Fault::Reset: return FakeFault::Reset;
    case Fault::ServerError: return FakeFault::ServerError;
    case Fault::BadGateway: return FakeFault::BadGateway;
    case Fault::Html: return FakeFault::Html;
    case Fault::BadJson: return FakeFault::BadJson;
    case Fault::ExpiredToken: return FakeFault::ExpiredToken;
    case Fault::NotPersisted: return FakeFault::NotPersisted;
    default: return std::nullopt; // made from server state, not a transport fault
    }
}

// What one row found.
struct RowResult
{
    QString outcome = QStringLiteral("?"); // the error kind, "succeeds", or "no answer ..."
    QString state = QStringLiteral("?");   // unchanged | applied | HALF ...
    QString backup = QStringLiteral("?");  // backup ok | no backup | backup BROKEN
    QString recovered = QStringLiteral("?"); // recovers | NO RECOVERY
    QStringList problems;
};

// One operation's run, whatever it was.
struct OpRun
{
    int emissions = 0;
    bool ok = false;
    ApiError error;
    std::optional<ConfigApplier::Report> report;
    qint64 elapsedMs = 0;
    QString detail; // what else went wrong (e.g. the probe's slot outcome)
};

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

// One line per cell for scripts/fault-matrix.sh:
// opIndex, op, faultIndex, fault, profile, outcome, state, backup, recovered, verdict, details.
void record(int opIndex, int faultIndex, FakeProfile profile, const RowResult& row)
{
    const QByteArray path = qgetenv("TMA_FAULT_MATRIX_OUT");
    if (path.isEmpty())
        return;
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        qWarning("cannot append to %s", path.constData());
        return;
    }
    const QStringList fields{QString::number(opIndex),
                             opLabel(kOps[opIndex]),
                             QString::number(faultIndex),
                             faultLabel(kFaults[faultIndex]),
                             tma::test::profileName(profile),
                             row.outcome,
                             row.state,
                             row.backup,
                             row.recovered,
                             row.problems.isEmpty() ? QStringLiteral("pass") : QStringLiteral("FAIL"),
                             row.problems.join(QStringLiteral("; "))};
    QStringList clean;
    for (const QString& field : fields)
        clean << oneLine(field);
    file.write(clean.join(QLatin1Char('\t')).toUtf8() + '\n');
}

int indexOf(Op op)
{
    for (int i = 0; i < int(std::size(kOps)); ++i) {
        if (kOps[i] == op)
            return i;
    }
    return -1;
}

int indexOf(Fault fault)
{
    for (int i = 0; i < int(std::size(kFaults)); ++i) {
        if (kFaults[i] == fault)
            return i;
    }
    return -1;
}

} // namespace

Q_DECLARE_METATYPE(Op)
Q_DECLARE_METATYPE(Fault)

class TstFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void matrix_data();
    void matrix();
    // The cells marked n/a, with their reason checked: these operations send complete bodies,
    // write no settings and read none to write back.
    void notApplicable_data();
    void notApplicable();

private:
    RowResult runRow(Op op, Fault fault, FakeProfile profile);
    // How the connect operation signs in: a password, or (for an expired session) a saved token.
    Credentials m_connectAs;
    OpRun runOperation(Op op, OpenWebUiClient& client, const Session& session, BackupStore& store,
                       const std::optional<TaskConfig>& expected, int waitMs);

    std::unique_ptr<DataDir> m_dataDir;
};

void TstFaultMatrix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstFaultMatrix::init()
{
    m_dataDir = std::make_unique<DataDir>();
    QVERIFY(m_dataDir->isValid());
}

void TstFaultMatrix::cleanup()
{
    m_dataDir.reset();
}

void TstFaultMatrix::matrix_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<Fault>("fault");
    addProfileColumn();
    for (Op op : kOps) {
        for (Fault fault : kFaults) {
            if (notApplicableReason(op, fault))
                continue;
            const QList<FakeProfile> profiles = tma::test::allProfiles();
            for (FakeProfile profile : profiles) {
                QTest::addRow("%s/%s/%s", qPrintable(opId(op)), qPrintable(faultId(fault)),
                              qPrintable(tma::test::profileName(profile)))
                    << op << fault << profile;
            }
        }
    }
}

void TstFaultMatrix::matrix()
{
    QFETCH(Op, op);
    QFETCH(Fault, fault);
    QFETCH(FakeProfile, profile);
    const RowResult row = runRow(op, fault, profile);
    record(indexOf(op), indexOf(fault), profile, row);
    qDebug("%s · %s · %s · %s", qPrintable(row.outcome), qPrintable(row.state), qPrintable(row.backup),
           qPrintable(row.recovered));
    QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.join(QStringLiteral("\n   "))));
}

OpRun TstFaultMatrix::runOperation(Op op, OpenWebUiClient& client, const Session& session, BackupStore& store,
                                   const std::optional<TaskConfig>& expected, int waitMs)
{
    OpRun run;
    QElapsedTimer clock;
    clock.start();
    switch (op) {
    case Op::Connect: {
        Connector connector(&client);
        const ConnectOutcome outcome = connectQuickly(connector, m_connectAs, waitMs);
        run.emissions = outcome.emissions;
        if (outcome.error)
            run.error = *outcome.error;
        run.ok = outcome.session.has_value() && outcome.session->role == QLatin1String("admin");
        if (connector.isBusy())
            connector.cancel();
        break;
    }
    case Op::ApplyQuiet:
    case Op::ApplyLocal: {
        ConfigApplier applier(&client, session,
                              std::make_unique<BackupStore>(store)); // same folder as `store`
        // A save whose answer is lost is read back for a while (as long as the client's timeout by
        // default): kept short, so each row stays within its wait.
        applier.setConfirmWaitMs(qMin(client.timeoutMs(), 1000));
        if (expected)
            applier.setExpected(*expected);
        const ApplierRun outcome = runApplier(applier, presetFor(op), waitMs);
        if (applier.isBusy())
            applier.cancel();
        run.emissions = outcome.emissions;
        run.ok = outcome.finished && !outcome.failed;
        run.error = outcome.error;
        if (outcome.emissions > 0)
            run.report = outcome.report;
        break;
    }
    case Op::Pull: {
        ModelPuller puller(&client);
        const PullerRun outcome = runPuller(puller, kPullModel, waitMs);
        run.emissions = outcome.emissions;
        if (outcome.error)
            run.error = *outcome.error;
        run.ok = outcome.models.has_value() && outcome.models->find(kPullModel) != nullptr;
        if (outcome.models && !run.ok)
            run.detail = QStringLiteral("the pulled model is not in the refreshed list");
        break;
    }
    case Op::Test: {
        TaskProbe probe(&client, session.server.taskApi);
        // The settings as the server has them (the probe only reads what it is given).
        const TaskProbeRun outcome = runTaskProbe(probe, expected.value_or(TaskConfig()), waitMs);
        run.emissions = outcome.emissions;
        if (outcome.error)
            run.error = *outcome.error;
        if (outcome.results) {
            for (const ProbeResult& result : std::as_const(*outcome.results)) {
                if (result.slot != ProbeResult::Slot::Local)
                    continue; // the fake has no external chat model: NoChatModel there
                if (result.outcome == ProbeResult::Outcome::Answered && result.answeredAsExpected())
                    run.ok = true;
                else if (result.error.isError())
                    run.error = result.error;
                else
                    run.detail = QStringLiteral("local slot outcome %1, answered by %2")
                                     .arg(int(result.outcome))
                                     .arg(result.answeredBy);
            }
        }
        break;
    }
    }
    run.elapsedMs = clock.elapsed();
    return run;
}

RowResult TstFaultMatrix::runRow(Op op, Fault fault, FakeProfile profile)
{
    RowResult row;
    QStringList& problems = row.problems;

    FakeOpenWebUi fake(profile);
    quickModels(fake);
    if (!fake.listen()) {
        problems << QStringLiteral("setup: the fake did not listen");
        return row;
    }
    OpenWebUiClient client(fake.url());
    Session session;
    m_connectAs = adminPassword();
    if (op == Op::Connect && fault == Fault::ExpiredToken) {
        // A returning user: the session saved at an earlier sign-in, which the server now finds expired.
        OpenWebUiClient earlier(fake.url());
        if (!signInAdminQuickly(earlier)) {
            problems << QStringLiteral("setup: sign-in failed");
            return row;
        }
        m_connectAs = {};
        m_connectAs.token = earlier.credential();
    }
    if (op != Op::Connect) {
        const std::optional<Session> signedIn = signInAdminQuickly(client);
        if (!signedIn) {
            problems << QStringLiteral("setup: sign-in failed");
            return row;
        }
        session = *signedIn;
    }
    BackupStore store(fake.url());
    if (!store.directory().startsWith(m_dataDir->path())) {
        problems << QStringLiteral("setup: backups would not go to TMA_DATA_DIR");
        return row;
    }
    const Preset preset = presetFor(op);

    // ---- the server state the fault needs ----------------------------------------------------
    QJsonObject repaired; // Invalid422: the stored settings once an admin fixed them
    std::optional<TaskConfig> expected;
    const MissingField missing = missingFieldFor(profile);
    if (fault == Fault::Invalid422) {
        QJsonObject stored = fake.taskConfig();
        repaired = stored;
        stored.insert(kInvalidKey, QJsonValue::Null);
        fake.setTaskConfig(stored);
    } else if (fault == Fault::Missing422) {
        QJsonObject stored = fake.taskConfig();
        stored.remove(missing.field);
        fake.setTaskConfig(stored);
    } else if (fault == Fault::ChangedBeforeRead) {
        // The user reads the settings; right after, another admin saves theirs.
        fake.setFault(taskConfigPath(profile), FakeFault::ConcurrentChange, 1, "GET");
        bool done = false;
        onFinished(client.getTaskConfig(session.server.taskApi), this, [&](ApiReply* reply) {
            expected = TaskConfig(reply->json().toObject());
            done = true;
        });
        if (!spinUntil([&done] { return done; }, kWaitMs) || !expected || expected->isEmpty()) {
            problems << QStringLiteral("setup: the user's read failed");
            return row;
        }
        fake.clearFaults();
    } else if (fault == Fault::ChangedDuringApply) {
        // The user saw exactly what the server has; the other admin saves while the apply runs.
        expected = TaskConfig(fake.taskConfig());
        fake.setFault(taskConfigPath(profile), FakeFault::ConcurrentChange, 1, "GET");
    }
    if (op == Op::Test)
        expected = TaskConfig(fake.taskConfig());

    const QJsonObject before = fake.taskConfig();
    const QJsonObject openAiBefore = fake.openAiConfig();
    // What "unchanged" means after the run: the other admin's change is theirs to keep.
    const QJsonObject baseline = fault == Fault::ChangedDuringApply ? changedByOtherAdmin(before) : before;
    QJsonObject applied = preset.applyTo(TaskConfig(baseline)).json();
    if (fault == Fault::Missing422)
        applied.insert(missing.field, missing.defaultValue);

    // ---- the fault -----------------------------------------------------------------------------
    const FaultTarget target = faultTarget(op, fault, profile);
    if (const std::optional<FakeFault> fakeFault = fakeFaultFor(fault))
        fake.setFault(target.path, *fakeFault, -1, target.method); // -1: Qt resends once after a reset
    if (fault == Fault::Timeout)
        client.setTimeoutMs(kClientTimeoutMs);
    fake.clearRequests();

    const int waitMs = fault == Fault::Timeout ? kHangWaitMs : kWaitMs;
    const OpRun run = runOperation(op, client, session, store, expected, waitMs);

    // ---- 1. a clear message of the right kind ------------------------------------------------
    const std::optional<ApiError::Kind> kind = expectedKind(fault);
    const ApiError& error = run.error;
    if (run.emissions == 0) {
        row.outcome = QStringLiteral("no answer after %1 s").arg(waitMs / 1000.0);
        problems << QStringLiteral("the operation neither finished nor failed within %1 ms%2")
                        .arg(waitMs)
                        .arg(fault == Fault::Timeout
                                 ? QStringLiteral(" although the client's timeout is %1 ms").arg(kClientTimeoutMs)
                                 : QString());
    } else if (run.ok) {
        row.outcome = QStringLiteral("succeeds");
    } else if (error.isError()) {
        row.outcome = kindName(error.kind());
    } else {
        row.outcome = QStringLiteral("fails without an error");
        problems << QStringLiteral("failed without an error: ") + run.detail;
    }
    if (run.emissions > 1)
        problems << QStringLiteral("%1 result signals instead of 1").arg(run.emissions);
    const bool raceApplied = fault == Fault::ChangedDuringApply && run.ok; // allowed if applied onto theirs
    if (run.emissions > 0) {
        if (kind && !run.ok) {
            if (error.kind() != *kind)
                problems << QStringLiteral("expected %1, got %2: %3")
                                .arg(kindName(*kind), kindName(error.kind()), error.message());
            if (expectedStatus(fault) > 0 && error.httpStatus() != expectedStatus(fault))
                problems << QStringLiteral("expected HTTP %1 in the error, got %2")
                                .arg(expectedStatus(fault))
                                .arg(error.httpStatus());
        } else if (kind && run.ok && !raceApplied) {
            problems << QStringLiteral("expected %1, but the operation succeeded").arg(kindName(*kind));
        } else if (!kind && !run.ok) {
            problems << QStringLiteral("expected success, got %1: %2").arg(kindName(error.kind()), error.message());
        }
        if (!run.ok) {
            if (error.message().trimmed().isEmpty())
                problems << QStringLiteral("empty error message");
            if (error.message().contains(QLatin1String("HTTP 0")))
                problems << QStringLiteral("the message names \"HTTP 0\", a status the server never sent");
            const QStringList leaked = leakedSecrets(error, {client.credential()});
            if (!leaked.isEmpty())
                problems << QStringLiteral("a secret shows in the error");
            if (fault == Fault::Invalid422 && error.kind() == ApiError::Kind::Validation &&
                (!error.fields().contains(kInvalidKey) || !error.message().contains(kInvalidKey)))
                problems << QStringLiteral("the 422 does not name %1: %2").arg(kInvalidKey, error.message());
        }
    }
    if (fault == Fault::Timeout && run.emissions > 0 && run.elapsedMs > 5 * kClientTimeoutMs)
        problems << QStringLiteral("the timeout took %1 ms").arg(run.elapsedMs);
    if (fault == Fault::Missing422) {
        const QList<FakeOpenWebUi::Request> posts = requestsTo(fake, "POST", taskUpdatePath(profile));
        QList<int> statuses;
        for (const FakeOpenWebUi::Request& post : posts)
            statuses << post.status;
        if (statuses != QList<int>{422, 200})
            problems << QStringLiteral("expected a 422 then a 200 update, got %1 update(s)").arg(posts.size());
    }

    // ---- 2. the server's settings: unchanged or fully applied --------------------------------
    const QJsonObject now = fake.taskConfig();
    const bool openAiKept = fake.openAiConfig() == openAiBefore;
    if (now == baseline && openAiKept) {
        row.state = QStringLiteral("unchanged");
    } else if (now == applied && openAiKept && isApply(op)) {
        row.state = QStringLiteral("applied");
    } else if (fault == Fault::ChangedDuringApply && now == preset.applyTo(TaskConfig(before)).json()) {
        // The whole object read before the other admin saved went back: their change is gone.
        row.state = QStringLiteral("other admin's change lost");
        problems << QStringLiteral("the apply posted the settings it read before another admin saved and "
                                   "silently undid their change of %1 (no Conflict, no re-read before the write)")
                        .arg(TaskConfig(now).differingKeys(TaskConfig(applied)).join(QStringLiteral(", ")));
    } else {
        const QStringList keys = TaskConfig(now).differingKeys(TaskConfig(baseline));
        row.state = QStringLiteral("HALF");
        problems << QStringLiteral("server settings neither unchanged nor applied: %1%2")
                        .arg(keys.join(QStringLiteral(", ")), openAiKept ? QString() : QStringLiteral(" + connections"));
    }
    if (!isApply(op) && row.state != QLatin1String("unchanged"))
        problems << QStringLiteral("%1 changed the server's settings").arg(opLabel(op));
    if (run.ok && isApply(op) && row.state != QLatin1String("applied") && fault != Fault::ChangedDuringApply)
        problems << QStringLiteral("the apply reported success but the settings are not applied");
    if (!run.ok && run.emissions > 0 && isApply(op) && run.report) {
        const bool unchanged = row.state == QLatin1String("unchanged");
        if (run.report->serverUnchanged != unchanged)
            problems << QStringLiteral("Report::serverUnchanged is %1 but the server is %2")
                            .arg(run.report->serverUnchanged ? QStringLiteral("true") : QStringLiteral("false"),
                                 row.state);
    }

    // ---- 3. the backup ---------------------------------------------------------------------------
    if (isApply(op)) {
        const QString backupId = run.report ? run.report->backupId : QString();
        const int updates = fake.requestCount("POST", taskUpdatePath(profile));
        if (backupId.isEmpty()) {
            row.backup = QStringLiteral("no backup");
            if (updates > 0)
                problems << QStringLiteral("the settings were written without a backup");
            if (!store.list().isEmpty())
                problems << QStringLiteral("a backup file exists that the report does not name");
        } else {
            const QStringList defects = backupDefects(store, backupId, before);
            row.backup = defects.isEmpty() ? QStringLiteral("backup ok") : QStringLiteral("backup BROKEN");
            problems << defects;
        }
    } else {
        const int written = fileCount(m_dataDir->path());
        row.backup = QStringLiteral("no backup");
        if (written > 0)
            problems << QStringLiteral("%1 wrote %2 file(s)").arg(opLabel(op)).arg(written);
    }

    // ---- 4. the same client works again once the fault is gone -------------------------------
    fake.clearFaults();
    if (fault == Fault::Invalid422)
        fake.setTaskConfig(repaired); // an admin fixed the stored value
    const QJsonObject recoveryBase = fake.taskConfig();
    std::optional<TaskConfig> recoveryExpected;
    if (fault == Fault::ChangedBeforeRead || fault == Fault::ChangedDuringApply || op == Op::Test)
        recoveryExpected = TaskConfig(recoveryBase); // the user looked again
    const OpRun again = runOperation(op, client, session, store, recoveryExpected, kWaitMs);
    bool recovered = again.emissions == 1 && again.ok;
    if (recovered && isApply(op)) {
        QJsonObject reapplied = preset.applyTo(TaskConfig(recoveryBase)).json();
        if (fault == Fault::Missing422 && !reapplied.contains(missing.field))
            reapplied.insert(missing.field, missing.defaultValue);
        recovered = fake.taskConfig() == reapplied;
    }
    row.recovered = recovered ? QStringLiteral("recovers") : QStringLiteral("NO RECOVERY");
    if (!recovered)
        problems << QStringLiteral("after the fault was cleared the same client still fails: %1 %2")
                        .arg(again.error.isError() ? kindName(again.error.kind()) + QLatin1Char(' ') + again.error.message()
                                                   : QString(),
                             again.detail);
    return row;
}

void TstFaultMatrix::notApplicable_data()
{
    addProfileRows();
}

void TstFaultMatrix::notApplicable()
{
    QFETCH(FakeProfile, profile);
    FakeOpenWebUi fake(profile);
    quickModels(fake);
    QVERIFY(fake.listen());
    const QJsonObject before = fake.taskConfig();
    const QJsonObject openAiBefore = fake.openAiConfig();
    OpenWebUiClient client(fake.url());
    BackupStore store(fake.url());
    Session session;
    const std::optional<Session> signedIn = signInAdminQuickly(client);
    QVERIFY(signedIn);
    session = *signedIn;
    const OpRun pulled = runOperation(Op::Pull, client, session, store, std::nullopt, kWaitMs);
    QVERIFY2(pulled.ok, qPrintable(pulled.error.message()));
    const OpRun tested =
        runOperation(Op::Test, client, session, store, TaskConfig(fake.taskConfig()), kWaitMs);
    QVERIFY2(tested.ok, qPrintable(tested.error.message() + tested.detail));

    // Complete bodies: every field the server's forms require, so there is no 422 to provoke.
    const QList<FakeOpenWebUi::Request> requests = fake.requests();
    int checked = 0;
    for (const FakeOpenWebUi::Request& request : requests) {
        QVERIFY2(request.status != 422, qPrintable(request.path));
        const QJsonObject body = bodyOf(request);
        if (request.path == QLatin1String("/api/v1/auths/signin")) {
            QVERIFY(!body.value(QStringLiteral("email")).toString().isEmpty());
            QVERIFY(!body.value(QStringLiteral("password")).toString().isEmpty());
            ++checked;
        } else if (request.path.startsWith(QLatin1String("/ollama/api/pull"))) {
            QCOMPARE(body.value(QStringLiteral("name")).toString(), kPullModel);
            QCOMPARE(body.value(QStringLiteral("model")).toString(), kPullModel);
            ++checked;
        } else if (request.path == titlePath(profile)) {
            QVERIFY(!body.value(QStringLiteral("model")).toString().isEmpty());
            QVERIFY(!body.value(QStringLiteral("messages")).toArray().isEmpty());
            ++checked;
        }
    }
    QCOMPARE(checked, 3);
    // No settings written, none read to be written back.
    QCOMPARE(fake.requestCount("POST", taskUpdatePath(profile)), 0);
    QCOMPARE(fake.requestCount("POST", QStringLiteral("/openai/config/update")), 0);
    QCOMPARE(fake.requestCount("GET", taskConfigPath(profile)), 0);
    QCOMPARE(fake.taskConfig(), before);
    QCOMPARE(fake.openAiConfig(), openAiBefore);
    QCOMPARE(fileCount(m_dataDir->path()), 0);

    for (Op op : kOps) {
        for (Fault fault : kFaults) {
            if (const std::optional<QString> reason = notApplicableReason(op, fault)) {
                RowResult row;
                row.outcome = *reason;
                row.state = row.backup = row.recovered = QString();
                record(indexOf(op), indexOf(fault), profile, row);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TstFaultMatrix)
#include "tst_faultmatrix.moc"
