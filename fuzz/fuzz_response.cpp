// classifyResponse() (and through it detailText() and validationFields()): any HTTP answer a server
// or a proxy in front of it can send. Input: "<status> <content-type>\n<body>".
// Checks: it is total (never an error without the status, never JSON left for an HTML page); 2xx
// gives the JSON value (an object, an array or a bare value such as `true`) or UnexpectedContent, anything else always an error; a 422 lists exactly
// validationFields(), non-empty and without duplicates; the API-key flag only changes a 403
// "permission" answer; every error has a message and a stable code.
#include "FuzzCheck.h"
#include "ResponseClassifier.h"

using Kind = tma::ApiError::Kind;

static void checkOne(const tma::ClassifiedResponse& result, int status, const QByteArray& contentType)
{
    const tma::ApiError& error = result.error;
    const bool success = status >= 200 && status < 300;
    if (success && !error.isError()) // a 2xx that is not JSON at all is UnexpectedContent
        FUZZ_CHECK(!result.json.isUndefined());
    if (success && error.isError())
        FUZZ_CHECK(error.kind() == Kind::UnexpectedContent && result.json.isNull());
    if (!success)
        FUZZ_CHECK(error.isError());
    if (contentType.toLower().contains("text/html"))
        FUZZ_CHECK(error.kind() == Kind::UnexpectedContent && result.json.isNull());
    if (!error.isError())
        return;
    FUZZ_CHECK(error.httpStatus() == status);
    FUZZ_CHECK(!error.message().isEmpty());
    FUZZ_CHECK(error.code() != QLatin1String("ok") && error.code() != QLatin1String("unknown"));
    if (result.json.isNull()) // not JSON: the body's start, simplified, is the detail
        FUZZ_CHECK(error.detail().size() <= 200);
    if (status == 422)
        FUZZ_CHECK(error.kind() == Kind::Validation || error.kind() == Kind::UnexpectedContent);
    if (error.kind() == Kind::Validation) {
        QStringList fields = error.fields();
        FUZZ_CHECK(fields == tma::validationFields(result.json));
        for (const QString& field : fields)
            FUZZ_CHECK(!field.isEmpty());
        FUZZ_CHECK(fields.removeDuplicates() == 0);
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray head;
    QByteArray body;
    fuzz::splitFirstLine(fuzz::bytes(data, size), &head, &body);
    const qsizetype space = head.indexOf(' ');
    const int status = (space < 0 ? head : head.left(space)).toInt(); // any int, 0 when not a number
    const QByteArray contentType = space < 0 ? QByteArray() : head.mid(space + 1);

    const tma::ClassifiedResponse session = tma::classifyResponse(status, contentType, body, false);
    const tma::ClassifiedResponse apiKey = tma::classifyResponse(status, contentType, body, true);
    const tma::ClassifiedResponse provenKey = tma::classifyResponse(status, contentType, body, true, true);
    checkOne(session, status, contentType);
    checkOne(apiKey, status, contentType);
    checkOne(provenKey, status, contentType);

    FUZZ_CHECK(session.json == apiKey.json);
    FUZZ_CHECK(session.error.detail() == apiKey.error.detail());
    // A key only ever turns "not admin" or "keys disabled" into "endpoint restricted".
    const auto sameOrRestricted = [](const tma::ApiError& plain, const tma::ApiError& key) {
        return plain.kind() == key.kind() ||
               ((plain.kind() == Kind::NotAdmin || plain.kind() == Kind::ApiKeysDisabled) &&
                key.kind() == Kind::EndpointRestricted);
    };
    FUZZ_CHECK(sameOrRestricted(session.error, apiKey.error));
    FUZZ_CHECK(sameOrRestricted(apiKey.error, provenKey.error));
    FUZZ_CHECK(apiKey.json == provenKey.json);

    // The helpers on any JSON value, not only what classifyResponse passes them.
    (void)tma::detailText(fuzz::json(body));
    return 0;
}
