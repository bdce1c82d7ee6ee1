#include "PresetValidator.h"

namespace tma {

QList<PresetIssue> PresetValidator::validate(const Preset& preset, const ModelCatalog& models)
{
    using Severity = PresetIssue::Severity;
    using Kind = PresetIssue::Kind;
    QList<PresetIssue> issues;
    const QStringList ids = preset.modelIds();
    for (const QString& id : ids) {
        const ModelInfo* model = models.find(id);
        if (!model) {
            issues << PresetIssue{Severity::Error, Kind::UnknownModel, id,
                                  tr("The server does not list the model \"%1\". Open WebUI would silently "
                                     "ignore it and keep using each chat's own model.")
                                      .arg(id)};
            continue;
        }
        if (model->isReasoning())
            issues << PresetIssue{Severity::Warning, Kind::ReasoningModel, id,
                                  tr("\"%1\" looks like a reasoning model: it thinks before answering, which "
                                     "makes titles and tags slow. A small non-reasoning model is faster.")
                                      .arg(id)};
        if (model->isPrivate)
            issues << PresetIssue{
                Severity::Warning, Kind::PrivateModel, id,
                tr("Regular users may not use \"%1\", so titles, tags and follow-ups fail in "
                   "their chats (only admins' chats get them). Make it public in Admin Panel > "
                   "Settings > Models > %1 > Visibility, or pick a public model.")
                    .arg(id)};
        if (model->isLocal() && !model->isSmall() && model->parameterBillions() > 0)
            issues << PresetIssue{Severity::Warning, Kind::LargeModel, id,
                                  tr("\"%1\" is a large model (%2). A lightweight model such as qwen2.5:3b "
                                     "answers background tasks much faster.")
                                      .arg(id, model->parameterSize.isEmpty()
                                                   ? QStringLiteral("%1B").arg(model->parameterBillions())
                                                   : model->parameterSize)};
    }
    return issues;
}

QList<PresetIssue> PresetValidator::validateCurrent(const TaskConfig& config, const ModelCatalog& models)
{
    Preset current;
    current.taskModel = config.taskModel();
    current.taskModelExternal = config.taskModelExternal();
    return validate(current, models);
}

bool PresetValidator::hasErrors(const QList<PresetIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const PresetIssue& issue) { return issue.severity == PresetIssue::Severity::Error; });
}

} // namespace tma
