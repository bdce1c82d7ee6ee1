#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tma {

// Reads and writes the assistant's own JSON files (backups, presets). Writes are atomic (QSaveFile:
// a crash mid-write leaves the old file); a file that can't be parsed is moved aside as
// "<name>.corrupt-<time>" and reported, never silently dropped or overwritten.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)
public:
    static bool write(const QString& path, const QJsonObject& json, QString* error = nullptr);
    // false with an empty *error when the file does not exist.
    static bool read(const QString& path, QJsonObject* json, QString* error = nullptr);
};

} // namespace tma
