#include "JsonFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace tma {
namespace {
constexpr qint64 kMaxFileBytes = 16 << 20;
}

bool JsonFile::write(const QString& path, const QJsonObject& json, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("Could not create the folder for %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Only the user may read what the assistant stores about their servers.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool JsonFile::read(const QString& path, QJsonObject* json, QString* error)
{
    if (error)
        error->clear();
    QFile file(path);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray data = file.read(kMaxFileBytes + 1);
    file.close();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (data.size() <= kMaxFileBytes && parseError.error == QJsonParseError::NoError && document.isObject()) {
        *json = document.object();
        return true;
    }
    const QString stamp = path + QStringLiteral(".corrupt-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz"));
    QString aside = stamp;
    for (int suffix = 2; QFile::exists(aside); ++suffix) // damaged twice in one moment: keep both
        aside = stamp + QStringLiteral("-%1").arg(suffix);
    if (error) {
        *error = QFile::rename(path, aside) ? tr("%1 was damaged and has been set aside as %2.")
                                                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside))
                                            : tr("%1 is damaged and could not be set aside; it was not used.")
                                                  .arg(QDir::toNativeSeparators(path));
    } else {
        QFile::rename(path, aside);
    }
    return false;
}

} // namespace tma
