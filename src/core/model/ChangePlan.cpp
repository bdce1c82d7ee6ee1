#include "ChangePlan.h"

namespace tma {
namespace {

// The server's models once the preset's connection is in place: its shortlist is listed as
// external models (a provider's models are not known in detail before that).
ModelCatalog withConnection(const ModelCatalog& models, const Preset& preset)
{
    if (!preset.connection)
        return models;
    QList<ModelInfo> all = models.models();
    for (const QString& id : preset.connection->modelIds) {
        if (!models.contains(id)) {
            ModelInfo info;
            info.id = id;
            info.connectionType = QStringLiteral("external");
            all << info;
        }
    }
    return ModelCatalog(all);
}

} // namespace

ChangePlan ChangePlan::make(const TaskConfig& current, const ModelCatalog& models, const Preset& preset,
                            const Options& options)
{
    ChangePlan plan;
    plan.m_before = current;
    plan.m_target = preset.applyTo(current, &plan.m_skipped);
    const ModelCatalog catalog = options.modelsIncludeConnection ? models : withConnection(models, preset);
    plan.m_issues = PresetValidator::validate(preset, catalog);

    for (const QString& key : current.differingOwnedKeys(plan.m_target)) {
        Row row;
        row.key = key;
        row.before = current.json().value(key);
        row.after = plan.m_target.json().value(key);
        plan.m_rows << row;
    }
    if (options.shareModels) {
        for (const QString& id : preset.modelIds()) {
            const ModelInfo* listed = catalog.find(id);
            if (!listed || !listed->isPrivate)
                continue;
            plan.m_toShare << *listed;
            Row row;
            row.kind = Row::Kind::ModelAccess;
            row.modelId = id;
            plan.m_rows << row;
        }
    }
    if (preset.connection) {
        Row row;
        row.kind = Row::Kind::Connection;
        row.url = preset.connection->url;
        plan.m_rows << row;
    }
    return plan;
}

QList<PresetIssue> ChangePlan::warnings() const
{
    QList<PresetIssue> warnings;
    for (const PresetIssue& issue : m_issues) {
        if (issue.severity == PresetIssue::Severity::Warning)
            warnings << issue;
    }
    return warnings;
}

QStringList ChangePlan::errors() const
{
    QStringList errors;
    for (const PresetIssue& issue : m_issues) {
        if (issue.severity == PresetIssue::Severity::Error)
            errors << issue.message;
    }
    return errors;
}

bool ChangePlan::willShare(const QString& modelId) const
{
    for (const ModelInfo& model : m_toShare) {
        if (model.id == modelId)
            return true;
    }
    return false;
}

} // namespace tma
