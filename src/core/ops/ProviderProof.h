#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace tma {

class ApiReply;
class OpenWebUiClient;

// Proves a hosted provider's key and model with one tiny real completion through the server.
// /openai/verify cannot: it only lists the provider's models, which OpenRouter shows to anyone,
// so a wrong key passes there and every task then fails upstream — hidden by the title route.
class ProviderProof : public QObject
{
    Q_OBJECT
public:
    explicit ProviderProof(OpenWebUiClient* client, QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~ProviderProof() override;

    // `model` as Open WebUI lists it; the server must have listed it already (GET /api/models
    // fills the map /api/chat/completions looks in).
    void prove(const QString& model);
    void cancel();

    // What a failed completion stands for: our own session or the network as they are; the
    // provider refusing the key, the credits or the model (ProviderRefused, with its own status and
    // words, whichever shape the server version gave them); or nothing that disproves the setup
    // (rate limited, an unsupported parameter): std::nullopt, and the apply goes on.
    static std::optional<ApiError> classify(const ApiError& error);

Q_SIGNALS:
    void proven();
    void failed(const tma::ApiError& error);

private:
    OpenWebUiClient* m_client;
    QPointer<ApiReply> m_current;
};

} // namespace tma
