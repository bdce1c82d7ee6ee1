#pragma once

#include "FakeRouter.h"

namespace tma::test::fake {

// The Ollama proxy (routers/ollama.py): its config, version, tags, the streamed pull and the
// models each node holds loaded.
class FakeOllamaRoutes
{
public:
    explicit FakeOllamaRoutes(FakeServerState& server) : m_server(server) {}

    void addRoutes(FakeRouter& router);

private:
    Reply ollamaConfig(Exchange&);
    QJsonObject ollamaConfigs() const;
    static QString ollamaDisabledText();
    Reply ollamaTags(Exchange&);
    bool ollamaHas(const QString& id) const;
    static QByteArray line(const QJsonObject& object);
    static QJsonObject statusLine(const QString& status);
    Reply pull(Exchange& exchange);
    Reply loadedModels(Exchange&);
    QJsonArray loadedOn(int node) const;

    FakeServerState& m_server;
};

} // namespace tma::test::fake
