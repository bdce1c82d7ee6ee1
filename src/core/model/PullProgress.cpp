#include "PullProgress.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tma {

void PullProgress::addLine(const QByteArray& line)
{
    if (m_state != State::Running)
        return;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return;
    m_sawJson = true;
    const QJsonObject object = document.object();
    // An error line arrives with HTTP 200: it is the failure, whatever came before.
    const QJsonValue error = object.value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        m_state = State::Failed;
        m_error = error.isString() ? error.toString().left(500) : QStringLiteral("error");
        return;
    }
    const QString status = object.value(QLatin1String("status")).toString().left(200);
    if (!status.isEmpty())
        m_status = status;
    const QString digest = object.value(QLatin1String("digest")).toString().left(200);
    const double total = object.value(QLatin1String("total")).toDouble(-1);
    if (!digest.isEmpty() && total > 0 && total < 1e15 && m_layers.size() < 1000) {
        Layer& layer = m_layers[digest];
        layer.total = static_cast<qint64>(total);
        const double done = object.value(QLatin1String("completed")).toDouble(0);
        layer.completed = static_cast<qint64>(qBound(0.0, done, static_cast<double>(layer.total)));
    }
    if (status == QLatin1String("success"))
        m_state = State::Succeeded;
}

qint64 PullProgress::completed() const
{
    qint64 sum = 0;
    for (const Layer& layer : m_layers)
        sum += layer.completed;
    return sum;
}

qint64 PullProgress::total() const
{
    qint64 sum = 0;
    for (const Layer& layer : m_layers)
        sum += layer.total;
    return sum;
}

int PullProgress::percent() const
{
    const qint64 all = total();
    if (all <= 0)
        return m_state == State::Succeeded ? 100 : -1;
    return static_cast<int>(static_cast<double>(completed()) * 100.0 / static_cast<double>(all));
}

} // namespace tma
