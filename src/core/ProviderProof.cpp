#include "ProviderProof.h"

#include "ApiReply.h"
#include "OpenWebUiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace tma {

ProviderProof::ProviderProof(OpenWebUiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

ApiError ProviderProof::classify(const ApiError& error)
{
    // 0.6.22-0.10 answer an unreachable provider with 200 and `null` (main.py process_chat): no
    // answer, which our reply reads as malformed JSON. A proxy's HTML page stays what it is.
    if (error.kind() == ApiError::Kind::UnexpectedContent && error.httpStatus() == 200 &&
        !error.detail().startsWith(QLatin1String("HTML")))
        return ApiError(ApiError::Kind::ProviderRefused, {}, 200);
    switch (error.kind()) {
    case ApiError::Kind::SessionExpired: // our own sign-in, role or key, or the way to the server
    case ApiError::Kind::NotAdmin:
    case ApiError::Kind::EndpointRestricted:
    case ApiError::Kind::ApiKeysDisabled:
    case ApiError::Kind::Unreachable:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::ServerStarting:
    case ApiError::Kind::UnexpectedContent:
    case ApiError::Kind::TooLarge:
        return error;
    default:
        break;
    }
    int status = error.httpStatus();
    QString said = error.detail();
    // 0.5 and 0.6.21 and older: main.py turns the provider's HTTPException into 400 "<status>: <message>".
    static const QRegularExpression embedded(QStringLiteral("^([1-5][0-9][0-9]): (.*)$"),
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = embedded.match(said);
    if (match.hasMatch()) {
        status = match.captured(1).toInt();
        said = match.captured(2);
    }
    return ApiError(ApiError::Kind::ProviderRefused, said, status);
}

void ProviderProof::prove(const QString& model)
{
    cancel();
    const QJsonArray messages{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                          {QStringLiteral("content"), QStringLiteral("Reply with OK.")}}};
    m_current = m_client->chatCompletion(model, messages, 1);
    onFinished(m_current.data(), this, [this](ApiReply* reply) {
        m_current.clear();
        if (!reply->ok())
            return Q_EMIT failed(classify(reply->error()));
        // 0.6.22-0.10 (and 0.11.0) answer a provider error that reached no event emitter with
        // 200 and `null`: no answer is no proof.
        if (!reply->json().toObject().value(QLatin1String("choices")).isArray())
            return Q_EMIT failed(ApiError(ApiError::Kind::ProviderRefused, {}, reply->httpStatus()));
        Q_EMIT proven();
    });
}

void ProviderProof::cancel()
{
    abandon(m_current, this);
}

} // namespace tma
