#pragma once

#include <functional>

class QCoreApplication;

namespace tma::test {

// Lets the fake server end cleanly when a script stops it: SIGINT and SIGTERM quit the event loop
// (destructors run, the port is released), SIGUSR1 calls `onDump` and goes on (only handled when
// `onDump` is given). POSIX signals exist only there: on Windows this does nothing, Ctrl-C ends
// the process as usual and there is no dump signal (bench/run.sh, its only user, is Linux-only).
class ShutdownSignals
{
public:
    static void install(QCoreApplication* app, std::function<void()> onDump);
};

} // namespace tma::test
