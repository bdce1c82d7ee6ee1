#pragma once

#include "Automation.h"
#include "Preset.h"
#include "TaskConfig.h"

#include <QMap>

namespace tma {

// Which automation switches a preset carries: only the ones the user decided. A preset that also
// carried every switch as the server had it would, applied again later (from the tray, say), turn
// back on what another preset (Disable automations) turned off, without a word.
class ChosenSwitches
{
public:
    // `shown`: the switches as the user left them; `server`: the settings they were first shown from.
    // The quiet preset keeps them all (they start as its own defaults); any other keeps only those
    // the user changed.
    static QMap<Automation, bool> of(Preset::Kind kind, const QMap<Automation, bool>& shown,
                                     const TaskConfig& server);
};

} // namespace tma
