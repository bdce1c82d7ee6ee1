#include "ElidedName.h"

#include "DisplayText.h"

#include <algorithm>

namespace tma {

int ElidedName::defaultWidth(const QFontMetrics& metrics)
{
    return metrics.averageCharWidth() * 40;
}

QString ElidedName::alone(const QString& name, const QFontMetrics& metrics, int width)
{
    // Middle: an id's family (the start) and its size tag (the end) both tell models apart.
    return metrics.elidedText(DisplayText::neutralised(name), Qt::ElideMiddle, width);
}

QString ElidedName::inText(const QString& name, const QFontMetrics& metrics, int width)
{
    // Elided before it is isolated: elision must not cut the closing isolate off.
    return DisplayText::isolated(alone(name, metrics, width));
}

QString ElidedName::inTextUncut(const QString& name)
{
    return DisplayText::isolated(DisplayText::neutralised(name));
}

QString ElidedName::inSentence(const QString& sentence, const QStringList& names, const QFontMetrics& metrics,
                               int width)
{
    return inSentence(sentence, names, [&](const QString& name) { return inText(name, metrics, width); });
}

QString ElidedName::inSentenceUncut(const QString& sentence, const QStringList& names)
{
    return inSentence(sentence, names, inTextUncut);
}

QString ElidedName::inSentence(const QString& sentence, const QStringList& names,
                               const std::function<QString(const QString&)>& shown)
{
    // Longest first, so a name that contains another is replaced whole. Each is swapped for a
    // private-use placeholder, the sentence neutralised, and the placeholders filled in.
    QStringList sorted = names;
    sorted.removeAll(QString());
    sorted.removeDuplicates();
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QString text = sentence;
    for (qsizetype i = 0; i < sorted.size(); ++i)
        text.replace(sorted.at(i), QChar(static_cast<char16_t>(0xe000 + i)));
    text = DisplayText::neutralised(text);
    for (qsizetype i = 0; i < sorted.size(); ++i)
        text.replace(QChar(static_cast<char16_t>(0xe000 + i)), shown(sorted.at(i)));
    return text;
}

} // namespace tma
