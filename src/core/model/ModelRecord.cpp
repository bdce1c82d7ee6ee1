#include "ModelRecord.h"

#include <algorithm>

namespace tma {
namespace {

QJsonObject publicReadGrant()
{
    return {{QStringLiteral("principal_type"), QStringLiteral("user")},
            {QStringLiteral("principal_id"), QStringLiteral("*")},
            {QStringLiteral("permission"), QStringLiteral("read")}};
}

bool isPublicReadGrant(const QJsonObject& grant)
{
    return grant.value(QLatin1String("principal_type")).toString() == QLatin1String("user") &&
           grant.value(QLatin1String("principal_id")).toString() == QLatin1String("*") &&
           grant.value(QLatin1String("permission")).toString() == QLatin1String("read");
}

} // namespace

ModelRecord::Generation ModelRecord::generationOf(const std::optional<QJsonObject>& record,
                                                  const ServerVersion& version)
{
    if (record && record->contains(QLatin1String("access_grants")))
        return Generation::AccessGrants;
    if (record && record->contains(QLatin1String("access_control")))
        return Generation::AccessControl;
    // No record to tell: 0.11 is the release whose models router has /model/access/update.
    return version >= ServerVersion(0, 11, 0) ? Generation::AccessGrants : Generation::AccessControl;
}

bool ModelRecord::grantsPublicRead(const QJsonObject& info)
{
    // A record has its id and owner; 0.11 also gives record-less models an `info` with only
    // default metadata, which is not a record.
    const bool hasRecord = info.value(QLatin1String("id")).isString() ||
                           info.contains(QLatin1String("user_id")) ||
                           info.contains(QLatin1String("access_grants"));
    if (!hasRecord)
        return false;
    const QJsonValue grants = info.value(QLatin1String("access_grants"));
    if (grants.isArray()) {
        const QJsonArray list = grants.toArray();
        return std::any_of(list.begin(), list.end(),
                           [](const QJsonValue& value) { return isPublicReadGrant(value.toObject()); });
    }
    const QJsonValue access = info.value(QLatin1String("access_control"));
    return access.isNull() || access.isUndefined();
}

QJsonArray ModelRecord::grantsOf(const QJsonObject& record)
{
    // routers/models.py normalize_access_grants reads these three fields of each grant; the
    // stored rows' own ids and dates are not part of the form.
    QJsonArray grants;
    const QJsonArray stored = record.value(QLatin1String("access_grants")).toArray();
    for (const QJsonValue& value : stored) {
        const QJsonObject grant = value.toObject();
        grants.append(
            QJsonObject{{QStringLiteral("principal_type"), grant.value(QLatin1String("principal_type"))},
                        {QStringLiteral("principal_id"), grant.value(QLatin1String("principal_id"))},
                        {QStringLiteral("permission"), grant.value(QLatin1String("permission"))}});
    }
    return grants;
}

QJsonObject ModelRecord::modelForm(const QJsonObject& record)
{
    // routers/models.py ModelForm: 0.5-0.10 update_model_by_id writes every field of the form,
    // so everything the record holds is sent back as it was.
    QJsonObject form;
    for (const char* field :
         {"id", "base_model_id", "name", "meta", "params", "access_control", "is_active"}) {
        const QString key = QLatin1String(field);
        if (record.contains(key))
            form.insert(key, record.value(key));
    }
    if (!form.value(QLatin1String("meta")).isObject())
        form.insert(QStringLiteral("meta"), QJsonObject());
    if (!form.value(QLatin1String("params")).isObject())
        form.insert(QStringLiteral("params"), QJsonObject());
    return form;
}

QJsonObject ModelRecord::publicForm(Generation generation, const QString& id, const QString& name,
                                    const std::optional<QJsonObject>& record)
{
    if (generation == Generation::AccessGrants) {
        // routers/models.py update_model_access_by_id replaces the grants: keep the others.
        QJsonArray grants = record ? grantsOf(*record) : QJsonArray();
        grants.append(publicReadGrant());
        return {{QStringLiteral("id"), id},
                {QStringLiteral("name"), record ? record->value(QLatin1String("name")).toString(name) : name},
                {QStringLiteral("access_grants"), grants}};
    }
    // What the admin page's Visibility: Public saves (admin/Settings/Models.svelte): the record
    // with access_control null, or a new one over the base model (base_model_id null).
    QJsonObject form = record ? modelForm(*record)
                              : QJsonObject{{QStringLiteral("id"), id},
                                            {QStringLiteral("base_model_id"), QJsonValue::Null},
                                            {QStringLiteral("name"), name.isEmpty() ? id : name},
                                            {QStringLiteral("meta"), QJsonObject()},
                                            {QStringLiteral("params"), QJsonObject()},
                                            {QStringLiteral("is_active"), true}};
    form.insert(QStringLiteral("access_control"), QJsonValue::Null);
    return form;
}

QJsonObject ModelRecord::restoreForm(Generation generation, const QJsonObject& previous)
{
    if (generation == Generation::AccessGrants)
        return {{QStringLiteral("id"), previous.value(QLatin1String("id"))},
                {QStringLiteral("name"), previous.value(QLatin1String("name"))},
                {QStringLiteral("access_grants"), grantsOf(previous)}};
    return modelForm(previous);
}

QJsonObject ModelRecord::privateForm(Generation generation, const QJsonObject& current,
                                     const QJsonValue& previous)
{
    if (generation == Generation::AccessGrants) {
        QJsonArray grants;
        const QJsonArray now = grantsOf(current);
        for (const QJsonValue& grant : now) {
            if (!isPublicReadGrant(grant.toObject()))
                grants.append(grant);
        }
        return {{QStringLiteral("id"), current.value(QLatin1String("id"))},
                {QStringLiteral("name"), current.value(QLatin1String("name"))},
                {QStringLiteral("access_grants"), grants}};
    }
    QJsonObject form = modelForm(current);
    // Restricted as before; {} (admins only) where there was no record.
    const QJsonValue access = previous.toObject().value(QLatin1String("access_control"));
    form.insert(QStringLiteral("access_control"), access.isObject() ? access : QJsonValue(QJsonObject()));
    return form;
}

} // namespace tma
