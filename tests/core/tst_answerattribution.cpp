// Who wrote a task's answer, from the names the upstreams use (see AnswerAttribution).
#include "AnswerAttribution.h"
#include "ModelCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using tma::AnswerAttribution;
using tma::ModelCatalog;
using Verdict = tma::ProbeResult::Verdict;

namespace {

QJsonObject ollama(const QString& id, const QString& upstream)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("owned_by"), QStringLiteral("ollama")},
            {QStringLiteral("connection_type"), QStringLiteral("local")},
            {QStringLiteral("ollama"),
             QJsonObject{{QStringLiteral("name"), upstream}, {QStringLiteral("model"), id}}}};
}

QJsonObject provider(const QString& id, const QString& upstream)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("owned_by"), QStringLiteral("openai")},
            {QStringLiteral("connection_type"), QStringLiteral("external")},
            {QStringLiteral("openai"), QJsonObject{{QStringLiteral("id"), upstream}}}};
}

QJsonObject workspace(const QString& id, const QString& base)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("owned_by"), QStringLiteral("ollama")},
            {QStringLiteral("preset"), true},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("base_model_id"), base}}}};
}

ModelCatalog catalog()
{
    return ModelCatalog::fromJson(QJsonObject{
        {QStringLiteral("data"),
         QJsonArray{
             ollama(QStringLiteral("llama3.1:70b"), QStringLiteral("llama3.1:70b")),
             ollama(QStringLiteral("gpu.qwen2.5:3b"), QStringLiteral("qwen2.5:3b")),
             ollama(QStringLiteral("llama3.2:latest"), QStringLiteral("llama3.2:latest")),
             provider(QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o")),
             provider(QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o-mini")),
             provider(QStringLiteral("or.openai/gpt-4o-mini"), QStringLiteral("or.openai/gpt-4o-mini")),
             provider(QStringLiteral("az1.gpt-4o-mini"), QStringLiteral("az1.gpt-4o-mini")),
             workspace(QStringLiteral("titler"), QStringLiteral("gpu.qwen2.5:3b")),
             workspace(QStringLiteral("big-alias"), QStringLiteral("llama3.1:70b"))}}});
}

} // namespace

class TestAnswerAttribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("chat");
        QTest::addColumn<Verdict>("expected");
        QTest::newRow("same id") << "llama3.1:70b"
                                 << "llama3.1:70b"
                                 << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow("slot empty") << "llama3.1:70b"
                                    << ""
                                    << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow("prefix stripped") << "qwen2.5:3b"
                                         << "gpu.qwen2.5:3b"
                                         << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow("fallback to chat") << "llama3.1:70b"
                                          << "gpu.qwen2.5:3b"
                                          << "llama3.1:70b" << Verdict::ChatModel;
        QTest::newRow(":latest added") << "llama3.2:latest"
                                       << "llama3.2:latest"
                                       << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow(":latest dropped") << "llama3.2"
                                         << "llama3.2:latest"
                                         << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow("dated provider name") << "gpt-4o-mini-2024-07-18"
                                             << "gpt-4o-mini"
                                             << "gpt-4o" << Verdict::TaskModel;
        QTest::newRow("dated chat name") << "gpt-4o-2024-08-06"
                                         << "gpt-4o-mini"
                                         << "gpt-4o" << Verdict::ChatModel;
        QTest::newRow("router prefix and vendor") << "gpt-4o-mini-2024-07-18"
                                                  << "or.openai/gpt-4o-mini"
                                                  << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow("prefix with a digit, on a provider's entry") << "gpt-4o-mini"
                                                                    << "az1.gpt-4o-mini"
                                                                    << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow("workspace model answers as its base") << "qwen2.5:3b"
                                                             << "titler"
                                                             << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow("same upstream") << "llama3.1:70b"
                                       << "big-alias"
                                       << "llama3.1:70b" << Verdict::SameUpstream;
        QTest::newRow("neither") << "mistral:7b"
                                 << "gpu.qwen2.5:3b"
                                 << "llama3.1:70b" << Verdict::Unrecognised;
        QTest::newRow("case and spaces") << " Qwen2.5:3B "
                                         << "gpu.qwen2.5:3b"
                                         << "llama3.1:70b" << Verdict::TaskModel;
        QTest::newRow("unlisted task model, chat answered") << "llama3.1:70b"
                                                            << "nope:1b"
                                                            << "llama3.1:70b" << Verdict::ChatModel;
        QTest::newRow("a longer name is not a dated form") << "gpt-4o-minimal"
                                                           << "gpt-4o-mini"
                                                           << "llama3.1:70b" << Verdict::Unrecognised;
    }

    void decide()
    {
        QFETCH(QString, answer);
        QFETCH(QString, task);
        QFETCH(QString, chat);
        QFETCH(Verdict, expected);
        QCOMPARE(AnswerAttribution::decide(answer, task, chat, catalog()), expected);
    }

    void upstreamNamesFollowTheBase()
    {
        const QStringList names = AnswerAttribution::upstreamNames(QStringLiteral("titler"), catalog());
        QVERIFY(names.contains(QStringLiteral("qwen2.5:3b")));
        QVERIFY(!names.contains(QStringLiteral("5:3b"))); // "qwen2.5" is no connection prefix
    }
};

QTEST_GUILESS_MAIN(TestAnswerAttribution)
#include "tst_answerattribution.moc"
