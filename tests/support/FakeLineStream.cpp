#include "FakeLineStream.h"

#include "HttpConnection.h"

namespace tma::test {

FakeLineStream::FakeLineStream(HttpConnection* connection, const QByteArray& contentType,
                               const QByteArrayList& lines, int delayMs, QObject* parent)
    : QObject(parent), m_connection(connection), m_contentType(contentType), m_lines(lines)
{
    m_timer.setInterval(qMax(0, delayMs));
    connect(&m_timer, &QTimer::timeout, this, &FakeLineStream::sendNext);
    connect(connection, &HttpConnection::closed, this, &FakeLineStream::onConnectionClosed);
}

void FakeLineStream::start()
{
    m_connection->beginChunked(200, m_contentType);
    sendNext();
    if (!m_done)
        m_timer.start();
}

void FakeLineStream::sendNext()
{
    if (m_done)
        return;
    if (!m_connection || !m_connection->isOpen()) {
        onConnectionClosed();
        return;
    }
    if (m_next < m_lines.size()) {
        if (m_next == m_lines.size() - 1)
            Q_EMIT aboutToComplete();
        m_connection->writeChunk(m_lines.at(m_next) + '\n');
        ++m_next;
        if (m_next < m_lines.size())
            return;
    }
    m_done = true;
    m_timer.stop();
    m_connection->endChunked();
    Q_EMIT completed();
    deleteLater();
}

void FakeLineStream::onConnectionClosed()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT cancelled();
    deleteLater();
}

} // namespace tma::test
