#include "PlainToolTip.h"

#include <QTextDocument>

namespace tma {

QString PlainToolTip::of(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    // pre-wrap: line breaks and runs of spaces as typed, long lines still wrapped.
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace tma
