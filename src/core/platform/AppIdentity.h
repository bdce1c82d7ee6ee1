#pragma once

namespace tma {

// Names the application for QSettings, QStandardPaths and --version; the GUI and the CLI share them
// so both see the same servers and backups.
void setApplicationIdentity();

} // namespace tma
