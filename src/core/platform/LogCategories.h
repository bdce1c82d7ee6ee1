#pragma once

#include <QLoggingCategory>

namespace tma {

// What the assistant can say about what it does, one category per area, for bug reports. All are
// off by default (warnings and worse only), so a normal run prints nothing extra; --verbose turns
// them all on, QT_LOGGING_RULES (e.g. "tma.api.debug=true") picks some. Messages pass through
// LogRedactor, but the call sites still log no secrets: names, paths, statuses and times only.
Q_DECLARE_LOGGING_CATEGORY(lcApi)     // tma.api: each request: method, path, status, ms, bytes
Q_DECLARE_LOGGING_CATEGORY(lcApply)   // tma.apply: ConfigApplier's steps and outcome
Q_DECLARE_LOGGING_CATEGORY(lcProbe)   // tma.probe: the test task per slot, model and time
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // tma.secrets: keychain results, by key name
Q_DECLARE_LOGGING_CATEGORY(lcTray)    // tma.tray: what the tray menu starts and how it ends
Q_DECLARE_LOGGING_CATEGORY(lcCli)     // tma.cli: the command run and its exit code

// Turns every tma.* category on (what --verbose does). QT_LOGGING_RULES still wins where it is set.
void enableVerboseLogging();

} // namespace tma
