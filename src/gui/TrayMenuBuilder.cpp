#include "TrayMenuBuilder.h"

#include "TrayController.h"

#include <QAction>
#include <QMenu>

namespace tma {

QAction::MenuRole TrayMenuBuilder::menuRole(TrayEntry::Kind)
{
    // NoRole for every entry, Quit and About included: on macOS an action with QuitRole or
    // AboutRole (or a text the heuristics take for one, like "Save current settings…" for
    // Preferences) is moved into the application menu — and this app, a menu-bar agent
    // (LSUIElement), has no visible application menu, so the entry would simply vanish.
    return QAction::NoRole;
}

void TrayMenuBuilder::build(QMenu* menu, const QList<TrayEntry>& entries, TrayController* controller)
{
    menu->clear();
    for (const TrayEntry& entry : entries) {
        if (entry.kind == TrayEntry::Kind::Separator) {
            menu->addSeparator();
            continue;
        }
        if (entry.kind == TrayEntry::Kind::ServerHeader) {
            menu->addSection(entry.text)->setToolTip(entry.toolTip);
            continue;
        }
        QAction* action = menu->addAction(entry.text);
        action->setObjectName(entry.kind == TrayEntry::Kind::Preset ? QStringLiteral("preset:") + entry.presetId
                                                                     : QStringLiteral("tray:%1").arg(static_cast<int>(entry.kind)));
        action->setToolTip(entry.toolTip);
        action->setCheckable(entry.checkable);
        action->setChecked(entry.checked);
        action->setEnabled(entry.enabled);
        action->setMenuRole(menuRole(entry.kind));
        QObject::connect(action, &QAction::triggered, controller, [controller, entry]() { controller->activate(entry); });
    }
    menu->setToolTipsVisible(true);
}

} // namespace tma
