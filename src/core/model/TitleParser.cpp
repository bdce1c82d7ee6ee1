#include "TitleParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tma {

QString parseTitle(const QString& content)
{
    QString text = content.trimmed();
    // Reasoning models wrap their thoughts in <think>...</think>; the answer is after it.
    const qsizetype thinkEnd = text.lastIndexOf(QLatin1String("</think>"));
    if (thinkEnd >= 0)
        text = text.mid(thinkEnd + 8).trimmed();
    const qsizetype open = text.indexOf(QLatin1Char('{'));
    const qsizetype close = text.lastIndexOf(QLatin1Char('}'));
    if (open >= 0 && close > open) {
        const QJsonDocument document = QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8());
        const QString title = document.object().value(QLatin1String("title")).toString().trimmed();
        if (!title.isEmpty())
            return title.left(200);
    }
    while (!text.isEmpty() && (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\''))))
        text.remove(0, 1);
    while (!text.isEmpty() && (text.endsWith(QLatin1Char('"')) || text.endsWith(QLatin1Char('\''))))
        text.chop(1);
    return text.section(QLatin1Char('\n'), 0, 0).trimmed().left(200);
}

} // namespace tma
