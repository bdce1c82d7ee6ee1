#include "BackupStore.h"

#include "ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using tma::Backup;
using tma::BackupStore;

namespace {

const QUrl kServer(QStringLiteral("http://localhost:3000"));

Backup makeBackup(const QString& model, const QString& reason = QStringLiteral("apply local"))
{
    Backup backup;
    backup.serverVersion = QStringLiteral("0.6.30");
    backup.reason = reason;
    backup.taskConfig =
        QJsonObject{{QStringLiteral("TASK_MODEL"), model}, {QStringLiteral("ENABLE_TITLE_GENERATION"), true}};
    return backup;
}

QStringList ids(const QList<Backup>& backups)
{
    QStringList list;
    for (const Backup& backup : backups)
        list << backup.id;
    return list;
}

bool writeRaw(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBackupStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStore();
    void saveAssignsFields();
    void firstSaveIsOriginal();
    void idsAreUnique();
    void listNewestFirst();
    void find();
    void findRefusesPaths_data();
    void findRefusesPaths();
    void latest();
    void pruneKeepsOriginal();
    void pruneZero();
    void corruptedFileReportedAndSetAside();
    void foreignJsonReported();
    void recordAddedConnection();
    void recordAddedConnectionUnknownId();
    void directoryIsUsed();

private:
    QTemporaryDir m_dataDir;
};

void TestBackupStore::initTestCase()
{
    // Nothing may land in the real user folder, even by mistake.
    QVERIFY(m_dataDir.isValid());
    qputenv("TMA_DATA_DIR", QFile::encodeName(m_dataDir.path()));
}

void TestBackupStore::emptyStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const BackupStore store(kServer, dir.path());
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.original().has_value());
    QVERIFY(!store.latest().has_value());
    QVERIFY(!store.find(QStringLiteral("20260101T000000000Z")).has_value());
    QVERIFY(store.problems().isEmpty());

    // A folder that does not exist yet is just empty.
    const BackupStore missing(kServer, dir.filePath(QStringLiteral("not/yet")));
    QVERIFY(missing.list().isEmpty());
}

void TestBackupStore::saveAssignsFields()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    Backup backup = makeBackup(QStringLiteral("llama3.1:70b"));
    backup.id = QStringLiteral("caller-chosen");
    backup.original = false;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(store.save(backup, &error), qPrintable(error));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QVERIFY(!backup.id.isEmpty());
    QVERIFY(backup.id != QLatin1String("caller-chosen"));
    QVERIFY(!backup.id.contains(QLatin1Char('/')));
    QVERIFY(backup.createdAt.isValid());
    QVERIFY(backup.createdAt >= before.addMSecs(-1));
    QVERIFY(backup.createdAt <= after.addMSecs(1));
    QCOMPARE(backup.server, tma::ServerAddress(kServer).key());
    QVERIFY(backup.original);

    const std::optional<Backup> stored = store.find(backup.id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->id, backup.id);
    QCOMPARE(stored->createdAt, backup.createdAt);
    QCOMPARE(stored->server, backup.server);
    QCOMPARE(stored->serverVersion, QStringLiteral("0.6.30"));
    QCOMPARE(stored->reason, QStringLiteral("apply local"));
    QCOMPARE(stored->taskConfig, backup.taskConfig);
    QVERIFY(stored->original);
}

void TestBackupStore::firstSaveIsOriginal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    Backup first = makeBackup(QStringLiteral("before-assistant"));
    QVERIFY(store.save(first));
    QVERIFY(first.original);
    for (int i = 0; i < 3; ++i) {
        Backup later = makeBackup(QStringLiteral("m%1").arg(i));
        later.original = true; // the caller can't force it
        QVERIFY(store.save(later));
        QVERIFY(!later.original);
    }
    const QList<Backup> all = store.list();
    QCOMPARE(all.size(), 4);
    QCOMPARE(std::count_if(all.begin(), all.end(), [](const Backup& b) { return b.original; }), 1);
    QVERIFY(store.original().has_value());
    QCOMPARE(store.original()->id, first.id);
    QCOMPARE(store.original()->taskConfig.value(QLatin1String("TASK_MODEL")).toString(),
             QStringLiteral("before-assistant"));

    // A second store object on the same folder agrees.
    BackupStore again(kServer, dir.path());
    Backup more = makeBackup(QStringLiteral("x"));
    QVERIFY(again.save(more));
    QVERIFY(!more.original);
}

void TestBackupStore::idsAreUnique()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    QSet<QString> seen;
    for (int i = 0; i < 8; ++i) { // fast enough that several land in the same millisecond
        Backup backup = makeBackup(QStringLiteral("m%1").arg(i));
        QVERIFY(store.save(backup));
        QVERIFY2(!seen.contains(backup.id), qPrintable(backup.id));
        seen.insert(backup.id);
    }
    QCOMPARE(store.list().size(), 8);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 8);
}

void TestBackupStore::listNewestFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    QStringList savedOrder;
    QStringList models;
    for (int i = 0; i < 4; ++i) {
        Backup backup = makeBackup(QStringLiteral("m%1").arg(i));
        QVERIFY(store.save(backup));
        savedOrder << backup.id;
        models << backup.taskConfig.value(QLatin1String("TASK_MODEL")).toString();
        QTest::qWait(3); // distinct timestamps
    }
    const QList<Backup> backups = store.list();
    std::reverse(savedOrder.begin(), savedOrder.end());
    QCOMPARE(ids(backups), savedOrder);
    QCOMPARE(backups.first().taskConfig.value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("m3"));
    QCOMPARE(backups.last().taskConfig.value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("m0"));
    for (int i = 1; i < backups.size(); ++i)
        QVERIFY(backups.at(i - 1).createdAt >= backups.at(i).createdAt);
}

void TestBackupStore::find()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    Backup a = makeBackup(QStringLiteral("a"));
    Backup b = makeBackup(QStringLiteral("b"));
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    QCOMPARE(store.find(a.id)->taskConfig.value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("a"));
    QCOMPARE(store.find(b.id)->taskConfig.value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("b"));
    QVERIFY(!store.find(QStringLiteral("20000101T000000000Z")).has_value());
    QVERIFY(!store.find(QString()).has_value());
    QVERIFY(store.problems().isEmpty());
}

void TestBackupStore::findRefusesPaths_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("parent") << "../outside";
    QTest::newRow("slash") << "sub/inside";
    QTest::newRow("backslash") << "sub\\inside";
    QTest::newRow("absolute") << "/tmp/outside";
    QTest::newRow("dot") << ".hidden";
    QTest::newRow("dotdot") << "..";
}

void TestBackupStore::findRefusesPaths()
{
    QFETCH(QString, id);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString storeDir = root.filePath(QStringLiteral("store"));
    QVERIFY(QDir().mkpath(storeDir + QStringLiteral("/sub")));
    // Valid backups exist at each place the id could point to.
    Backup valid = makeBackup(QStringLiteral("planted"));
    valid.id = QStringLiteral("x");
    const QByteArray bytes = QJsonDocument(valid.toJson()).toJson();
    QVERIFY(writeRaw(root.filePath(QStringLiteral("outside.json")), bytes));
    QVERIFY(writeRaw(storeDir + QStringLiteral("/sub/inside.json"), bytes));
    QVERIFY(writeRaw(storeDir + QStringLiteral("/.hidden.json"), bytes));

    const BackupStore store(kServer, storeDir);
    QVERIFY(!store.find(id).has_value());
}

void TestBackupStore::latest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    Backup last;
    for (int i = 0; i < 3; ++i) {
        last = makeBackup(QStringLiteral("m%1").arg(i));
        QVERIFY(store.save(last));
    }
    QVERIFY(store.latest().has_value());
    QCOMPARE(store.latest()->id, last.id);
    QCOMPARE(store.latest()->taskConfig.value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("m2"));
}

void TestBackupStore::pruneKeepsOriginal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    QStringList saved;
    for (int i = 0; i < 7; ++i) {
        Backup backup = makeBackup(QStringLiteral("m%1").arg(i));
        QVERIFY(store.save(backup));
        saved << backup.id;
    }
    const QString originalId = store.original()->id;
    QCOMPARE(originalId, saved.first());

    store.prune(2);
    const QList<Backup> left = store.list();
    QCOMPARE(left.size(), 3);
    QCOMPARE(ids(left), (QStringList{saved.at(6), saved.at(5), saved.at(0)}));
    QVERIFY(store.original().has_value());
    QCOMPARE(store.original()->id, originalId);
    QCOMPARE(store.latest()->id, saved.last());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 3);

    // The next save is still not "original".
    Backup next = makeBackup(QStringLiteral("after prune"));
    QVERIFY(store.save(next));
    QVERIFY(!next.original);
    // Pruning with room to spare removes nothing.
    store.prune(50);
    QCOMPARE(store.list().size(), 4);
}

void TestBackupStore::pruneZero()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    for (int i = 0; i < 3; ++i) {
        Backup backup = makeBackup(QStringLiteral("m%1").arg(i));
        QVERIFY(store.save(backup));
    }
    store.prune(0);
    const QList<Backup> left = store.list();
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().original);
    QCOMPARE(left.first().taskConfig.value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("m0"));
}

void TestBackupStore::corruptedFileReportedAndSetAside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    Backup good = makeBackup(QStringLiteral("good"));
    QVERIFY(store.save(good));
    const QString broken = dir.filePath(QStringLiteral("20990101T000000000Z.json"));
    QVERIFY(writeRaw(broken, "{\"format\": 1, \"id\": \"20990101T000000000Z\", \"task_con"));

    const QList<Backup> backups = store.list();
    QCOMPARE(ids(backups), QStringList{good.id});
    QCOMPARE(store.problems().size(), 1);
    QVERIFY2(store.problems().first().contains(QLatin1String("20990101T000000000Z.json")),
             qPrintable(store.problems().first()));
    QVERIFY(!QFileInfo::exists(broken));
    QCOMPARE(QDir(dir.path())
                 .entryList({QStringLiteral("20990101T000000000Z.json.corrupt-*")}, QDir::Files)
                 .size(),
             1);
    QVERIFY(store.original().has_value());
    QCOMPARE(store.original()->id, good.id);

    // Reported once: the next listing is clean.
    QCOMPARE(store.list().size(), 1);
    QVERIFY(store.problems().isEmpty());
}

void TestBackupStore::foreignJsonReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    const QString foreign = dir.filePath(QStringLiteral("notes.json"));
    QVERIFY(writeRaw(foreign, "{\"hello\": \"world\"}"));
    QVERIFY(store.list().isEmpty());
    QCOMPARE(store.problems().size(), 1);
    QVERIFY(store.problems().first().contains(QLatin1String("notes.json")));
    QVERIFY(QFileInfo::exists(foreign)); // valid JSON is not ours to move

    // A foreign file is not a backup: the first real save is still the original.
    Backup first = makeBackup(QStringLiteral("x"));
    QVERIFY(store.save(first));
    QVERIFY(first.original);
}

void TestBackupStore::recordAddedConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    Backup backup = makeBackup(QStringLiteral("x"));
    QVERIFY(store.save(backup));
    const QString url = QStringLiteral("https://openrouter.ai/api/v1");
    QString error;
    QVERIFY2(store.recordAddedConnection(backup.id, url, &error), qPrintable(error));
    QVERIFY(store.recordAddedConnection(backup.id, url)); // recorded once
    QVERIFY(store.recordAddedConnection(backup.id, QStringLiteral("https://api.groq.com/openai/v1")));
    const std::optional<Backup> stored = store.find(backup.id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->addedConnections, (QStringList{url, QStringLiteral("https://api.groq.com/openai/v1")}));
    // Nothing else of the backup changed.
    QCOMPARE(stored->taskConfig, backup.taskConfig);
    QCOMPARE(stored->createdAt, backup.createdAt);
    QVERIFY(stored->original);
    QCOMPARE(store.list().size(), 1);
}

void TestBackupStore::recordAddedConnectionUnknownId()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupStore store(kServer, dir.path());
    QString error;
    QVERIFY(!store.recordAddedConnection(QStringLiteral("20000101T000000000Z"),
                                         QStringLiteral("https://x/v1"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.recordAddedConnection(QStringLiteral("../evil"), QStringLiteral("https://x/v1"), &error));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("../evil.json"))));
}

void TestBackupStore::directoryIsUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("server-a"));
    BackupStore store(kServer, folder);
    QCOMPARE(store.directory(), folder);
    Backup backup = makeBackup(QStringLiteral("x"));
    QVERIFY(store.save(backup));
    QVERIFY(QFileInfo::exists(folder + QLatin1Char('/') + backup.id + QStringLiteral(".json")));
    // Another server's folder is a different history.
    BackupStore other(QUrl(QStringLiteral("https://owui.example.com")),
                      dir.filePath(QStringLiteral("server-b")));
    QVERIFY(other.list().isEmpty());
    Backup otherBackup = makeBackup(QStringLiteral("y"));
    QVERIFY(other.save(otherBackup));
    QVERIFY(otherBackup.original);
    QCOMPARE(otherBackup.server, QStringLiteral("https://owui.example.com:443"));
    // The default directory is under TMA_DATA_DIR, never in the real profile during tests.
    const BackupStore defaulted(kServer);
    QVERIFY2(defaulted.directory().startsWith(m_dataDir.path()), qPrintable(defaulted.directory()));
}

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
