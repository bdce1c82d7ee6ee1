#include "WriteConfirmer.h"

#include "ApiReply.h"
#include "OpenWebUiClient.h"

#include <QNetworkReply>

namespace tma {
namespace {

// Often enough to report a late save soon after it lands, seldom enough not to add to the load of
// a server that is already slow.
constexpr int kReadIntervalMs = 2000;

} // namespace

WriteConfirmer::WriteConfirmer(OpenWebUiClient* client, TaskApi api, QObject* parent)
    : QObject(parent), m_client(client), m_api(api)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &WriteConfirmer::read);
}

WriteConfirmer::~WriteConfirmer()
{
    cancel();
}

bool WriteConfirmer::answerLost(const ApiError& error)
{
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled: // the request was on its way when the user stopped it
        return true;
    case ApiError::Kind::Unreachable: {
        // Refused or unknown host: nothing was sent. Anything else broke an open connection.
        const auto code = static_cast<QNetworkReply::NetworkError>(error.networkError());
        return code != QNetworkReply::ConnectionRefusedError && code != QNetworkReply::HostNotFoundError;
    }
    case ApiError::Kind::Server:
        // A gateway that gave up waiting (502, 503, 504) while Open WebUI may still be at it. A
        // 500 comes from Open WebUI's own handler, which has ended: one read back tells.
        return error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504;
    default:
        return false;
    }
}

void WriteConfirmer::confirm(const TaskConfig& before, const TaskConfig& target, const ApiError& writeError)
{
    cancel();
    m_before = before;
    m_target = target;
    m_answerLost = answerLost(writeError);
    m_clock.start();
    read();
}

void WriteConfirmer::cancel()
{
    m_next.stop();
    abandon(m_current, this);
}

void WriteConfirmer::read()
{
    // A request of its own: the write's connection may be the one that broke.
    m_current = m_client->getTaskConfig(m_api);
    onFinished(m_current.data(), this, [this](ApiReply* reply) {
        m_current.clear();
        if (!reply->ok() || !reply->json().isObject())
            return readAgainOr(Outcome::Unknown, TaskConfig());
        const TaskConfig now(reply->json().toObject());
        if (now.differingOwnedKeys(m_target).isEmpty())
            return Q_EMIT settled(Outcome::Applied, now, m_clock.elapsed());
        if (now.differingKeys(m_before).isEmpty())
            return readAgainOr(Outcome::NotApplied, now);
        // Neither ours nor the old: someone else saved in between. Waiting would not tell more.
        Q_EMIT settled(Outcome::Unknown, now, m_clock.elapsed());
    });
}

void WriteConfirmer::readAgainOr(Outcome outcome, const TaskConfig& now)
{
    // Only a lost answer leaves the write possibly still on its way; a read that failed is tried
    // again within the same bound.
    const bool mayStillChange = m_answerLost || outcome == Outcome::Unknown;
    const qint64 left = m_waitMs - m_clock.elapsed();
    if (mayStillChange && left > 0) {
        m_next.start(static_cast<int>(qMin<qint64>(kReadIntervalMs, left)));
        return;
    }
    Q_EMIT settled(outcome, now, m_clock.elapsed());
}

} // namespace tma
