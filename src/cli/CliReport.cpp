#include "CliReport.h"

#include "ContentionReport.h"

#include "ProbeReport.h"
#include "SettingLabels.h"

#include "DisplayText.h"

#include <QJsonArray>
#include <QLocale>

namespace tma::cli {
namespace {

// A server's string inside one of our lines: its newlines and escapes shown, not obeyed.
QString shown(const QString& serverText)
{
    return DisplayText::forTerminal(serverText);
}

QJsonArray warningsJson(const QList<PresetIssue>& issues)
{
    QJsonArray warnings;
    for (const PresetIssue& issue : issues)
        warnings.append(QJsonObject{{QStringLiteral("model"), issue.modelId},
                                    {QStringLiteral("message"), issue.message}});
    return warnings;
}

bool hasPrivateModel(const QList<PresetIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const PresetIssue& issue) {
        return issue.kind == PresetIssue::Kind::PrivateModel;
    });
}

QJsonObject automationsJson(const TaskConfig& config)
{
    QJsonObject automations;
    const QList<Automation> all = Automations::all();
    for (Automation automation : all) {
        if (config.has(automation))
            automations.insert(Automations::id(automation), config.isEnabled(automation));
    }
    return automations;
}

} // namespace

QString CliReport::slotValue(const QString& modelId)
{
    return modelId.isEmpty() ? tr("Current Model (each chat's own model)") : shown(modelId);
}

QString CliReport::seconds(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 2));
}

QStringList CliReport::statusText(const Session& session, const TaskConfig& config,
                                  const QStringList& matching, int backupCount,
                                  const QList<PresetIssue>& issues)
{
    QStringList lines;
    lines << tr("Server:       %1 at %2")
                 .arg(shown(session.server.displayName()), session.server.url.toString());
    // Open WebUI's roles in words (the JSON keeps the server's own).
    const QString role = session.role == QLatin1String("admin")     ? tr("administrator", "a role")
                         : session.role == QLatin1String("user")    ? tr("user", "a role")
                         : session.role == QLatin1String("pending") ? tr("pending approval", "a role")
                                                                    : shown(session.role);
    lines << tr("Signed in as: %1 (%2, %3)")
                 .arg(shown(session.email), role,
                      session.method == AuthMethod::ApiKey ? tr("API key")
                      : session.method == AuthMethod::Ldap ? tr("LDAP account")
                                                           : tr("password"));
    lines << tr("Task model for chats with local models:    %1").arg(slotValue(config.taskModel()));
    lines << tr("Task model for chats with external models: %1").arg(slotValue(config.taskModelExternal()));
    lines << tr("Automations:");
    const QList<Automation> all = Automations::all();
    for (Automation automation : all) {
        if (!config.has(automation))
            continue;
        const QString label = Automations::label(automation);
        if (config.json().value(Automations::configKey(automation)).isNull())
            lines << tr("  [off] %1 (not set, so the server treats it as off)").arg(label);
        else
            lines << (config.isEnabled(automation)
                          ? tr("  [on]  %1", "an automation that is on").arg(label)
                          : tr("  [off] %1", "an automation that is off").arg(label));
    }
    lines << tr("Matching presets: %1")
                 .arg(matching.isEmpty() ? tr("none") : QLocale().createSeparatedList(matching));
    lines << tr("Backups: %1").arg(backupCount);
    for (const PresetIssue& issue : issues)
        lines << tr("Warning: %1").arg(shown(issue.message));
    if (hasPrivateModel(issues))
        lines << tr("To let all users use it from here, apply the preset again with --make-public.");
    return lines;
}

QJsonObject CliReport::statusJson(const Session& session, const TaskConfig& config,
                                  const QStringList& matching, int backupCount,
                                  const QList<PresetIssue>& issues)
{
    return {{QStringLiteral("warnings"), warningsJson(issues)},
            {QStringLiteral("server"), QJsonObject{{QStringLiteral("url"), session.server.url.toString()},
                                                   {QStringLiteral("name"), session.server.name},
                                                   {QStringLiteral("version"), session.server.versionText}}},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), session.email},
                                                 {QStringLiteral("role"), session.role},
                                                 {QStringLiteral("auth"), authMethodName(session.method)}}},
            {QStringLiteral("task_model"), config.taskModel()},
            {QStringLiteral("task_model_external"), config.taskModelExternal()},
            {QStringLiteral("automations"), automationsJson(config)},
            {QStringLiteral("matching_presets"), QJsonArray::fromStringList(matching)},
            {QStringLiteral("backups"), backupCount}};
}

QStringList CliReport::applyText(const Preset& preset, const ConfigApplier::Report& report)
{
    QStringList lines;
    if (report.alreadyApplied) {
        lines << tr("Nothing to change: the server already uses \"%1\".").arg(shown(preset.shownName()));
    } else {
        lines << tr("Applied \"%1\". Changes:").arg(shown(preset.shownName()));
        // Named as the admin page and the wizard name them; --json keeps the server's keys.
        for (const QString& key : report.changedKeys)
            lines << tr("  %1: %2 → %3", "a changed setting, its value before and after")
                         .arg(SettingLabels::of(key),
                              shown(SettingLabels::value(key, report.before.json().value(key))),
                              shown(SettingLabels::value(key, report.after.json().value(key))));
    }
    if (const QString late = ConfigApplier::serverStateText(report, true); !late.isEmpty())
        lines << late;
    if (!report.addedConnection.isEmpty())
        lines << tr("Added the connection %1.").arg(report.addedConnection);
    for (Automation automation : report.skipped)
        lines << tr("This server version has no switch for %1; left as it is.").arg(Automations::label(automation));
    for (const QString& id : report.sharedModels)
        lines << tr("All users may now use \"%1\", so their chats get titles, tags and follow-ups too.")
                     .arg(shown(id));
    for (const QString& id : report.restoredModels)
        lines << tr("Put back who may use \"%1\".").arg(shown(id));
    for (const PresetIssue& issue : report.warnings)
        lines << tr("Warning: %1").arg(shown(issue.message));
    if (hasPrivateModel(report.warnings))
        lines << tr("To let all users use it from here, apply the preset again with --make-public.");
    if (!report.backupId.isEmpty())
        lines << tr("Backup of the previous settings: %1 (restore with: restore %1)").arg(report.backupId);
    return lines;
}

QJsonObject CliReport::applyJson(const Preset& preset, const ConfigApplier::Report& report, const ApiError& error)
{
    QJsonObject changed;
    for (const QString& key : report.changedKeys)
        changed.insert(key, QJsonObject{{QStringLiteral("before"), report.before.json().value(key)},
                                        {QStringLiteral("after"), report.after.json().value(key)}});
    const QJsonArray warnings = warningsJson(report.warnings);
    QJsonArray skipped;
    for (Automation automation : report.skipped)
        skipped.append(Automations::id(automation));
    QJsonObject json{{QStringLiteral("ok"), !error.isError()},
                     {QStringLiteral("preset"), preset.id},
                     {QStringLiteral("backup_id"), report.backupId},
                     {QStringLiteral("already_applied"), report.alreadyApplied},
                     {QStringLiteral("changed"), changed},
                     {QStringLiteral("warnings"), warnings},
                     {QStringLiteral("skipped"), skipped},
                     {QStringLiteral("added_connection"), report.addedConnection},
                     {QStringLiteral("shared_models"), QJsonArray::fromStringList(report.sharedModels)},
                     {QStringLiteral("restored_models"), QJsonArray::fromStringList(report.restoredModels)}};
    if (error.isError()) {
        json.insert(QStringLiteral("error"), errorJson(error));
        json.insert(QStringLiteral("server_unchanged"), report.serverUnchanged);
        // After a save that got no answer: when the settings were last read back, and whether that
        // could not tell what the server holds.
        if (report.writeCheckedAfterMs >= 0)
            json.insert(QStringLiteral("write_checked_after_ms"), report.writeCheckedAfterMs);
        json.insert(QStringLiteral("write_unconfirmed"), report.writeUnconfirmed);
    }
    return json;
}

bool CliReport::testPassed(const QList<ProbeResult>& results)
{
    return ProbeReport::passed(results);
}

QStringList CliReport::testText(const QList<ProbeResult>& results)
{
    QStringList lines;
    for (const ProbeResult& result : results) {
        // A sentence of its own per slot, so each language can order it as it needs.
        const bool local = result.slot == ProbeResult::Slot::Local;
        switch (result.outcome) {
        case ProbeResult::Outcome::NoChatModel:
            lines << (local
                          ? tr("Chats with local models: no such chat model on this server, nothing to test.")
                          : tr("Chats with external models: no such chat model on this server, nothing to "
                               "test."));
            break;
        case ProbeResult::Outcome::Disabled:
            lines
                << (local
                        ? tr("Chats with local models: title generation is turned off, so no task ran (%1).")
                        : tr("Chats with external models: title generation is turned off, so no task ran "
                             "(%1)."))
                       .arg(shown(result.error.detail()));
            break;
        case ProbeResult::Outcome::Failed:
            lines << (local ? tr("Chats with local models (chat model %1): the task failed. %2")
                            : tr("Chats with external models (chat model %1): the task failed. %2"))
                         .arg(shown(result.chatModel), shown(result.error.message()));
            break;
        case ProbeResult::Outcome::Answered:
            lines << (local
                          ? tr("Chats with local models (chat model %1): answered by %2 in %3, title \"%4\".")
                          : tr("Chats with external models (chat model %1): answered by %2 in %3, title "
                               "\"%4\"."))
                         .arg(shown(result.chatModel), shown(result.answeredBy), seconds(result.elapsedMs),
                              shown(result.title));
            if (const QString verdict = ProbeReport::verdictSentence(result); !verdict.isEmpty())
                lines << QStringLiteral("  ") + shown(verdict);
            if (const QString memory = ProbeReport::residencySentence(result.residency); !memory.isEmpty())
                lines << QStringLiteral("  ") + shown(memory);
            break;
        }
    }
    return lines;
}

QJsonObject CliReport::testJson(const QList<ProbeResult>& results)
{
    QJsonArray slots;
    for (const ProbeResult& result : results) {
        static const char* outcomes[] = {"answered", "disabled", "no-chat-model", "failed"};
        QJsonObject entry{
            {QStringLiteral("slot"), result.slotId()},
            {QStringLiteral("outcome"), QLatin1String(outcomes[static_cast<int>(result.outcome)])},
            {QStringLiteral("chat_model"), result.chatModel},
            {QStringLiteral("expected_task_model"), result.expectedTaskModel},
            {QStringLiteral("answered_by"), result.answeredBy},
            {QStringLiteral("as_expected"), result.answeredAsExpected()},
            {QStringLiteral("verdict"), result.outcome == ProbeResult::Outcome::Answered
                                            ? QJsonValue(ProbeReport::verdictCode(result.verdict))
                                            : QJsonValue()},
            {QStringLiteral("title"), result.title},
            {QStringLiteral("elapsed_ms"), result.elapsedMs}};
        if (result.error.isError())
            entry.insert(QStringLiteral("error"), errorJson(result.error));
        if (const Residency& memory = result.residency; memory.state != Residency::State::NotApplicable) {
            // Whether Ollama kept the chat model in memory while the task model ran.
            QJsonObject residency{{QStringLiteral("state"), ProbeReport::residencyCode(memory.state)},
                                  {QStringLiteral("chat_model_bytes"), memory.chatBytes},
                                  {QStringLiteral("task_model_bytes"), memory.taskBytes},
                                  {QStringLiteral("separate_nodes"), memory.separateNodes}};
            if (memory.state == Residency::State::NotChecked)
                residency.insert(QStringLiteral("reason"), ProbeReport::residencyReasonCode(memory.reason));
            entry.insert(QStringLiteral("memory"), residency);
        }
        slots.append(entry);
    }
    return {{QStringLiteral("ok"), testPassed(results)}, {QStringLiteral("slots"), slots}};
}

QStringList CliReport::contentionText(const ContentionResult& result)
{
    QStringList lines;
    if (const QString measured = ContentionReport::resultSentence(result); !measured.isEmpty())
        lines << DisplayText::forTerminal(measured);
    if (const QString end = ContentionReport::endSentence(result); !end.isEmpty())
        lines << DisplayText::forTerminal(end);
    if (result.failedTasks > 0)
        lines << tr("Background requests the server did not answer: %1.").arg(result.failedTasks);
    return lines;
}

QJsonObject CliReport::contentionJson(const ContentionResult& result)
{
    QJsonArray firstWord;
    QJsonArray total;
    for (qint64 ms : result.firstWordMs)
        firstWord.append(ms);
    for (qint64 ms : result.totalMs)
        total.append(ms);
    QJsonObject json{{QStringLiteral("chat_model"), result.chatModel},
                     {QStringLiteral("end"), ContentionReport::endCode(result.end)},
                     {QStringLiteral("messages"), result.rounds()},
                     {QStringLiteral("planned_messages"), result.plannedRounds},
                     {QStringLiteral("first_word_ms"), firstWord},
                     {QStringLiteral("total_ms"), total},
                     {QStringLiteral("median_first_word_ms"), result.medianFirstWordMs()},
                     {QStringLiteral("median_total_ms"), result.medianTotalMs()},
                     {QStringLiteral("failed_background_requests"), result.failedTasks}};
    if (result.error.isError())
        json.insert(QStringLiteral("error"), errorJson(result.error));
    return json;
}

QJsonObject CliReport::errorJson(const ApiError& error)
{
    QJsonObject json{{QStringLiteral("code"), error.code()}, {QStringLiteral("message"), error.message()}};
    if (error.httpStatus())
        json.insert(QStringLiteral("http_status"), error.httpStatus());
    if (!error.fields().isEmpty())
        json.insert(QStringLiteral("fields"), QJsonArray::fromStringList(error.fields()));
    if (!error.wrongTypes().isEmpty()) {
        QJsonObject wrongTypes; // field → the server's error type
        for (auto it = error.wrongTypes().cbegin(); it != error.wrongTypes().cend(); ++it)
            wrongTypes.insert(it.key(), it.value());
        json.insert(QStringLiteral("wrong_types"), wrongTypes);
    }
    return json;
}

} // namespace tma::cli
