#include "ModelSharer.h"

#include "ApiReply.h"
#include "BackupStore.h"
#include "ModelInfo.h"
#include "OpenWebUiClient.h"

namespace tma {
namespace {

QString generationName(ModelRecord::Generation generation)
{
    return generation == ModelRecord::Generation::AccessGrants ? QStringLiteral("access_grants")
                                                               : QStringLiteral("access_control");
}

} // namespace

ModelSharer::ModelSharer(OpenWebUiClient* client, const ServerVersion& version, QObject* parent)
    : QObject(parent), m_client(client), m_version(version)
{}

QJsonObject ModelSharer::entry(const QString& id, ModelRecord::Generation generation,
                               const std::optional<QJsonObject>& record)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("generation"), generationName(generation)},
            {QStringLiteral("record"), record ? QJsonValue(*record) : QJsonValue(QJsonValue::Null)}};
}

bool ModelSharer::isNoRecord(const ApiError& error)
{
    // routers/models.py get_model_by_id and friends: ERROR_MESSAGES.NOT_FOUND, with 401 before
    // 0.11 and 404 in 0.11's GET. Only this text: a bare 401 is our session.
    return (error.httpStatus() == 401 || error.httpStatus() == 404) &&
           error.detail() == QLatin1String("We could not find what you're looking for :/");
}

void ModelSharer::share(const QList<ModelInfo>& models, BackupStore* backups, const QString& backupId)
{
    cancel();
    m_backups = backups;
    m_backupId = backupId;
    m_pending.clear();
    m_done.clear();
    for (const ModelInfo& model : models)
        m_pending.append({model.id, model.name});
    shareNext();
}

void ModelSharer::shareNext()
{
    if (m_pending.isEmpty()) {
        m_current.clear();
        return Q_EMIT finished(m_done);
    }
    const auto [id, name] = m_pending.takeFirst();
    m_current = m_client->getModelRecord(id);
    onFinished(m_current, this, [this, id = id, name = name](ApiReply* reply) {
        std::optional<QJsonObject> record;
        if (reply->ok() && reply->json().isObject())
            record = reply->json().toObject();
        else if (!isNoRecord(reply->error()))
            return fail(reply->error().isError()
                            ? reply->error()
                            : ApiError(ApiError::Kind::UnexpectedContent, reply->path()));
        write(id, name, record);
    });
}

void ModelSharer::write(const QString& id, const QString& name, const std::optional<QJsonObject>& record)
{
    const ModelRecord::Generation generation = ModelRecord::generationOf(record, m_version);
    QString error;
    // Never change a record without a way back.
    if (!m_backups->recordSharedModel(m_backupId, entry(id, generation, record), &error))
        return fail(ApiError(ApiError::Kind::Invalid,
                             tr("No backup could be written, so nothing was changed. %1").arg(error)));
    const QJsonObject form = ModelRecord::publicForm(generation, id, name, record);
    m_current = m_client->saveModelRecord(generation, record.has_value(), form);
    onFinished(m_current, this, [this, id](ApiReply* reply) {
        if (!reply->ok())
            return fail(reply->error());
        // The answer is the record as stored: a server that drops the public grant (0.11 strips
        // it from users without sharing.public_models) has not done what was asked.
        if (!ModelRecord::grantsPublicRead(reply->json().toObject()))
            return fail(
                ApiError(ApiError::Kind::Invalid,
                         tr("The server did not make \"%1\" available to all users. Set Admin Panel > "
                            "Settings > Models > %1 > Visibility to Public.")
                             .arg(id)));
        m_done << id;
        shareNext();
    });
}

void ModelSharer::restore(const QJsonArray& previous)
{
    cancel();
    m_restoring = previous;
    m_done.clear();
    restoreNext();
}

void ModelSharer::restoreNext()
{
    if (m_restoring.isEmpty()) {
        m_current.clear();
        return Q_EMIT finished(m_done);
    }
    const QJsonObject item = m_restoring.takeAt(0).toObject();
    const QString id = item.value(QLatin1String("id")).toString();
    const ModelRecord::Generation generation =
        item.value(QLatin1String("generation")).toString() == QLatin1String("access_grants")
            ? ModelRecord::Generation::AccessGrants
            : ModelRecord::Generation::AccessControl;
    const QJsonValue record = item.value(QLatin1String("record"));
    m_current = record.isObject()
                    ? m_client->saveModelRecord(generation, true,
                                                ModelRecord::restoreForm(generation, record.toObject()))
                    : m_client->deleteModelRecord(generation, id);
    onFinished(m_current, this, [this, id, deleting = !record.isObject()](ApiReply* reply) {
        // A record already gone is what a delete wanted.
        if (!reply->ok() && !(deleting && isNoRecord(reply->error())))
            return fail(reply->error());
        m_done << id;
        restoreNext();
    });
}

void ModelSharer::cancel()
{
    abandon(m_current, this);
}

void ModelSharer::fail(const ApiError& error)
{
    m_current.clear();
    Q_EMIT failed(error);
}

} // namespace tma
