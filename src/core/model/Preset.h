#pragma once

#include "Automation.h"
#include "TaskConfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tma {

// An OpenAI-compatible endpoint a hosted preset needs on the server. The provider's key is never
// part of a preset: `keyRef` names its keychain entry.
struct HostedConnection
{
    QString url;          // e.g. https://openrouter.ai/api/v1
    QStringList modelIds; // shortlist exposed on the server (keeps /api/models small)
    QString keyRef;       // SecretStore key holding the provider's API key
    // keyRef, or for presets that name none, the provider's own entry (ProviderUrl::keychainKey);
    // empty when the URL is not a provider URL at all.
    QString keychainKey() const;
};

// A named set of changes to the task settings: which model does the tasks (per slot) and which
// automations run. Presets are data: built-ins, user-saved ones, and "original" (a backup).
class Preset
{
    Q_DECLARE_TR_FUNCTIONS(Preset)
public:
    enum class Kind
    {
        Local,    // a small local model for both slots
        Hosted,   // a model of an OpenAI-compatible provider for both slots
        Quiet,    // background automations off (title stays on)
        Original, // the settings from before the assistant first changed the server
        Custom,   // saved by the user
    };

    // The name of a built-in preset, in the language shown now.
    static QString builtInName(Kind kind);
    // The name to show: a built-in preset's in the language shown now (kept copies may hold an
    // older language), a user's own as they typed it.
    QString shownName() const;
    static Preset local(const QString& model);
    static Preset hosted(const HostedConnection& connection, const QString& model);
    static Preset quiet();
    static Preset original(const QJsonObject& taskConfig);

    QString id;
    QString name;
    Kind kind = Kind::Custom;
    std::optional<QString> taskModel;         // TASK_MODEL (chats with local models)
    std::optional<QString> taskModelExternal; // TASK_MODEL_EXTERNAL (all other chats)
    QMap<Automation, bool> automations;       // only the switches this preset decides
    std::optional<HostedConnection> connection;
    QJsonObject restoreConfig;                // Original: the whole task config to put back

    bool setsModels() const { return taskModel.has_value() || taskModelExternal.has_value(); }
    QStringList modelIds() const; // distinct ids this preset puts in the slots (non-empty)

    // The server's config with this preset's changes; everything else stays as it is. Switches the
    // server doesn't have are skipped (returned in *skipped).
    TaskConfig applyTo(const TaskConfig& current, QList<Automation>* skipped = nullptr) const;

    // Does `config` already look like this preset? (For the tray's check mark.)
    bool matches(const TaskConfig& config) const;

    QString kindId() const; // "local", "hosted", ...
    QString summary() const; // one translated line: "Task model qwen2.5:3b for all chats; ..."

    QJsonObject toJson() const;
    static std::optional<Preset> fromJson(const QJsonObject& json, QString* error = nullptr);
};

} // namespace tma
