#pragma once

#include "Backup.h"

#include "ServerAddress.h"
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <QUrl>

#include <optional>

namespace tma {

// The per-server history of backups on disk: one JSON file per backup in AppPaths::backupsDir(),
// written atomically. The first backup of a server is its "original" and is never pruned.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)
public:
    explicit BackupStore(const ServerAddress& server, const QString& directory = {});

    QString directory() const { return m_directory; }
    // Saves the backup (assigning id, time, server and the original flag); false + *error on failure.
    bool save(Backup& backup, QString* error = nullptr);
    // Records which connections the change after `backupId` added (for a clean restore).
    bool recordAddedConnection(const QString& backupId, const QString& url, QString* error = nullptr);

    // Records a model's record as it was before the change after `backupId` made it public.
    bool recordSharedModel(const QString& backupId, const QJsonObject& entry, QString* error = nullptr);
    // Adds `value` under `key` to the entry of model `id` in backup `backupId` (the record as the
    // share wrote it).
    bool amendSharedModel(const QString& backupId, const QString& id, const QString& key,
                          const QJsonValue& value);
    // A restore put model `id` back: its entries in `fromBackupId` and every later backup are done,
    // so no later restore repeats them.
    void markSharedModelRestored(const QString& fromBackupId, const QString& id);

    QList<Backup> list() const; // newest first
    std::optional<Backup> find(const QString& id) const;
    std::optional<Backup> original() const;
    std::optional<Backup> latest() const;
    // Damaged files found (and set aside) by the last list()/find().
    QStringList problems() const { return m_problems; }

    // Keeps the original, the newest `keep` others, and any holding an undo that was not done yet
    // (a model made public, a connection added).
    void prune(int keep = 50);

private:
    QString pathFor(const QString& id) const;

    ServerAddress m_server;
    QString m_directory;
    mutable QStringList m_problems;
};

} // namespace tma
