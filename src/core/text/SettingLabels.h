#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

namespace tma {

// A task setting as Open WebUI's admin page names it, for every front end and every message that
// mentions settings (a conflict, a save the server did not keep, the list of changes).
class SettingLabels
{
    Q_DECLARE_TR_FUNCTIONS(SettingLabels)
public:
    // "TASK_MODEL" → "Task model for chats with local models", "ENABLE_TAGS_GENERATION" → "Tags
    // Generation"; a key without a label (a prompt template) stays as the server names it.
    static QString of(const QString& key);
    // Several, in the locale's list form ("A, B and C").
    static QString list(const QStringList& keys);
    // A setting's value as the admin page shows it: "Current Model" for an empty task model, On or
    // Off, "(not set)"; any other value as the server holds it (a model id: the server's text, for
    // the front end to show safely).
    static QString value(const QString& key, const QJsonValue& value);
};

} // namespace tma
