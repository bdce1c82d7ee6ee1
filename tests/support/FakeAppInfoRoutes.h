#pragma once

#include "FakeRouter.h"

namespace tma::test::fake {

// What main.py answers about the server itself, to anyone: /health, /ready, /api/version and
// /api/config.
class FakeAppInfoRoutes
{
public:
    explicit FakeAppInfoRoutes(FakeServerState& server) : m_server(server) {}

    void addRoutes(FakeRouter& router);

private:
    void insertVersion(QJsonObject& body) const;
    Reply apiConfig(Exchange& exchange);

    FakeServerState& m_server;
};

} // namespace tma::test::fake
