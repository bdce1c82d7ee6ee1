#include "InterruptSignal.h"

#include <QMetaObject>
#include <QPointer>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace tma::cli {
namespace {

QPointer<InterruptSignal> g_instance;

#ifdef Q_OS_WIN
// Runs on a thread the console creates: hand over to the main thread and keep the process alive.
BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    if (InterruptSignal* instance = g_instance.data())
        QMetaObject::invokeMethod(instance, &InterruptSignal::interrupted, Qt::QueuedConnection);
    return TRUE;
}
#else
int g_pipe[2] = {-1, -1};

// Only async-signal-safe calls here: one byte into the pipe the main thread watches.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}
#endif

} // namespace

struct InterruptSignal::Private
{
#ifndef Q_OS_WIN
    QSocketNotifier* notifier = nullptr;
    struct sigaction previousInt = {};
    struct sigaction previousTerm = {};
#endif
};

InterruptSignal::InterruptSignal(QObject* parent) : QObject(parent), d(new Private)
{
    g_instance = this;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return; // Ctrl-C then ends the process as usual
    d->notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, [this]() {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_pipe[1], &byte, 1);
        Q_EMIT interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &d->previousInt);
    sigaction(SIGTERM, &action, &d->previousTerm);
#endif
}

InterruptSignal::~InterruptSignal()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
#else
    if (d->notifier) {
        sigaction(SIGINT, &d->previousInt, nullptr);
        sigaction(SIGTERM, &d->previousTerm, nullptr);
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
#endif
    delete d;
}

} // namespace tma::cli
