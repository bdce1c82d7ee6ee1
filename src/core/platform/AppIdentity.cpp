#include "AppIdentity.h"

#include "AppVersion.h"

#include <QCoreApplication>

namespace tma {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaskModelAssistant"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("task-model-assistant.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("task-model-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TMA_VERSION));
}

} // namespace tma
