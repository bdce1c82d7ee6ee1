#pragma once

#include <QString>

namespace tma {

// Keeps secrets out of log output: every message that reaches Qt's message handler (ours, Qt's
// own network warnings, a crash report's last lines) has bearer tokens, API keys, JWTs and
// password fields replaced before it is printed.
class LogRedactor
{
public:
    static QString redact(const QString& text);
    // Wraps the current message handler; call once at start.
    static void install();
};

} // namespace tma
