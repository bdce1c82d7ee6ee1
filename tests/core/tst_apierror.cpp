#include "ApiError.h"

#include <QSet>
#include <QtTest>

using tma::ApiError;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(tma::ApiError::Kind)

namespace {

// Every kind of the enum, in declaration order; kLastKind guards that the list stays complete.
const QList<Kind> kAllKinds = {
    Kind::None,
    Kind::Unreachable,
    Kind::Tls,
    Kind::Timeout,
    Kind::Cancelled,
    Kind::ServerStarting,
    Kind::WrongCredentials,
    Kind::SessionExpired,
    Kind::NotAdmin,
    Kind::ApiKeysDisabled,
    Kind::EndpointRestricted,
    Kind::PasswordAuthDisabled,
    Kind::MfaRequired,
    Kind::RateLimited,
    Kind::UnexpectedContent,
    Kind::Validation,
    Kind::NotFound,
    Kind::TooLarge,
    Kind::Server,
    Kind::Conflict,
    Kind::NotPersisted,
    Kind::Invalid,
};
constexpr Kind kLastKind = Kind::Invalid;

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindListIsComplete();
    void defaultIsNoError();
    void constructorKeepsDetailAndStatus();
    void messageNonEmptyForErrors_data();
    void messageNonEmptyForErrors();
    void codesAreDistinctAndStable();
    void validationNamesFields();
    void validationWithoutFields();
    void endpointRestrictedNamesEndpoint();
    void endpointRestrictedWithoutEndpoint();
    void serverMessageNamesStatus();
    void serverDetailIsAppended_data();
    void serverDetailIsAppended();
    void technicalDetailIsNotShown_data();
    void technicalDetailIsNotShown();
    void invalidShowsOwnDetail();
    void certificateIsKept();
};

void TestApiError::kindListIsComplete()
{
    QCOMPARE(kAllKinds.size(), static_cast<int>(kLastKind) + 1);
    for (int i = 0; i < kAllKinds.size(); ++i)
        QCOMPARE(static_cast<int>(kAllKinds.at(i)), i);
}

void TestApiError::defaultIsNoError()
{
    const ApiError error;
    QVERIFY(!error.isError());
    QVERIFY(error.kind() == Kind::None);
    QVERIFY(error.message().isEmpty());
    QCOMPARE(error.httpStatus(), 0);
    QVERIFY(error.fields().isEmpty());
    QCOMPARE(error.code(), QStringLiteral("ok"));
}

void TestApiError::constructorKeepsDetailAndStatus()
{
    const ApiError error(Kind::NotFound, QStringLiteral("Model not found"), 404);
    QVERIFY(error.isError());
    QVERIFY(error.kind() == Kind::NotFound);
    QCOMPARE(error.detail(), QStringLiteral("Model not found"));
    QCOMPARE(error.httpStatus(), 404);
}

void TestApiError::messageNonEmptyForErrors_data()
{
    QTest::addColumn<Kind>("kind");
    for (Kind kind : kAllKinds) {
        if (kind == Kind::None)
            continue;
        QTest::addRow("%s", qPrintable(ApiError(kind).code())) << kind;
    }
}

void TestApiError::messageNonEmptyForErrors()
{
    QFETCH(Kind, kind);
    // Without any detail from the server, the user must still get a sentence.
    const ApiError bare(kind);
    QVERIFY(bare.isError());
    QVERIFY2(!bare.message().trimmed().isEmpty(), qPrintable(bare.code()));
    // And with a detail and a status, too.
    const ApiError detailed(kind, QStringLiteral("something odd"), 500);
    QVERIFY2(!detailed.message().trimmed().isEmpty(), qPrintable(detailed.code()));
}

void TestApiError::codesAreDistinctAndStable()
{
    QSet<QString> codes;
    for (Kind kind : kAllKinds) {
        const QString code = ApiError(kind).code();
        QVERIFY(!code.isEmpty());
        QVERIFY2(code != QLatin1String("unknown"), qPrintable(QString::number(static_cast<int>(kind))));
        // Scripts match on these: lower-case words joined by dashes.
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+)*$")).match(code).hasMatch(),
                 qPrintable(code));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        // The code does not depend on the details.
        QCOMPARE(ApiError(kind, QStringLiteral("x"), 418).code(), code);
    }
    QCOMPARE(codes.size(), kAllKinds.size());
    QCOMPARE(ApiError(Kind::NotAdmin).code(), QStringLiteral("not-admin"));
    QCOMPARE(ApiError(Kind::Unreachable).code(), QStringLiteral("unreachable"));
}

void TestApiError::validationNamesFields()
{
    ApiError error(Kind::Validation, QStringLiteral("body.ENABLE_TITLE_GENERATION: Field required"), 422);
    error.setFields(
        {QStringLiteral("ENABLE_TITLE_GENERATION"), QStringLiteral("VOICE_MODE_PROMPT_TEMPLATE")});
    QCOMPARE(error.fields().size(), 2);
    const QString message = error.message();
    QVERIFY2(message.contains(QLatin1String("ENABLE_TITLE_GENERATION")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("VOICE_MODE_PROMPT_TEMPLATE")), qPrintable(message));
}

void TestApiError::validationWithoutFields()
{
    const ApiError error(Kind::Validation, QString(), 422);
    QVERIFY(!error.message().isEmpty());
    ApiError withField(Kind::Validation, QString(), 422);
    withField.setFields({QStringLiteral("TASK_MODEL")});
    QVERIFY(withField.message() != error.message());
}

void TestApiError::endpointRestrictedNamesEndpoint()
{
    ApiError error(Kind::EndpointRestricted, QStringLiteral("You do not have permission"), 403);
    error.setEndpoint(QStringLiteral("/api/v1/tasks/config/update"));
    QCOMPARE(error.endpoint(), QStringLiteral("/api/v1/tasks/config/update"));
    QVERIFY2(error.message().contains(QLatin1String("/api/v1/tasks/config/update")),
             qPrintable(error.message()));

    ApiError other(Kind::EndpointRestricted, QString(), 403);
    other.setEndpoint(QStringLiteral("/openai/config"));
    QVERIFY(other.message().contains(QLatin1String("/openai/config")));
    QVERIFY(!other.message().contains(QLatin1String("/api/v1/tasks/config/update")));
}

void TestApiError::endpointRestrictedWithoutEndpoint()
{
    const ApiError error(Kind::EndpointRestricted, QString(), 403);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.message().contains(QLatin1String("%1")));
}

void TestApiError::serverMessageNamesStatus()
{
    QVERIFY(ApiError(Kind::Server, QString(), 502).message().contains(QLatin1String("502")));
    QVERIFY(ApiError(Kind::Server, QString(), 500).message().contains(QLatin1String("500")));
}

void TestApiError::serverDetailIsAppended_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("server") << Kind::Server;
    QTest::newRow("not-found") << Kind::NotFound;
    QTest::newRow("conflict") << Kind::Conflict;
    QTest::newRow("not-persisted") << Kind::NotPersisted;
}

void TestApiError::serverDetailIsAppended()
{
    QFETCH(Kind, kind);
    const QString detail = QStringLiteral("Model 'llama-xyz' was not found");
    const ApiError error(kind, detail, 400);
    QVERIFY2(error.message().contains(detail), qPrintable(error.message()));
    QVERIFY(error.message().length() > detail.length());
}

void TestApiError::technicalDetailIsNotShown_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("unexpected-content") << Kind::UnexpectedContent;
    QTest::newRow("unreachable") << Kind::Unreachable;
    QTest::newRow("timeout") << Kind::Timeout;
    QTest::newRow("tls") << Kind::Tls;
    // Our sentence already says it; the server's English words would only repeat it.
    QTest::newRow("wrong-credentials") << Kind::WrongCredentials;
    QTest::newRow("session-expired") << Kind::SessionExpired;
    QTest::newRow("rate-limited") << Kind::RateLimited;
    QTest::newRow("not-admin") << Kind::NotAdmin;
    QTest::newRow("api-keys-disabled") << Kind::ApiKeysDisabled;
}

void TestApiError::technicalDetailIsNotShown()
{
    QFETCH(Kind, kind);
    const QString detail = QStringLiteral("QNetworkReply::ConnectionRefusedError 0x1f");
    const ApiError error(kind, detail, 0);
    QVERIFY(!error.message().isEmpty());
    QVERIFY2(!error.message().contains(detail), qPrintable(error.message()));
}

void TestApiError::invalidShowsOwnDetail()
{
    const QString detail = QStringLiteral("The model id must not be empty.");
    QCOMPARE(ApiError(Kind::Invalid, detail).message(), detail);
}

void TestApiError::certificateIsKept()
{
    ApiError error(Kind::Tls, QStringLiteral("handshake failed"));
    tma::CertificateSummary certificate;
    certificate.subject = QStringLiteral("CN=owui.lan");
    certificate.sha256 = QStringLiteral("AB:CD");
    certificate.errors = {QStringLiteral("self-signed")};
    error.setCertificate(certificate);
    QCOMPARE(error.certificate().subject, QStringLiteral("CN=owui.lan"));
    QCOMPARE(error.certificate().sha256, QStringLiteral("AB:CD"));
    QCOMPARE(error.certificate().errors, QStringList{QStringLiteral("self-signed")});
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
