#include "TrayMenuModel.h"

#include "DisplayText.h"
#include "PlainToolTip.h"
#include "StartAtLogin.h"
#include "TrayText.h"

#include <algorithm>

namespace tma {

QList<Preset> TrayMenuModel::presetsFor(const QUrl& server) const
{
    const SavedServerSessions::Server* saved = m_sessions->find(server);
    return saved ? saved->presets : QList<Preset>();
}

QString TrayMenuModel::serverTitle(const SavedServerSessions::Server& state) const
{
    QString title = state.connected ? TrayText::menuName(state.session.server.displayName())
                                    : state.profile.url.toString();
    if (state.connected) // a pattern: CJK puts the host in full-width parentheses
        title = tr("%1 (%2)", "a server's name, then its host").arg(title, state.profile.url.host());
    if (state.loading)
        return tr("%1 — reading…").arg(title);
    if (!state.error.isEmpty())
        return tr("%1 — problem").arg(title);
    return title;
}

QList<TrayEntry> TrayMenuModel::entries(bool busy) const
{
    QList<TrayEntry> list;
    for (const SavedServerSessions::Server* saved : m_sessions->servers()) {
        const SavedServerSessions::Server& state = *saved;
        const QUrl server = state.profile.url;
        TrayEntry header;
        header.kind = TrayEntry::Kind::ServerHeader;
        header.server = server;
        header.text = serverTitle(state);
        header.toolTip = PlainToolTip::of(DisplayText::neutralised(state.error));
        header.enabled = false;
        list << header;

        // Only one preset is checked: the first that matches what the server has now.
        bool checkedOne = false;
        const QList<Preset> presets = presetsFor(server);
        for (const Preset& preset : presets) {
            TrayEntry entry;
            entry.kind = TrayEntry::Kind::Preset;
            entry.server = server;
            entry.presetId = preset.id;
            entry.checkable = true;
            switch (preset.kind) {
            case Preset::Kind::Local:
                entry.text = tr("Lightweight local model: %1")
                                 .arg(TrayText::menuName(preset.taskModel.value_or(QString())));
                break;
            case Preset::Kind::Hosted:
                entry.text = tr("Hosted endpoint: %1")
                                 .arg(TrayText::menuName(preset.taskModelExternal.value_or(QString())));
                break;
            case Preset::Kind::Quiet:
                entry.text = tr("Disable automations");
                break;
            case Preset::Kind::Original:
                entry.text = tr("Restore settings from before the assistant");
                break;
            case Preset::Kind::Custom:
                entry.text = TrayText::menuName(preset.shownName());
                break;
            }
            entry.toolTip = PlainToolTip::of(TrayText::presetSummary(preset));
            if (!state.config.isEmpty() && !checkedOne && preset.matches(state.config)) {
                entry.checked = true;
                checkedOne = true;
            }
            entry.enabled = !busy;
            list << entry;
        }
        TrayEntry test;
        test.kind = TrayEntry::Kind::Test;
        test.server = server;
        test.text = tr("Test now");
        test.enabled = !busy;
        TrayEntry save;
        save.kind = TrayEntry::Kind::SavePreset;
        save.server = server;
        save.text = tr("Save current settings as preset…");
        save.enabled = !busy && !state.config.isEmpty();
        TrayEntry open;
        open.kind = TrayEntry::Kind::OpenAssistant;
        open.server = server;
        open.text = tr("Open assistant…");
        TrayEntry forget;
        forget.kind = TrayEntry::Kind::ForgetServer;
        forget.server = server;
        forget.text = tr("Forget this server…");
        forget.enabled = !busy;
        list << test << save << open << forget << TrayEntry();
    }
    if (m_sessions->servers().isEmpty()) {
        TrayEntry open;
        open.kind = TrayEntry::Kind::OpenAssistant;
        open.text = tr("Open assistant…");
        list << open << TrayEntry();
    }
    TrayEntry login;
    login.kind = TrayEntry::Kind::StartAtLogin;
    login.text = tr("Start at login");
    login.checkable = true;
    login.checked = StartAtLogin::isEnabled();
    TrayEntry about;
    about.kind = TrayEntry::Kind::About;
    about.text = tr("About Task Model Assistant");
    TrayEntry quit;
    quit.kind = TrayEntry::Kind::Quit;
    quit.text = tr("Quit");
    list << login << about << quit;
    return list;
}

TrayMenuModel::State TrayMenuModel::state(bool busy) const
{
    if (busy)
        return State::Busy;
    bool allMatch = !m_sessions->servers().isEmpty();
    for (const SavedServerSessions::Server* saved : m_sessions->servers()) {
        const SavedServerSessions::Server& state = *saved;
        if (!state.error.isEmpty())
            return State::Error;
        bool matches = false;
        if (!state.config.isEmpty()) {
            const QList<Preset> presets = presetsFor(state.profile.url);
            matches = std::any_of(presets.begin(), presets.end(),
                                  [&state](const Preset& preset) { return preset.matches(state.config); });
        }
        allMatch = allMatch && matches;
    }
    return allMatch ? State::Applied : State::Unknown;
}

QString TrayMenuModel::toolTip() const
{
    QStringList lines{tr("Task Model Assistant")};
    for (const SavedServerSessions::Server* saved : m_sessions->servers()) {
        const SavedServerSessions::Server& state = *saved;
        if (state.config.isEmpty()) {
            lines << tr("%1: not read yet").arg(state.profile.url.toString());
            continue;
        }
        auto slot = [](const QString& id) {
            return id.isEmpty() ? tr("Current Model") : TrayText::shownName(id);
        };
        lines << tr("%1: task models %2 (local chats), %3 (external chats)")
                     .arg(state.profile.url.host(), slot(state.config.taskModel()),
                          slot(state.config.taskModelExternal()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tma
