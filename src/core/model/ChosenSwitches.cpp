#include "ChosenSwitches.h"

namespace tma {

QMap<Automation, bool> ChosenSwitches::of(Preset::Kind kind, const QMap<Automation, bool>& shown,
                                          const TaskConfig& server)
{
    if (kind == Preset::Kind::Quiet)
        return shown;
    QMap<Automation, bool> chosen;
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        if (!server.has(it.key()) || server.isEnabled(it.key()) != it.value())
            chosen.insert(it.key(), it.value());
    }
    return chosen;
}

} // namespace tma
