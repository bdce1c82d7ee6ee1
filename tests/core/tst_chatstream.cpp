// ChatStream: the first word of a streamed answer in each shape Open WebUI sends (an Ollama
// model's converted chunks per version, a provider's stream with its role chunk first), the end,
// and the failures that arrive with HTTP 200 (an error event, `null`, an answer that is no chat
// completion). ContentionResult's medians.

#include "ChatStream.h"
#include "ContentionResult.h"

#include <QtTest>

using namespace tma;

class TstChatStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ollamaChunks()
    {
        ChatStream stream;
        QVERIFY(!stream.addLine(": keep-alive"));
        QCOMPARE(stream.state(), ChatStream::State::Waiting);
        QVERIFY(stream.addLine(R"(data: {"id": "llama3.1:70b-1", "created": 1, "model": "llama3.1:70b", )"
                               R"("choices": [{"index": 0, "logprobs": null, "finish_reason": null, )"
                               R"("delta": {"content": "Water"}}], "object": "chat.completion.chunk"})"));
        QCOMPARE(stream.state(), ChatStream::State::Answering);
        QVERIFY(!stream.addLine(
            R"(data: {"choices": [{"index": 0, "finish_reason": null, "delta": {"content": " it"}}]})"));
        QCOMPARE(stream.textChars(), 8);
        // 0.4: the last chunk has no delta, only finish_reason.
        QVERIFY(!stream.addLine(
            R"(data: {"choices": [{"index": 0, "logprobs": null, "finish_reason": "stop"}]})"));
        QCOMPARE(stream.state(), ChatStream::State::Done);
        QVERIFY(stream.hasText());
        QVERIFY(!stream.addLine("data: [DONE]"));
        QCOMPARE(stream.state(), ChatStream::State::Done);
    }

    void providerRoleChunkIsNoWord()
    {
        ChatStream stream;
        QVERIFY(!stream.addLine(
            R"(data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})"));
        QCOMPARE(stream.state(), ChatStream::State::Waiting);
        QVERIFY(!stream.addLine("event: message"));
        QVERIFY(stream.addLine(
            R"(data:{"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]})"));
        QVERIFY(!stream.addLine("data: [DONE]"));
        QCOMPARE(stream.state(), ChatStream::State::Done);
        QVERIFY(stream.hasText());
    }

    void endsWithoutText()
    {
        ChatStream stream;
        QVERIFY(!stream.addLine("data: [DONE]"));
        QCOMPARE(stream.state(), ChatStream::State::Done);
        QVERIFY(!stream.hasText());
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("error event")
            << QByteArray(R"(data: {"error": {"message": "Rate limit exceeded", "code": 429}})")
            << QStringLiteral("Rate limit exceeded");
        QTest::newRow("error string")
            << QByteArray(R"(data: {"error": "model is loading"})") << QStringLiteral("model is loading");
        QTest::newRow("detail, not streamed")
            << QByteArray(R"({"detail": "Model not found"})") << QStringLiteral("Model not found");
        QTest::newRow("null (0.6.22-0.10)") << QByteArray("null") << QStringLiteral("null");
        QTest::newRow("not JSON") << QByteArray("data: <html>") << QStringLiteral("<html>");
    }

    void failures()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        ChatStream stream;
        QVERIFY(!stream.addLine(line));
        QCOMPARE(stream.state(), ChatStream::State::Failed);
        QCOMPARE(stream.error(), error);
        // Nothing after a failure changes it.
        QVERIFY(!stream.addLine(R"(data: {"choices": [{"delta": {"content": "late"}}]})"));
        QCOMPARE(stream.state(), ChatStream::State::Failed);
        QVERIFY(!stream.hasText());
    }

    void wholeAnswerNotStreamed()
    {
        ChatStream stream;
        QVERIFY(stream.addLine(
            R"({"choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "OK"}}]})"));
        QCOMPARE(stream.state(), ChatStream::State::Done);
        QVERIFY(stream.hasText());
    }

    void medians()
    {
        QCOMPARE(ContentionResult::median({}), -1);
        QCOMPARE(ContentionResult::median({700}), 700);
        QCOMPARE(ContentionResult::median({900, 100, 500}), 500);
        QCOMPARE(ContentionResult::median({400, 100, 300, 200}), 250);
    }
};

QTEST_GUILESS_MAIN(TstChatStream)
#include "tst_chatstream.moc"
