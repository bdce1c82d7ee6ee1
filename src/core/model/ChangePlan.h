#pragma once

#include "Automation.h"
#include "ModelCatalog.h"
#include "Preset.h"
#include "PresetValidator.h"
#include "TaskConfig.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace tma {

// What applying a preset will change on a server, decided once from the server's state and the
// user's choice: the rows of the before → after preview, what to tell the user first, and which
// kinds of change the apply makes. The wizard's preview and warnings and the applier all read it,
// so no widget works out what will change, and what the preview promised is what is written.
class ChangePlan
{
public:
    struct Row
    {
        enum class Kind
        {
            Setting,     // a task setting: `key`, `before` → `after`
            ModelAccess, // `modelId` becomes usable by every user (Visibility: Public)
            Connection,  // the OpenAI-compatible connection at `url` is added or updated
        };
        Kind kind = Kind::Setting;
        QString key;
        QJsonValue before;
        QJsonValue after;
        QString modelId;
        QString url;
    };

    struct Options
    {
        bool shareModels = false; // make the task models public where regular users can't use them
        // Whether `models` already lists what the preset's connection brings. Before the connection
        // is added (the wizard) its shortlist is counted as what the server will list.
        bool modelsIncludeConnection = false;
    };

    static ChangePlan make(const TaskConfig& current, const ModelCatalog& models, const Preset& preset,
                           const Options& options);

    const TaskConfig& before() const { return m_before; }
    const TaskConfig& target() const { return m_target; } // the whole config the apply writes
    const QList<Row>& rows() const { return m_rows; }
    // Errors refuse the apply (the server would silently ignore the choice); warnings inform.
    const QList<PresetIssue>& issues() const { return m_issues; }
    QList<PresetIssue> warnings() const;
    QStringList errors() const;
    const QList<Automation>& skipped() const { return m_skipped; } // switches this server lacks
    QStringList changedKeys() const { return m_before.differingKeys(m_target); }
    bool changesTaskSettings() const { return m_target != m_before; }
    // The task models that will be made public (only with Options::shareModels).
    const QList<ModelInfo>& modelsToShare() const { return m_toShare; }
    bool willShare(const QString& modelId) const;

private:
    TaskConfig m_before;
    TaskConfig m_target;
    QList<Row> m_rows;
    QList<PresetIssue> m_issues;
    QList<Automation> m_skipped;
    QList<ModelInfo> m_toShare;
};

} // namespace tma
