#include "TrayMenuBuilder.h"

#include "ServerAddress.h"
#include "TrayController.h"

#include <QHash>
#include <QMenu>

namespace tma {
namespace {

const char* const kKeyProperty = "trayEntryKey";

// What makes an entry the same line from one build to the next: its kind, server and preset,
// never its text or state (those change while the menu is open: "reading…", the check mark).
QString identity(const TrayEntry& entry)
{
    const QString server = entry.server.isEmpty() ? QString() : ServerAddress(entry.server).key();
    if (entry.kind == TrayEntry::Kind::Preset)
        return QStringLiteral("preset|%1|%2").arg(server, entry.presetId);
    return QStringLiteral("%1|%2").arg(static_cast<int>(entry.kind)).arg(server);
}

} // namespace

QAction::MenuRole TrayMenuBuilder::menuRole(TrayEntry::Kind)
{
    // NoRole for every entry, Quit and About included: on macOS an action with QuitRole or
    // AboutRole (or a text the heuristics take for one, like "Save current settings…" for
    // Preferences) is moved into the application menu — and this app, a menu-bar agent
    // (LSUIElement), has no visible application menu, so the entry would simply vanish.
    return QAction::NoRole;
}

QAction* TrayMenuBuilder::create(QMenu* menu, const TrayEntry& entry, const QString& key,
                                 TrayController* controller)
{
    auto* action = new QAction(menu);
    action->setProperty(kKeyProperty, key);
    // A server header is a section: a separator with the server's name.
    action->setSeparator(entry.kind == TrayEntry::Kind::Separator ||
                         entry.kind == TrayEntry::Kind::ServerHeader);
    action->setObjectName(entry.kind == TrayEntry::Kind::Preset
                              ? QStringLiteral("preset:") + entry.presetId
                              : QStringLiteral("tray:%1").arg(static_cast<int>(entry.kind)));
    action->setMenuRole(menuRole(entry.kind));
    // The key is the entry's identity, so what activate() needs (kind, server, preset) never
    // changes for this action: capturing the entry once stays right across updates.
    QObject::connect(action, &QAction::triggered, controller,
                     [controller, entry]() { controller->activate(entry); });
    return action;
}

void TrayMenuBuilder::update(QAction* action, const TrayEntry& entry)
{
    if (entry.kind == TrayEntry::Kind::Separator)
        return;
    action->setText(entry.text);
    action->setToolTip(entry.toolTip);
    if (entry.kind == TrayEntry::Kind::ServerHeader)
        return;
    action->setCheckable(entry.checkable);
    action->setChecked(entry.checked);
    action->setEnabled(entry.enabled);
}

void TrayMenuBuilder::build(QMenu* menu, const QList<TrayEntry>& entries, TrayController* controller)
{
    QHash<QString, QAction*> existing;
    const QList<QAction*> before = menu->actions();
    for (QAction* action : before) {
        const QString key = action->property(kKeyProperty).toString();
        if (key.isEmpty() || existing.contains(key)) { // not one of ours: it has no entry
            menu->removeAction(action);
            continue;
        }
        existing.insert(key, action);
    }

    QList<QAction*> wanted;
    QHash<QString, int> seen; // the same identity twice (two separators, say): numbered in order
    for (const TrayEntry& entry : entries) {
        const QString base = identity(entry);
        const QString key = QStringLiteral("%1#%2").arg(base).arg(seen[base]++);
        QAction* action = existing.take(key);
        if (!action)
            action = create(menu, entry, key, controller);
        update(action, entry);
        wanted << action;
    }
    // What is left has no entry any more. Later, not now: it may be the action being triggered.
    for (QAction* gone : std::as_const(existing)) {
        menu->removeAction(gone);
        gone->deleteLater();
    }
    // In order, moving only what is out of place (an action already in the menu is moved, not copied).
    for (int i = 0; i < wanted.size(); ++i) {
        const QList<QAction*> now = menu->actions();
        if (i < now.size() && now.at(i) == wanted.at(i))
            continue;
        menu->insertAction(i < now.size() ? now.at(i) : nullptr, wanted.at(i));
    }
    menu->setToolTipsVisible(true);
}

} // namespace tma
