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
        // kind -1: not disproven (the apply goes on).
        QTest::newRow("0.5: 400 \"401: …\"")
            << 400 << QByteArray(R"({"detail":"401: No auth credentials found"})")
            << int(Kind::ProviderRefused) << 401 << "No auth credentials found";
        QTest::newRow("0.5: 400 \"429: …\"")
            << 400 << QByteArray(R"({"detail":"429: Rate limit exceeded"})") << -1 << 0 << "";
        QTest::newRow("0.6.22+: provider 402 JSON")
            << 402 << QByteArray(R"({"error":{"message":"Insufficient credits","code":402}})")
            << int(Kind::ProviderRefused) << 402 << "Insufficient credits";
        QTest::newRow("0.6.22+: provider 401 JSON")
            << 401 << QByteArray(R"({"error":{"message":"No auth credentials found","code":401}})")
            << int(Kind::ProviderRefused) << 401 << "No auth credentials found";
        QTest::newRow("0.6.22+: provider bare 401 is not our session")
            << 401 << QByteArray(R"({"message":"Unauthorized"})") << int(Kind::ProviderRefused) << 401 << "";
        QTest::newRow("0.6.22+: provider's \"permission\" is not our role")
            << 403 << QByteArray(R"({"error":{"message":"You do not have permission to use this model"}})")
            << int(Kind::ProviderRefused) << 403 << "You do not have permission to use this model";
        QTest::newRow("0.6.22+: 429 rate limited")
            << 429 << QByteArray(R"({"error":{"message":"Rate limit exceeded"}})") << -1 << 0 << "";
        QTest::newRow("0.6.22+: 400 unsupported parameter")
            << 400 << QByteArray(R"({"error":{"message":"Unsupported parameter: 'max_tokens'"}})") << -1 << 0
            << "";
        QTest::newRow("0.11: 400 with the provider's words")
            << 400 << QByteArray(R"({"detail":"acme/x is not a valid model ID"})")
            << int(Kind::ProviderRefused) << 400 << "acme/x is not a valid model ID";
        QTest::newRow("0.11: 400 rate limited")
            << 400 << QByteArray(R"({"detail":"Rate limit exceeded: free-models-per-min"})") << -1 << 0 << "";
        QTest::newRow("Open WebUI's model map") << 400 << QByteArray(R"({"detail":"Model not found"})")
                                                << int(Kind::ModelNotFound) << 400 << "Model not found";
        QTest::newRow("200 with a cut-off body")
            << 200 << QByteArray("{\"choi") << int(Kind::ProviderRefused) << 200 << "";
        QTest::newRow("our session expired") << 401 << QByteArray(R"({"detail":"401 Unauthorized"})")
                                             << int(Kind::SessionExpired) << 401 << "401 Unauthorized";
        QTest::newRow("not an admin")
            << 401
            << QByteArray(
                   R"({"detail":"You do not have permission to access this resource. Please contact your administrator for assistance."})")
            << int(Kind::NotAdmin) << 401
            << "You do not have permission to access this resource. Please contact your administrator for "
               "assistance.";
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
        const std::optional<ApiError> classified =
            ProviderProof::classify(tma::classifyResponse(status, type, body, false).error);
        if (kind < 0) {
            QVERIFY2(!classified, qPrintable(classified ? classified->message() : QString()));
            return;
        }
        QVERIFY(classified);
        const ApiError& error = *classified;
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
