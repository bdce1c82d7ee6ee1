// OllamaNodes: which Ollama servers a pull can go to, read from GET /ollama/config.
#include "OllamaNodes.h"

#include <QJsonArray>
#include <QTest>

using namespace tma;

class TestOllamaNodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enabledNodesOnly()
    {
        const QJsonObject config{
            {"ENABLE_OLLAMA_API", true},
            {"OLLAMA_BASE_URLS", QJsonArray{"http://a:11434", "http://b:11434", "http://c:11434"}},
            {"OLLAMA_API_CONFIGS",
             QJsonObject{{"0", QJsonObject{{"enable", true}, {"prefix_id", "gpu"}}},
                         {"1", QJsonObject{{"enable", false}}}}}}; // "2" has no config: enabled
        const QList<OllamaNode> nodes = OllamaNodes::fromConfig(config);
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes.at(0).index, 0);
        QCOMPARE(nodes.at(0).prefixId, QStringLiteral("gpu"));
        QCOMPARE(nodes.at(1).index, 2); // the index the pull route takes, not the position
        QCOMPARE(nodes.at(1).url, QStringLiteral("http://c:11434"));
    }

    void olderConfigKeyedByUrl()
    {
        const QJsonObject config{
            {"OLLAMA_BASE_URLS", QJsonArray{"http://a:11434", "http://b:11434"}},
            {"OLLAMA_API_CONFIGS", QJsonObject{{"http://a:11434", QJsonObject{{"enable", false}}}}}};
        const QList<OllamaNode> nodes = OllamaNodes::fromConfig(config);
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes.first().index, 1);
    }

    void ollamaTurnedOff()
    {
        const QJsonObject config{{"ENABLE_OLLAMA_API", false},
                                 {"OLLAMA_BASE_URLS", QJsonArray{"http://a:11434"}}};
        QVERIFY(OllamaNodes::fromConfig(config).isEmpty());
        QVERIFY(OllamaNodes::fromConfig({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOllamaNodes)
#include "tst_ollamanodes.moc"
