#include "ApiReply.h"

#include "LogCategories.h"
#include "ResponseClassifier.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

namespace tma {
namespace {

QString fingerprint(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

ApiError networkErrorKind(QNetworkReply::NetworkError code, const QString& text)
{
    using Kind = ApiError::Kind;
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(Kind::Tls, text);
    case QNetworkReply::TimeoutError:
        return ApiError(Kind::Timeout, text);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return ApiError(Kind::UnexpectedContent, text);
    default:
        return ApiError(Kind::Unreachable, text);
    }
}

QString methodOf(const QNetworkReply* reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return QStringLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QStringLiteral("POST");
    case QNetworkAccessManager::PutOperation:
        return QStringLiteral("PUT");
    case QNetworkAccessManager::DeleteOperation:
        return QStringLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation:
        return QStringLiteral("HEAD");
    default:
        return QString::fromLatin1(
            reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    }
}

ApiError networkError(QNetworkReply::NetworkError code, const QString& text)
{
    ApiError error = networkErrorKind(code, text);
    error.setNetworkError(static_cast<int>(code));
    return error;
}

} // namespace

ApiReply::ApiReply(QNetworkReply* reply, const Options& options, QObject* parent)
    : QObject(parent), m_reply(reply), m_options(options), m_method(methodOf(reply)),
      m_path(reply->url().path())
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setInterval(options.timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ApiReply::onTimeout);
    m_timer.start();

    connect(reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(reply, &QNetworkReply::requestSent, this, &ApiReply::sent);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        if (errors.isEmpty() || !m_reply)
            return;
        // Always the server's own (leaf) certificate: a chain error may name a CA first, and trusting
        // a CA for this server would also accept any certificate it signs, for any host name.
        QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
        if (peer.isNull())
            peer = errors.first().certificate();
        m_certificate.subject = peer.subjectDisplayName();
        m_certificate.issuer = peer.issuerDisplayName();
        m_certificate.sha256 = fingerprint(peer);
        for (const QSslError& error : errors)
            m_certificate.errors << error.errorString();
        // Only the exact certificate the user looked at and trusted is accepted, never "any error".
        if (!m_options.pinnedSha256.isEmpty() && m_certificate.sha256 == m_options.pinnedSha256)
            m_reply->ignoreSslErrors(errors);
    });
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void ApiReply::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_receivedBytes += chunk.size();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A proxy's HTML page is never a stream: collect it and classify it like any other answer.
    const bool html = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower().contains("text/html");
    if (m_options.streamLines && status >= 200 && status < 300 && !html) {
        // The stream has started: from now on only a long silence ends it (a big layer verifies slowly).
        m_timer.start(m_options.streamSilenceMs);
        m_pendingLine += chunk;
        if (m_pendingLine.size() > m_options.maxBytes) {
            m_tooLarge = true;
            m_reply->abort();
            return;
        }
        qsizetype newline = -1;
        while ((newline = m_pendingLine.indexOf('\n')) >= 0) {
            const QByteArray line = m_pendingLine.left(newline).trimmed();
            m_pendingLine.remove(0, newline + 1);
            if (!line.isEmpty())
                Q_EMIT lineReceived(line);
            if (m_finished || !m_reply)
                return;
        }
        return;
    }
    if (m_body.size() + chunk.size() > m_options.maxBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_body += chunk;
}

void ApiReply::onTimeout()
{
    if (m_finished || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiReply::onFinished()
{
    if (m_finished || !m_reply)
        return;
    m_timer.stop();
    m_elapsedMs = m_clock.elapsed();
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = m_reply->error();

    if (m_cancelled)
        return finish(ApiError(ApiError::Kind::Cancelled), {});
    if (m_timedOut)
        return finish(ApiError(ApiError::Kind::Timeout, tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0)),
                      {});
    if (m_tooLarge)
        return finish(ApiError(ApiError::Kind::TooLarge), {});
    if (!m_certificate.sha256.isEmpty() && code != QNetworkReply::NoError && m_httpStatus == 0) {
        ApiError error(ApiError::Kind::Tls, m_reply->errorString());
        error.setCertificate(m_certificate);
        return finish(error, {});
    }
    // A redirect to another origin (http → https, a moved server) is not followed, so the token
    // never goes elsewhere; the user is told the address to use instead.
    const QUrl target = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if ((m_httpStatus >= 300 && m_httpStatus < 400) || code == QNetworkReply::InsecureRedirectError) {
        const QUrl moved = m_reply->url().resolved(target);
        if (target.isValid() && !target.isEmpty())
            return finish(ApiError(ApiError::Kind::Invalid,
                                   tr("The server sends the assistant to %1. Use that address instead.")
                                       .arg(moved.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()),
                                   m_httpStatus),
                          {});
    }
    if (m_httpStatus == 0) // no HTTP answer at all: refused, reset, DNS, TLS handshake...
        return finish(networkError(code, m_reply->errorString()), {});

    const bool html = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower().contains("text/html");
    if (m_options.streamLines && m_httpStatus >= 200 && m_httpStatus < 300 && !html) {
        const QByteArray rest = m_pendingLine.trimmed();
        m_pendingLine.clear();
        if (!rest.isEmpty())
            Q_EMIT lineReceived(rest);
        if (m_finished)
            return;
        // A stream cut short (connection reset after the headers) is not a success.
        if (code != QNetworkReply::NoError)
            return finish(networkError(code, m_reply->errorString()), {});
        return finish({}, {});
    }

    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    ClassifiedResponse classified = classifyResponse(m_httpStatus, contentType, m_body, m_options.withApiKey,
                                                     m_options.apiKeyProven, m_options.fromProvider);
    if (!classified.error.isError() && code != QNetworkReply::NoError) // body cut short
        classified.error = networkError(code, m_reply->errorString());
    classified.error.setEndpoint(m_path);
    finish(classified.error, classified.json);
}

void ApiReply::finish(const ApiError& error, const QJsonValue& json)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_elapsedMs == 0)
        m_elapsedMs = m_clock.elapsed();
    m_error = error;
    if (m_error.endpoint().isEmpty())
        m_error.setEndpoint(m_path);
    m_json = json;
    m_body.clear();
    logOutcome();
    Q_EMIT finished();
}

void ApiReply::logOutcome() const
{
    if (!lcApi().isInfoEnabled())
        return;
    // The outcome as the wire saw it: the HTTP status, or what ended the request without one. Never
    // headers or bodies: they carry the token, passwords and keys.
    QString outcome;
    if (m_cancelled)
        outcome = QStringLiteral("cancelled");
    else if (m_timedOut)
        outcome = QStringLiteral("timed out");
    else if (m_tooLarge)
        outcome = QStringLiteral("too large");
    else if (m_httpStatus > 0)
        outcome = QString::number(m_httpStatus);
    else
        outcome = QStringLiteral("no HTTP answer (network error %1)").arg(m_error.networkError());
    if (m_error.isError() && !m_cancelled)
        outcome += QStringLiteral(" (error kind %1)").arg(static_cast<int>(m_error.kind()));
    qCInfo(lcApi).noquote() << QStringLiteral("%1 %2 -> %3 in %4 ms, %5 bytes")
                                   .arg(m_method, m_path, outcome)
                                   .arg(m_elapsedMs)
                                   .arg(m_receivedBytes);
}

void abandon(QPointer<ApiReply>& slot, QObject* owner)
{
    if (!slot)
        return;
    ApiReply* reply = slot;
    slot.clear();
    reply->disconnect(owner);
    reply->cancel();
    reply->deleteLater();
}

} // namespace tma
