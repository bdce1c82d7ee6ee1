#include "FakeRouter.h"

#include "FakeFormSchema.h"

namespace tma::test::fake {

void FakeRouter::add(const char* method, const QString& path, Access access, bool hasBody,
                     std::function<Reply(Exchange&)> handler)
{
    m_routes.append(Route{QByteArray(method), path, access, hasBody, std::move(handler)});
}

void FakeRouter::addStatic(const char* method, const QString& path, const QJsonObject& answer)
{
    m_routes.append(Route{QByteArray(method), path, Access::Public, false, [answer](Exchange&) {
                              return jsonReply(200, answer);
                          }});
}

const Route* FakeRouter::find(const HttpRequest& request, QString* param, bool* pathKnown) const
{
    *pathKnown = false;
    for (const Route& route : m_routes) {
        QString segment;
        bool matches = false;
        if (route.path.endsWith(QLatin1String("/*"))) {
            const QString prefix = route.path.chopped(1);
            segment = request.path.mid(prefix.size());
            matches =
                request.path.startsWith(prefix) && !segment.isEmpty() && !segment.contains(QLatin1Char('/'));
        } else {
            matches = route.path == request.path;
        }
        if (!matches)
            continue;
        *pathKnown = true;
        if (route.method == request.method) {
            *param = segment;
            return &route;
        }
    }
    return nullptr;
}

bool parseBody(const Exchange& exchange, QJsonObject* body, QJsonArray* errors)
{
    return FakeFormSchema::parseBody(exchange.request.body, exchange.request.headers.value("content-type"),
                                     body, errors);
}

} // namespace tma::test::fake
