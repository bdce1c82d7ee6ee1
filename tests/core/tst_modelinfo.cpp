#include "ModelInfo.h"

#include <QJsonDocument>
#include <QtTest>

using tma::ModelInfo;

namespace {

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

ModelInfo named(const QString& id, const QString& parameterSize = {}, qint64 sizeBytes = 0)
{
    ModelInfo model;
    model.id = id;
    model.name = id;
    model.parameterSize = parameterSize;
    model.sizeBytes = sizeBytes;
    return model;
}

} // namespace

class TestModelInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJsonOllama06();
    void fromJsonOllama04();
    void fromJsonOpenAi();
    void fromJsonOpenAiMarkedLocal();
    void fromJsonConnectionTypeInsideOllama();
    void fromJsonPrivate_data();
    void fromJsonPrivate();
    void fromJsonMinimalAndJunk();
    void isReasoning_data();
    void isReasoning();
    void parameterBillions_data();
    void parameterBillions();
    void isSmall_data();
    void isSmall();
    void displayName();
};

void TestModelInfo::fromJsonOllama06()
{
    const ModelInfo model = ModelInfo::fromJson(parse(R"({
        "id": "qwen2.5:3b", "name": "qwen2.5:3b", "object": "model", "created": 1760000000,
        "owned_by": "ollama", "connection_type": "local", "tags": [],
        "ollama": {"name": "qwen2.5:3b", "model": "qwen2.5:3b", "size": 1929912832, "digest": "357c53fb659c",
                   "details": {"format": "gguf", "family": "qwen2", "parameter_size": "3.1B",
                               "quantization_level": "Q4_K_M"},
                   "urls": [0], "connection_type": "local"}
    })"));
    QCOMPARE(model.id, QStringLiteral("qwen2.5:3b"));
    QCOMPARE(model.name, QStringLiteral("qwen2.5:3b"));
    QCOMPARE(model.ownedBy, QStringLiteral("ollama"));
    QCOMPARE(model.connectionType, QStringLiteral("local"));
    QVERIFY(model.isLocal());
    QVERIFY(model.isOllama());
    QCOMPARE(model.sizeBytes, Q_INT64_C(1929912832));
    QCOMPARE(model.parameterSize, QStringLiteral("3.1B"));
    QVERIFY(model.isPrivate); // no workspace record (`info`): regular users can't use it
    QCOMPARE(model.openAiUrlIndex, -1);
    QVERIFY(qAbs(model.parameterBillions() - 3.1) < 1e-9);
    QVERIFY(model.isSmall());
    QVERIFY(!model.isReasoning());
}

void TestModelInfo::fromJsonOllama04()
{
    // 0.4: no connection_type anywhere; the owner decides.
    const ModelInfo ollama = ModelInfo::fromJson(parse(R"({
        "id": "llama3.2:3b", "name": "llama3.2:3b", "owned_by": "ollama",
        "ollama": {"name": "llama3.2:3b", "size": 2019393189, "details": {"parameter_size": "3.2B"}}
    })"));
    QCOMPARE(ollama.connectionType, QStringLiteral("local"));
    QVERIFY(ollama.isLocal());
    const ModelInfo openai = ModelInfo::fromJson(parse(R"({
        "id": "gpt-4o-mini", "name": "gpt-4o-mini", "owned_by": "openai", "urlIdx": 0,
        "openai": {"id": "gpt-4o-mini", "object": "model", "owned_by": "system"}
    })"));
    QCOMPARE(openai.connectionType, QStringLiteral("external"));
    QVERIFY(!openai.isLocal());
    QVERIFY(!openai.isOllama());
    const ModelInfo function =
        ModelInfo::fromJson(parse(R"({"id": "my_pipe.model", "owned_by": "my_pipe"})"));
    QCOMPARE(function.connectionType, QStringLiteral("external"));
}

void TestModelInfo::fromJsonOpenAi()
{
    const ModelInfo model = ModelInfo::fromJson(parse(R"({
        "id": "openai/gpt-4o-mini", "name": "OpenAI: GPT-4o-mini", "owned_by": "openai",
        "connection_type": "external", "urlIdx": 1,
        "openai": {"id": "openai/gpt-4o-mini", "name": "OpenAI: GPT-4o-mini", "context_length": 128000}
    })"));
    QCOMPARE(model.id, QStringLiteral("openai/gpt-4o-mini"));
    QCOMPARE(model.name, QStringLiteral("OpenAI: GPT-4o-mini"));
    QCOMPARE(model.openAiUrlIndex, 1);
    QVERIFY(!model.isLocal());
    QVERIFY(!model.isOllama());
    QCOMPARE(model.sizeBytes, Q_INT64_C(0));
    QVERIFY(model.parameterSize.isEmpty());
    QVERIFY(!model.isReasoning());
}

void TestModelInfo::fromJsonOpenAiMarkedLocal()
{
    // An OpenAI-compatible connection (LM Studio) marked Local by the admin.
    const ModelInfo model = ModelInfo::fromJson(parse(R"({
        "id": "lmstudio-community/qwen2.5-3b", "owned_by": "openai", "connection_type": "local", "urlIdx": 2
    })"));
    QVERIFY(model.isLocal());
    QVERIFY(!model.isOllama());
    QCOMPARE(model.openAiUrlIndex, 2);
}

void TestModelInfo::fromJsonConnectionTypeInsideOllama()
{
    // An Ollama connection the admin marked external: only the nested object says so.
    const ModelInfo model = ModelInfo::fromJson(parse(R"({
        "id": "remote-ollama.qwen2.5:3b", "owned_by": "ollama",
        "ollama": {"name": "qwen2.5:3b", "connection_type": "external"}
    })"));
    QCOMPARE(model.connectionType, QStringLiteral("external"));
    QVERIFY(!model.isLocal());
    QVERIFY(model.isOllama());
}

void TestModelInfo::fromJsonPrivate_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<bool>("isPrivate");

    // No workspace record: check_model_access refuses regular users (utils/models.py).
    QTest::newRow("no info (no record)") << QByteArray() << true;
    QTest::newRow("0.11 default metadata only (no record)")
        << QByteArray(R"({"meta": {"description": "x"}})") << true;
    QTest::newRow("access_control null (public)")
        << QByteArray(R"({"id": "x", "access_control": null})") << false;
    QTest::newRow("no access_control") << QByteArray(R"({"id": "x", "meta": {}})") << false;
    QTest::newRow("access_control object") << QByteArray(R"({"id": "x", "access_control": {}})") << true;
    QTest::newRow("access_control groups")
        << QByteArray(R"({"id": "x", "access_control": {"read": {"group_ids": ["g1"], "user_ids": []}}})")
        << true;
    // 0.11: models/access_grants.py; public = a read grant for user "*".
    QTest::newRow("0.11 public grant")
        << QByteArray(
               R"({"id": "x", "access_grants": [{"principal_type": "user", "principal_id": "*", "permission": "read"}]})")
        << false;
    QTest::newRow("0.11 no grants (private)") << QByteArray(R"({"id": "x", "access_grants": []})") << true;
    QTest::newRow("0.11 a group's grant only")
        << QByteArray(
               R"({"id": "x", "access_grants": [{"principal_type": "group", "principal_id": "g1", "permission": "read"}]})")
        << true;
    QTest::newRow("0.11 write for everyone is no read")
        << QByteArray(
               R"({"id": "x", "access_grants": [{"principal_type": "user", "principal_id": "*", "permission": "write"}]})")
        << true;
}

void TestModelInfo::fromJsonPrivate()
{
    QFETCH(QByteArray, info);
    QFETCH(bool, isPrivate);
    QJsonObject json = parse(R"({"id": "qwen2.5:3b", "owned_by": "ollama", "connection_type": "local"})");
    if (!info.isEmpty())
        json.insert(QStringLiteral("info"), parse(info));
    QCOMPARE(ModelInfo::fromJson(json).isPrivate, isPrivate);
}

void TestModelInfo::fromJsonMinimalAndJunk()
{
    const ModelInfo minimal = ModelInfo::fromJson(parse(R"({"id": "m"})"));
    QCOMPARE(minimal.id, QStringLiteral("m"));
    QCOMPARE(minimal.name, QStringLiteral("m")); // name defaults to the id
    QCOMPARE(minimal.connectionType, QStringLiteral("external"));
    QCOMPARE(minimal.openAiUrlIndex, -1);

    const ModelInfo junk = ModelInfo::fromJson(parse(R"({
        "id": 5, "name": ["x"], "owned_by": {}, "connection_type": 3, "urlIdx": "one",
        "ollama": "not an object", "info": "nope"
    })"));
    QVERIFY(junk.id.isEmpty());
    QCOMPARE(junk.openAiUrlIndex, -1);
    QCOMPARE(junk.sizeBytes, Q_INT64_C(0));
    QVERIFY(junk.isPrivate); // no record that grants anyone anything

    const ModelInfo empty = ModelInfo::fromJson(QJsonObject());
    QVERIFY(empty.id.isEmpty());
    QCOMPARE(empty.parameterBillions(), 0.0);
    QVERIFY(!empty.isSmall());
    QVERIFY(!empty.isReasoning());
}

void TestModelInfo::isReasoning_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("expected");

    QTest::newRow("deepseek-r1:32b") << "deepseek-r1:32b"
                                     << "" << true;
    QTest::newRow("deepseek-r1:1.5b") << "deepseek-r1:1.5b"
                                      << "" << true;
    QTest::newRow("deepseek/deepseek-r1") << "deepseek/deepseek-r1"
                                          << "" << true;
    QTest::newRow("qwq") << "qwq"
                         << "" << true;
    QTest::newRow("qwq:32b") << "qwq:32b"
                             << "" << true;
    QTest::newRow("o3-mini") << "o3-mini"
                             << "" << true;
    QTest::newRow("openai/o1") << "openai/o1"
                               << "" << true;
    QTest::newRow("openai/o4-mini") << "openai/o4-mini"
                                    << "" << true;
    QTest::newRow("qwen3:4b") << "qwen3:4b"
                              << "" << true;
    QTest::newRow("gpt-oss:20b") << "gpt-oss:20b"
                                 << "" << true;
    QTest::newRow("magistral") << "magistral:24b"
                               << "" << true;
    QTest::newRow("-thinking") << "anthropic/claude-3.7-sonnet-thinking"
                               << "" << true;
    QTest::newRow("gemini thinking") << "gemini-2.0-flash-thinking-exp"
                                     << "" << true;
    QTest::newRow("reasoner") << "deepseek/deepseek-reasoner"
                              << "" << true;
    QTest::newRow("upper case") << "DeepSeek-R1:8B"
                                << "" << true;
    QTest::newRow("by name") << "custom-helper"
                             << "Helper (R1 distill)" << true;

    QTest::newRow("llama3.1:70b") << "llama3.1:70b"
                                  << "" << false;
    QTest::newRow("qwen2.5:3b") << "qwen2.5:3b"
                                << "" << false;
    QTest::newRow("phi3.5") << "phi3.5"
                            << "" << false;
    QTest::newRow("phi3.5:3.8b") << "phi3.5:3.8b"
                                 << "" << false;
    QTest::newRow("llama3.2:3b") << "llama3.2:3b"
                                 << "" << false;
    QTest::newRow("qwen2.5:1.5b") << "qwen2.5:1.5b"
                                  << "" << false;
    QTest::newRow("gemma2:2b") << "gemma2:2b"
                               << "" << false;
    QTest::newRow("mistral:7b") << "mistral:7b"
                                << "" << false;
    QTest::newRow("gpt-4o-mini") << "openai/gpt-4o-mini"
                                 << "OpenAI: GPT-4o-mini" << false;
    QTest::newRow("llama-3.2-3b-instruct") << "meta-llama/llama-3.2-3b-instruct"
                                           << "" << false;
    QTest::newRow("qwen-2.5-7b") << "qwen/qwen-2.5-7b-instruct"
                                 << "" << false;
    QTest::newRow("ministral") << "mistralai/ministral-8b"
                               << "" << false;
    QTest::newRow("command-r7b") << "command-r7b:7b"
                                 << "" << false;
    QTest::newRow("llama3.1:8b") << "llama3.1:8b"
                                 << "" << false;
    QTest::newRow("smollm2") << "smollm2:135m"
                             << "" << false;
}

void TestModelInfo::isReasoning()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(bool, expected);
    ModelInfo model;
    model.id = id;
    model.name = name.isEmpty() ? id : name;
    QCOMPARE(model.isReasoning(), expected);
}

void TestModelInfo::parameterBillions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameterSize");
    QTest::addColumn<double>("expected");

    QTest::newRow("details 3.1B") << "qwen2.5:3b"
                                  << "3.1B" << 3.1;
    QTest::newRow("details 70.6B") << "llama3.1:70b"
                                   << "70.6B" << 70.6;
    QTest::newRow("details 8.0B") << "llama3.1:latest"
                                  << "8.0B" << 8.0;
    QTest::newRow("details 135M") << "smollm:latest"
                                  << "135M" << 0.135;
    QTest::newRow("details lower") << "x:latest"
                                   << "7b" << 7.0;
    QTest::newRow("details wins over tag") << "odd:7b"
                                           << "1.5B" << 1.5;
    QTest::newRow("tag :1.5b") << "qwen2.5:1.5b"
                               << "" << 1.5;
    QTest::newRow("tag :3b") << "llama3.2:3b"
                             << "" << 3.0;
    QTest::newRow("tag :70b") << "llama3.1:70b"
                              << "" << 70.0;
    QTest::newRow("tag -3b") << "meta-llama/llama-3.2-3b-instruct"
                             << "" << 3.0;
    QTest::newRow("tag -8b") << "mistralai/ministral-8b"
                             << "" << 8.0;
    QTest::newRow("tag :3b-instruct-q4") << "qwen2.5:3b-instruct-q4_K_M"
                                         << "" << 3.0;
    QTest::newRow("tag _7B") << "mistral_7B_v0.3"
                             << "" << 7.0;
    QTest::newRow("tag :360m") << "smollm2:360m"
                               << "" << 0.36;
    QTest::newRow("tag :3.8b") << "phi3.5:3.8b"
                               << "" << 3.8;
    QTest::newRow("unknown latest") << "mistral:latest"
                                    << "" << 0.0;
    QTest::newRow("unknown phi3.5") << "phi3.5"
                                    << "" << 0.0;
    QTest::newRow("unknown gpt-4o-mini") << "openai/gpt-4o-mini"
                                         << "" << 0.0;
    QTest::newRow("not a size: 7bit") << "foo:7bit"
                                      << "" << 0.0;
}

void TestModelInfo::parameterBillions()
{
    QFETCH(QString, id);
    QFETCH(QString, parameterSize);
    QFETCH(double, expected);
    const ModelInfo model = named(id, parameterSize);
    QVERIFY2(qAbs(model.parameterBillions() - expected) < 1e-9,
             qPrintable(QStringLiteral("%1 -> %2").arg(id).arg(model.parameterBillions())));
}

void TestModelInfo::isSmall_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameterSize");
    QTest::addColumn<qint64>("sizeBytes");
    QTest::addColumn<bool>("expected");

    QTest::newRow("3.1B") << "qwen2.5:3b"
                          << "3.1B" << Q_INT64_C(1929912832) << true;
    QTest::newRow("phi3.5 3.8B") << "phi3.5:3.8b"
                                 << "3.8B" << Q_INT64_C(2176178913) << true;
    QTest::newRow("1.5b tag") << "qwen2.5:1.5b"
                              << "" << Q_INT64_C(0) << true;
    QTest::newRow("135M") << "smollm:135m"
                          << "135M" << Q_INT64_C(0) << true;
    QTest::newRow("7B") << "mistral:7b"
                        << "7.2B" << Q_INT64_C(4113301824) << false;
    QTest::newRow("70B") << "llama3.1:70b"
                         << "70.6B" << Q_INT64_C(42520412561) << false;
    // Parameter count wins over a small download (heavily quantised big model).
    QTest::newRow("8B small file") << "llama3.1:8b-q2"
                                   << "8.0B" << Q_INT64_C(3000000000) << false;
    QTest::newRow("size only small") << "mystery:latest"
                                     << "" << Q_INT64_C(2000000000) << true;
    QTest::newRow("size only large") << "mystery:latest"
                                     << "" << Q_INT64_C(5000000000) << false;
    QTest::newRow("nothing known") << "openai/gpt-4o-mini"
                                   << "" << Q_INT64_C(0) << false;
}

void TestModelInfo::isSmall()
{
    QFETCH(QString, id);
    QFETCH(QString, parameterSize);
    QFETCH(qint64, sizeBytes);
    QFETCH(bool, expected);
    QCOMPARE(named(id, parameterSize, sizeBytes).isSmall(), expected);
}

void TestModelInfo::displayName()
{
    QCOMPARE(named(QStringLiteral("qwen2.5:3b")).displayName(), QStringLiteral("qwen2.5:3b"));
    ModelInfo nameless;
    nameless.id = QStringLiteral("x");
    QCOMPARE(nameless.displayName(), QStringLiteral("x"));
    ModelInfo pretty;
    pretty.id = QStringLiteral("openai/gpt-4o-mini");
    pretty.name = QStringLiteral("GPT-4o mini");
    QVERIFY(pretty.displayName().contains(pretty.id));
    QVERIFY(pretty.displayName().contains(pretty.name));
}

QTEST_GUILESS_MAIN(TestModelInfo)
#include "tst_modelinfo.moc"
