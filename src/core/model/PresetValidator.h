#pragma once

#include "ModelCatalog.h"
#include "Preset.h"
#include "TaskConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tma {

// Something to tell the user about a preset before it is applied.
struct PresetIssue
{
    enum class Severity
    {
        Warning, // applies, but the user should know
        Error,   // would be silently ignored by the server: refuse
    };
    enum class Kind
    {
        UnknownModel,   // not listed by /api/models: the server would fall back to the chat model
        ReasoningModel, // thinks before answering: slow titles, wasted tokens
        PrivateModel,   // other users' chats can't use it
        LargeModel,     // not a lightweight model
    };
    Severity severity;
    Kind kind;
    QString modelId;
    QString message; // translated
};

class PresetValidator
{
    Q_DECLARE_TR_FUNCTIONS(PresetValidator)
public:
    static QList<PresetIssue> validate(const Preset& preset, const ModelCatalog& models);
    // The same checks for the task models a server uses now (status: "is my setup sound?").
    static QList<PresetIssue> validateCurrent(const TaskConfig& config, const ModelCatalog& models);
    static bool hasErrors(const QList<PresetIssue>& issues);
};

} // namespace tma
