#include "FakeChatChunks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace tma::test::fake {
namespace {

constexpr qint64 kCreated = 1700000000;

QByteArray event(const QJsonObject& chunk)
{
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n";
}

QJsonObject chunk(const QString& id, const QString& model, const QJsonObject& choice)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("created"), kCreated},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("choices"), QJsonArray{choice}},
                       {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")}};
}

QJsonObject choice(const QJsonValue& delta, const QJsonValue& finishReason)
{
    QJsonObject object{{QStringLiteral("index"), 0},
                       {QStringLiteral("logprobs"), QJsonValue::Null},
                       {QStringLiteral("finish_reason"), finishReason}};
    if (!delta.isUndefined())
        object.insert(QStringLiteral("delta"), delta);
    return object;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QByteArrayList FakeChatChunks::fromOllama(FakeProfile profile, const QString& model, const QStringList& words)
{
    QByteArrayList lines;
    for (const QString& word : words) {
        lines << event(chunk(QStringLiteral("%1-%2").arg(model, uuid()), model,
                             choice(QJsonObject{{QStringLiteral("content"), word}}, QJsonValue::Null)));
    }
    // Ollama's done line: its content is forced to None (utils/response.py).
    QJsonObject last = chunk(
        QStringLiteral("%1-%2").arg(model, uuid()), model,
        choice(profile == FakeProfile::V0_4 ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonObject{}),
               QStringLiteral("stop")));
    if (profile != FakeProfile::V0_4)
        last.insert(QStringLiteral("usage"),
                    QJsonObject{{QStringLiteral("prompt_tokens"), 24},
                                {QStringLiteral("completion_tokens"), words.size()},
                                {QStringLiteral("total_tokens"), 24 + words.size()}});
    lines << event(last) << QByteArrayLiteral("data: [DONE]\n");
    return lines;
}

QByteArrayList FakeChatChunks::fromProvider(const QString& model, const QStringList& words)
{
    const QString id = QStringLiteral("chatcmpl-%1").arg(uuid());
    QByteArrayList lines;
    lines << event(chunk(id, model,
                         choice(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                            {QStringLiteral("content"), QString()}},
                                QJsonValue::Null)));
    for (const QString& word : words)
        lines << event(
            chunk(id, model, choice(QJsonObject{{QStringLiteral("content"), word}}, QJsonValue::Null)));
    lines << event(chunk(id, model, choice(QJsonObject{}, QStringLiteral("stop"))))
          << QByteArrayLiteral("data: [DONE]\n");
    return lines;
}

} // namespace tma::test::fake
