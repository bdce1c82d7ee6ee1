#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace tma {

class ApiReply;
class OpenWebUiClient;

// Asks the server to reach an OpenAI-compatible provider with a key (/openai/verify), so the
// check is made from where the requests will really come from. Tells a refused key and an
// unreachable provider apart from the user's own session problems.
class ProviderVerifier : public QObject
{
    Q_OBJECT
public:
    explicit ProviderVerifier(OpenWebUiClient* client, QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~ProviderVerifier() override;

    void verify(const QString& url, const QString& key, const QJsonObject& config = {});
    void cancel();
    bool isBusy() const { return !m_current.isNull(); }

    // The model ids a provider's /models answer lists.
    static QStringList modelIds(const QJsonValue& body);

Q_SIGNALS:
    void verified(const QStringList& modelIds);
    void failed(const tma::ApiError& error);

private:
    OpenWebUiClient* m_client;
    QPointer<ApiReply> m_current;
};

} // namespace tma
