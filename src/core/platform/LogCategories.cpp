#include "LogCategories.h"

namespace tma {

// QtWarningMsg: debug and info messages are off unless a rule turns them on.
Q_LOGGING_CATEGORY(lcApi, "tma.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApply, "tma.apply", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProbe, "tma.probe", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "tma.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTray, "tma.tray", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "tma.cli", QtWarningMsg)

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("tma.*=true"));
}

} // namespace tma
