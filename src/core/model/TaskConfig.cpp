#include "TaskConfig.h"

#include <QJsonArray>

#include <QSet>

namespace tma {
namespace {
const QString kTaskModel = QStringLiteral("TASK_MODEL");
const QString kTaskModelExternal = QStringLiteral("TASK_MODEL_EXTERNAL");
} // namespace

QString TaskConfig::taskModel() const
{
    return m_json.value(kTaskModel).toString();
}

QString TaskConfig::taskModelExternal() const
{
    return m_json.value(kTaskModelExternal).toString();
}

void TaskConfig::setTaskModel(const QString& id)
{
    m_json.insert(kTaskModel, id);
}

void TaskConfig::setTaskModelExternal(const QString& id)
{
    m_json.insert(kTaskModelExternal, id);
}

bool TaskConfig::has(Automation automation) const
{
    return m_json.contains(Automations::configKey(automation));
}

bool TaskConfig::isEnabled(Automation automation) const
{
    const QJsonValue value = m_json.value(Automations::configKey(automation));
    switch (value.type()) {
    case QJsonValue::Undefined:
        return true; // this version has no switch: the task always runs
    // The task routes test `if not request.app.state.config.ENABLE_…` (routers/tasks.py), so
    // a stored null, 0 or "" turns the task off just like false.
    case QJsonValue::Null:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    }
    return true;
}

void TaskConfig::setEnabled(Automation automation, bool enabled)
{
    m_json.insert(Automations::configKey(automation), enabled);
}

QStringList TaskConfig::differingKeys(const TaskConfig& other) const
{
    QSet<QString> keys;
    for (auto it = m_json.begin(); it != m_json.end(); ++it)
        keys.insert(it.key());
    for (auto it = other.m_json.begin(); it != other.m_json.end(); ++it)
        keys.insert(it.key());
    QStringList differing;
    for (const QString& key : keys) {
        if (m_json.value(key) != other.m_json.value(key) || m_json.contains(key) != other.m_json.contains(key))
            differing << key;
    }
    differing.sort();
    return differing;
}

QStringList TaskConfig::differingOwnedKeys(const TaskConfig& other) const
{
    QStringList differing;
    const QStringList owned = ownedKeys();
    for (const QString& key : owned) {
        if (m_json.value(key) != other.m_json.value(key))
            differing << key;
    }
    return differing;
}

QStringList TaskConfig::ownedKeys()
{
    QStringList keys{kTaskModel, kTaskModelExternal};
    const QList<Automation> automations = Automations::all();
    for (Automation automation : automations)
        keys << Automations::configKey(automation);
    return keys;
}

} // namespace tma
