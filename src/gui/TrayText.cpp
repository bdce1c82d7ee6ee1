#include "TrayText.h"

#include "ElidedName.h"
#include "Preset.h"

#include <QApplication>
#include <QFontMetrics>

#include <algorithm>

namespace tma {

namespace {

// About 40 characters of room: a name of 20 UTF-16 units fits even in glyphs twice the average
// width (CJK), so it is never cut and needs no measuring. Measuring loads the font database, which
// the tray's start would otherwise pay for (the menu is not shown yet).
bool fitsUnmeasured(const QString& name)
{
    return name.size() <= 20;
}

} // namespace

QString TrayText::shownName(const QString& name)
{
    if (fitsUnmeasured(name))
        return ElidedName::inTextUncut(name);
    const QFontMetrics metrics(QApplication::font("QMenu"));
    return ElidedName::inText(name, metrics, ElidedName::defaultWidth(metrics));
}

QString TrayText::menuName(const QString& name)
{
    return shownName(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString TrayText::shownSentence(const QString& sentence, const QStringList& names)
{
    if (std::all_of(names.cbegin(), names.cend(), fitsUnmeasured)) // no name to cut: nothing measured
        return ElidedName::inSentenceUncut(sentence, names);
    const QFontMetrics metrics(QApplication::font("QMenu"));
    return ElidedName::inSentence(sentence, names, metrics, ElidedName::defaultWidth(metrics));
}

QString TrayText::presetSummary(const Preset& preset)
{
    return shownSentence(preset.summary(), {preset.taskModel.value_or(QString()),
                                            preset.taskModelExternal.value_or(QString())});
}

} // namespace tma
