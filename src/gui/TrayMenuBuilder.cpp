#include "TrayMenuBuilder.h"

#include "TrayController.h"

#include <QAction>
#include <QMenu>

namespace tma {

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
        if (entry.kind == TrayEntry::Kind::Quit)
            action->setMenuRole(QAction::QuitRole);
        QObject::connect(action, &QAction::triggered, controller, [controller, entry]() { controller->activate(entry); });
    }
    menu->setToolTipsVisible(true);
}

} // namespace tma
