#include "TlsProxy.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace tma::test {

TlsProxy::TlsProxy(QObject* parent) : QObject(parent), m_server(new QSslServer(this))
{
    m_server->setHandshakeTimeout(10000);
    // QSslServer hands a connection out only once its handshake succeeded.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsProxy::acceptPending);
    // A client that refuses the certificate aborts the handshake: count each socket once.
    connect(m_server, &QSslServer::errorOccurred, this, [this](QSslSocket* socket, QAbstractSocket::SocketError) {
        for (const QPointer<QSslSocket>& failed : std::as_const(m_failed)) {
            if (failed == socket)
                return;
        }
        m_failed << QPointer<QSslSocket>(socket);
        ++m_failedSockets;
        Q_EMIT handshakeFailed();
    });
}

TlsProxy::~TlsProxy()
{
    closeConnections();
}

bool TlsProxy::setCertificateFiles(const QString& certificatePem, const QString& keyPem, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull())
        return fail(QStringLiteral("no PEM certificate in %1").arg(certificatePem));
    QFile keyFile(keyPem);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(keyPem, keyFile.errorString()));
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return fail(QStringLiteral("no unencrypted RSA or EC private key in %1").arg(keyPem));
    setCertificate(certificates.first(), key);
    return true;
}

void TlsProxy::setCertificate(const QSslCertificate& certificate, const QSslKey& key)
{
    m_certificate = certificate;
    m_key = key;
    applyConfiguration();
    // Like a redeployed server: whoever was connected has to handshake again.
    closeConnections();
}

void TlsProxy::applyConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    m_server->setSslConfiguration(configuration);
}

void TlsProxy::setBackend(quint16 port, const QHostAddress& host)
{
    m_backendHost = host;
    m_backendPort = port;
}

bool TlsProxy::listen(quint16 port)
{
    if (m_certificate.isNull() || m_key.isNull())
        return false;
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 TlsProxy::port() const
{
    return m_server->serverPort();
}

QUrl TlsProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void TlsProxy::acceptPending()
{
    while (m_server->hasPendingConnections()) {
        auto* client = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
        if (!client)
            continue;
        ++m_handshakesCompleted;
        Q_EMIT handshakeCompleted();
        startPipe(client);
    }
}

void TlsProxy::startPipe(QSslSocket* client)
{
    auto* pipe = new Pipe;
    pipe->client = client;
    client->setParent(this);
    auto* backend = new QTcpSocket(this);
    pipe->backend = backend;
    m_pipes << pipe;

    connect(client, &QSslSocket::readyRead, this, [pipe] {
        if (!pipe->client)
            return;
        const QByteArray bytes = pipe->client->readAll();
        if (pipe->backend && pipe->backend->state() == QAbstractSocket::ConnectedState)
            pipe->backend->write(bytes);
        else
            pipe->pending += bytes;
    });
    connect(backend, &QTcpSocket::connected, this, [pipe] {
        if (pipe->backend && !pipe->pending.isEmpty()) {
            pipe->backend->write(pipe->pending);
            pipe->pending.clear();
        }
    });
    connect(backend, &QTcpSocket::readyRead, this, [pipe] {
        if (!pipe->backend)
            return;
        const QByteArray bytes = pipe->backend->readAll();
        if (pipe->client)
            pipe->client->write(bytes);
    });
    // Either side closing ends the pipe: the other side sees the connection close too.
    connect(client, &QSslSocket::disconnected, this, [this, pipe] { closePipe(pipe); });
    connect(backend, &QTcpSocket::disconnected, this, [this, pipe] { closePipe(pipe); });
    connect(backend, &QTcpSocket::errorOccurred, this, [this, pipe](QAbstractSocket::SocketError) { closePipe(pipe); });
    backend->connectToHost(m_backendHost, m_backendPort);
    // Bytes that arrived with the handshake are already buffered.
    if (client->bytesAvailable() > 0)
        pipe->pending += client->readAll();
}

void TlsProxy::closePipe(Pipe* pipe)
{
    if (!m_pipes.removeOne(pipe))
        return; // already closed
    QSslSocket* client = pipe->client;
    QTcpSocket* backend = pipe->backend;
    delete pipe;
    if (client) {
        client->disconnect(this);
        if (client->state() == QAbstractSocket::ConnectedState)
            client->flush(); // what the backend said before closing still goes out
        client->disconnectFromHost();
        client->deleteLater();
    }
    if (backend) {
        backend->disconnect(this);
        backend->abort();
        backend->deleteLater();
    }
}

void TlsProxy::closeConnections()
{
    const QList<Pipe*> pipes = m_pipes;
    for (Pipe* pipe : pipes) {
        if (pipe->client)
            pipe->client->abort();
        closePipe(pipe);
    }
}

} // namespace tma::test
