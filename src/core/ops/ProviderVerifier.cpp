#include "ProviderVerifier.h"

#include "ApiReply.h"
#include "OpenWebUiClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tma {

ProviderVerifier::ProviderVerifier(OpenWebUiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

ProviderVerifier::~ProviderVerifier()
{
    cancel();
}

QStringList ProviderVerifier::modelIds(const QJsonValue& body)
{
    QStringList ids;
    const QJsonArray offered = body.isArray() ? body.toArray() : body.toObject().value(QLatin1String("data")).toArray();
    for (const QJsonValue& entry : offered) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void ProviderVerifier::verify(const QString& url, const QString& key, const QJsonObject& config)
{
    cancel();
    m_current = m_client->verifyOpenAiConnection(url, key, config);
    onFinished(m_current.data(), this, [this, url](ApiReply* reply) {
        m_current.clear();
        if (reply->ok())
            return Q_EMIT verified(modelIds(reply->json()));
        const ApiError& error = reply->error();
        switch (error.kind()) {
        case ApiError::Kind::SessionExpired: // our own session or role, not the provider
        case ApiError::Kind::NotAdmin:
        case ApiError::Kind::EndpointRestricted:
        case ApiError::Kind::Unreachable:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Tls:
        case ApiError::Kind::Cancelled:
            return Q_EMIT failed(error);
        default:
            break;
        }
        const int status = reply->httpStatus();
        if (status == 401 || status == 403)
            return Q_EMIT failed(ApiError(ApiError::Kind::Invalid,
                                          tr("The provider %1 refused the API key. Check the key and try again.").arg(url),
                                          status));
        // 0.5-0.6.21 (routers/openai.py verify_connection) turn the provider's refusal into 500
        // "Unexpected error: External Error: {…}": the provider answered, it did not accept.
        if (error.detail().contains(QLatin1String("External Error")))
            return Q_EMIT failed(ApiError(
                ApiError::Kind::Invalid,
                tr("The provider %1 refused the request. Check the key and try again.").arg(url), status));
        Q_EMIT failed(ApiError(ApiError::Kind::Invalid,
                               tr("The server could not reach the provider %1: %2").arg(url, error.detail()), status));
    });
}

void ProviderVerifier::cancel()
{
    abandon(m_current, this);
}

} // namespace tma
