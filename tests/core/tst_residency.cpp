// LoadedModels reads both shapes of GET /ollama/api/ps (up to 0.6.10: each node's reply by URL;
// from 0.6.11: merged by model with the nodes' indices) and finds a model of /api/models in it by
// Open WebUI's id, Ollama's own name or a workspace model's base; Residency decides from the list
// before and after a task whether the server keeps both models, and says why it could not tell.

#include "LoadedModels.h"
#include "ProbeReport.h"
#include "Residency.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tma;

Q_DECLARE_METATYPE(tma::Residency::State)
Q_DECLARE_METATYPE(tma::Residency::Reason)
Q_DECLARE_METATYPE(tma::ApiError)

namespace {

ModelInfo ollama(const QString& id, const QString& upstream = {})
{
    ModelInfo model;
    model.id = id;
    model.ownedBy = QStringLiteral("ollama");
    model.connectionType = QStringLiteral("local");
    model.upstreamIds << (upstream.isEmpty() ? id : upstream);
    return model;
}

QJsonObject entry(const QString& model, qint64 size, const QJsonArray& urls = {})
{
    QJsonObject json{{"name", model},
                     {"model", model},
                     {"size", size},
                     {"size_vram", size},
                     {"expires_at", "2026-12-06T23:59:59.123456789Z"}};
    if (!urls.isEmpty())
        json.insert("urls", urls);
    return json;
}

LoadedModels parse(const QJsonValue& json)
{
    const std::optional<LoadedModels> loaded = LoadedModels::fromJson(json);
    if (!loaded)
        qWarning("not read: %s", QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact).constData());
    return loaded.value_or(LoadedModels());
}

} // namespace

class TestResidency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergedShape()
    {
        const QJsonObject reply{
            {"models", QJsonArray{entry("gpu.llama3.1:70b", 42000, {0, 1}), entry("qwen2.5:3b", 2000, {1})}}};
        const std::optional<LoadedModels> loaded = LoadedModels::fromJson(reply);
        QVERIFY(loaded);
        QCOMPARE(loaded->all().size(), 2);
        const LoadedModel* big = loaded->find(ollama("gpu.llama3.1:70b", "llama3.1:70b"));
        QVERIFY(big);
        QCOMPARE(big->bytes, 42000);
        QCOMPARE(big->nodes, (QList<int>{0, 1}));
        QVERIFY(!loaded->find(ollama("llama3.2:3b")));
        QVERIFY(LoadedModels::fromJson(QJsonObject{{"models", QJsonArray()}})->all().isEmpty()); // Ollama off
    }

    void byNodeShape()
    {
        // Ollama's own names (no prefix), each node's reply under its URL, null for a silent one.
        const QJsonObject reply{
            {"http://a:11434", QJsonObject{{"models", QJsonArray{entry("llama3.1:70b", 42000)}}}},
            {"http://b:11434", QJsonValue::Null},
            {"http://c:11434", QJsonObject{{"error", "unauthorized"}}}};
        const LoadedModels loaded = parse(reply);
        QCOMPARE(loaded.silentNodes(), 2);
        const LoadedModel* big = loaded.find(ollama("gpu.llama3.1:70b", "llama3.1:70b"));
        QVERIFY(big);
        QCOMPARE(big->nodeUrl, QStringLiteral("http://a:11434"));
        QVERIFY(LoadedModels::fromJson(QJsonObject())->all().isEmpty()); // Ollama off
    }

    void notAList()
    {
        QVERIFY(!LoadedModels::fromJson(QJsonValue(QStringLiteral("<html>"))));
        QVERIFY(!LoadedModels::fromJson(QJsonArray{1, 2}));
    }

    void workspaceModelIsFoundByItsBase()
    {
        ModelInfo preset = ollama(QStringLiteral("my-titles"));
        preset.upstreamIds.clear();
        preset.baseModelId = QStringLiteral("qwen2.5:3b");
        const LoadedModels loaded =
            parse(QJsonObject{{"models", QJsonArray{entry("qwen2.5:3b", 2000, {0})}}});
        QVERIFY(loaded.find(preset));
    }

    void decide_data()
    {
        QTest::addColumn<QJsonArray>("before");
        QTest::addColumn<QJsonArray>("after");
        QTest::addColumn<Residency::State>("state");
        QTest::addColumn<bool>("separate");
        const QJsonObject chat0 = entry("llama3.1:70b", 42000, {0});
        const QJsonObject task0 = entry("qwen2.5:3b", 2000, {0});
        const QJsonObject task1 = entry("qwen2.5:3b", 2000, {1});
        QTest::newRow("unloaded") << QJsonArray{chat0} << QJsonArray{task0}
                                  << Residency::State::ChatModelUnloaded << false;
        QTest::newRow("both") << QJsonArray{chat0} << QJsonArray{chat0, task0} << Residency::State::BothLoaded
                              << false;
        QTest::newRow("other node") << QJsonArray{chat0} << QJsonArray{chat0, task1}
                                    << Residency::State::BothLoaded << true;
        QTest::newRow("chat not loaded")
            << QJsonArray{} << QJsonArray{task0} << Residency::State::ChatModelNotLoaded << false;
        QTest::newRow("task not listed")
            << QJsonArray{chat0} << QJsonArray{chat0} << Residency::State::NotChecked << false;
    }
    void decide()
    {
        QFETCH(QJsonArray, before);
        QFETCH(QJsonArray, after);
        QFETCH(Residency::State, state);
        QFETCH(bool, separate);
        const Residency residency =
            Residency::decide(ollama("llama3.1:70b"), ollama("qwen2.5:3b"),
                              parse(QJsonObject{{"models", before}}), parse(QJsonObject{{"models", after}}));
        QCOMPARE(residency.state, state);
        QCOMPARE(residency.separateNodes, separate);
        if (state == Residency::State::ChatModelUnloaded || state == Residency::State::BothLoaded) {
            QCOMPARE(residency.chatBytes, 42000);
            QCOMPARE(residency.taskBytes, 2000);
        }
        if (state == Residency::State::NotChecked)
            QCOMPARE(residency.reason, Residency::Reason::TaskModelNotListed);
        QVERIFY(!ProbeReport::residencySentence(residency).isEmpty());
    }

    void whyNotChecked_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<Residency::Reason>("reason");
        QTest::newRow("404") << ApiError(ApiError::Kind::NotFound, QStringLiteral("Not Found"), 404)
                             << Residency::Reason::RouteMissing;
        QTest::newRow("web app page")
            << ApiError(ApiError::Kind::UnexpectedContent, QString(), 200) << Residency::Reason::RouteMissing;
        QTest::newRow("proxy page 502")
            << ApiError(ApiError::Kind::UnexpectedContent, QString(), 502) << Residency::Reason::Unreadable;
        QTest::newRow("not admin") << ApiError(ApiError::Kind::NotAdmin, QString(), 401)
                                   << Residency::Reason::Refused;
        QTest::newRow("key restricted")
            << ApiError(ApiError::Kind::EndpointRestricted, QString(), 403) << Residency::Reason::Refused;
        QTest::newRow("server error")
            << ApiError(ApiError::Kind::Server, QString(), 500) << Residency::Reason::Unreadable;
        QTest::newRow("timeout") << ApiError(ApiError::Kind::Timeout) << Residency::Reason::Unreadable;
    }
    void whyNotChecked()
    {
        QFETCH(ApiError, error);
        QFETCH(Residency::Reason, reason);
        const Residency residency = Residency::notChecked(ollama("a:1b"), ollama("b:1b"), error);
        QCOMPARE(residency.state, Residency::State::NotChecked);
        QCOMPARE(residency.reason, reason);
        QVERIFY(ProbeReport::residencySentence(residency).contains(QLatin1String("could not be checked")));
        QCOMPARE(ProbeReport::residencyReasonCode(reason).isEmpty(), false);
    }

    void appliesOnlyToTwoOllamaModels()
    {
        const ModelInfo chat = ollama(QStringLiteral("llama3.1:70b"));
        ModelInfo hosted;
        hosted.id = QStringLiteral("openai/gpt-4o-mini");
        hosted.ownedBy = QStringLiteral("openai");
        QVERIFY(Residency::applies(&chat, &chat) == false);
        QVERIFY(!Residency::applies(&chat, &hosted));
        QVERIFY(!Residency::applies(&chat, nullptr));
        const ModelInfo task = ollama(QStringLiteral("qwen2.5:3b"));
        QVERIFY(Residency::applies(&chat, &task));
        QVERIFY(ProbeReport::residencySentence(Residency()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResidency)
#include "tst_residency.moc"
