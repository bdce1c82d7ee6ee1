#pragma once

#include <QString>

namespace tma {

// A tooltip that shows its text as it is. Qt takes a tooltip for HTML when Qt::mightBeRichText()
// says so, which a model named "<img src=…>" satisfies; such a text is escaped and wrapped, so it
// is shown literally. Any other text is passed on unchanged: where a platform shows tooltips
// natively (a macOS menu), it shows plain text, and HTML would appear as tags.
class PlainToolTip
{
public:
    static QString of(const QString& text);
};

} // namespace tma
