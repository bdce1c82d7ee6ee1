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

ModelSharer::~ModelSharer()
{
    cancel();
}

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
        const QJsonObject written = reply->json().toObject();
        if (!ModelRecord::grantsPublicRead(written))
            return fail(
                ApiError(ApiError::Kind::Invalid,
                         tr("The server did not make \"%1\" available to all users. Set Admin Panel > "
                            "Settings > Models > %1 > Visibility to Public.")
                             .arg(id)));
        // As written, so a restore can tell whether anyone edited the record since.
        m_backups->amendSharedModel(m_backupId, id, QStringLiteral("written"), written);
        m_done << id;
        Q_EMIT changed(id);
        shareNext();
    });
}

void ModelSharer::restore(const QJsonArray& entries, BackupStore* backups, const QString& fromBackupId)
{
    cancel();
    m_restoring = entries;
    m_backups = backups;
    m_fromBackupId = fromBackupId;
    m_done.clear();
    restoreNext();
}

void ModelSharer::restoreNext()
{
    if (m_restoring.isEmpty()) {
        m_current.clear();
        return Q_EMIT finished(m_done);
    }
    const QJsonObject item = m_restoring.first().toObject();
    m_current = m_client->getModelRecord(item.value(QLatin1String("id")).toString());
    onFinished(m_current, this, [this, item](ApiReply* reply) {
        if (reply->ok() && reply->json().isObject())
            return putBack(item, reply->json().toObject());
        if (!isNoRecord(reply->error()))
            return fail(reply->error().isError()
                            ? reply->error()
                            : ApiError(ApiError::Kind::UnexpectedContent, reply->path()));
        putBack(item, std::nullopt);
    });
}

void ModelSharer::putBack(const QJsonObject& item, const std::optional<QJsonObject>& current)
{
    const QString id = item.value(QLatin1String("id")).toString();
    const auto next = [this, id]() {
        m_restoring.removeFirst();
        m_backups->markSharedModelRestored(m_fromBackupId, id);
        m_done << id;
        restoreNext();
    };
    // No record now: an assistant-made one is gone already, and one an admin deleted stays deleted.
    if (!current)
        return next();
    // The endpoints of the server as it is now (it may have been upgraded since the share).
    const ModelRecord::Generation generation = ModelRecord::generationOf(current, m_version);
    const QJsonValue previous = item.value(QLatin1String("record"));
    const QJsonValue written = item.value(QLatin1String("written"));
    const bool untouched = written.isObject() && current->value(QLatin1String("updated_at")) ==
                                                     written.toObject().value(QLatin1String("updated_at"));
    if (untouched && !previous.isObject())
        m_current = m_client->deleteModelRecord(generation, id);
    else if (untouched)
        m_current = m_client->saveModelRecord(generation, true,
                                              ModelRecord::restoreForm(generation, previous.toObject()));
    else
        m_current = m_client->saveModelRecord(generation, true,
                                              ModelRecord::privateForm(generation, *current, previous));
    onFinished(m_current, this, [this, next, deleting = untouched && !previous.isObject()](ApiReply* reply) {
        // A record already gone is what a delete wanted.
        if (!reply->ok() && !(deleting && isNoRecord(reply->error())))
            return fail(reply->error());
        next();
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
