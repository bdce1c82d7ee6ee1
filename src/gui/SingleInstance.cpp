#include "SingleInstance.h"

#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

namespace tma {
namespace {

QString defaultName()
{
    // Per user: two people on one machine each get their own assistant.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QStringLiteral("task-model-assistant-") + user;
}

} // namespace

SingleInstance::SingleInstance(const QString& name, QObject* parent)
    : QObject(parent), m_name(name.isEmpty() ? defaultName() : name)
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim(const QStringList& arguments)
{
    // Startup only: a bounded, local hand-over before any window exists, not a nested event loop.
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(500)) {
        QByteArray payload;
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream << arguments;
        socket.write(payload);
        socket.waitForBytesWritten(1000);
        socket.disconnectFromServer();
        return false;
    }
    QLocalServer::removeServer(m_name); // a stale socket from a crashed instance
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return true; // can't guard: still run rather than refuse to start
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket* client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client]() {
                QDataStream stream(client->readAll());
                QStringList received;
                stream >> received;
                Q_EMIT activated(received);
            });
        }
    });
    return true;
}

} // namespace tma
