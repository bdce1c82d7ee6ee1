#include "FakeReplies.h"

#include <QJsonDocument>

namespace tma::test::fake {

// ERROR_MESSAGES of backend/open_webui/constants.py, verbatim.
QString invalidTokenText()
{
    return QStringLiteral("Your session has expired or the token is invalid. Please sign in again.");
}

// ERROR_MESSAGES.UNAUTHORIZED: what an expired or forged JWT gets (utils/auth.py get_current_user:
// decode_token swallows the reason and returns None).
QString unauthorizedText()
{
    return QStringLiteral("401 Unauthorized");
}

QString accessProhibitedText()
{
    return QStringLiteral("You do not have permission to access this resource. "
                          "Please contact your administrator for assistance.");
}

// constants.py ERROR_MESSAGES.NOT_FOUND.
QString notFoundText()
{
    return QStringLiteral("We could not find what you're looking for :/");
}

QString invalidCredentialsText()
{
    return QStringLiteral("The email or password provided is incorrect. "
                          "Please check for typos and try logging in again.");
}

// ERROR_MESSAGES.INVALID_TRUSTED_HEADER.
QString invalidTrustedHeaderText()
{
    return QStringLiteral(
        "Your provider has not provided a trusted header. Please contact your administrator for "
        "assistance.");
}

QString actionProhibitedText()
{
    return QStringLiteral("The requested action has been restricted as a security measure.");
}

QString apiKeyNotAllowedText()
{
    return QStringLiteral("Use of API key is not enabled in the environment.");
}

Reply jsonReply(int status, const QJsonValue& value)
{
    Reply reply;
    reply.status = status;
    if (value.isObject())
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isBool())
        reply.body = value.toBool() ? "true" : "false";
    else
        reply.body = "null";
    return reply;
}

Reply detailReply(int status, const QString& detail)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("detail"), detail}});
}

Reply validationReply(const QJsonArray& errors)
{
    return jsonReply(422, QJsonObject{{QStringLiteral("detail"), errors}});
}

Reply textReply(int status, const QByteArray& contentType, const QByteArray& body)
{
    Reply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = body;
    return reply;
}

// What uvicorn sends for an unhandled exception (KeyError, IndexError) in a route.
Reply uncaughtExceptionReply()
{
    return textReply(500, "text/plain; charset=utf-8", "Internal Server Error");
}

Reply deferredReply()
{
    Reply reply;
    reply.deferred = true;
    return reply;
}

QJsonObject statusTrue()
{
    return QJsonObject{{QStringLiteral("status"), true}};
}

} // namespace tma::test::fake
