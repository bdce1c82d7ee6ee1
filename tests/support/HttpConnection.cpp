#include "HttpConnection.h"

#include <QMetaObject>
#include <QTcpSocket>
#include <QUrl>

namespace tma::test {

namespace {

// Large enough for any request a client of this project sends; anything bigger is a bug.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::markClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // RemoteHostClosedError is followed by disconnected(); other errors end the connection too.
        if (error != QAbstractSocket::RemoteHostClosedError)
            markClosed();
    });
    // Bytes may already be waiting when the server hands the socket over.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    // Do not emit closed() from the destructor: listeners may be half destroyed already.
    m_socket->disconnect(this);
    m_socket->abort();
}

bool HttpConnection::isOpen() const
{
    return !m_closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Unknown";
    }
}

void HttpConnection::onReadyRead()
{
    if (m_closed)
        return;
    m_buffer.append(m_socket->readAll());
    processNext();
}

void HttpConnection::processNext()
{
    m_processScheduled = false;
    if (m_busy || m_closed)
        return;

    HttpRequest request;
    bool keepAlive = true;
    switch (parseOne(&request, &keepAlive)) {
    case ParseResult::Incomplete:
        return;
    case ParseResult::Malformed:
        m_busy = true;
        m_keepAlive = false;
        respond({400, "application/json", R"({"detail":"Invalid HTTP request received."})"});
        return;
    case ParseResult::Complete:
        m_busy = true;
        m_keepAlive = keepAlive;
        Q_EMIT requestReady(request);
        return;
    }
}

HttpConnection::ParseResult HttpConnection::parseOne(HttpRequest* request, bool* keepAlive)
{
    // Tolerate stray empty lines between requests (RFC 9112 §2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);

    // uvicorn's default parser (httptools/llhttp, uvicorn/protocols/http/httptools_impl.py) refuses a
    // request at its first byte that cannot start a method, e.g. a TLS ClientHello (0x16), and
    // answers 400 "Invalid HTTP request received." at once: that is what https to an http port sees.
    if (!m_buffer.isEmpty()) {
        const char first = m_buffer.at(0);
        if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z')))
            return ParseResult::Malformed;
    }

    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return m_buffer.size() > kMaxHeaderBytes ? ParseResult::Malformed : ParseResult::Incomplete;

    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return ParseResult::Malformed;

    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    const bool http10 = requestLine.at(2) == "HTTP/1.0";

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ParseResult::Malformed;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (request->headers.contains(name))
            request->headers[name] += ", " + value;
        else
            request->headers.insert(name, value);
    }

    // Clients of this project never send chunked request bodies; refuse them loudly.
    if (request->headers.contains("transfer-encoding"))
        return ParseResult::Malformed;

    qint64 contentLength = 0;
    if (request->headers.contains("content-length")) {
        bool ok = false;
        contentLength = request->headers.value("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0 || contentLength > kMaxBodyBytes)
            return ParseResult::Malformed;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() - bodyStart < contentLength)
        return ParseResult::Incomplete;

    request->body = m_buffer.mid(bodyStart, contentLength);
    m_buffer.remove(0, bodyStart + contentLength);

    const qsizetype questionMark = request->target.indexOf('?');
    const QByteArray rawPath = questionMark < 0 ? request->target : request->target.left(questionMark);
    request->path = QUrl::fromPercentEncoding(rawPath);
    if (questionMark >= 0)
        request->query = QUrlQuery(QString::fromLatin1(request->target.mid(questionMark + 1)));

    const QByteArray connection = request->headers.value("connection").toLower();
    *keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    return ParseResult::Complete;
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (!m_busy)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + reasonPhrase(response.status) + "\r\n";
    head += "server: uvicorn\r\n";
    head += "content-type: " + response.contentType + "\r\n";
    head += "content-length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += m_keepAlive ? "connection: keep-alive\r\n" : "connection: close\r\n";
    head += "\r\n";
    writeRaw(head + response.body);
    finishResponse();
}

void HttpConnection::beginChunked(int status, const QByteArray& contentType)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "server: uvicorn\r\n";
    head += "content-type: " + contentType + "\r\n";
    head += "transfer-encoding: chunked\r\n";
    head += m_keepAlive ? "connection: keep-alive\r\n" : "connection: close\r\n";
    head += "\r\n";
    writeRaw(head);
}

void HttpConnection::writeChunk(const QByteArray& data)
{
    if (data.isEmpty())
        return; // an empty chunk would terminate the body
    writeRaw(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endChunked()
{
    writeRaw(QByteArrayLiteral("0\r\n\r\n"));
    finishResponse();
}

void HttpConnection::abortConnection()
{
    m_socket->abort();
    markClosed();
}

void HttpConnection::writeRaw(const QByteArray& bytes)
{
    if (!isOpen())
        return;
    m_socket->write(bytes);
    m_socket->flush();
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (!m_keepAlive) {
        if (isOpen())
            m_socket->disconnectFromHost();
        return;
    }
    // A pipelined request may already be buffered; handle it from the event loop so a
    // handler that answers synchronously never recurses into the next request.
    if (!m_processScheduled && !m_buffer.isEmpty()) {
        m_processScheduled = true;
        QMetaObject::invokeMethod(this, &HttpConnection::processNext, Qt::QueuedConnection);
    }
}

void HttpConnection::markClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
    deleteLater();
}

} // namespace tma::test
