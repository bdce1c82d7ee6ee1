#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The pieces every route of the fake answers with: the Reply a handler returns, its builders and
// the real server's error texts. Internal to the fake (namespace fake), like every Fake*Routes.
namespace tma::test::fake {

struct Reply
{
    int status = 0;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    bool deferred = false; // the handler answers later (latency, streaming, hang)
};

Reply jsonReply(int status, const QJsonValue& value);
Reply detailReply(int status, const QString& detail);
Reply validationReply(const QJsonArray& errors);
Reply textReply(int status, const QByteArray& contentType, const QByteArray& body);
Reply uncaughtExceptionReply();
Reply deferredReply();

// {"status": true}: what the health checks and signout answer.
QJsonObject statusTrue();

// The error texts of backend/open_webui/constants.py (ERROR_MESSAGES), verbatim.
QString invalidTokenText();
QString unauthorizedText();
QString accessProhibitedText();
QString notFoundText();
QString invalidCredentialsText();
QString invalidTrustedHeaderText();
QString actionProhibitedText();
QString apiKeyNotAllowedText();

} // namespace tma::test::fake
