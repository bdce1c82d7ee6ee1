#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QTcpSocket;

namespace tma::test {

// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;   // as sent: path plus optional "?query"
    QString path;        // percent-decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// A complete (non-streamed) response.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
};

// Server side of one keep-alive TCP connection. The fake needs its own small HTTP/1.1 parser
// (instead of QtHttpServer) so that it can misbehave on purpose: never answer, reset the
// socket, stream chunked NDJSON at its own pace and notice when the client hangs up.
//
// Requests are handed out one at a time: the next request on the same connection (pipelined
// or sent after keep-alive reuse) is only parsed once the current one has been answered, so
// responses can never overtake each other.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the socket.
    explicit HttpConnection(QTcpSocket* socket, QObject* parent = nullptr);
    ~HttpConnection() override;

    bool isOpen() const;

    // Answers the current request with Content-Length framing.
    void respond(const HttpResponse& response);

    // Streams the answer to the current request with Transfer-Encoding: chunked.
    void beginChunked(int status, const QByteArray& contentType);
    void writeChunk(const QByteArray& data);
    void endChunked();

    // Drops the connection without any (further) response bytes.
    void abortConnection();

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void requestReady(const tma::test::HttpRequest& request);
    // The peer went away (or abortConnection() was called). Emitted once.
    void closed();

private:
    enum class ParseResult
    {
        Incomplete,
        Complete,
        Malformed,
    };

    void onReadyRead();
    void processNext();
    ParseResult parseOne(HttpRequest* request, bool* keepAlive);
    void finishResponse();
    void markClosed();
    void writeRaw(const QByteArray& bytes);

    QTcpSocket* m_socket;
    QByteArray m_buffer;
    bool m_busy = false;           // a request was handed out and is not answered yet
    bool m_keepAlive = true;       // of the request being answered
    bool m_closed = false;
    bool m_processScheduled = false;
};

} // namespace tma::test
