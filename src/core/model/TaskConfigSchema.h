#pragma once

#include "ServerVersion.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace tma {

// Defaults for task-config fields, for the one case that needs them: the server's update refused
// the config with a 422 that names fields its GET did not return. The GET stays the source of
// truth (it returns every field of the form in every version read, tests/support/audit/
// task-config.md): nothing is added by guessing from the version, because a guess that is one
// release off adds a switch the server drops, and the check after the write then reads it as
// "not kept".
class TaskConfigSchema
{
public:
    static QJsonValue defaultValue(const QString& field, const ServerVersion& version);
    // Adds the default of each of `fields` that `config` lacks; returns what it added.
    static QStringList fillMissing(QJsonObject& config, const ServerVersion& version,
                                   const QStringList& fields);
};

} // namespace tma
