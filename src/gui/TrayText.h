#pragma once

#include <QString>
#include <QStringList>

namespace tma {

class Preset;

// Server names as the tray shows them, in its menu and its notifications alike: cut to about 40
// characters of the menu's font, so a long one cannot widen the menu (or a notification) to the
// screen. Shared by the menu model and the controller, which word the same names.
class TrayText
{
public:
    // A name put into one of our sentences.
    static QString shownName(const QString& name);
    // A name as a menu entry's text: in a menu, '&' would mark a shortcut; doubled, it is shown.
    static QString menuName(const QString& name);
    // A sentence core built around server names (a summary, a warning, a verdict), names cut.
    static QString shownSentence(const QString& sentence, const QStringList& names);
    // What the preset sets, with its model names cut.
    static QString presetSummary(const Preset& preset);
};

} // namespace tma
