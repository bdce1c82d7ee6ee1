#include "ServerDetector.h"

#include "Connector.h"
#include "OpenWebUiClient.h"
#include "ServerProfiles.h"

namespace tma {

ServerDetector::ServerDetector(QObject* parent) : QObject(parent) {}

ServerDetector::~ServerDetector()
{
    cancel();
}

QList<QUrl> ServerDetector::candidates()
{
    return {QUrl(QStringLiteral("http://localhost:3000")), QUrl(QStringLiteral("http://localhost:8080"))};
}

void ServerDetector::start(const QList<QUrl>& urls)
{
    cancel();
    m_pending = static_cast<int>(urls.size());
    for (const QUrl& url : urls) {
        auto* client = new OpenWebUiClient(url, this);
        client->setTimeoutMs(3000); // a local server answers at once or not at all
        // A saved server whose self-signed certificate the user trusted is found with that trust,
        // so the sign-in can use what the detection learnt instead of asking again.
        client->setPinnedCertificate(ServerProfiles::pinnedCertificate(url));
        auto* connector = new Connector(client, client);
        m_connectors << connector;
        connect(connector, &Connector::probed, this, [this](const ServerInfo& info) {
            Q_EMIT found(info);
            probeDone();
        });
        connect(connector, &Connector::failed, this, &ServerDetector::probeDone);
        connector->probe();
    }
    if (m_pending == 0)
        Q_EMIT finished();
}

void ServerDetector::cancel()
{
    for (Connector* connector : std::as_const(m_connectors)) {
        connector->disconnect(this);
        connector->cancel();
        connector->parent()->deleteLater();
    }
    m_connectors.clear();
    m_pending = 0;
}

bool ServerDetector::isProbing(const ServerAddress& server) const
{
    for (const Connector* connector : m_connectors) {
        const auto* client = qobject_cast<const OpenWebUiClient*>(connector->parent());
        if (connector->isBusy() && client && client->address() == server)
            return true;
    }
    return false;
}

void ServerDetector::probeDone()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace tma
