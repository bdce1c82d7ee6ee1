#pragma once

#include "ServerVersion.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace tma {

// The one place that knows which task-config fields each Open WebUI generation requires and their
// defaults (shared/openwebui-api.md §6.2). Used only to repair a GET that lacks a field the update
// requires; the GET result stays the source of truth.
class TaskConfigSchema
{
public:
    static QStringList requiredFields(const ServerVersion& version);
    static QJsonValue defaultValue(const QString& field, const ServerVersion& version);
    // Adds defaults for required fields missing from `config` (or only for `fields`, when given);
    // returns what it added.
    static QStringList fillMissing(QJsonObject& config, const ServerVersion& version,
                                   const QStringList& fields = {});
};

} // namespace tma
