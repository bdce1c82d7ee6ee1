#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

class QSslServer;
class QSslSocket;
class QTcpSocket;

namespace tma::test {

// A TLS-terminating proxy for tests: a QSslServer on 127.0.0.1 that presents the certificate it is
// given and forwards the decrypted bytes to a plain TCP backend (an in-process FakeOpenWebUi) and
// back, so the real fake answers over HTTPS. The certificate can be swapped at any time; new
// handshakes use the new one and existing connections are dropped, as when a server is
// re-deployed with another certificate.
class TlsProxy : public QObject
{
    Q_OBJECT
public:
    explicit TlsProxy(QObject* parent = nullptr);
    ~TlsProxy() override;

    // Reads a PEM certificate and an unencrypted PEM private key (RSA or EC).
    bool setCertificateFiles(const QString& certificatePem, const QString& keyPem, QString* error = nullptr);
    void setCertificate(const QSslCertificate& certificate, const QSslKey& key);
    QSslCertificate certificate() const { return m_certificate; }

    // Where the decrypted bytes go: a plain HTTP server on 127.0.0.1.
    void setBackend(quint16 port, const QHostAddress& host = QHostAddress::LocalHost);

    // Listens on 127.0.0.1 (port 0 picks a free one). Needs a certificate first.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // https://127.0.0.1:PORT

    // Drops every client and backend connection (the next request needs a new handshake).
    void closeConnections();

    int handshakesCompleted() const { return m_handshakesCompleted; }
    int handshakesFailed() const { return m_failedSockets; }

Q_SIGNALS:
    void handshakeCompleted();
    void handshakeFailed();

private:
    struct Pipe
    {
        QPointer<QSslSocket> client;
        QPointer<QTcpSocket> backend;
        QByteArray pending; // client bytes that arrived before the backend connected
    };

    void applyConfiguration();
    void acceptPending();
    void startPipe(QSslSocket* client);
    void closePipe(Pipe* pipe);

    QSslServer* m_server = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHostAddress m_backendHost = QHostAddress(QHostAddress::LocalHost);
    quint16 m_backendPort = 0;
    QList<Pipe*> m_pipes;
    QList<QPointer<QSslSocket>> m_failed;
    int m_handshakesCompleted = 0;
    int m_failedSockets = 0;
};

} // namespace tma::test
