#pragma once

#include "FakeRouter.h"

namespace tma::test::fake {

// The model list (/api/models) and the workspace records of the models router (routers/models.py).
class FakeModelRoutes
{
public:
    explicit FakeModelRoutes(FakeServerState& server) : m_server(server) {}

    void addRoutes(FakeRouter& router);

private:
    Reply listModels(Exchange& exchange);
    QJsonObject storedRecordJson(const QString& id) const;
    static bool grantsArePrivate(const QJsonArray& grants);
    bool parseModelForm(Exchange& exchange, QJsonObject* body, Reply* error);
    bool privateByForm(const QJsonObject& body, bool previous) const;
    Reply getModelRecord(Exchange& exchange);
    Reply createModelRecord(Exchange& exchange);
    Reply updateModelRecord(Exchange& exchange);
    Reply updateModelAccess(Exchange& exchange);
    Reply deleteModelRecord(Exchange& exchange);

    FakeServerState& m_server;
};

} // namespace tma::test::fake
