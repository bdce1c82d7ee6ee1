#pragma once

#include <QFontMetrics>
#include <QString>
#include <QStringList>

#include <functional>

namespace tma {

// A server's name (model id, server name) as a widget shows it: neutralised (DisplayText: controls
// and bidi overrides visible, never acting), shortened in the middle to a width so a 300-character
// id cannot widen a menu, a combo box or the wizard, and, inside our sentences, isolated so a
// right-to-left name cannot reorder the words around it. The full name goes into a tooltip.
class ElidedName
{
public:
    // About 40 characters of this font: long enough for every real model id.
    static int defaultWidth(const QFontMetrics& metrics);

    // Alone in a cell, a combo item or a menu entry of its own: it is its own paragraph, so it
    // is not isolated (nothing around it to reorder).
    static QString alone(const QString& name, const QFontMetrics& metrics, int width);
    // Put into one of our sentences: also isolated.
    static QString inText(const QString& name, const QFontMetrics& metrics, int width);
    // A whole sentence that core built with server names in it (a warning, a verdict, an error):
    // the sentence neutralised, each of `names` found in it elided and isolated.
    static QString inSentence(const QString& sentence, const QStringList& names, const QFontMetrics& metrics,
                              int width);

    // The same for names known to fit (the caller's own check): nothing is measured, so no font
    // has to be loaded.
    static QString inTextUncut(const QString& name);
    static QString inSentenceUncut(const QString& sentence, const QStringList& names);

private:
    static QString inSentence(const QString& sentence, const QStringList& names,
                              const std::function<QString(const QString&)>& shown);
};

} // namespace tma
