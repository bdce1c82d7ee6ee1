#pragma once

#include "ServerAddress.h"
#include "ServerInfo.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace tma {

class Connector;
class OpenWebUiClient;

// Looks for Open WebUI where it usually runs on this machine (localhost:3000 for Docker, :8080 for
// pip installs) and reports each server that answers, with its name and version.
class ServerDetector : public QObject
{
    Q_OBJECT
public:
    explicit ServerDetector(QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~ServerDetector() override;
    static QList<QUrl> candidates();

    void start(const QList<QUrl>& urls = candidates());
    void cancel();
    // Whether a probe of `server` is under way (so nobody needs to start another).
    bool isProbing(const ServerAddress& server) const;

Q_SIGNALS:
    void found(const tma::ServerInfo& info);
    void finished();

private:
    void probeDone();
    int m_pending = 0;
    QList<Connector*> m_connectors;
};

} // namespace tma
