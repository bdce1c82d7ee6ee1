#include "AppPaths.h"

#include "ServerAddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tma {

QString AppPaths::dataDir()
{
    const QString overridden = qEnvironmentVariable("TMA_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    QString location = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (location.isEmpty())
        location = QDir::homePath() + QStringLiteral("/.task-model-assistant");
    return location;
}

QString AppPaths::backupsDir(const ServerAddress& server)
{
    return dataDir() + QStringLiteral("/backups/") + serverFolderName(server);
}

QString AppPaths::presetsFile()
{
    return dataDir() + QStringLiteral("/presets.json");
}

QString AppPaths::serverFolderName(const ServerAddress& server)
{
    const QString key = server.key();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString readable = QString(key).remove(QRegularExpression(QStringLiteral("^[a-z]+://"))).replace(unsafe, QStringLiteral("_"));
    // A short hash keeps two servers apart even when their readable names collide.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return readable.left(60) + QLatin1Char('-') + hash;
}

} // namespace tma
