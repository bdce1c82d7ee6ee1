// How a failed proof completion reads, for every shape the server versions give a provider's
// refusal (main.py chat_completion, routers/openai.py): the provider's status and words, never
// our own sign-in; our own sign-in and the network stay what they are.
#include "ProviderProof.h"
#include "ResponseClassifier.h"

#include <QtTest>

using tma::ApiError;
using tma::ProviderProof;
using Kind = tma::ApiError::Kind;

class TestProviderProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QString>("said");
        QTest::newRow("0.5: 400 \"401: …\"")
            << 400 << QByteArray(R"({"detail":"401: No auth credentials found"})")
            << int(Kind::ProviderRefused) << 401 << "No auth credentials found";
        QTest::newRow("0.6.22+: provider 402 JSON")
            << 402 << QByteArray(R"({"error":{"message":"Insufficient credits","code":402}})")
            << int(Kind::ProviderRefused) << 402 << "Insufficient credits";
        QTest::newRow("0.6.22+: provider 401 JSON")
            << 401 << QByteArray(R"({"error":{"message":"No auth credentials found","code":401}})")
            << int(Kind::ProviderRefused) << 401 << "No auth credentials found";
        QTest::newRow("0.11: 400 with the provider's words")
            << 400 << QByteArray(R"({"detail":"acme/x is not a valid model ID"})")
            << int(Kind::ProviderRefused) << 400 << "acme/x is not a valid model ID";
        QTest::newRow("0.6.22+: 200 null")
            << 200 << QByteArray("null") << int(Kind::ProviderRefused) << 200 << "";
        QTest::newRow("our session expired") << 401 << QByteArray(R"({"detail":"401 Unauthorized"})")
                                             << int(Kind::SessionExpired) << 401 << "401 Unauthorized";
        QTest::newRow("a proxy page") << 200 << QByteArray("<html><body>Sign in</body></html>")
                                      << int(Kind::UnexpectedContent) << 200 << "HTML answer (HTTP 200)";
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, expectedStatus);
        QFETCH(QString, said);
        const QByteArray type =
            body.startsWith('<') ? QByteArray("text/html") : QByteArray("application/json");
        const ApiError error =
            ProviderProof::classify(tma::classifyResponse(status, type, body, false).error);
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.httpStatus(), expectedStatus);
        QCOMPARE(error.detail(), said);
        QVERIFY(!error.message().isEmpty());
        if (error.kind() == Kind::ProviderRefused && !said.isEmpty())
            QVERIFY(error.message().contains(said));
    }
};

QTEST_GUILESS_MAIN(TestProviderProof)
#include "tst_providerproof.moc"
