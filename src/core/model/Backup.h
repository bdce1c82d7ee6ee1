#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tma {

// The server's settings at one moment, taken before the assistant changes them. Connection keys
// are never in a backup (see OpenAiConnections::redacted()).
struct Backup
{
    QString id;              // "20261121T211400123Z": sortable, unique per server
    QDateTime createdAt;     // UTC
    QString server;          // ServerAddress::key()
    QString serverVersion;
    QString reason;          // what was about to happen ("apply local")
    bool original = false;   // the first backup: settings from before the assistant
    QJsonObject taskConfig;
    QJsonObject openAiConfig; // redacted; empty when not captured
    QStringList addedConnections; // URLs the change after this backup added
    // Models the change after this backup made public, each with its record as it was before
    // (ModelSharer::entry): what a restore puts back.
    QJsonArray sharedModels;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, Backup* out);
};

} // namespace tma
