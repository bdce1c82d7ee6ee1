#include "SampleChat.h"

#include <QJsonObject>

namespace tma {
namespace {

QJsonObject message(const char* role, const QString& content)
{
    return QJsonObject{{QStringLiteral("role"), QLatin1String(role)}, {QStringLiteral("content"), content}};
}

} // namespace

QJsonArray SampleChat::conversation()
{
    return QJsonArray{
        message("user", tr("How do I keep basil alive on a windowsill in winter?")),
        message("assistant", tr("Give it 6+ hours of light, water when the top soil is dry, keep it "
                                "away from cold glass, and pinch off flower buds."))};
}

QJsonArray SampleChat::withNextQuestion()
{
    QJsonArray messages = conversation();
    messages.append(message("user", tr("How often should I water it? Answer in one sentence.")));
    return messages;
}

QString SampleChat::typedPrompt()
{
    return tr("How often should I water", "the start of a question, as typed so far");
}

} // namespace tma
