#include "TrayText.h"

#include "ElidedName.h"
#include "Preset.h"

#include <QApplication>
#include <QFontMetrics>

namespace tma {

QString TrayText::shownName(const QString& name)
{
    const QFontMetrics metrics(QApplication::font("QMenu"));
    return ElidedName::inText(name, metrics, ElidedName::defaultWidth(metrics));
}

QString TrayText::menuName(const QString& name)
{
    return shownName(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString TrayText::shownSentence(const QString& sentence, const QStringList& names)
{
    const QFontMetrics metrics(QApplication::font("QMenu"));
    return ElidedName::inSentence(sentence, names, metrics, ElidedName::defaultWidth(metrics));
}

QString TrayText::presetSummary(const Preset& preset)
{
    return shownSentence(preset.summary(), {preset.taskModel.value_or(QString()),
                                            preset.taskModelExternal.value_or(QString())});
}

} // namespace tma
