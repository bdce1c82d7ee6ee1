#pragma once

#include "FakeRouter.h"

namespace tma::test::fake {

// The OpenAI connections (routers/openai.py): their config, /openai/verify and /openai/models,
// answered from the providers a test set up (FakeOpenWebUi::setProvider).
class FakeConnectionRoutes
{
public:
    explicit FakeConnectionRoutes(FakeServerState& server) : m_server(server) {}

    void addRoutes(FakeRouter& router);

private:
    void someoneElseAddsAConnection();
    Reply getOpenAiConfig(Exchange& exchange);
    QJsonObject openAiConfigForm() const;
    Reply updateOpenAiConfig(Exchange& exchange);
    Reply verifyOpenAi(Exchange& exchange);
    Reply openAiModelsRoute(Exchange&);
    Reply openAiModelsOfConnection(Exchange& exchange);

    FakeServerState& m_server;
};

} // namespace tma::test::fake
