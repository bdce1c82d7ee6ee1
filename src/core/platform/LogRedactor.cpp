#include "LogRedactor.h"

#include <QRegularExpression>
#include <QtGlobal>

namespace tma {
namespace {

QtMessageHandler s_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString safe = LogRedactor::redact(message);
    if (s_previous)
        s_previous(type, context, safe);
}

} // namespace

QString LogRedactor::redact(const QString& text)
{
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression apiKey(QStringLiteral("\\bsk-[A-Za-z0-9_\\-]{3,}"));
    static const QRegularExpression jwt(QStringLiteral("\\beyJ[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]*"));
    static const QRegularExpression field(
        QStringLiteral("(\"(?:password|token|api_key|key|OPENAI_API_KEYS)\"\\s*:\\s*)(\"[^\"]*\"|\\[[^\\]]*\\])"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(bearer, QStringLiteral("\\1<redacted>"));
    result.replace(jwt, QStringLiteral("<redacted-token>"));
    result.replace(apiKey, QStringLiteral("sk-<redacted>"));
    result.replace(field, QStringLiteral("\\1\"<redacted>\""));
    return result;
}

void LogRedactor::install()
{
    s_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace tma
