#pragma once

#include "ServerAddress.h"

#include <QString>
#include <QUrl>

namespace tma {

// Where the assistant keeps its files. TMA_DATA_DIR overrides the platform location (tests, portable use).
class AppPaths
{
public:
    static QString dataDir();
    static QString backupsDir(const ServerAddress& server);
    static QString presetsFile();
    // A folder name for a server: readable, and safe on every file system.
    static QString serverFolderName(const ServerAddress& server);
};

} // namespace tma
