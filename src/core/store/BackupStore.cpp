#include "BackupStore.h"

#include "AppPaths.h"
#include "JsonFile.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace tma {

BackupStore::BackupStore(const ServerAddress& server, const QString& directory)
    : m_server(server), m_directory(directory.isEmpty() ? AppPaths::backupsDir(server) : directory)
{
}

QString BackupStore::pathFor(const QString& id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

bool BackupStore::save(Backup& backup, QString* error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString id = now.toString(QStringLiteral("yyyyMMddThhmmsszzz")) + QLatin1Char('Z');
    for (int suffix = 2; QFile::exists(pathFor(id)); ++suffix)
        id = now.toString(QStringLiteral("yyyyMMddThhmmsszzz")) + QStringLiteral("Z-%1").arg(suffix);
    backup.id = id;
    backup.createdAt = now;
    backup.server = m_server.key();
    backup.original = !original().has_value();
    return JsonFile::write(pathFor(id), backup.toJson(), error);
}

bool BackupStore::recordAddedConnection(const QString& backupId, const QString& url, QString* error)
{
    std::optional<Backup> backup = find(backupId);
    if (!backup) {
        if (error)
            *error = tr("The backup %1 was not found.").arg(backupId);
        return false;
    }
    if (!backup->addedConnections.contains(url))
        backup->addedConnections << url;
    return JsonFile::write(pathFor(backupId), backup->toJson(), error);
}

bool BackupStore::recordSharedModel(const QString& backupId, const QJsonObject& entry, QString* error)
{
    std::optional<Backup> backup = find(backupId);
    if (!backup) {
        if (error)
            *error = tr("The backup %1 was not found.").arg(backupId);
        return false;
    }
    // The first state noted is the one from before the change; a second share of the same model
    // in the same change must not overwrite it.
    for (const QJsonValue& noted : std::as_const(backup->sharedModels)) {
        if (noted.toObject().value(QLatin1String("id")) == entry.value(QLatin1String("id")))
            return true;
    }
    backup->sharedModels.append(entry);
    return JsonFile::write(pathFor(backupId), backup->toJson(), error);
}

bool BackupStore::amendSharedModel(const QString& backupId, const QString& id, const QString& key,
                                   const QJsonValue& value)
{
    std::optional<Backup> backup = find(backupId);
    if (!backup)
        return false;
    for (qsizetype i = 0; i < backup->sharedModels.size(); ++i) {
        QJsonObject entry = backup->sharedModels.at(i).toObject();
        if (entry.value(QLatin1String("id")).toString() != id)
            continue;
        entry.insert(key, value);
        backup->sharedModels.replace(i, entry);
        return JsonFile::write(pathFor(backupId), backup->toJson());
    }
    return false;
}

void BackupStore::markSharedModelRestored(const QString& fromBackupId, const QString& id)
{
    const QList<Backup> backups = list();
    for (const Backup& backup : backups) {
        if (backup.id < fromBackupId)
            continue;
        for (const QJsonValue& entry : backup.sharedModels) {
            if (entry.toObject().value(QLatin1String("id")).toString() == id)
                amendSharedModel(backup.id, id, QStringLiteral("restored"), true);
        }
    }
}

QList<Backup> BackupStore::list() const
{
    m_problems.clear();
    QList<Backup> backups;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QJsonObject json;
        QString error;
        Backup backup;
        if (!JsonFile::read(dir.filePath(file), &json, &error)) {
            if (!error.isEmpty())
                m_problems << error;
            continue;
        }
        if (!Backup::fromJson(json, &backup)) {
            m_problems << tr("%1 is not a backup of this assistant and was skipped.").arg(file);
            continue;
        }
        backups << backup;
    }
    std::sort(backups.begin(), backups.end(), [](const Backup& a, const Backup& b) { return a.id > b.id; });
    return backups;
}

std::optional<Backup> BackupStore::find(const QString& id) const
{
    if (id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')) || id.startsWith(QLatin1Char('.')))
        return std::nullopt;
    QJsonObject json;
    QString error;
    Backup backup;
    if (!JsonFile::read(pathFor(id), &json, &error)) {
        if (!error.isEmpty())
            m_problems << error;
        return std::nullopt;
    }
    if (!Backup::fromJson(json, &backup))
        return std::nullopt;
    return backup;
}

std::optional<Backup> BackupStore::original() const
{
    const QList<Backup> backups = list();
    for (auto it = backups.rbegin(); it != backups.rend(); ++it) {
        if (it->original)
            return *it;
    }
    return std::nullopt;
}

std::optional<Backup> BackupStore::latest() const
{
    const QList<Backup> backups = list();
    if (backups.isEmpty())
        return std::nullopt;
    return backups.first();
}

void BackupStore::prune(int keep)
{
    const QList<Backup> backups = list();
    int kept = 0;
    for (const Backup& backup : backups) {
        if (backup.original)
            continue;
        const bool holdsUndo =
            !backup.addedConnections.isEmpty() ||
            std::any_of(backup.sharedModels.begin(), backup.sharedModels.end(), [](const QJsonValue& entry) {
                return !entry.toObject().value(QLatin1String("restored")).toBool();
            });
        if (++kept > keep && !holdsUndo)
            QFile::remove(pathFor(backup.id));
    }
}

} // namespace tma
