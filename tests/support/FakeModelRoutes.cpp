#include "FakeModelRoutes.h"

#include "FakeFormSchema.h"

#include <QJsonArray>

#include <algorithm>

namespace tma::test::fake {

void FakeModelRoutes::addRoutes(FakeRouter& router)
{
    router.add("GET", QStringLiteral("/api/models"), Access::Verified, false, this,
               &FakeModelRoutes::listModels);
    router.add("GET", QStringLiteral("/api/v1/models"), Access::Verified, false, this,
               &FakeModelRoutes::listModels);
    if (!m_server.is04()) {
        // routers/models.py (workspace records; 0.4's router is not modelled).
        router.add("GET", QStringLiteral("/api/v1/models/model"), Access::Verified, false, this,
                   &FakeModelRoutes::getModelRecord);
        router.add("POST", QStringLiteral("/api/v1/models/create"), Access::Verified, true, this,
                   &FakeModelRoutes::createModelRecord);
        router.add("POST", QStringLiteral("/api/v1/models/model/update"), Access::Verified, true, this,
                   &FakeModelRoutes::updateModelRecord);
        if (m_server.is011()) {
            router.add("POST", QStringLiteral("/api/v1/models/model/access/update"), Access::Verified, true,
                       this, &FakeModelRoutes::updateModelAccess);
            router.add("POST", QStringLiteral("/api/v1/models/model/delete"), Access::Verified, true, this,
                       &FakeModelRoutes::deleteModelRecord);
        } else {
            router.add("DELETE", QStringLiteral("/api/v1/models/model/delete"), Access::Verified, false, this,
                       &FakeModelRoutes::deleteModelRecord);
        }
    }
}

Reply FakeModelRoutes::listModels(Exchange& exchange)
{
    // The task endpoints only know what the last listing put into app.state.MODELS.
    m_server.modelMap.clear();
    for (const ListedModel& listed : m_server.currentModels(true))
        m_server.modelMap.insert(listed.model.id, listed.model);
    QJsonArray data;
    for (const ListedModel& listed : m_server.currentModels(exchange.user->role == QLatin1String("admin")))
        data.append(listed.json);
    return jsonReply(200, QJsonObject{{QStringLiteral("data"), data}});
}

// ---- models router (workspace records) ---------------------------------------------------

// routers/models.py: a record answered as ModelModel (0.11 ModelAccessResponse adds write_access).
QJsonObject FakeModelRoutes::storedRecordJson(const QString& id) const
{
    FakeModel model;
    model.id = id;
    if (const std::optional<FakeModel> listed = m_server.listedModel(id))
        model = *listed;
    model = m_server.withStoredRecord(model);
    QJsonObject json = m_server.recordJson(model);
    json.insert(QStringLiteral("params"), QJsonObject());
    json.insert(QStringLiteral("updated_at"),
                m_server.records.value(id).updatedAt ? m_server.records.value(id).updatedAt : kCreated);
    json.insert(QStringLiteral("created_at"), kCreated);
    if (m_server.is011())
        json.insert(QStringLiteral("write_access"), true);
    return json;
}

// models/access_grants.py: public = a read grant for user "*".
bool FakeModelRoutes::grantsArePrivate(const QJsonArray& grants)
{
    return std::none_of(grants.begin(), grants.end(), [](const QJsonValue& value) {
        const QJsonObject grant = value.toObject();
        return grant.value(QStringLiteral("principal_type")).toString() == QLatin1String("user") &&
               grant.value(QStringLiteral("principal_id")).toString() == QLatin1String("*") &&
               grant.value(QStringLiteral("permission")).toString() == QLatin1String("read");
    });
}

// routers/models.py ModelForm: id, name, meta and params are required; 0.5-0.10 carry
// access_control (null = public), 0.11 access_grants.
bool FakeModelRoutes::parseModelForm(Exchange& exchange, QJsonObject* body, Reply* error)
{
    QJsonArray errors;
    if (!parseBody(exchange, body, &errors)) {
        *error = validationReply(errors);
        return false;
    }
    FakeFormSchema form;
    form.add(QStringLiteral("id"), FakeFormSchema::Type::String)
        .add(QStringLiteral("name"), FakeFormSchema::Type::String)
        .add(QStringLiteral("meta"), FakeFormSchema::Type::Object)
        .add(QStringLiteral("params"), FakeFormSchema::Type::Object);
    errors = form.validate(*body);
    if (!errors.isEmpty()) {
        *error = validationReply(errors);
        return false;
    }
    return true;
}

bool FakeModelRoutes::privateByForm(const QJsonObject& body, bool previous) const
{
    if (m_server.is011()) {
        const QJsonValue grants = body.value(QStringLiteral("access_grants"));
        return grants.isArray() ? grantsArePrivate(grants.toArray()) : previous;
    }
    return !body.value(QStringLiteral("access_control")).isNull() &&
           !body.value(QStringLiteral("access_control")).isUndefined();
}

// routers/models.py get_model_by_id (GET /model?id=): 0.5/0.6 answer a missing record with
// 401 NOT_FOUND, 0.11 with 404.
Reply FakeModelRoutes::getModelRecord(Exchange& exchange)
{
    const QString id = exchange.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (!m_server.recordExists(id))
        return detailReply(m_server.is011() ? 404 : 401, notFoundText());
    return jsonReply(200, storedRecordJson(id));
}

// routers/models.py create_new_model: a taken id is refused; 0.5/0.6 store access_control as
// sent (omitted = None = public); 0.11 stores the grants sent (omitted = none = private).
Reply FakeModelRoutes::createModelRecord(Exchange& exchange)
{
    QJsonObject body;
    Reply error;
    if (!parseModelForm(exchange, &body, &error))
        return error;
    const QString id = body.value(QStringLiteral("id")).toString();
    if (m_server.recordExists(id))
        return detailReply(401, QStringLiteral("Uh-oh! This model id is already registered. Please choose "
                                               "another model id string."));
    m_server.records.insert(id, FakeServerState::RecordState{true, privateByForm(body, true),
                                                             body.value(QStringLiteral("name")).toString()});
    return jsonReply(200, storedRecordJson(id));
}

// routers/models.py update_model_by_id: 0.5/0.6 take the id from the query and write every
// field of the form (access_control omitted = null = public); 0.11 takes it from the body and
// leaves the grants alone when none are sent.
Reply FakeModelRoutes::updateModelRecord(Exchange& exchange)
{
    QJsonObject body;
    Reply error;
    if (!parseModelForm(exchange, &body, &error))
        return error;
    const QString id = m_server.is011()
                           ? body.value(QStringLiteral("id")).toString()
                           : exchange.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (!m_server.recordExists(id))
        return detailReply(401, notFoundText());
    const bool wasPrivate = m_server.listedModel(id).value_or(FakeModel()).isPrivate;
    m_server.records.insert(id, FakeServerState::RecordState{true, privateByForm(body, wasPrivate),
                                                             body.value(QStringLiteral("name")).toString()});
    return jsonReply(200, storedRecordJson(id));
}

// routers/models.py update_model_access_by_id (0.11): creates a minimal record for an admin
// when there is none (name = form name or id), then replaces the grants.
Reply FakeModelRoutes::updateModelAccess(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    FakeFormSchema form;
    form.add(QStringLiteral("id"), FakeFormSchema::Type::String)
        .addOptional(QStringLiteral("name"), FakeFormSchema::Type::String, true, QJsonValue::Null);
    errors = form.validate(body);
    if (!body.value(QStringLiteral("access_grants")).isArray())
        errors.append(FakeFormSchema::missing(QStringLiteral("access_grants"), body));
    if (!errors.isEmpty())
        return validationReply(errors);
    const QString id = body.value(QStringLiteral("id")).toString();
    FakeServerState::RecordState state;
    state.exists = true;
    if (m_server.recordExists(id)) {
        state.name = m_server.listedModel(id).value_or(FakeModel()).name;
    } else {
        if (exchange.user->role != QLatin1String("admin"))
            return detailReply(403, accessProhibitedText());
        state.name = body.value(QStringLiteral("name")).toString(id);
    }
    state.isPrivate = grantsArePrivate(body.value(QStringLiteral("access_grants")).toArray());
    m_server.storeRecord(id, state);
    return jsonReply(200, storedRecordJson(id));
}

// routers/models.py delete_model_by_id: 0.11 POST with {id}; earlier DELETE with ?id=.
Reply FakeModelRoutes::deleteModelRecord(Exchange& exchange)
{
    QString id = exchange.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (m_server.is011()) {
        QJsonObject body;
        QJsonArray errors;
        if (!parseBody(exchange, &body, &errors))
            return validationReply(errors);
        id = body.value(QStringLiteral("id")).toString();
    }
    if (!m_server.recordExists(id))
        return detailReply(401, notFoundText());
    m_server.storeRecord(id, FakeServerState::RecordState{false, false, QString()});
    return jsonReply(200, true);
}

} // namespace tma::test::fake
