#include "TrayMenuBuilder.h"

#include "TrayController.h"

#include <QAction>
#include <QMenu>

namespace tma {

QAction::MenuRole TrayMenuBuilder::menuRole(TrayEntry::Kind kind)
{
    // On macOS, Quit and About belong in the application menu; every other entry stays where it
    // is: the default (text heuristics) would move "Save current settings as preset…" there too.
    switch (kind) {
    case TrayEntry::Kind::Quit:
        return QAction::QuitRole;
    case TrayEntry::Kind::About:
        return QAction::AboutRole;
    default:
        return QAction::NoRole;
    }
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
