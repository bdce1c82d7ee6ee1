#pragma once

#include "Automation.h"

#include <QJsonObject>
#include <QStringList>

namespace tma {

// The server's task settings exactly as it returned them, with typed access to the fields the
// assistant owns. Every other key (templates, TASK_MODEL_PARAMS, fork extras) is kept untouched so
// the whole object can be posted back.
class TaskConfig
{
public:
    TaskConfig() = default;
    explicit TaskConfig(const QJsonObject& json) : m_json(json) {}

    const QJsonObject& json() const { return m_json; }
    bool isEmpty() const { return m_json.isEmpty(); }

    // "" means "Current Model" (the chat model itself does the task).
    QString taskModel() const;
    QString taskModelExternal() const;
    void setTaskModel(const QString& id);
    void setTaskModelExternal(const QString& id);

    // Whether this server has the switch at all (older versions lack some).
    bool has(Automation automation) const;
    // A missing switch reads as on: the server then runs the task unconditionally. A stored value
    // counts as Python's `if not` sees it: null is off.
    bool isEnabled(Automation automation) const;
    void setEnabled(Automation automation, bool enabled);

    // Keys whose values differ between the two (in either), sorted.
    QStringList differingKeys(const TaskConfig& other) const;
    // Keys of ours (models, automations) that differ.
    QStringList differingOwnedKeys(const TaskConfig& other) const;

    static QStringList ownedKeys();

    bool operator==(const TaskConfig& other) const { return m_json == other.m_json; }
    bool operator!=(const TaskConfig& other) const { return !(*this == other); }

private:
    QJsonObject m_json;
};

} // namespace tma
