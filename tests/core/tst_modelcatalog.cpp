#include "ModelCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using tma::ModelCatalog;
using tma::ModelInfo;

namespace {

QJsonObject ollamaModel(const QString& id, const QString& parameterSize = {}, qint64 size = 0)
{
    QJsonObject details;
    if (!parameterSize.isEmpty())
        details.insert(QStringLiteral("parameter_size"), parameterSize);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), id},
        {QStringLiteral("owned_by"), QStringLiteral("ollama")},
        {QStringLiteral("connection_type"), QStringLiteral("local")},
        {QStringLiteral("ollama"), QJsonObject{{QStringLiteral("name"), id},
                                               {QStringLiteral("size"), static_cast<double>(size)},
                                               {QStringLiteral("details"), details},
                                               {QStringLiteral("urls"), QJsonArray{0}}}}};
}

QJsonObject openAiModel(const QString& id, int urlIdx = 0)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), id},
                       {QStringLiteral("owned_by"), QStringLiteral("openai")},
                       {QStringLiteral("connection_type"), QStringLiteral("external")},
                       {QStringLiteral("urlIdx"), urlIdx}};
}

QJsonObject arenaModel(const QString& id)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("Arena Model")},
                       {QStringLiteral("owned_by"), QStringLiteral("arena")},
                       {QStringLiteral("arena"), true}};
}

QStringList ids(const QList<ModelInfo>& models)
{
    QStringList list;
    for (const ModelInfo& model : models)
        list << model.id;
    return list;
}

ModelCatalog catalog(const QJsonArray& data)
{
    return ModelCatalog::fromJson(QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace

class TestModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJsonData();
    void fromJsonBareList();
    void fromJsonToleratesJunk_data();
    void fromJsonToleratesJunk();
    void findAndContains();
    void localAndExternal();
    void localTaskCandidatesOrder();
    void localTaskCandidatesReasoningLast();
    void localTaskCandidatesEmpty();
    void chatModelForAvoids();
    void chatModelForSkipsArena();
    void chatModelForFallsBackToAvoided();
    void chatModelForPrefersLargestNonReasoning();
    void chatModelForNone();
    void recommendedLists();
};

void TestModelCatalog::fromJsonData()
{
    const ModelCatalog models = catalog({ollamaModel(QStringLiteral("qwen2.5:3b"), QStringLiteral("3.1B")),
                                         openAiModel(QStringLiteral("openai/gpt-4o-mini"), 1)});
    QCOMPARE(models.models().size(), 2);
    QVERIFY(!models.isEmpty());
    QCOMPARE(ids(models.models()),
             (QStringList{QStringLiteral("qwen2.5:3b"), QStringLiteral("openai/gpt-4o-mini")}));
    QCOMPARE(models.models().at(1).openAiUrlIndex, 1);
}

void TestModelCatalog::fromJsonBareList()
{
    const ModelCatalog models = ModelCatalog::fromJson(
        QJsonArray{ollamaModel(QStringLiteral("a:1b")), openAiModel(QStringLiteral("b"))});
    QCOMPARE(ids(models.models()), (QStringList{QStringLiteral("a:1b"), QStringLiteral("b")}));
}

void TestModelCatalog::fromJsonToleratesJunk_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("junk entries")
        << QByteArray(R"({"data": [1, "two", null, true, [], {}, {"id": ""}, {"id": 7}, {"name": "no id"},
                                   {"id": "ok:1b", "owned_by": "ollama"}, {"id": "ok2"}]})")
        << QStringList{QStringLiteral("ok:1b"), QStringLiteral("ok2")};
    QTest::newRow("data not a list") << QByteArray(R"({"data": "oops"})") << QStringList();
    QTest::newRow("data object") << QByteArray(R"({"data": {"id": "x"}})") << QStringList();
    QTest::newRow("no data") << QByteArray(R"({"models": [{"id": "x"}]})") << QStringList();
    QTest::newRow("empty list") << QByteArray(R"({"data": []})") << QStringList();
    QTest::newRow("bare junk list") << QByteArray(R"([null, {"id": "z"}, 3])")
                                    << QStringList{QStringLiteral("z")};
}

void TestModelCatalog::fromJsonToleratesJunk()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QVERIFY(!document.isNull());
    const QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const ModelCatalog models = ModelCatalog::fromJson(value);
    QCOMPARE(ids(models.models()), expected);
    QCOMPARE(models.isEmpty(), expected.isEmpty());
    // Non-container bodies.
    QVERIFY(ModelCatalog::fromJson(QJsonValue()).isEmpty());
    QVERIFY(ModelCatalog::fromJson(QJsonValue(42)).isEmpty());
    QVERIFY(ModelCatalog::fromJson(QJsonValue(QStringLiteral("data"))).isEmpty());
}

void TestModelCatalog::findAndContains()
{
    const ModelCatalog models = catalog(
        {ollamaModel(QStringLiteral("qwen2.5:3b")), openAiModel(QStringLiteral("openai/gpt-4o-mini"))});
    const ModelInfo* found = models.find(QStringLiteral("openai/gpt-4o-mini"));
    QVERIFY(found);
    QCOMPARE(found->id, QStringLiteral("openai/gpt-4o-mini"));
    QVERIFY(models.contains(QStringLiteral("qwen2.5:3b")));
    QVERIFY(!models.contains(QStringLiteral("qwen2.5")));
    QVERIFY(!models.contains(QStringLiteral("QWEN2.5:3B"))); // ids are exact
    QVERIFY(!models.contains(QString()));
    QVERIFY(!models.find(QStringLiteral("nope")));
    QVERIFY(!ModelCatalog().contains(QStringLiteral("qwen2.5:3b")));
}

void TestModelCatalog::localAndExternal()
{
    QJsonObject lmStudio = openAiModel(QStringLiteral("lmstudio/qwen"), 2);
    lmStudio.insert(QStringLiteral("connection_type"), QStringLiteral("local"));
    QJsonObject old = ollamaModel(QStringLiteral("old:1b"));
    old.remove(QStringLiteral("connection_type"));
    const ModelCatalog models =
        catalog({ollamaModel(QStringLiteral("qwen2.5:3b")), openAiModel(QStringLiteral("openai/gpt-4o-mini")),
                 lmStudio, arenaModel(QStringLiteral("arena-model")), old});
    QCOMPARE(ids(models.local()), (QStringList{QStringLiteral("qwen2.5:3b"), QStringLiteral("lmstudio/qwen"),
                                               QStringLiteral("old:1b")}));
    QCOMPARE(ids(models.external()),
             (QStringList{QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("arena-model")}));
}

void TestModelCatalog::localTaskCandidatesOrder()
{
    const ModelCatalog models = catalog({
        ollamaModel(QStringLiteral("llama3.1:70b"), QStringLiteral("70.6B"), 42520412561),
        ollamaModel(QStringLiteral("deepseek-r1:1.5b"), QStringLiteral("1.8B"), 1117322599),
        ollamaModel(QStringLiteral("mistral:7b"), QStringLiteral("7.2B"), 4113301824),
        ollamaModel(QStringLiteral("gemma:2b"), QStringLiteral("2.5B"), 1678456656),
        ollamaModel(QStringLiteral("qwen2.5:1.5b"), QStringLiteral("1.5B"), 986061892),
        openAiModel(QStringLiteral("openai/gpt-4o-mini")),
        ollamaModel(QStringLiteral("smollm2:360m"), QStringLiteral("362M"), 725566512),
        ollamaModel(QStringLiteral("qwen2.5:3b"), QStringLiteral("3.1B"), 1929912832),
        ollamaModel(QStringLiteral("mystery:latest"), QString(), 900000000),
    });
    const QStringList order = ids(models.localTaskCandidates());
    // Recommended in the guide's order, then other small ones by size, then large ones, reasoning last.
    QCOMPARE(order, (QStringList{QStringLiteral("qwen2.5:3b"), QStringLiteral("qwen2.5:1.5b"),
                                 QStringLiteral("smollm2:360m"), QStringLiteral("mystery:latest"),
                                 QStringLiteral("gemma:2b"), QStringLiteral("mistral:7b"),
                                 QStringLiteral("llama3.1:70b"), QStringLiteral("deepseek-r1:1.5b")}));
    QVERIFY(!order.contains(QLatin1String("openai/gpt-4o-mini")));
}

void TestModelCatalog::localTaskCandidatesReasoningLast()
{
    const ModelCatalog models = catalog({
        ollamaModel(QStringLiteral("qwen3:0.6b"), QStringLiteral("0.6B")),
        ollamaModel(QStringLiteral("qwq:32b"), QStringLiteral("32.8B")),
        ollamaModel(QStringLiteral("llama3.3:70b"), QStringLiteral("70.6B")),
        ollamaModel(QStringLiteral("llama3.2:1b"), QStringLiteral("1.2B")),
    });
    const QStringList order = ids(models.localTaskCandidates());
    QCOMPARE(order.size(), 4);
    QCOMPARE(order.first(), QStringLiteral("llama3.2:1b"));
    QCOMPARE(order.at(1), QStringLiteral("llama3.3:70b"));
    QVERIFY(order.indexOf(QStringLiteral("qwen3:0.6b")) > 1);
    QVERIFY(order.indexOf(QStringLiteral("qwq:32b")) > 1);
}

void TestModelCatalog::localTaskCandidatesEmpty()
{
    QVERIFY(ModelCatalog().localTaskCandidates().isEmpty());
    QVERIFY(catalog({openAiModel(QStringLiteral("a")), openAiModel(QStringLiteral("b"))})
                .localTaskCandidates()
                .isEmpty());
}

void TestModelCatalog::chatModelForAvoids()
{
    const ModelCatalog models = catalog({
        ollamaModel(QStringLiteral("qwen2.5:3b")),
        ollamaModel(QStringLiteral("llama3.1:8b")),
        openAiModel(QStringLiteral("openai/gpt-4o-mini")),
        openAiModel(QStringLiteral("anthropic/claude-3.5-haiku")),
    });
    const ModelInfo* local = models.chatModelFor(true, QStringLiteral("qwen2.5:3b"));
    QVERIFY(local);
    QCOMPARE(local->id, QStringLiteral("llama3.1:8b"));
    const ModelInfo* localAny = models.chatModelFor(true, QString());
    QVERIFY(localAny);
    QVERIFY(localAny->isLocal());
    const ModelInfo* external = models.chatModelFor(false, QStringLiteral("openai/gpt-4o-mini"));
    QVERIFY(external);
    QCOMPARE(external->id, QStringLiteral("anthropic/claude-3.5-haiku"));
    QVERIFY(!external->isLocal());
}

void TestModelCatalog::chatModelForSkipsArena()
{
    const ModelCatalog models =
        catalog({arenaModel(QStringLiteral("arena-model")), openAiModel(QStringLiteral("openai/gpt-4o-mini")),
                 ollamaModel(QStringLiteral("qwen2.5:3b"))});
    const ModelInfo* external = models.chatModelFor(false, QStringLiteral("qwen2.5:3b"));
    QVERIFY(external);
    QCOMPARE(external->id, QStringLiteral("openai/gpt-4o-mini"));
    const ModelCatalog onlyArena = catalog({arenaModel(QStringLiteral("arena-model"))});
    QVERIFY(!onlyArena.chatModelFor(false, QString()));
    QVERIFY(!onlyArena.chatModelFor(true, QString()));
}

void TestModelCatalog::chatModelForFallsBackToAvoided()
{
    // The only local model is the task model itself: still usable to test.
    const ModelCatalog models = catalog(
        {ollamaModel(QStringLiteral("qwen2.5:3b")), openAiModel(QStringLiteral("openai/gpt-4o-mini"))});
    const ModelInfo* local = models.chatModelFor(true, QStringLiteral("qwen2.5:3b"));
    QVERIFY(local);
    QCOMPARE(local->id, QStringLiteral("qwen2.5:3b"));
}

void TestModelCatalog::chatModelForPrefersLargestNonReasoning()
{
    const ModelCatalog models = catalog({
        ollamaModel(QStringLiteral("qwen2.5:3b"), QStringLiteral("3.1B")),
        ollamaModel(QStringLiteral("deepseek-r1:32b"), QStringLiteral("32.8B")),
        ollamaModel(QStringLiteral("llama3.1:70b"), QStringLiteral("70.6B")),
        ollamaModel(QStringLiteral("mistral:7b"), QStringLiteral("7.2B")),
        ollamaModel(QStringLiteral("mystery:latest"), QString(), 9000000000),
        openAiModel(QStringLiteral("meta-llama/llama-3.1-405b-instruct")),
    });
    const ModelInfo* any = models.chatModelFor(true, QString());
    QVERIFY(any);
    QCOMPARE(any->id, QStringLiteral("llama3.1:70b"));
    const ModelInfo* notTheBiggest = models.chatModelFor(true, QStringLiteral("llama3.1:70b"));
    QVERIFY(notTheBiggest);
    QCOMPARE(notTheBiggest->id, QStringLiteral("mystery:latest")); // 9 GB download, size unknown otherwise
    const ModelInfo* external = models.chatModelFor(false, QString());
    QVERIFY(external);
    QCOMPARE(external->id, QStringLiteral("meta-llama/llama-3.1-405b-instruct"));

    // A reasoning model only when nothing else is left, but still before the avoided one.
    const ModelCatalog thin =
        catalog({ollamaModel(QStringLiteral("qwen2.5:3b"), QStringLiteral("3.1B")),
                 ollamaModel(QStringLiteral("deepseek-r1:32b"), QStringLiteral("32.8B"))});
    QCOMPARE(thin.chatModelFor(true, QString())->id, QStringLiteral("qwen2.5:3b"));
    QCOMPARE(thin.chatModelFor(true, QStringLiteral("qwen2.5:3b"))->id, QStringLiteral("deepseek-r1:32b"));
}

void TestModelCatalog::chatModelForNone()
{
    const ModelCatalog models = catalog({openAiModel(QStringLiteral("openai/gpt-4o-mini"))});
    QVERIFY(!models.chatModelFor(true, QString()));
    QVERIFY(!ModelCatalog().chatModelFor(false, QString()));
}

void TestModelCatalog::recommendedLists()
{
    const QStringList local = ModelCatalog::recommendedLocalModels();
    QVERIFY(!local.isEmpty());
    QCOMPARE(local.first(), QStringLiteral("qwen2.5:3b"));
    for (const QString& id : local) {
        ModelInfo model;
        model.id = id;
        model.name = id;
        QVERIFY2(!model.isReasoning(), qPrintable(id));
        QVERIFY2(model.isSmall(), qPrintable(id));
    }
    const QStringList hosted = ModelCatalog::recommendedHostedModels();
    QVERIFY(!hosted.isEmpty());
    for (const QString& id : hosted) {
        ModelInfo model;
        model.id = id;
        model.name = id;
        QVERIFY2(!model.isReasoning(), qPrintable(id));
        QVERIFY2(id.contains(QLatin1Char('/')), qPrintable(id)); // OpenRouter ids are vendor/model
    }
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
