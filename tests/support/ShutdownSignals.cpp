#include "ShutdownSignals.h"

#include <QCoreApplication>
#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace tma::test {

#if defined(Q_OS_UNIX)
namespace {

// Self-pipe trick: the signal handler may only write to a socket; Qt reads it in the event
// loop and acts there.
int g_signalFds[2] = {-1, -1};

extern "C" void onSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

} // namespace

void ShutdownSignals::install(QCoreApplication* app, std::function<void()> onDump)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return; // fall back to the default action (terminate)
    auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier, onDump] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &byte, 1);
        if (byte == SIGUSR1 && onDump)
            return onDump();
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    if (onDump)
        sigaction(SIGUSR1, &action, nullptr);
}
#else
void ShutdownSignals::install(QCoreApplication*, std::function<void()>) {}
#endif

} // namespace tma::test
