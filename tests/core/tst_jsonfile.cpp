#include "JsonFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using tma::JsonFile;

namespace {

QJsonObject sample()
{
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("name"), QStringLiteral("Büro ☕")},
        {QStringLiteral("list"), QJsonArray{1, 2.5, true, QJsonValue::Null, QStringLiteral("x")}},
        {QStringLiteral("nested"),
         QJsonObject{{QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b")}}}};
}

bool writeRaw(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray readRaw(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestJsonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeAndReadBack();
    void writeCreatesFolders();
    void overwriteLeavesNoTemporaries();
    void ownerOnlyPermissions();
    void missingFile();
    void corruptedFileIsSetAside_data();
    void corruptedFileIsSetAside();
    void corruptedAgainKeepsEarlierCopy();
    void writeFailureReported();
};

void TestJsonFile::writeAndReadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("presets.json"));
    QString error = QStringLiteral("stale");
    QVERIFY2(JsonFile::write(path, sample(), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    // Real JSON on disk, readable by other tools.
    QCOMPARE(QJsonDocument::fromJson(readRaw(path)).object(), sample());

    QJsonObject json;
    error = QStringLiteral("stale");
    QVERIFY(JsonFile::read(path, &json, &error));
    QCOMPARE(json, sample());
    QVERIFY(error.isEmpty());
    QVERIFY(JsonFile::write(path, QJsonObject{}));
    QVERIFY(JsonFile::read(path, &json));
    QVERIFY(json.isEmpty());
}

void TestJsonFile::writeCreatesFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a/b/c/backup.json"));
    QVERIFY(JsonFile::write(path, sample()));
    QJsonObject json;
    QVERIFY(JsonFile::read(path, &json));
    QCOMPARE(json, sample());
}

void TestJsonFile::overwriteLeavesNoTemporaries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("file.json"));
    QVERIFY(JsonFile::write(path, QJsonObject{{QStringLiteral("v"), 1}}));
    QVERIFY(JsonFile::write(path, QJsonObject{{QStringLiteral("v"), 2}}));
    QJsonObject json;
    QVERIFY(JsonFile::read(path, &json));
    QCOMPARE(json.value(QLatin1String("v")).toInt(), 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("file.json")});
}

void TestJsonFile::ownerOnlyPermissions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("secret.json"));
    QVERIFY(JsonFile::write(path, sample()));
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY2(!(permissions & others), qPrintable(QString::number(static_cast<int>(permissions), 16)));
    // Also when an existing world-readable file is replaced.
    const QString existing = dir.filePath(QStringLiteral("existing.json"));
    QVERIFY(writeRaw(existing, "{}"));
    QVERIFY(QFile::setPermissions(existing, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(JsonFile::write(existing, sample()));
    QVERIFY(!(QFile::permissions(existing) & others));
}

void TestJsonFile::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject json{{QStringLiteral("untouched"), true}};
    QString error = QStringLiteral("stale");
    QVERIFY(!JsonFile::read(dir.filePath(QStringLiteral("nope.json")), &json, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(json, (QJsonObject{{QStringLiteral("untouched"), true}}));
    QVERIFY(!JsonFile::read(dir.filePath(QStringLiteral("nope.json")), &json));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

void TestJsonFile::corruptedFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated") << QByteArray(R"({"format": 1, "presets": [)");
    QTest::newRow("garbage") << QByteArray("\x00\x01\xff garbage", 11);
    QTest::newRow("array") << QByteArray("[1, 2, 3]");
    QTest::newRow("empty") << QByteArray();
}

void TestJsonFile::corruptedFileIsSetAside()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("presets.json"));
    QVERIFY(writeRaw(path, bytes));

    QJsonObject json;
    QString error;
    QVERIFY(!JsonFile::read(path, &json, &error));
    QVERIFY(json.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("presets.json.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readRaw(dir.filePath(aside.first())), bytes); // kept as it was, for the user to look at
    QVERIFY2(error.contains(aside.first()), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("presets.json")), qPrintable(error));

    // The next read sees no file; the next write starts afresh.
    error = QStringLiteral("stale");
    QVERIFY(!JsonFile::read(path, &json, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(JsonFile::write(path, sample()));
    QVERIFY(JsonFile::read(path, &json));
    QCOMPARE(json, sample());
}

void TestJsonFile::corruptedAgainKeepsEarlierCopy()
{
    // A file damaged again soon after (same second) must still be set aside, without overwriting the
    // copy kept the first time. Copies "from the first time" are planted for every second this test
    // can run in, so the outcome does not depend on timing.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("presets.json"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList planted;
    for (int offset = -2; offset <= 10; ++offset) {
        const QString aside = path + QStringLiteral(".corrupt-") +
                              now.addSecs(offset).toString(QStringLiteral("yyyyMMddThhmmss"));
        QVERIFY(writeRaw(aside, "first damage"));
        planted << aside;
    }
    QVERIFY(writeRaw(path, "second damage"));

    QJsonObject json;
    QString error;
    QVERIFY(!JsonFile::read(path, &json, &error));
    QVERIFY(!error.isEmpty());
    for (const QString& aside : planted)
        QCOMPARE(readRaw(aside), QByteArray("first damage"));
    QVERIFY2(!QFileInfo::exists(path), "the damaged file was left in place");
    const QStringList all =
        QDir(dir.path()).entryList({QStringLiteral("presets.json.corrupt-*")}, QDir::Files);
    QCOMPARE(all.size(), planted.size() + 1);
    bool found = false;
    for (const QString& name : all) {
        if (readRaw(dir.filePath(name)) == "second damage") {
            found = true;
            QVERIFY2(error.contains(name), qPrintable(error));
        }
    }
    QVERIFY(found);
}

void TestJsonFile::writeFailureReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A regular file where a folder would have to be.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeRaw(blocker, "x"));
    QString error;
    QVERIFY(!JsonFile::write(blocker + QStringLiteral("/sub/file.json"), sample(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!JsonFile::write(blocker + QStringLiteral("/sub/file.json"), sample()));
    QCOMPARE(readRaw(blocker), QByteArray("x"));
}

QTEST_GUILESS_MAIN(TestJsonFile)
#include "tst_jsonfile.moc"
