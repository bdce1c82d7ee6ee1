#pragma once

#include "ApiError.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace tma {

// One request to Open WebUI in flight. Owns its QNetworkReply, enforces a timeout and a size cap,
// and turns the answer into JSON or an ApiError. Emits finished() exactly once; the receiver
// deletes it (deleteLater) when done.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 20000;        // whole request; for streams: until the answer starts
        int streamSilenceMs = 300000; // for streams, once they talk: the longest silence allowed
        qint64 maxBytes = 32 << 20;   // hostile or broken servers can't make us eat memory
        bool streamLines = false;     // emit lineReceived() for each NDJSON line of a 2xx JSON answer
        bool withApiKey = false;      // changes how some 403s read (see classifyResponse)
        bool apiKeyProven = false;    // the key already worked on another path of this server
        bool fromProvider = false;    // the route passes a provider's answer through (see classifyResponse)
        QString pinnedSha256;         // a certificate the user chose to trust for this server
    };

    ApiReply(QNetworkReply* reply, const Options& options, QObject* parent = nullptr);
    ~ApiReply() override;

    // Stops the request; finished() follows with a Cancelled error.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    const QJsonValue& json() const { return m_json; }
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    QString path() const { return m_path; }

Q_SIGNALS:
    // The whole request has left for the server (its answer may still be far off).
    void sent();
    void lineReceived(const QByteArray& line);
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finish(const ApiError& error, const QJsonValue& json);
    void logOutcome() const;

    QPointer<QNetworkReply> m_reply;
    Options m_options;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QByteArray m_pendingLine;
    QJsonValue m_json;
    ApiError m_error;
    CertificateSummary m_certificate;
    QString m_method; // for the log line
    QString m_path;   // without the query: nothing secret goes into a log
    qint64 m_receivedBytes = 0;
    int m_httpStatus = 0;
    qint64 m_elapsedMs = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
};

// Stops the reply in `slot` (if any) without telling `owner`: owner's handlers won't run, the
// request is closed (which is also how a pull is cancelled) and the reply is deleted later.
void abandon(QPointer<ApiReply>& slot, QObject* owner);

// Calls `handler(reply)` once the reply finished, in `context`'s thread, then deletes the reply.
template <typename Handler> void onFinished(ApiReply* reply, QObject* context, Handler handler)
{
    QObject::connect(reply, &ApiReply::finished, context, [reply, handler]() mutable {
        handler(reply);
        reply->deleteLater();
    });
}

} // namespace tma
