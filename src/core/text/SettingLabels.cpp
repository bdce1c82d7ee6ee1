#include "SettingLabels.h"

#include "Automation.h"

#include <QLocale>

namespace tma {

QString SettingLabels::of(const QString& key)
{
    if (key == QLatin1String("TASK_MODEL"))
        return tr("Task model for chats with local models");
    if (key == QLatin1String("TASK_MODEL_EXTERNAL"))
        return tr("Task model for chats with external models");
    for (Automation automation : Automations::all()) {
        if (Automations::configKey(automation) == key)
            return Automations::label(automation);
    }
    return key;
}

QString SettingLabels::value(const QString& key, const QJsonValue& value)
{
    if (key.startsWith(QLatin1String("TASK_MODEL")) && (value.isString() || value.isNull()))
        return value.toString().isEmpty() ? tr("Current Model") : value.toString(); // a model id, whole
    if (value.isBool())
        return value.toBool() ? tr("On") : tr("Off");
    if (value.isUndefined() || value.isNull())
        return tr("(not set)");
    return value.toVariant().toString().left(80); // a prompt template, say: its start is enough
}

QString SettingLabels::list(const QStringList& keys)
{
    QStringList labels;
    for (const QString& key : keys)
        labels << of(key);
    return QLocale().createSeparatedList(labels);
}

} // namespace tma
