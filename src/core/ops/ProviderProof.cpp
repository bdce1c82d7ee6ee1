#include "ProviderProof.h"

#include "ApiReply.h"
#include "OpenWebUiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace tma {

ProviderProof::ProviderProof(OpenWebUiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

ProviderProof::~ProviderProof()
{
    cancel();
}

std::optional<ApiError> ProviderProof::classify(const ApiError& error)
{
    // A 200 whose body is no JSON at all is no answer either (200 `null` is handled by prove()).
    // A proxy's HTML page stays what it is.
    if (error.kind() == ApiError::Kind::UnexpectedContent && error.httpStatus() == 200 &&
        !error.detail().startsWith(QLatin1String("HTML")))
        return ApiError(ApiError::Kind::ProviderRefused, {}, 200);
    const QString detail = error.detail();
    switch (error.kind()) {
    // Our own sign-in, role or key — but only in Open WebUI's own words: a provider's bare 401 or
    // its "no permission for this model" passed through must not read as ours.
    case ApiError::Kind::SessionExpired:
        if (!detail.isEmpty())
            return error;
        break;
    case ApiError::Kind::NotAdmin:
    case ApiError::Kind::EndpointRestricted:
        if (detail.contains(QLatin1String("administrator")))
            return error; // ERROR_MESSAGES.ACCESS_PROHIBITED
        break;
    case ApiError::Kind::ApiKeysDisabled:
    case ApiError::Kind::Unreachable: // the way to the server
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
    QString said = detail;
    // 0.5 and 0.6.21 and older: main.py turns the provider's HTTPException into 400 "<status>: <message>".
    static const QRegularExpression embedded(QStringLiteral("^([1-5][0-9][0-9]): (.*)$"),
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = embedded.match(said);
    const bool statusKnown = match.hasMatch() || status != 400;
    if (match.hasMatch()) {
        status = match.captured(1).toInt();
        said = match.captured(2);
    }
    // Open WebUI's own "the model map has no such model" (main.py chat_completion): several
    // workers without shared state, not the provider.
    if (said == QLatin1String("Model not found") || said.startsWith(QLatin1String("Model '")))
        return ApiError(ApiError::Kind::ModelNotFound, said, status);
    // A refusal that says the key, the credits or the model are wrong disproves the setup. Being
    // rate limited, or a parameter the model does not take, does not: the setup may well work.
    if (status == 401 || status == 402 || status == 403 || status == 404)
        return ApiError(ApiError::Kind::ProviderRefused, said, status);
    if (!statusKnown) {
        // 0.11 answers every provider error as 400 {"detail": <message>}: read the message.
        static const QRegularExpression passing(
            QStringLiteral("rate.?limit|too many|429|temporarily|overloaded|"
                           "unsupported parameter|not supported"),
            QRegularExpression::CaseInsensitiveOption);
        if (!passing.match(said).hasMatch())
            return ApiError(ApiError::Kind::ProviderRefused, said, status);
    }
    return std::nullopt;
}

void ProviderProof::prove(const QString& model)
{
    cancel();
    const QJsonArray messages{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                          {QStringLiteral("content"), QStringLiteral("Reply with OK.")}}};
    m_current = m_client->chatCompletion(model, messages, 1);
    onFinished(m_current.data(), this, [this](ApiReply* reply) {
        m_current.clear();
        if (!reply->ok()) {
            if (const std::optional<ApiError> refusal = classify(reply->error()))
                return Q_EMIT failed(*refusal);
            return Q_EMIT proven(); // not disproven (rate limited, say): the setup may well work
        }
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
