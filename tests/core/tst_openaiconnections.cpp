#include "OpenAiConnections.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using tma::OpenAiConnections;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const QString kOpenRouter = QStringLiteral("https://openrouter.ai/api/v1");

// GET /openai/config with two connections, as an admin sees it.
QJsonObject twoConnections()
{
    return parse(
        "{\n"
        "        \"ENABLE_OPENAI_API\": true,\n"
        "        \"OPENAI_API_BASE_URLS\": [\"https://api.openai.com/v1\", "
        "\"http://lmstudio.lan:1234/v1\"],\n"
        "        \"OPENAI_API_KEYS\": [\"sk-openai-SECRET1\", \"lm-SECRET2\"],\n"
        "        \"OPENAI_API_CONFIGS\": {\n"
        "            \"0\": {\"enable\": true, \"prefix_id\": \"\", \"tags\": [], \"model_ids\": [], "
        "\"connection_type\": \"external\"},\n"
        "            \"1\": {\"enable\": false, \"prefix_id\": \"lm\", \"tags\": [{\"name\": \"lan\"}], "
        "\"connection_type\": \"local\",\n"
        "                  \"key\": \"cfg-SECRET3\", \"headers\": {\"X-Custom-Auth\": \"hdr-SECRET4\"}}\n"
        "        },\n"
        "        \"ENABLE_API_DEBUG_LOGGING\": false\n"
        "    }");
}

QJsonObject configs(const OpenAiConnections& connections)
{
    return connections.json().value(QLatin1String("OPENAI_API_CONFIGS")).toObject();
}

QJsonArray keys(const OpenAiConnections& connections)
{
    return connections.json().value(QLatin1String("OPENAI_API_KEYS")).toArray();
}

QJsonArray urls(const OpenAiConnections& connections)
{
    return connections.json().value(QLatin1String("OPENAI_API_BASE_URLS")).toArray();
}

} // namespace

class TestOpenAiConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readers();
    void ensureAppends();
    void ensureForcesEnable_data();
    void ensureForcesEnable();
    void ensureOnEmptyConfig();
    void ensurePadsKeys();
    void ensureUpdatesExisting_data();
    void ensureUpdatesExisting();
    void ensureKeepsModelIdsWhenNoneGiven();
    void ensureIsIdempotent();
    void removeRenumbers();
    void removeWithGaps();
    void removeOutOfRange_data();
    void removeOutOfRange();
    void redactedHidesEverySecret();
    void redactedKeepsShape();
    void hasMaskedKeys_data();
    void hasMaskedKeys();
};

void TestOpenAiConnections::readers()
{
    const OpenAiConnections connections(twoConnections());
    QCOMPARE(connections.count(), 2);
    QCOMPARE(connections.url(1), QStringLiteral("http://lmstudio.lan:1234/v1"));
    QCOMPARE(connections.indexOf(QStringLiteral("https://api.openai.com/v1")), 0);
    QCOMPARE(connections.indexOf(QStringLiteral("https://api.openai.com/v1/")), 0);
    QCOMPARE(connections.indexOf(QStringLiteral("HTTPS://API.OPENAI.COM/v1")), 0);
    QCOMPARE(connections.indexOf(kOpenRouter), -1);
    // Whatever an admin typed is found again by the same text, a valid provider URL or not.
    OpenAiConnections typedByHand(QJsonObject{});
    const int odd = typedByHand.ensure(QStringLiteral("api.example.com/v1/ "), QStringLiteral("k"), {});
    QCOMPARE(typedByHand.indexOf(QStringLiteral("api.example.com/v1/ ")), odd);
    QCOMPARE(typedByHand.indexOf(QStringLiteral("API.example.com/v1")), odd);
    QVERIFY(connections.isEnabled(0));
    QVERIFY(!connections.isEnabled(1));
    QCOMPARE(OpenAiConnections(QJsonObject()).count(), 0);
}

void TestOpenAiConnections::ensureAppends()
{
    OpenAiConnections connections(twoConnections());
    const QStringList shortlist{QStringLiteral("openai/gpt-4o-mini"),
                                QStringLiteral("meta-llama/llama-3.2-3b-instruct")};
    const int index = connections.ensure(kOpenRouter, QStringLiteral("sk-or-NEW"), shortlist);
    QCOMPARE(index, 2);
    QCOMPARE(connections.count(), 3);
    QCOMPARE(urls(connections).at(2).toString(), kOpenRouter);
    QCOMPARE(keys(connections).size(), 3);
    QCOMPARE(keys(connections).at(2).toString(), QStringLiteral("sk-or-NEW"));
    const QJsonObject entry = configs(connections).value(QLatin1String("2")).toObject();
    QCOMPARE(entry.value(QLatin1String("enable")), QJsonValue(true));
    QCOMPARE(entry.value(QLatin1String("connection_type")).toString(), QStringLiteral("external"));
    QCOMPARE(entry.value(QLatin1String("model_ids")).toArray(), QJsonArray::fromStringList(shortlist));
    QVERIFY(entry.value(QLatin1String("prefix_id")).isString());
    QVERIFY(entry.value(QLatin1String("prefix_id")).toString().isEmpty());
    QVERIFY(entry.value(QLatin1String("tags")).isArray());
    QCOMPARE(connections.json().value(QLatin1String("ENABLE_OPENAI_API")), QJsonValue(true));
    // The other connections are untouched.
    QCOMPARE(urls(connections).at(0),
             twoConnections().value(QLatin1String("OPENAI_API_BASE_URLS")).toArray().at(0));
    QCOMPARE(keys(connections).at(0).toString(), QStringLiteral("sk-openai-SECRET1"));
    QCOMPARE(keys(connections).at(1).toString(), QStringLiteral("lm-SECRET2"));
    QCOMPARE(
        configs(connections).value(QLatin1String("0")),
        twoConnections().value(QLatin1String("OPENAI_API_CONFIGS")).toObject().value(QLatin1String("0")));
    QCOMPARE(
        configs(connections).value(QLatin1String("1")),
        twoConnections().value(QLatin1String("OPENAI_API_CONFIGS")).toObject().value(QLatin1String("1")));
    QCOMPARE(connections.json().value(QLatin1String("ENABLE_API_DEBUG_LOGGING")), QJsonValue(false));
    QVERIFY(connections.isEnabled(2));
    QCOMPARE(connections.indexOf(kOpenRouter), 2);
}

void TestOpenAiConnections::ensureForcesEnable_data()
{
    QTest::addColumn<QJsonValue>("enable"); // Undefined = key missing
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("true") << QJsonValue(true);
}

void TestOpenAiConnections::ensureForcesEnable()
{
    QFETCH(QJsonValue, enable);
    QJsonObject config = twoConnections();
    if (enable.isUndefined())
        config.remove(QStringLiteral("ENABLE_OPENAI_API"));
    else
        config.insert(QStringLiteral("ENABLE_OPENAI_API"), enable);
    OpenAiConnections connections(config);
    connections.ensure(kOpenRouter, QStringLiteral("sk-or"), {});
    QCOMPARE(connections.json().value(QLatin1String("ENABLE_OPENAI_API")), QJsonValue(true));

    // Also when the connection already exists.
    OpenAiConnections existing(config);
    existing.ensure(QStringLiteral("https://api.openai.com/v1"), QStringLiteral("sk-new"), {});
    QCOMPARE(existing.json().value(QLatin1String("ENABLE_OPENAI_API")), QJsonValue(true));
}

void TestOpenAiConnections::ensureOnEmptyConfig()
{
    OpenAiConnections connections(QJsonObject{});
    QCOMPARE(connections.ensure(kOpenRouter, QStringLiteral("sk-or"), {QStringLiteral("openai/gpt-4o-mini")}),
             0);
    QCOMPARE(connections.count(), 1);
    QCOMPARE(keys(connections), QJsonArray{QStringLiteral("sk-or")});
    QVERIFY(configs(connections).contains(QLatin1String("0")));
    QCOMPARE(connections.json().value(QLatin1String("ENABLE_OPENAI_API")), QJsonValue(true));
}

void TestOpenAiConnections::ensurePadsKeys()
{
    // The server tolerates fewer keys than URLs; ours must line up before appending.
    QJsonObject config = twoConnections();
    config.insert(QStringLiteral("OPENAI_API_KEYS"), QJsonArray{QStringLiteral("sk-openai-SECRET1")});
    OpenAiConnections connections(config);
    const int index = connections.ensure(kOpenRouter, QStringLiteral("sk-or"), {});
    QCOMPARE(index, 2);
    QCOMPARE(keys(connections),
             (QJsonArray{QStringLiteral("sk-openai-SECRET1"), QString(), QStringLiteral("sk-or")}));

    QJsonObject noKeys = twoConnections();
    noKeys.remove(QStringLiteral("OPENAI_API_KEYS"));
    OpenAiConnections padded(noKeys);
    QCOMPARE(padded.ensure(kOpenRouter, QStringLiteral("sk-or"), {}), 2);
    QCOMPARE(keys(padded), (QJsonArray{QString(), QString(), QStringLiteral("sk-or")}));
}

void TestOpenAiConnections::ensureUpdatesExisting_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("same") << kOpenRouter;
    QTest::newRow("trailing slash") << QStringLiteral("https://openrouter.ai/api/v1/");
    QTest::newRow("case") << QStringLiteral("https://OpenRouter.AI/api/v1");
}

void TestOpenAiConnections::ensureUpdatesExisting()
{
    QFETCH(QString, url);
    QJsonObject config = twoConnections();
    QJsonArray urlList = config.value(QLatin1String("OPENAI_API_BASE_URLS")).toArray();
    urlList.append(QStringLiteral("https://openrouter.ai/api/v1/")); // stored with a slash
    config.insert(QStringLiteral("OPENAI_API_BASE_URLS"), urlList);
    QJsonArray keyList = config.value(QLatin1String("OPENAI_API_KEYS")).toArray();
    keyList.append(QStringLiteral("sk-or-OLD"));
    config.insert(QStringLiteral("OPENAI_API_KEYS"), keyList);
    QJsonObject configMap = config.value(QLatin1String("OPENAI_API_CONFIGS")).toObject();
    configMap.insert(
        QStringLiteral("2"),
        parse("{\"enable\": false, \"prefix_id\": \"or\", \"tags\": [{\"name\": \"cloud\"}],\n"
              "                                                  \"connection_type\": \"local\", "
              "\"model_ids\": [\"old/model\"],\n"
              "                                                  \"headers\": {\"X-Title\": \"Mine\"}}"));
    config.insert(QStringLiteral("OPENAI_API_CONFIGS"), configMap);
    config.insert(QStringLiteral("ENABLE_OPENAI_API"), false);

    OpenAiConnections connections(config);
    const int index =
        connections.ensure(url, QStringLiteral("sk-or-NEW"), {QStringLiteral("openai/gpt-4o-mini")});
    QCOMPARE(index, 2);
    QCOMPARE(connections.count(), 3);
    QCOMPARE(keys(connections).size(), 3);
    // An existing connection serves other chats: its key, type and list stay; ours joins the list.
    QCOMPARE(keys(connections).at(2).toString(), QStringLiteral("sk-or-OLD"));
    QCOMPARE(connections.key(2), QStringLiteral("sk-or-OLD"));
    QCOMPARE(keys(connections).at(0).toString(), QStringLiteral("sk-openai-SECRET1"));
    const QJsonObject entry = configs(connections).value(QLatin1String("2")).toObject();
    QCOMPARE(entry.value(QLatin1String("enable")), QJsonValue(true));
    QCOMPARE(entry.value(QLatin1String("connection_type")).toString(), QStringLiteral("local"));
    QCOMPARE(entry.value(QLatin1String("model_ids")).toArray(),
             (QJsonArray{QStringLiteral("old/model"), QStringLiteral("openai/gpt-4o-mini")}));
    QCOMPARE(connections.exposedModelId(2, QStringLiteral("openai/gpt-4o-mini")), QStringLiteral("or.openai/gpt-4o-mini"));
    // The admin's own choices for that connection stay.
    QCOMPARE(entry.value(QLatin1String("prefix_id")).toString(), QStringLiteral("or"));
    QCOMPARE(entry.value(QLatin1String("tags")).toArray().size(), 1);
    QCOMPARE(entry.value(QLatin1String("headers")).toObject().value(QLatin1String("X-Title")).toString(),
             QStringLiteral("Mine"));
    QCOMPARE(connections.json().value(QLatin1String("ENABLE_OPENAI_API")), QJsonValue(true));
}

void TestOpenAiConnections::ensureKeepsModelIdsWhenNoneGiven()
{
    QJsonObject config = twoConnections();
    QJsonObject configMap = config.value(QLatin1String("OPENAI_API_CONFIGS")).toObject();
    QJsonObject first = configMap.value(QLatin1String("0")).toObject();
    first.insert(QStringLiteral("model_ids"), QJsonArray{QStringLiteral("gpt-4o-mini")});
    configMap.insert(QStringLiteral("0"), first);
    config.insert(QStringLiteral("OPENAI_API_CONFIGS"), configMap);
    OpenAiConnections connections(config);
    QCOMPARE(connections.ensure(QStringLiteral("https://api.openai.com/v1"), QStringLiteral("sk-x"), {}), 0);
    QCOMPARE(
        configs(connections).value(QLatin1String("0")).toObject().value(QLatin1String("model_ids")).toArray(),
        QJsonArray{QStringLiteral("gpt-4o-mini")});
}

void TestOpenAiConnections::ensureIsIdempotent()
{
    OpenAiConnections connections(twoConnections());
    connections.ensure(kOpenRouter, QStringLiteral("sk-or"), {QStringLiteral("a/b")});
    const QJsonObject once = connections.json();
    QCOMPARE(connections.ensure(kOpenRouter, QStringLiteral("sk-or"), {QStringLiteral("a/b")}), 2);
    QCOMPARE(connections.json(), once);
}

void TestOpenAiConnections::removeRenumbers()
{
    OpenAiConnections connections(twoConnections());
    connections.ensure(kOpenRouter, QStringLiteral("sk-or"), {QStringLiteral("a/b")});
    const QJsonObject before = configs(connections);
    connections.remove(0);
    QCOMPARE(connections.count(), 2);
    QCOMPARE(urls(connections), (QJsonArray{QStringLiteral("http://lmstudio.lan:1234/v1"), kOpenRouter}));
    QCOMPARE(keys(connections), (QJsonArray{QStringLiteral("lm-SECRET2"), QStringLiteral("sk-or")}));
    const QJsonObject after = configs(connections);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.value(QLatin1String("0")), before.value(QLatin1String("1")));
    QCOMPARE(after.value(QLatin1String("1")), before.value(QLatin1String("2")));
    QVERIFY(!after.contains(QLatin1String("2")));
    QVERIFY(!connections.isEnabled(0)); // the LM Studio entry was disabled and moved to 0

    // Removing the last one leaves the others alone.
    connections.remove(1);
    QCOMPARE(connections.count(), 1);
    QCOMPARE(configs(connections).value(QLatin1String("0")), before.value(QLatin1String("1")));
    QCOMPARE(keys(connections).size(), 1);
}

void TestOpenAiConnections::removeWithGaps()
{
    // Connection 1 has no per-connection config; 2 does.
    QJsonObject config = parse(
        "{\n"
        "        \"ENABLE_OPENAI_API\": true,\n"
        "        \"OPENAI_API_BASE_URLS\": [\"https://a/v1\", \"https://b/v1\", \"https://c/v1\"],\n"
        "        \"OPENAI_API_KEYS\": [\"ka\", \"kb\", \"kc\"],\n"
        "        \"OPENAI_API_CONFIGS\": {\"0\": {\"prefix_id\": \"a\"}, \"2\": {\"prefix_id\": \"c\"}}\n"
        "    }");
    OpenAiConnections connections(config);
    connections.remove(1);
    const QJsonObject after = configs(connections);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.value(QLatin1String("0")).toObject().value(QLatin1String("prefix_id")).toString(),
             QStringLiteral("a"));
    QCOMPARE(after.value(QLatin1String("1")).toObject().value(QLatin1String("prefix_id")).toString(),
             QStringLiteral("c"));
    QCOMPARE(keys(connections), (QJsonArray{QStringLiteral("ka"), QStringLiteral("kc")}));

    connections.remove(0);
    QCOMPARE(configs(connections).size(), 1);
    QCOMPARE(configs(connections)
                 .value(QLatin1String("0"))
                 .toObject()
                 .value(QLatin1String("prefix_id"))
                 .toString(),
             QStringLiteral("c"));
    QCOMPARE(connections.url(0), QStringLiteral("https://c/v1"));
}

void TestOpenAiConnections::removeOutOfRange_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("-1") << -1;
    QTest::newRow("count") << 2;
    QTest::newRow("large") << 99;
}

void TestOpenAiConnections::removeOutOfRange()
{
    QFETCH(int, index);
    OpenAiConnections connections(twoConnections());
    connections.remove(index);
    QCOMPARE(connections.json(), twoConnections());
}

void TestOpenAiConnections::redactedHidesEverySecret()
{
    OpenAiConnections connections(twoConnections());
    connections.ensure(kOpenRouter, QStringLiteral("sk-or-SECRET5"), {});
    const QJsonObject redacted = connections.redacted();
    const QByteArray text = QJsonDocument(redacted).toJson();
    for (const char* secret : {"SECRET1", "SECRET2", "SECRET3", "SECRET4", "SECRET5"})
        QVERIFY2(!text.contains(secret), secret);
    const QJsonArray redactedKeys = redacted.value(QLatin1String("OPENAI_API_KEYS")).toArray();
    QCOMPARE(redactedKeys.size(), 3);
    for (const QJsonValue& key : redactedKeys)
        QCOMPARE(key.toString(), QStringLiteral("<redacted>"));
    const QJsonObject lm =
        redacted.value(QLatin1String("OPENAI_API_CONFIGS")).toObject().value(QLatin1String("1")).toObject();
    QVERIFY(lm.contains(QLatin1String("key")));
    QVERIFY(lm.contains(QLatin1String("headers")));
    // The original is unchanged.
    QVERIFY(QJsonDocument(connections.json()).toJson().contains("SECRET4"));
    QCOMPARE(keys(connections).at(2).toString(), QStringLiteral("sk-or-SECRET5"));
    // A redacted copy is recognisable as not postable.
    QVERIFY(OpenAiConnections(redacted).hasMaskedKeys());
}

void TestOpenAiConnections::redactedKeepsShape()
{
    QJsonObject config = twoConnections();
    config.insert(QStringLiteral("OPENAI_API_KEYS"), QJsonArray{QString(), QStringLiteral("lm-SECRET2")});
    const QJsonObject redacted = OpenAiConnections(config).redacted();
    // Empty keys stay empty (that's information, not a secret); everything else is kept.
    QCOMPARE(redacted.value(QLatin1String("OPENAI_API_KEYS")).toArray(),
             (QJsonArray{QString(), QStringLiteral("<redacted>")}));
    QCOMPARE(redacted.value(QLatin1String("OPENAI_API_BASE_URLS")),
             config.value(QLatin1String("OPENAI_API_BASE_URLS")));
    QCOMPARE(redacted.value(QLatin1String("ENABLE_OPENAI_API")),
             config.value(QLatin1String("ENABLE_OPENAI_API")));
    const QJsonObject lm =
        redacted.value(QLatin1String("OPENAI_API_CONFIGS")).toObject().value(QLatin1String("1")).toObject();
    QCOMPARE(lm.value(QLatin1String("prefix_id")).toString(), QStringLiteral("lm"));
    QCOMPARE(lm.value(QLatin1String("connection_type")).toString(), QStringLiteral("local"));
    const QJsonObject first =
        redacted.value(QLatin1String("OPENAI_API_CONFIGS")).toObject().value(QLatin1String("0")).toObject();
    QVERIFY(!first.contains(QLatin1String("key")));
    QVERIFY(!first.contains(QLatin1String("headers")));
}

void TestOpenAiConnections::hasMaskedKeys_data()
{
    QTest::addColumn<QStringList>("keyList");
    QTest::addColumn<bool>("masked");

    QTest::newRow("clear") << QStringList{QStringLiteral("sk-abc123"), QStringLiteral("sk-or-v1-xyz")}
                           << false;
    QTest::newRow("empty") << QStringList{QString(), QString()} << false;
    QTest::newRow("none") << QStringList{} << false;
    QTest::newRow("stars") << QStringList{QStringLiteral("sk-abc123"), QStringLiteral("sk-***")} << true;
    QTest::newRow("ellipsis") << QStringList{QStringLiteral("sk-ab\u2026yz")} << true;
    QTest::newRow("redacted") << QStringList{QStringLiteral("<redacted>")} << true;
}

void TestOpenAiConnections::hasMaskedKeys()
{
    QFETCH(QStringList, keyList);
    QFETCH(bool, masked);
    QJsonObject config = twoConnections();
    config.insert(QStringLiteral("OPENAI_API_KEYS"), QJsonArray::fromStringList(keyList));
    QCOMPARE(OpenAiConnections(config).hasMaskedKeys(), masked);
}

QTEST_GUILESS_MAIN(TestOpenAiConnections)
#include "tst_openaiconnections.moc"
