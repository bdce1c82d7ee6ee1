#include "PresetStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using tma::Automation;
using tma::Preset;
using tma::PresetStore;

namespace {

Preset customPreset(const QString& id, const QString& model)
{
    Preset preset;
    preset.id = id;
    preset.name = QStringLiteral("Preset %1").arg(id);
    preset.kind = Preset::Kind::Custom;
    preset.taskModel = model;
    preset.taskModelExternal = model;
    preset.automations = {{Automation::Autocomplete, false}, {Automation::FollowUps, false}};
    return preset;
}

Preset hostedPreset()
{
    tma::HostedConnection connection;
    connection.url = QStringLiteral("https://openrouter.ai/api/v1");
    connection.modelIds = {QStringLiteral("openai/gpt-4o-mini")};
    connection.keyRef = QStringLiteral("provider|https://openrouter.ai/api/v1");
    Preset preset = Preset::hosted(connection, QStringLiteral("openai/gpt-4o-mini"));
    preset.id = QStringLiteral("my-openrouter");
    preset.kind = Preset::Kind::Custom;
    return preset;
}

QStringList ids(const QList<Preset>& presets)
{
    QStringList list;
    for (const Preset& preset : presets)
        list << preset.id;
    return list;
}

bool writeRaw(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPresetStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInIds_data();
    void builtInIds();
    void upsertRefusesBuiltIns_data();
    void upsertRefusesBuiltIns();
    void upsertAddsAndReplaces();
    void remove();
    void saveLoadRoundTrip();
    void saveNeverContainsSecrets();
    void loadMissingFile();
    void loadDamagedFile();
    void loadSkipsBadEntries();
    void loadReplacesMemory();

private:
    QTemporaryDir m_dataDir;
};

void TestPresetStore::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv("TMA_DATA_DIR", QFile::encodeName(m_dataDir.path()));
}

void TestPresetStore::builtInIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("builtIn");
    QTest::newRow("local") << "local" << true;
    QTest::newRow("hosted") << "hosted" << true;
    QTest::newRow("quiet") << "quiet" << true;
    QTest::newRow("original") << "original" << true;
    QTest::newRow("custom") << "custom" << false;
    QTest::newRow("evening") << "evening" << false;
    QTest::newRow("local-2") << "local-2" << false;
}

void TestPresetStore::builtInIds()
{
    QFETCH(QString, id);
    QFETCH(bool, builtIn);
    QCOMPARE(PresetStore::isBuiltInId(id), builtIn);
}

void TestPresetStore::upsertRefusesBuiltIns_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("local") << "local";
    QTest::newRow("hosted") << "hosted";
    QTest::newRow("quiet") << "quiet";
    QTest::newRow("original") << "original";
    QTest::newRow("empty") << "";
}

void TestPresetStore::upsertRefusesBuiltIns()
{
    QFETCH(QString, id);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PresetStore store(dir.filePath(QStringLiteral("presets.json")));
    QString error;
    QVERIFY(!store.upsert(customPreset(id, QStringLiteral("qwen2.5:3b")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.presets().isEmpty());
    QVERIFY(!store.upsert(customPreset(id, QStringLiteral("qwen2.5:3b"))));
    // The factories' own presets are refused too.
    QVERIFY(!store.upsert(Preset::local(QStringLiteral("qwen2.5:3b"))));
    QVERIFY(!store.upsert(Preset::quiet()));
    QVERIFY(store.presets().isEmpty());
}

void TestPresetStore::upsertAddsAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PresetStore store(dir.filePath(QStringLiteral("presets.json")));
    QString error;
    QVERIFY2(store.upsert(customPreset(QStringLiteral("a"), QStringLiteral("qwen2.5:3b")), &error),
             qPrintable(error));
    QVERIFY(store.upsert(customPreset(QStringLiteral("b"), QStringLiteral("llama3.2:1b"))));
    QCOMPARE(ids(store.presets()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(store.upsert(customPreset(QStringLiteral("a"), QStringLiteral("gemma2:2b"))));
    QCOMPARE(ids(store.presets()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(store.find(QStringLiteral("a")));
    QCOMPARE(store.find(QStringLiteral("a"))->taskModel.value_or(QString()), QStringLiteral("gemma2:2b"));
    QVERIFY(!store.find(QStringLiteral("c")));
}

void TestPresetStore::remove()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PresetStore store(dir.filePath(QStringLiteral("presets.json")));
    QVERIFY(store.upsert(customPreset(QStringLiteral("a"), QStringLiteral("x"))));
    QVERIFY(store.upsert(customPreset(QStringLiteral("b"), QStringLiteral("y"))));
    QVERIFY(store.remove(QStringLiteral("a")));
    QCOMPARE(ids(store.presets()), QStringList{QStringLiteral("b")});
    QVERIFY(!store.remove(QStringLiteral("a")));
    QVERIFY(!store.remove(QStringLiteral("local")));
    QVERIFY(store.remove(QStringLiteral("b")));
    QVERIFY(store.presets().isEmpty());

    // Removal persists through save/load.
    QVERIFY(store.upsert(customPreset(QStringLiteral("c"), QStringLiteral("z"))));
    QVERIFY(store.upsert(customPreset(QStringLiteral("d"), QStringLiteral("z"))));
    QVERIFY(store.save());
    QVERIFY(store.remove(QStringLiteral("c")));
    QVERIFY(store.save());
    PresetStore reloaded(dir.filePath(QStringLiteral("presets.json")));
    QVERIFY(reloaded.load());
    QCOMPARE(ids(reloaded.presets()), QStringList{QStringLiteral("d")});
}

void TestPresetStore::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/presets.json"));
    PresetStore store(path);
    QVERIFY(store.upsert(customPreset(QStringLiteral("evening"), QStringLiteral("qwen2.5:3b"))));
    QVERIFY(store.upsert(hostedPreset()));
    Preset reset;
    reset.id = QStringLiteral("reset-models");
    reset.name = QStringLiteral("Back to Current Model");
    reset.taskModel = QString();
    reset.taskModelExternal = QString();
    QVERIFY(store.upsert(reset));
    QString error;
    QVERIFY2(store.save(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));

    PresetStore loaded(path);
    error = QStringLiteral("stale");
    QVERIFY(loaded.load(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids(loaded.presets()), ids(store.presets()));
    for (int i = 0; i < store.presets().size(); ++i)
        QCOMPARE(loaded.presets().at(i).toJson(), store.presets().at(i).toJson());
    const Preset* hosted = loaded.find(QStringLiteral("my-openrouter"));
    QVERIFY(hosted);
    QVERIFY(hosted->connection.has_value());
    QCOMPARE(hosted->connection->keyRef, QStringLiteral("provider|https://openrouter.ai/api/v1"));
    const Preset* back = loaded.find(QStringLiteral("reset-models"));
    QVERIFY(back);
    QVERIFY(back->taskModel.has_value());
    QVERIFY(back->taskModel->isEmpty());
}

void TestPresetStore::saveNeverContainsSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("presets.json"));
    PresetStore store(path);
    QVERIFY(store.upsert(hostedPreset()));
    QVERIFY(store.save());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("key_ref"));
    QVERIFY(!text.contains("sk-"));
    QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
}

void TestPresetStore::loadMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PresetStore store(dir.filePath(QStringLiteral("none.json")));
    QString error = QStringLiteral("stale");
    QVERIFY(store.load(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(store.presets().isEmpty());
}

void TestPresetStore::loadDamagedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("presets.json"));
    QVERIFY(writeRaw(path, "{\"format\": 1, \"presets\": [{\"id\": \"a\", \"ki"));
    PresetStore store(path);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("presets.json")), qPrintable(error));
    QVERIFY(store.presets().isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("presets.json.corrupt-*")}, QDir::Files).size(), 1);
    // Saving now writes a fresh file instead of failing.
    QVERIFY(store.upsert(customPreset(QStringLiteral("a"), QStringLiteral("x"))));
    QVERIFY(store.save());
    PresetStore again(path);
    QVERIFY(again.load());
    QCOMPARE(ids(again.presets()), QStringList{QStringLiteral("a")});
}

void TestPresetStore::loadSkipsBadEntries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("presets.json"));
    QJsonArray items{customPreset(QStringLiteral("good"), QStringLiteral("qwen2.5:3b")).toJson(),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("bad")},
                                 {QStringLiteral("kind"), QStringLiteral("warp")}},
                     customPreset(QStringLiteral("good2"), QStringLiteral("x")).toJson()};
    QVERIFY(writeRaw(
        path, QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("presets"), items}})
                  .toJson()));
    PresetStore store(path);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(QLatin1String("bad")), qPrintable(error));
    QCOMPARE(ids(store.presets()), (QStringList{QStringLiteral("good"), QStringLiteral("good2")}));
    QVERIFY(QFileInfo::exists(path)); // readable JSON is not set aside
}

void TestPresetStore::loadReplacesMemory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("presets.json"));
    PresetStore store(path);
    QVERIFY(store.upsert(customPreset(QStringLiteral("saved"), QStringLiteral("x"))));
    QVERIFY(store.save());
    QVERIFY(store.upsert(customPreset(QStringLiteral("unsaved"), QStringLiteral("y"))));
    QVERIFY(store.load());
    QCOMPARE(ids(store.presets()), QStringList{QStringLiteral("saved")});
}

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
