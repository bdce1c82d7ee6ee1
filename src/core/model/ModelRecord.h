#pragma once

#include "ServerVersion.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tma {

// A model's workspace record (Admin Panel > Settings > Models), as routers/models.py stores it:
// who may use the model. Two generations: 0.11 keeps a list of access grants (public = a read
// grant for user "*", models/access_grants.py); earlier versions keep `access_control`
// (null = public, an object = only those it names). This is the one place that knows both forms.
class ModelRecord
{
public:
    enum class Generation
    {
        AccessControl, // 0.5-0.10: POST /models/create, /model/update?id=, DELETE /model/delete?id=
        AccessGrants,  // 0.11: POST /model/access/update, POST /model/delete {id}
    };

    // The record's generation as the record shows it; without a record, the server version's.
    static Generation generationOf(const std::optional<QJsonObject>& record, const ServerVersion& version);

    // True when a record exists and grants read to every user (what check_model_access in
    // utils/models.py needs for role "user"). `info` is /api/models' `info` or the record itself.
    static bool grantsPublicRead(const QJsonObject& info);

    // The body that makes the model public, keeping everything else the record says.
    // AccessGrants: for POST /model/access/update (creates a minimal record when there is none).
    // AccessControl: for POST /model/update?id= (record) or POST /models/create (no record).
    static QJsonObject publicForm(Generation generation, const QString& id, const QString& name,
                                  const std::optional<QJsonObject>& record);
    // The body that puts `previous` back (a record existed before: same endpoints as above).
    static QJsonObject restoreForm(Generation generation, const QJsonObject& previous);
    // The body that takes back only the public access the assistant gave, keeping everything else
    // `current` holds (an admin edited the record since): `previous` access, or none when there was
    // no record.
    static QJsonObject privateForm(Generation generation, const QJsonObject& current,
                                   const QJsonValue& previous);

private:
    static QJsonArray grantsOf(const QJsonObject& record);
    static QJsonObject modelForm(const QJsonObject& record);
};

} // namespace tma
