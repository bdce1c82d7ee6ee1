#include "TrayController.h"

#include "ProbeReport.h"
#include "ServerForgetter.h"

#include "BackupStore.h"
#include "ConfigApplier.h"
#include "DisplayText.h"
#include "LogCategories.h"
#include "OpenWebUiClient.h"
#include "PresetStore.h"
#include "SecretStore.h"
#include "ServerAddress.h"
#include "SettingsReader.h"
#include "StartAtLogin.h"
#include "TaskProbe.h"
#include "TrayText.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace tma {
namespace {

QString seconds(qint64 ms)
{
    return TrayController::tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 2));
}

// One slot's outcome in a sentence of its own per slot, so each language can order it as it needs.
QString testLine(const ProbeResult& result)
{
    const bool local = result.slot == ProbeResult::Slot::Local;
    switch (result.outcome) {
    case ProbeResult::Outcome::Answered:
        return (local ? TrayController::tr("Chats with local models: %1 wrote a title in %2.")
                      : TrayController::tr("Chats with external models: %1 wrote a title in %2."))
            .arg(TrayText::shownName(result.answeredBy), seconds(result.elapsedMs));
    case ProbeResult::Outcome::Disabled:
        return local ? TrayController::tr("Chats with local models: title generation is off.")
                     : TrayController::tr("Chats with external models: title generation is off.");
    case ProbeResult::Outcome::Failed:
        return (local ? TrayController::tr("Chats with local models: the test task failed. %1")
                      : TrayController::tr("Chats with external models: the test task failed. %1"))
            .arg(DisplayText::neutralised(result.error.message()));
    case ProbeResult::Outcome::NoChatModel:
        break;
    }
    return {};
}

// What a test found, one line per finding, worded in the language shown now.
QString testReport(const QList<ProbeResult>& results)
{
    QStringList lines;
    for (const ProbeResult& result : results) {
        if (const QString line = testLine(result); !line.isEmpty())
            lines << line;
        if (const QString verdict = ProbeReport::verdictSentence(result); !verdict.isEmpty())
            lines << TrayText::shownSentence(verdict,
                                             {result.chatModel, result.expectedTaskModel, result.answeredBy});
        if (const QString memory = ProbeReport::residencySentence(result.residency); !memory.isEmpty())
            lines << TrayText::shownSentence(memory,
                                             {result.residency.chatModel, result.residency.taskModel});
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TrayController::TrayController(SecretStore* secrets, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_sessions(new SavedServerSessions(secrets, this)),
      m_menu(m_sessions)
{
    connect(m_sessions, &SavedServerSessions::changed, this, &TrayController::entriesChanged);
}

TrayController::~TrayController() = default;

void TrayController::refresh()
{
    m_sessions->reload(m_busyServer);
    for (const Server* server : m_sessions->servers())
        m_sessions->readSettings(server->profile.url);
    Q_EMIT entriesChanged();
}

void TrayController::setBusy(const QString& serverKey)
{
    m_busyServer = serverKey;
    Q_EMIT entriesChanged();
}

void TrayController::activate(const TrayEntry& entry)
{
    qCInfo(lcTray, "menu entry kind %d, server %s, preset %s", static_cast<int>(entry.kind),
           qUtf8Printable(entry.server.toDisplayString(QUrl::RemoveUserInfo)),
           qUtf8Printable(entry.presetId));
    switch (entry.kind) {
    case TrayEntry::Kind::Preset: return switchPreset(entry.server, entry.presetId);
    case TrayEntry::Kind::Test: return testNow(entry.server);
    case TrayEntry::Kind::SavePreset: Q_EMIT savePresetRequested(entry.server); return;
    case TrayEntry::Kind::OpenAssistant: Q_EMIT openAssistantRequested(entry.server); return;
    case TrayEntry::Kind::ForgetServer: {
        const Server* state = m_sessions->find(entry.server);
        Q_EMIT forgetServerRequested(
            entry.server, state && state->connected ? state->session.server.displayName() : QString());
        return;
    }
    case TrayEntry::Kind::StartAtLogin: {
        QString error;
        if (!StartAtLogin::setEnabled(!StartAtLogin::isEnabled(), &error))
            tell([] { return tr("Start at login"); }, [error] { return error; }, true);
        Q_EMIT entriesChanged();
        return;
    }
    case TrayEntry::Kind::About:
        Q_EMIT aboutRequested();
        return;
    case TrayEntry::Kind::Quit: Q_EMIT quitRequested(); return;
    case TrayEntry::Kind::ServerHeader:
    case TrayEntry::Kind::Separator: return;
    }
}

void TrayController::switchPreset(const QUrl& server, const QString& presetId)
{
    if (isBusy()) // a double-click or a second item while a switch runs: ignore, never apply twice
        return;
    const QList<Preset> presets = presetsFor(server);
    const auto found = std::find_if(presets.begin(), presets.end(), [&presetId](const Preset& p) { return p.id == presetId; });
    if (found == presets.end())
        return;
    const Preset preset = *found;
    setBusy(ServerAddress(server).key());
    auto fail = [this, preset](const ApiError& error) {
        setBusy({});
        tell(
            [preset] {
                return tr("Could not switch to \"%1\"").arg(TrayText::shownName(preset.shownName()));
            },
            [error] { return DisplayText::neutralised(error.message()); }, true);
    };
    m_sessions->withSession(
        server,
        [this, preset, fail](Server* state) {
            if (!preset.connection)
                return applyPreset(state, preset, {});
            const QString keyRef = preset.connection->keychainKey();
            const QUrl url = state->profile.url;
            m_secrets->read(keyRef, this, [this, url, preset, fail](const SecretStore::Result& result) {
                Server* current = m_sessions->find(url);
                if (!current)
                    return;
                if (!result.ok)
                    return fail(ApiError(ApiError::Kind::Invalid,
                                         result.error.isEmpty() ? tr("The provider's key is not in the keychain: "
                                                                     "open the assistant to enter it.")
                                                                : result.error));
                applyPreset(current, preset, result.secret);
            });
        },
        fail);
}

void TrayController::applyPreset(Server* state, const Preset& preset, const QString& providerKey)
{
    const QUrl server = state->profile.url;
    auto* applier =
        new ConfigApplier(state->client, state->session, std::make_unique<BackupStore>(server), this);
    applier->setProviderKey(providerKey);
    if (preset.kind == Preset::Kind::Original) {
        if (std::optional<Backup> original = applier->backups().original())
            applier->restoreFrom(*original);
    }
    if (!state->config.isEmpty())
        applier->setExpected(state->config); // what the menu showed: don't overwrite someone else's change
    connect(applier, &ConfigApplier::finished, this,
            [this, server, preset, applier](const ConfigApplier::Report& report) {
                if (Server* current = m_sessions->find(server))
                    current->config = report.after;
                if (preset.kind == Preset::Kind::Local || preset.kind == Preset::Kind::Hosted)
                    ServerProfiles::rememberApplied(server, preset.toJson());
                m_sessions->reload(
                    m_busyServer); // a first change makes the "original" backup: offer the restore
                setBusy({});
                // The same warnings as the wizard's and the CLI's (a task model regular users may not
                // use, say), each its own line under the summary.
                tell(
                    [preset, already = report.alreadyApplied] {
                        return already ? tr("Already in use: %1").arg(TrayText::shownName(preset.shownName()))
                                       : tr("Switched to %1").arg(TrayText::shownName(preset.shownName()));
                    },
                    [preset, report] {
                        QStringList lines{TrayText::presetSummary(preset)};
                        if (const QString late = ConfigApplier::serverStateText(report, true);
                            !late.isEmpty())
                            lines << late;
                        for (const PresetIssue& issue : report.warnings)
                            lines << TrayText::shownSentence(issue.message, {issue.modelId});
                        return lines.join(QLatin1Char('\n'));
                    },
                    false);
                applier->deleteLater();
            });
    connect(applier, &ConfigApplier::failed, this,
            [this, server, preset, applier](const ApiError& error, const ConfigApplier::Report& report) {
                if (Server* current = m_sessions->find(server)) {
                    if (!report.before.isEmpty())
                        current->config = report.serverUnchanged ? report.before : TaskConfig();
                    if (error.kind() == ApiError::Kind::SessionExpired)
                        current->connected = false;
                }
                setBusy({});
                tell(
                    [preset] {
                        return tr("Could not switch to \"%1\"").arg(TrayText::shownName(preset.shownName()));
                    },
                    [error, report] {
                        QStringList lines{DisplayText::neutralised(error.message()),
                                          ConfigApplier::serverStateText(report, false)};
                        if (!report.serverUnchanged)
                            lines << tr("Check the settings in the assistant.");
                        return lines.join(QLatin1Char('\n'));
                    },
                    true);
                applier->deleteLater();
            });
    applier->apply(preset);
}

void TrayController::tell(Wording title, Wording message, bool isError)
{
    m_lastNotice = {std::move(title), std::move(message), isError};
    Q_EMIT notify(m_lastNotice.title(), m_lastNotice.message(), isError);
}

void TrayController::testNow(const QUrl& server)
{
    if (isBusy())
        return;
    setBusy(ServerAddress(server).key());
    auto fail = [this](const ApiError& error) {
        setBusy({});
        tell([] { return tr("Test failed"); }, [error] { return DisplayText::neutralised(error.message()); },
             true);
    };
    m_sessions->withSession(
        server,
        [this, server, fail](Server* connected) {
            SettingsReader::read(
                connected->client, connected->session.server.taskApi, SettingsReader::Models::None, this,
                [this, server, fail](const SettingsReader::Result& settings) {
                    Server* state = m_sessions->find(server);
                    if (!state) // forgotten meanwhile (not by this tray, which is busy): nothing left to test
                        return setBusy({});
                    if (!settings.ok())
                        return fail(settings.error());
                    state->config = settings.config;
                    auto* probe = new TaskProbe(state->client, state->session.server.taskApi, this);
                    connect(probe, &TaskProbe::finished, this,
                            [this, probe](const QList<ProbeResult>& results) {
                                // Passed, but every task pushes the chat model out of memory: said as
                                // a problem, so the notification is not mistaken for good news.
                                const bool memoryWarns = std::any_of(
                                    results.begin(), results.end(), [](const ProbeResult& result) {
                                        return ProbeReport::residencyWarns(result.residency);
                                    });
                                const bool ok = ProbeReport::passed(results) && !memoryWarns;
                                setBusy({});
                                tell([ok] { return ok ? tr("Test passed") : tr("Test found a problem"); },
                                     [results] { return testReport(results); }, !ok);
                                probe->deleteLater();
                            });
                    connect(probe, &TaskProbe::failed, this, [fail, probe](const ApiError& error) {
                        probe->deleteLater();
                        fail(error);
                    });
                    probe->run(state->config);
                });
        },
        fail);
}

void TrayController::saveCurrentAsPreset(const QUrl& server, const QString& name)
{
    Server* state = m_sessions->find(server);
    if (!state || state->config.isEmpty() || name.trimmed().isEmpty())
        return;
    Preset preset;
    preset.name = name.trimmed();
    preset.id = preset.name.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    preset.kind = Preset::Kind::Custom;
    preset.taskModel = state->config.taskModel();
    preset.taskModelExternal = state->config.taskModelExternal();
    for (Automation automation : Automations::all()) {
        if (state->config.has(automation))
            preset.automations.insert(automation, state->config.isEnabled(automation));
    }
    PresetStore store;
    QString error;
    store.load(&error);
    if (!store.upsert(preset, &error) || !store.save(&error))
        return tell([] { return tr("The preset was not saved"); }, [error] { return error; }, true);
    m_sessions->reload(m_busyServer);
    tell([] { return tr("Preset saved"); },
         [preset] {
             return tr("\"%1\": %2")
                 .arg(TrayText::shownName(preset.shownName()), TrayText::presetSummary(preset));
         },
         false);
    Q_EMIT entriesChanged();
}

void TrayController::forgetServer(const QUrl& server)
{
    if (isBusy() || !m_sessions->find(server))
        return; // a switch on that server may be running: its end would bring the profile back
    setBusy(ServerAddress(server).key());
    auto* forgetter = new ServerForgetter(m_secrets, this);
    connect(forgetter, &ServerForgetter::finished, this, [this, forgetter](const QUrl& forgotten) {
        forgetter->deleteLater();
        m_sessions->remove(forgotten);
        m_sessions->reload(m_busyServer);
        setBusy({});
        tell([] { return tr("Server forgotten"); },
             [forgotten] {
                 return tr("%1 is no longer in the assistant. Its backups are kept.")
                     .arg(TrayText::shownName(forgotten.toString()));
             },
             false);
    });
    connect(forgetter, &ServerForgetter::failed, this,
            [this, forgetter](const QUrl& kept, const QString& error) {
                forgetter->deleteLater();
                setBusy({});
                tell([kept] { return tr("Could not forget %1").arg(TrayText::shownName(kept.toString())); },
                     [error] { return error; }, true);
            });
    forgetter->forget(server);
}

} // namespace tma
