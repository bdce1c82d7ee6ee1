#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tma::test {

class HttpConnection;

// Streams an answer line by line, one line per HTTP chunk, paced by a timer (the fake never
// blocks its event loop): an Ollama pull's NDJSON, a chat completion's server-sent events.
// Notices when the client hangs up so the fake can record that the pull or the generation was
// stopped, as Ollama does when Open WebUI's upstream request is closed.
class FakeLineStream : public QObject
{
    Q_OBJECT
public:
    FakeLineStream(HttpConnection* connection, const QByteArray& contentType, const QByteArrayList& lines,
                   int delayMs, QObject* parent = nullptr);

    // Sends the response head and the first line right away, the rest every delayMs.
    void start();

Q_SIGNALS:
    // All lines were sent. Emitted just before the final line leaves, so whatever the last
    // line announces (a new model) is true by the time the client reads it.
    void aboutToComplete();
    void completed();
    // The client closed the connection before the last line.
    void cancelled();

private:
    void sendNext();
    void onConnectionClosed();

    QPointer<HttpConnection> m_connection;
    QByteArray m_contentType;
    QByteArrayList m_lines;
    qsizetype m_next = 0;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace tma::test
