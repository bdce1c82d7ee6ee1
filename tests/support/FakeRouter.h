#pragma once

#include "FakeReplies.h"
#include "FakeServerState.h"
#include "HttpConnection.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace tma::test::fake {

struct Exchange
{
    QPointer<HttpConnection> connection;
    HttpRequest request;
    qint64 serial = 0; // identifies the recorded request
    std::optional<User> user;
    QString credential;                // the bearer token or API key used
    QString pathParam;                 // last segment of a ".../*" route
    std::function<void()> afterAnswer; // runs once the response is written
};

struct Route
{
    QByteArray method;
    QString path; // exact, or ending in "/*" for one trailing parameter segment
    Access access = Access::Public;
    bool hasBody = false;
    std::function<Reply(Exchange&)> handler;
};

// The routing table: each area of routes adds its own, and a request goes to the first route
// that matches its path and method.
class FakeRouter
{
public:
    void add(const char* method, const QString& path, Access access, bool hasBody,
             std::function<Reply(Exchange&)> handler);

    // A member function of an area of routes as the handler.
    template <class Area>
    void add(const char* method, const QString& path, Access access, bool hasBody, Area* area,
             Reply (Area::*handler)(Exchange&))
    {
        add(method, path, access, hasBody,
            [area, handler](Exchange& exchange) { return (area->*handler)(exchange); });
    }

    void addStatic(const char* method, const QString& path, const QJsonObject& answer);

    // `pathKnown`: some route has the path, whatever its method.
    const Route* find(const HttpRequest& request, QString* param, bool* pathKnown) const;

private:
    QList<Route> m_routes;
};

// The request's JSON or form body, or the 422 errors FastAPI would answer with.
bool parseBody(const Exchange& exchange, QJsonObject* body, QJsonArray* errors);

} // namespace tma::test::fake
