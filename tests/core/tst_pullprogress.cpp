#include "PullProgress.h"

#include <QtTest>

using tma::PullProgress;
using State = PullProgress::State;

namespace {

void feed(PullProgress& progress, const QList<QByteArray>& lines)
{
    for (const QByteArray& line : lines)
        progress.addLine(line);
}

} // namespace

class TestPullProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialState();
    void multiLayerTotals();
    void successAfterFullStream();
    void successWithoutLayers();
    void errorLine_data();
    void errorLine();
    void errorAfterProgressWins();
    void nothingAfterFinish();
    void ignoredLines_data();
    void ignoredLines();
    void completedClampedToTotal();
    void layerWithoutTotalIgnored();
    void statusKeepsLastWords();
};

void TestPullProgress::initialState()
{
    const PullProgress progress;
    QVERIFY(progress.state() == State::Running);
    QCOMPARE(progress.completed(), Q_INT64_C(0));
    QCOMPARE(progress.total(), Q_INT64_C(0));
    QCOMPARE(progress.percent(), -1);
    QVERIFY(progress.status().isEmpty());
    QVERIFY(progress.error().isEmpty());
}

void TestPullProgress::multiLayerTotals()
{
    PullProgress progress;
    progress.addLine(R"({"status":"pulling manifest"})");
    QCOMPARE(progress.percent(), -1);
    QCOMPARE(progress.status(), QStringLiteral("pulling manifest"));

    progress.addLine(R"({"status":"pulling aaa","digest":"sha256:aaa","total":1000,"completed":100})");
    QCOMPARE(progress.total(), Q_INT64_C(1000));
    QCOMPARE(progress.completed(), Q_INT64_C(100));
    QCOMPARE(progress.percent(), 10);

    progress.addLine(R"({"status":"pulling bbb","digest":"sha256:bbb","total":3000})");
    QCOMPARE(progress.total(), Q_INT64_C(4000));
    QCOMPARE(progress.completed(), Q_INT64_C(100));
    QCOMPARE(progress.percent(), 2);

    // Updates replace a layer's numbers, they don't add up.
    progress.addLine(R"({"status":"pulling aaa","digest":"sha256:aaa","total":1000,"completed":1000})");
    progress.addLine(R"({"status":"pulling bbb","digest":"sha256:bbb","total":3000,"completed":1500})");
    QCOMPARE(progress.total(), Q_INT64_C(4000));
    QCOMPARE(progress.completed(), Q_INT64_C(2500));
    QCOMPARE(progress.percent(), 62);
    QCOMPARE(progress.status(), QStringLiteral("pulling bbb"));
    QVERIFY(progress.state() == State::Running);
}

void TestPullProgress::successAfterFullStream()
{
    PullProgress progress;
    feed(
        progress,
        {
            R"({"status":"pulling manifest"})",
            R"({"status":"pulling 6a0746a1ec1a","digest":"sha256:6a07","total":1929912832,"completed":241172480})",
            R"({"status":"pulling 6a0746a1ec1a","digest":"sha256:6a07","total":1929912832,"completed":1929912832})",
            R"({"status":"pulling 66b9ea09bd5b","digest":"sha256:66b9","total":68,"completed":68})",
            R"({"status":"verifying sha256 digest"})",
            R"({"status":"writing manifest"})",
        });
    QVERIFY(progress.state() == State::Running); // not done until "success"
    QCOMPARE(progress.percent(), 100);
    progress.addLine(R"({"status":"success"})");
    QVERIFY(progress.state() == State::Succeeded);
    QCOMPARE(progress.status(), QStringLiteral("success"));
    QCOMPARE(progress.percent(), 100);
    QCOMPARE(progress.total(), Q_INT64_C(1929912900));
    QVERIFY(progress.error().isEmpty());
}

void TestPullProgress::successWithoutLayers()
{
    // Model already present: Ollama answers with statuses only.
    PullProgress progress;
    feed(progress, {R"({"status":"pulling manifest"})", R"({"status":"success"})"});
    QVERIFY(progress.state() == State::Succeeded);
    QCOMPARE(progress.percent(), 100);
}

void TestPullProgress::errorLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("string") << QByteArray(R"({"error":"pull model manifest: file does not exist"})")
                            << QStringLiteral("pull model manifest: file does not exist");
    QTest::newRow("with status") << QByteArray(R"({"status":"pulling","error":"max retries exceeded"})")
                                 << QStringLiteral("max retries exceeded");
    QTest::newRow("object") << QByteArray(R"({"error":{"code":500}})") << QString();
    QTest::newRow("trailing newline")
        << QByteArray("{\"error\":\"disk full\"}\r\n") << QStringLiteral("disk full");
}

void TestPullProgress::errorLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    PullProgress progress;
    progress.addLine(R"({"status":"pulling manifest"})");
    progress.addLine(line);
    QVERIFY(progress.state() == State::Failed);
    QVERIFY(!progress.error().isEmpty());
    if (!message.isEmpty())
        QCOMPARE(progress.error(), message);
}

void TestPullProgress::errorAfterProgressWins()
{
    PullProgress progress;
    feed(progress, {
                       R"({"status":"pulling manifest"})",
                       R"({"status":"pulling aaa","digest":"sha256:aaa","total":1000,"completed":999})",
                       R"({"error":"unexpected EOF"})",
                   });
    QVERIFY(progress.state() == State::Failed);
    QCOMPARE(progress.error(), QStringLiteral("unexpected EOF"));
    progress.addLine(R"({"status":"success"})"); // too late: the pull failed
    QVERIFY(progress.state() == State::Failed);
}

void TestPullProgress::nothingAfterFinish()
{
    PullProgress progress;
    feed(progress, {R"({"status":"pulling aaa","digest":"sha256:aaa","total":1000,"completed":1000})",
                    R"({"status":"success"})"});
    QVERIFY(progress.state() == State::Succeeded);
    progress.addLine(R"({"error":"late"})");
    progress.addLine(R"({"status":"pulling zzz","digest":"sha256:zzz","total":5000,"completed":0})");
    QVERIFY(progress.state() == State::Succeeded);
    QVERIFY(progress.error().isEmpty());
    QCOMPARE(progress.total(), Q_INT64_C(1000));
}

void TestPullProgress::ignoredLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("   \r\n");
    QTest::newRow("truncated") << QByteArray(R"({"status":"pull)");
    QTest::newRow("not json") << QByteArray("HTTP/1.1 200 OK");
    QTest::newRow("array") << QByteArray(R"([{"error":"x"}])");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    QTest::newRow("old cancel id") << QByteArray(R"({"id":"abc","done":false})");
    QTest::newRow("error null") << QByteArray(R"({"error":null})");
    QTest::newRow("negative total") << QByteArray(R"({"digest":"sha256:x","total":-5,"completed":1})");
    QTest::newRow("string total") << QByteArray(R"({"digest":"sha256:x","total":"100","completed":"50"})");
    QTest::newRow("absurd total") << QByteArray(R"({"digest":"sha256:x","total":1e300,"completed":1})");
}

void TestPullProgress::ignoredLines()
{
    QFETCH(QByteArray, line);
    PullProgress progress;
    progress.addLine(R"({"status":"pulling aaa","digest":"sha256:aaa","total":1000,"completed":250})");
    progress.addLine(line);
    QVERIFY(progress.state() == State::Running);
    QCOMPARE(progress.status(), QStringLiteral("pulling aaa"));
    QCOMPARE(progress.total(), Q_INT64_C(1000));
    QCOMPARE(progress.completed(), Q_INT64_C(250));
    QCOMPARE(progress.percent(), 25);
    QVERIFY(progress.error().isEmpty());
    // And the stream goes on normally afterwards.
    progress.addLine(R"({"status":"success"})");
    QVERIFY(progress.state() == State::Succeeded);
}

void TestPullProgress::completedClampedToTotal()
{
    PullProgress progress;
    progress.addLine(R"({"digest":"sha256:aaa","total":1000,"completed":5000})");
    QCOMPARE(progress.completed(), Q_INT64_C(1000));
    QCOMPARE(progress.percent(), 100);
    progress.addLine(R"({"digest":"sha256:bbb","total":1000,"completed":-20})");
    QCOMPARE(progress.completed(), Q_INT64_C(1000));
    QCOMPARE(progress.total(), Q_INT64_C(2000));
    QCOMPARE(progress.percent(), 50);
    QVERIFY(progress.percent() <= 100);
}

void TestPullProgress::layerWithoutTotalIgnored()
{
    PullProgress progress;
    progress.addLine(R"({"status":"pulling aaa","digest":"sha256:aaa","completed":100})");
    progress.addLine(R"({"status":"pulling bbb","digest":"sha256:bbb","total":0,"completed":0})");
    progress.addLine(R"({"status":"pulling ccc","total":500,"completed":100})"); // no digest
    QCOMPARE(progress.total(), Q_INT64_C(0));
    QCOMPARE(progress.percent(), -1);
    QCOMPARE(progress.status(), QStringLiteral("pulling ccc"));
}

void TestPullProgress::statusKeepsLastWords()
{
    PullProgress progress;
    progress.addLine(R"({"status":"verifying sha256 digest"})");
    progress.addLine(R"({"digest":"sha256:aaa","total":10,"completed":5})"); // no status: keep the last one
    QCOMPARE(progress.status(), QStringLiteral("verifying sha256 digest"));
    QCOMPARE(progress.percent(), 50);
}

QTEST_GUILESS_MAIN(TestPullProgress)
#include "tst_pullprogress.moc"
