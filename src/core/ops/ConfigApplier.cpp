#include "ConfigApplier.h"

#include "SettingLabels.h"

#include "ChangePlan.h"

#include "ApiReply.h"
#include "BackupStore.h"
#include "LogCategories.h"
#include "ModelSharer.h"
#include "OpenAiConnections.h"
#include "OpenWebUiClient.h"
#include "ProviderProof.h"
#include "ProviderVerifier.h"
#include "TaskConfigSchema.h"
#include "WriteConfirmer.h"

#include <QJsonArray>
#include <QLocale>
#include <QMetaEnum>

#include <utility>

namespace tma {

ConfigApplier::ConfigApplier(OpenWebUiClient* client, const Session& session,
                             std::unique_ptr<BackupStore> backups, QObject* parent)
    : QObject(parent), m_client(client), m_session(session), m_backups(std::move(backups))
{
    // Every step, as the progress list shows it: a bug report then says where an apply stopped.
    connect(this, &ConfigApplier::stepChanged, this, [](Step step) {
        qCInfo(lcApply, "step %s", QMetaEnum::fromType<Step>().valueToKey(static_cast<int>(step)));
    });
}

ConfigApplier::~ConfigApplier()
{
    cancel();
}

QString ConfigApplier::serverStateText(const Report& report, bool succeeded)
{
    const QString seconds = QLocale().toString((report.writeCheckedAfterMs + 500) / 1000);
    if (succeeded) {
        return report.writeCheckedAfterMs < 0 ? QString()
                                              : tr("The server did not answer the save in time, but reading "
                                                   "its settings back %1 s later "
                                                   "showed that they were saved.")
                                                    .arg(seconds);
    }
    if (report.writeUnconfirmed)
        return tr(
            "The server did not answer the save, and reading its settings back could not tell whether it "
            "was applied.");
    if (mayApplyLate(report))
        return tr("The server did not answer the save, and %1 s later it still held its previous settings.")
            .arg(seconds);
    return report.serverUnchanged ? tr("The server's settings were not changed.")
                                  : tr("The server's settings may have changed.");
}

void ConfigApplier::restoreFrom(const Backup& backup)
{
    m_restoreConnections = backup.openAiConfig;
    m_addedSinceBackup.clear();
    const QList<Backup> backups = m_backups->list();
    for (const Backup& later : backups) {
        if (later.id >= backup.id)
            m_addedSinceBackup << later.addedConnections;
    }
    m_addedSinceBackup.removeDuplicates();
    // The records as they were before the first share since this backup (backups are newest
    // first, so the oldest state of each model is the last one seen).
    m_restoreShared = {};
    m_restoreFromBackupId = backup.id;
    QStringList seen;
    for (auto it = backups.crbegin(); it != backups.crend(); ++it) {
        if (it->id < backup.id)
            continue;
        for (const QJsonValue& entry : it->sharedModels) {
            const QString id = entry.toObject().value(QLatin1String("id")).toString();
            if (entry.toObject().value(QLatin1String("restored")).toBool())
                continue; // put back by an earlier restore already
            if (!id.isEmpty() && !seen.contains(id)) {
                seen << id;
                m_restoreShared.append(entry);
            }
        }
    }
}

void ConfigApplier::apply(const Preset& preset)
{
    cancel();
    m_verifyKey.clear();
    m_verifyConfig = {};
    m_preset = preset;
    m_report = Report();
    m_report.taskApi = m_session.server.taskApi;
    m_openAiBefore = {};
    m_haveOpenAiBefore = false;
    m_connectionsChanged = false;
    m_sharingStarted = false;
    m_accessRestored = false;
    m_writeSent = false;
    m_modelsAccepted = false;
    m_busy = true;
    qCInfo(lcApply, "applying preset kind %d (%s)", static_cast<int>(preset.kind), qUtf8Printable(preset.id));
    if (m_preset.connection && m_providerKey.isEmpty())
        return fail(ApiError(ApiError::Kind::Invalid, tr("The provider's API key is missing.")));
    readFirst();
}

void ConfigApplier::cancel()
{
    abandon(m_current, this);
    for (QPointer<ApiReply>& reply : m_firstReads)
        abandon(reply, this);
    m_firstReads.clear();
    if (m_verifier) {
        m_verifier->disconnect(this);
        m_verifier->cancel();
        m_verifier->deleteLater();
    }
    if (m_proof) {
        m_proof->disconnect(this);
        m_proof->cancel();
        m_proof->deleteLater();
    }
    if (m_sharer) {
        m_sharer->disconnect(this);
        m_sharer->cancel();
        m_sharer->deleteLater();
    }
    if (m_confirmer) {
        m_confirmer->disconnect(this);
        m_confirmer->cancel();
        m_confirmer->deleteLater();
    }
    m_busy = false;
}

ApiReply* ConfigApplier::track(ApiReply* reply)
{
    m_current = reply;
    return reply;
}

bool ConfigApplier::needsConnections() const
{
    // Connection settings are captured for hosted presets, for restores, and once per server so that
    // "original" can later undo a connection the assistant added.
    return m_preset.connection.has_value() || !m_restoreConnections.isEmpty() || !m_backups->original().has_value();
}

void ConfigApplier::readFirst()
{
    Q_EMIT stepChanged(Step::Reading);
    // What the apply needs before its backup does not depend on itself: ask for it all at once, so
    // a server far away costs one round trip here, not three.
    m_firstReads.clear();
    m_taskReadError = m_connectionsReadError = m_modelsReadError = ApiError();
    const bool readConnections = needsConnections();
    const bool readModels = checksModelsBeforeBackup() && m_models.isEmpty();
    m_firstReadsLeft = 1 + (readConnections ? 1 : 0) + (readModels ? 1 : 0);
    auto arrived = [this]() {
        if (--m_firstReadsLeft == 0)
            firstReadsDone();
    };
    ApiReply* task = m_client->getTaskConfig(m_report.taskApi);
    m_firstReads << task;
    onFinished(task, this, [this, arrived](ApiReply* reply) {
        if (!reply->ok())
            m_taskReadError = reply->error();
        else if (!reply->json().isObject() || reply->json().toObject().isEmpty())
            m_taskReadError = ApiError(ApiError::Kind::UnexpectedContent, tr("The task settings are empty."));
        else
            m_report.before = TaskConfig(reply->json().toObject());
        arrived();
    });
    if (readConnections) {
        ApiReply* connections = m_client->getOpenAiConfig();
        m_firstReads << connections;
        onFinished(connections, this, [this, arrived](ApiReply* reply) {
            if (reply->ok() && reply->json().isObject()) {
                m_openAiBefore = reply->json().toObject();
                m_haveOpenAiBefore = true;
            } else {
                m_connectionsReadError = reply->error().isError()
                                             ? reply->error()
                                             : ApiError(ApiError::Kind::UnexpectedContent, reply->path());
            }
            arrived();
        });
    }
    if (readModels) {
        // refresh=true also fills the server's model map, without which task requests can't find the model.
        ApiReply* models = m_client->getModels(true);
        m_firstReads << models;
        onFinished(models, this, [this, arrived](ApiReply* reply) {
            if (reply->ok())
                m_models = ModelCatalog::fromJson(reply->json());
            else
                m_modelsReadError = reply->error();
            arrived();
        });
    }
}

void ConfigApplier::firstReadsDone()
{
    m_firstReads.clear();
    if (m_taskReadError.isError())
        return fail(m_taskReadError);
    if (m_expected) {
        const QStringList changed = m_report.before.differingKeys(*m_expected);
        if (!changed.isEmpty())
            return fail(ApiError(ApiError::Kind::Conflict, SettingLabels::list(changed)));
    }
    // The connections are needed to add or restore one; otherwise they only go into the first
    // ("original") backup, which older or locked-down servers may keep from us.
    if (m_connectionsReadError.isError() && (m_preset.connection || !m_restoreConnections.isEmpty()))
        return fail(m_connectionsReadError);
    if (!checksModelsBeforeBackup())
        return writeBackup();
    Q_EMIT stepChanged(Step::CheckingModels);
    if (m_modelsReadError.isError())
        return fail(m_modelsReadError);
    if (acceptModels(m_models))
        writeBackup();
}

ChangePlan ConfigApplier::planWith(const ModelCatalog& models) const
{
    // The catalog here is what the server lists now, the connection (if any) in place already.
    ChangePlan::Options options;
    options.shareModels = m_shareModels;
    options.modelsIncludeConnection = true;
    return ChangePlan::make(m_report.before, models, m_preset, options);
}

bool ConfigApplier::checksModelsBeforeBackup() const
{
    // Without a new connection the server's models are what they will be: a model it does not
    // have is refused before anything is written, the backup included. A connection's models
    // can only be checked once it is in place (checkModels).
    return !m_preset.connection && m_preset.setsModels() && !m_preset.modelIds().isEmpty();
}

void ConfigApplier::readModels(std::function<void()> then, std::function<void(const ApiError&)> failed)
{
    if (!m_models.isEmpty() && !m_connectionsChanged)
        return then();
    // refresh=true also fills the server's model map, without which task requests can't find the model.
    onFinished(track(m_client->getModels(true)), this, [this, then, failed](ApiReply* reply) {
        if (!reply->ok())
            return failed(reply->error());
        m_models = ModelCatalog::fromJson(reply->json());
        then();
    });
}

bool ConfigApplier::acceptModels(const ModelCatalog& catalog)
{
    m_report.models = catalog;
    const ChangePlan plan = planWith(catalog);
    m_report.warnings = plan.warnings();
    const QStringList errors = plan.errors();
    if (!errors.isEmpty()) {
        rollBackConnections(ApiError(ApiError::Kind::Invalid, errors.join(QLatin1Char('\n'))));
        return false;
    }
    m_modelsAccepted = true;
    return true;
}

void ConfigApplier::writeBackup()
{
    Q_EMIT stepChanged(Step::BackingUp);
    Backup backup;
    backup.serverVersion = m_session.server.versionText;
    backup.reason = QStringLiteral("apply %1").arg(m_preset.id);
    backup.taskConfig = m_report.before.json();
    if (m_haveOpenAiBefore)
        backup.openAiConfig = OpenAiConnections(m_openAiBefore).redacted();
    QString error;
    if (!m_backups->save(backup, &error)) // never change a server without a way back
        return fail(ApiError(ApiError::Kind::Invalid, tr("No backup could be written, so nothing was changed. %1").arg(error)));
    m_report.backupId = backup.id;
    updateConnections();
}

std::optional<QJsonObject> ConfigApplier::connectionsTarget() const
{
    OpenAiConnections connections(m_openAiBefore);
    if (m_preset.connection) {
        connections.ensure(m_preset.connection->url, m_providerKey, m_preset.connection->modelIds);
        return connections.json();
    }
    if (m_restoreConnections.isEmpty())
        return std::nullopt;
    // Undo only what the assistant did: remove the connections it added since the backup, and put
    // back the two things it changes on one it found (on/off and the model list). Connections an
    // admin added by hand, keys and everything else stay as they are now.
    for (int i = connections.count() - 1; i >= 0; --i) {
        if (m_addedSinceBackup.contains(connections.url(i), Qt::CaseInsensitive))
            connections.remove(i);
    }
    const OpenAiConnections original(m_restoreConnections);
    QJsonObject json = connections.json();
    QJsonObject configs = json.value(QLatin1String("OPENAI_API_CONFIGS")).toObject();
    const QJsonObject originalConfigs = m_restoreConnections.value(QLatin1String("OPENAI_API_CONFIGS")).toObject();
    for (int i = 0; i < connections.count(); ++i) {
        const int before = original.indexOf(connections.url(i));
        if (before < 0)
            continue;
        const QJsonObject was = originalConfigs.value(QString::number(before)).toObject();
        QJsonObject entry = configs.value(QString::number(i)).toObject();
        for (const char* field : {"enable", "model_ids"}) {
            if (was.contains(QLatin1String(field)))
                entry.insert(QLatin1String(field), was.value(QLatin1String(field)));
            else
                entry.remove(QLatin1String(field));
        }
        configs.insert(QString::number(i), entry);
    }
    json.insert(QStringLiteral("OPENAI_API_CONFIGS"), configs);
    const QJsonValue enabled = m_restoreConnections.value(QLatin1String("ENABLE_OPENAI_API"));
    if (enabled.isBool()) // null was "off" in effect; only a real value is put back
        json.insert(QStringLiteral("ENABLE_OPENAI_API"), enabled.toBool());
    return json;
}

void ConfigApplier::updateConnections()
{
    const std::optional<QJsonObject> target = m_haveOpenAiBefore ? connectionsTarget() : std::nullopt;
    if (target && m_preset.connection) {
        // An existing connection may add a prefix to its models' ids, and keeps its own key.
        const OpenAiConnections connections(*target);
        const int index = connections.indexOf(m_preset.connection->url);
        for (std::optional<QString>* slot : {&m_preset.taskModel, &m_preset.taskModelExternal}) {
            if (*slot && m_preset.connection->modelIds.contains(**slot))
                *slot = connections.exposedModelId(index, **slot);
        }
        m_verifyKey = connections.key(index);
        m_verifyConfig = connections.config(index);
    }
    if (!target || *target == m_openAiBefore)
        return checkModels();
    if (OpenAiConnections(m_openAiBefore).hasMaskedKeys())
        return fail(ApiError(ApiError::Kind::Invalid,
                             tr("The server shows its connection keys masked, so they can't be written back "
                                "safely. Add the connection in Admin Panel > Settings > Connections instead.")));
    Q_EMIT stepChanged(Step::AddingConnection);
    if (m_preset.connection)
        return verifyProvider(*target);
    saveConnections(*target);
}

void ConfigApplier::verifyProvider(const QJsonObject& target)
{
    // Never store a key the provider refuses: the server would keep listing the shortlist and
    // every task would then fail upstream.
    auto* verifier = new ProviderVerifier(m_client, this);
    connect(verifier, &ProviderVerifier::verified, this, [this, verifier, target]() {
        verifier->deleteLater();
        saveConnections(target);
    });
    connect(verifier, &ProviderVerifier::failed, this, [this, verifier](const ApiError& error) {
        verifier->deleteLater();
        fail(error);
    });
    m_verifier = verifier;
    verifier->verify(m_preset.connection->url, m_verifyKey.isEmpty() ? m_providerKey : m_verifyKey,
                     m_verifyConfig);
}

void ConfigApplier::saveConnections(const QJsonObject& target)
{
    // Like the task settings: /openai/config/update replaces the whole list, so read it once more
    // right before writing and stop if another admin changed it since it was read.
    onFinished(track(m_client->getOpenAiConfig()), this, [this, target](ApiReply* current) {
        if (!current->ok())
            return fail(current->error());
        if (current->json().toObject() != m_openAiBefore)
            return fail(ApiError(ApiError::Kind::ConnectionConflict));
        writeConnections(target);
    });
}

void ConfigApplier::writeConnections(const QJsonObject& target)
{
    const bool adding = m_preset.connection && OpenAiConnections(m_openAiBefore).indexOf(m_preset.connection->url) < 0;
    m_writeSent = true;
    onFinished(track(m_client->updateOpenAiConfig(target)), this, [this, adding](ApiReply* reply) {
        if (!reply->ok())
            return fail(reply->error());
        m_openAiWritten = reply->json().toObject();
        m_connectionsChanged = true;
        m_report.serverUnchanged = false;
        if (adding) {
            m_report.addedConnection = m_preset.connection->url;
            m_backups->recordAddedConnection(m_report.backupId, m_preset.connection->url);
        }
        checkModels();
    });
}

void ConfigApplier::checkModels()
{
    if (!m_preset.setsModels() || m_preset.modelIds().isEmpty())
        return updateModelAccess();
    if (m_modelsAccepted && !m_connectionsChanged)
        return updateModelAccess(); // checked before the backup, and nothing changed since
    Q_EMIT stepChanged(Step::CheckingModels);
    readModels([this]() { validateModels(m_models); }, [this](const ApiError& error) { rollBackConnections(error); });
}

void ConfigApplier::validateModels(const ModelCatalog& catalog)
{
    if (!acceptModels(catalog))
        return;
    if (m_connectionsChanged && m_preset.connection)
        return proveProvider();
    updateModelAccess();
}

void ConfigApplier::proveProvider()
{
    // The connection is in place and listed; before any task setting points at it, one real
    // completion shows the key and the model work. On a refusal the connection goes again.
    // The slot that uses the connection's model (a custom preset may give the other slot a local one).
    std::optional<QString> model;
    for (const std::optional<QString>& slot : {m_preset.taskModelExternal, m_preset.taskModel}) {
        const ModelInfo* listed = slot && !slot->isEmpty() ? m_models.find(*slot) : nullptr;
        if (listed && !listed->isOllama() && listed->openAiUrlIndex >= 0) {
            model = *slot;
            break;
        }
    }
    if (!model)
        return updateModelAccess();
    Q_EMIT stepChanged(Step::ProvingProvider);
    auto* proof = new ProviderProof(m_client, this);
    connect(proof, &ProviderProof::proven, this, [this, proof]() {
        proof->deleteLater();
        updateModelAccess();
    });
    connect(proof, &ProviderProof::failed, this, [this, proof](const ApiError& error) {
        proof->deleteLater();
        rollBackConnections(error);
    });
    m_proof = proof;
    proof->prove(*model);
}

void ConfigApplier::updateModelAccess()
{
    // Before the task settings point at a model, every user must be allowed to run it; a
    // restore puts back what earlier shares changed.
    if (!m_restoreShared.isEmpty())
        return restoreModelAccess();
    if (m_shareModels)
        return shareModels();
    prepareWrite();
}

ModelSharer* ConfigApplier::newSharer(std::function<void(const QStringList&)> done,
                                      std::function<void(const ApiError&)> failed)
{
    auto* sharer = new ModelSharer(m_client, m_session.server.version, this);
    connect(sharer, &ModelSharer::finished, this, [sharer, done](const QStringList& ids) {
        sharer->deleteLater();
        done(ids);
    });
    connect(sharer, &ModelSharer::failed, this, [sharer, failed](const ApiError& error) {
        sharer->deleteLater();
        failed(error);
    });
    m_sharer = sharer;
    return sharer;
}

void ConfigApplier::shareModels()
{
    const QList<ModelInfo> models = planWith(m_models).modelsToShare();
    if (models.isEmpty())
        return prepareWrite();
    Q_EMIT stepChanged(Step::SharingModels);
    ModelSharer* sharer = newSharer(
        [this](const QStringList& ids) {
            // Regular users may use them now: the warning no longer holds.
            m_report.warnings.erase(std::remove_if(m_report.warnings.begin(), m_report.warnings.end(),
                                                   [&ids](const PresetIssue& issue) {
                                                       return issue.kind == PresetIssue::Kind::PrivateModel &&
                                                              ids.contains(issue.modelId);
                                                   }),
                                    m_report.warnings.end());
            prepareWrite();
        },
        [this](const ApiError& error) { rollBack(error); });
    // One by one, so a failure halfway still says which models may be public now.
    connect(sharer, &ModelSharer::changed, this, [this](const QString& id) { m_report.sharedModels << id; });
    m_sharingStarted = true;
    m_report.serverUnchanged = false; // until a rollback says otherwise
    sharer->share(models, m_backups.get(), m_report.backupId);
}

void ConfigApplier::restoreModelAccess()
{
    Q_EMIT stepChanged(Step::SharingModels);
    ModelSharer* sharer = newSharer(
        [this](const QStringList& ids) {
            m_report.restoredModels = ids;
            m_accessRestored = !ids.isEmpty();
            prepareWrite();
        },
        [this](const ApiError& error) { fail(error); }); // connections may be back already: not unchanged
    m_report.serverUnchanged = false;
    sharer->restore(m_restoreShared, m_backups.get(), m_restoreFromBackupId);
}

void ConfigApplier::prepareWrite()
{
    // Only what the preset changes: a field the update requires and the GET lacked comes back in
    // a 422 and is filled then (writeTaskConfig), never guessed from the version.
    const ChangePlan plan = planWith(m_models);
    m_target = plan.target();
    m_report.skipped = plan.skipped();
    m_report.changedKeys = plan.changedKeys();
    if (m_target == m_report.before) {
        m_report.alreadyApplied = true;
        m_report.after = m_report.before;
        return succeed();
    }
    checkUnchanged();
}

void ConfigApplier::checkUnchanged()
{
    // Open WebUI has no If-Match: read once more right before writing, so another admin's save since
    // the first read is reported instead of silently overwritten (the window shrinks to one round trip).
    onFinished(track(m_client->getTaskConfig(m_report.taskApi)), this, [this](ApiReply* reply) {
        if (!reply->ok())
            return rollBack(reply->error());
        const QStringList changed = TaskConfig(reply->json().toObject()).differingKeys(m_report.before);
        if (!changed.isEmpty())
            return rollBack(ApiError(ApiError::Kind::Conflict, SettingLabels::list(changed)));
        writeTaskConfig(false);
    });
}

void ConfigApplier::writeTaskConfig(bool retried)
{
    Q_EMIT stepChanged(Step::Applying);
    m_writeSent = true;
    onFinished(track(m_client->updateTaskConfig(m_report.taskApi, m_target.json())), this,
               [this, retried](ApiReply* reply) {
                   if (reply->error().kind() == ApiError::Kind::Validation && !retried &&
                       !reply->error().missingFields().isEmpty()) {
                       // The server requires fields its GET did not return: add their defaults and try once
                       // more.
                       QJsonObject json = m_target.json();
                       const QStringList added = TaskConfigSchema::fillMissing(
                           json, m_session.server.version, reply->error().missingFields());
                       if (!added.isEmpty()) {
                           m_target = TaskConfig(json);
                           return writeTaskConfig(true);
                       }
                   }
                   if (!reply->ok())
                       return recoverAfterFailedWrite(reply->error());
                   verify();
               });
}

void ConfigApplier::recoverAfterFailedWrite(const ApiError& error)
{
    // A failed POST may still have been applied, or be applied later (the answer got lost): read
    // back to know, and say only what the server then holds.
    // Not "Verifying": that follows a save the server accepted.
    const bool answerLost = WriteConfirmer::answerLost(error);
    Q_EMIT stepChanged(Step::ConfirmingWrite);
    auto* confirmer = new WriteConfirmer(m_client, m_report.taskApi, this);
    confirmer->setWaitMs(m_confirmWaitMs >= 0 ? m_confirmWaitMs : m_client->timeoutMs());
    m_confirmer = confirmer;
    connect(confirmer, &WriteConfirmer::settled, this,
            [this, confirmer, error, answerLost](WriteConfirmer::Outcome outcome, const TaskConfig& now,
                                                 qint64 waitedMs) {
                confirmer->deleteLater();
                if (answerLost)
                    m_report.writeCheckedAfterMs = waitedMs;
                switch (outcome) {
                case WriteConfirmer::Outcome::Applied:
                    m_report.after = now;
                    m_report.serverUnchanged = false;
                    return succeed();
                case WriteConfirmer::Outcome::NotApplied:
                    m_report.after = now;
                    return rollBack(error);
                case WriteConfirmer::Outcome::Unknown:
                    break;
                }
                m_report.serverUnchanged = false; // unknown: don't claim it is unchanged
                m_report.writeUnconfirmed = true;
                fail(error);
            });
    confirmer->confirm(m_report.before, m_target, error);
}

void ConfigApplier::verify()
{
    Q_EMIT stepChanged(Step::Verifying);
    m_report.serverUnchanged = false;
    onFinished(track(m_client->getTaskConfig(m_report.taskApi)), this, [this](ApiReply* reply) {
        if (!reply->ok())
            return fail(reply->error());
        m_report.after = TaskConfig(reply->json().toObject());
        const QStringList notKept = m_report.after.differingOwnedKeys(m_target);
        if (!notKept.isEmpty()) {
            const ApiError error(ApiError::Kind::NotPersisted, SettingLabels::list(notKept));
            if (!m_report.after.differingKeys(m_report.before).isEmpty())
                return fail(error); // partly changed: serverUnchanged stays false
            // The task settings are as before: take a connection we added back too, never half done.
            m_report.serverUnchanged = !m_connectionsChanged && !m_sharingStarted && !m_accessRestored;
            return rollBack(error);
        }
        succeed();
    });
}

void ConfigApplier::rollBack(const ApiError& error)
{
    if (!m_sharingStarted)
        return rollBackConnections(error);
    // The task settings were not changed: give the models their records back (as noted in the
    // backup, also for a share that failed halfway), then the connections.
    m_sharingStarted = false;
    const std::optional<Backup> backup = m_backups->find(m_report.backupId);
    if (!backup)
        return fail(error); // the records may be public still: serverUnchanged stays false
    ModelSharer* sharer = newSharer(
        [this, error](const QStringList&) {
            m_report.sharedModels.clear();
            m_report.serverUnchanged = !m_connectionsChanged && !m_accessRestored;
            rollBackConnections(error);
        },
        [this, error](const ApiError&) { fail(error); }); // serverUnchanged stays false: maybe public still
    sharer->restore(backup->sharedModels, m_backups.get(), m_report.backupId);
}

void ConfigApplier::rollBackConnections(const ApiError& error)
{
    if (!m_connectionsChanged)
        return fail(error);
    // The task settings were not changed: take the connection change back too, so nothing is half
    // done — unless another admin changed the connections since we wrote them: then theirs stay, and
    // ours is reported as left in place (serverUnchanged stays false).
    onFinished(track(m_client->getOpenAiConfig()), this, [this, error](ApiReply* current) {
        if (!current->ok() || current->json().toObject() != m_openAiWritten)
            return fail(error);
        QJsonObject previous = m_openAiBefore;
        previous.insert(QStringLiteral("ENABLE_OPENAI_API"),
                        previous.value(QLatin1String("ENABLE_OPENAI_API")).toBool(false));
        onFinished(track(m_client->updateOpenAiConfig(previous)), this, [this, error](ApiReply* reply) {
            if (reply->ok()) {
                m_connectionsChanged = false;
                m_report.addedConnection.clear();
                m_report.serverUnchanged = !m_accessRestored;
            }
            fail(error);
        });
    });
}

void ConfigApplier::succeed()
{
    m_current.clear();
    m_busy = false;
    m_backups->prune();
    qCInfo(lcApply, "applied: %lld keys changed%s, backup %s",
           static_cast<long long>(m_report.changedKeys.size()),
           m_report.alreadyApplied ? " (already applied)" : "", qUtf8Printable(m_report.backupId));
    Q_EMIT finished(m_report);
}

void ConfigApplier::fail(const ApiError& error)
{
    m_current.clear();
    m_busy = false;
    qCInfo(lcApply, "failed: error kind %d, HTTP %d at %s; server %s", static_cast<int>(error.kind()),
           error.httpStatus(), qUtf8Printable(error.endpoint()),
           m_report.serverUnchanged ? "unchanged" : "changed");
    Q_EMIT failed(error, m_report);
}

} // namespace tma
