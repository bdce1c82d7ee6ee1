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

QString SettingLabels::list(const QStringList& keys)
{
    QStringList labels;
    for (const QString& key : keys)
        labels << of(key);
    return QLocale().createSeparatedList(labels);
}

} // namespace tma
