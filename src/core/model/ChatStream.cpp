#include "ChatStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tma {
namespace {

QString errorText(const QJsonValue& error)
{
    if (error.isString())
        return error.toString().left(500);
    const QJsonObject object = error.toObject();
    for (const char* key : {"message", "detail"}) {
        if (object.value(QLatin1String(key)).isString())
            return object.value(QLatin1String(key)).toString().left(500);
    }
    return QStringLiteral("error");
}

} // namespace

bool ChatStream::addLine(const QByteArray& line)
{
    if (m_state == State::Done || m_state == State::Failed)
        return false;
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(':'))
        return false; // a keep-alive comment
    if (trimmed.startsWith("data:")) {
        const QByteArray payload = trimmed.mid(5).trimmed();
        if (payload == "[DONE]") {
            m_state = State::Done;
            return false;
        }
        return addChunk(payload);
    }
    if (trimmed.startsWith("event:") || trimmed.startsWith("id:") || trimmed.startsWith("retry:"))
        return false;
    // Not an event: the server answered with plain JSON after all (an error, or `null` where
    // 0.6.22-0.10 swallow an unreachable provider).
    return addChunk(trimmed);
}

bool ChatStream::addChunk(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_state = State::Failed;
        m_error = document.isNull() && parseError.error == QJsonParseError::NoError
                      ? QStringLiteral("null")
                      : QString::fromUtf8(json.left(200));
        return false;
    }
    const QJsonObject chunk = document.object();
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        m_state = State::Failed;
        m_error = errorText(error);
        return false;
    }
    if (chunk.value(QLatin1String("detail")).isString() && !chunk.contains(QLatin1String("choices"))) {
        m_state = State::Failed;
        m_error = chunk.value(QLatin1String("detail")).toString().left(500);
        return false;
    }
    const QJsonObject choice = chunk.value(QLatin1String("choices")).toArray().at(0).toObject();
    // A stream's chunks carry a delta; a whole answer (not streamed after all) a message.
    const QJsonObject part = choice.contains(QLatin1String("delta"))
                                 ? choice.value(QLatin1String("delta")).toObject()
                                 : choice.value(QLatin1String("message")).toObject();
    const QString text = part.value(QLatin1String("content")).toString();
    const bool first = !text.isEmpty() && m_textChars == 0;
    m_textChars += text.size();
    if (first)
        m_state = State::Answering;
    const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
    if (finish.isString() && !finish.toString().isEmpty())
        m_state = State::Done;
    return first;
}

} // namespace tma
