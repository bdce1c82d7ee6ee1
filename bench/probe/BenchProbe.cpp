#include "BenchProbe.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace tma::BenchProbe {
namespace {

// The benchmark runs on Linux (bench/run.sh); elsewhere the probe is compiled out, so the
// Windows and macOS builds need none of the POSIX calls below.
#if defined(Q_OS_LINUX)
const char* readyFile()
{
    static const char* const path = [] {
        const char* value = std::getenv("TMA_BENCH_READY_FILE");
        return value && *value ? value : nullptr;
    }();
    return path;
}

long statusKb(const char* text, const char* field)
{
    const char* found = std::strstr(text, field);
    return found ? std::strtol(found + std::strlen(field), nullptr, 10) : -1;
}
#else
const char* readyFile()
{
    return nullptr;
}
#endif

class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget* widget, const char* event) : QObject(widget), m_event(event)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // The next event-loop turn: this paint and its flush to the screen are done.
            const char* name = m_event;
            QTimer::singleShot(0, qApp, [name] { mark(name); });
            deleteLater();
        }
        return false;
    }

private:
    const char* m_event;
};

} // namespace

bool enabled()
{
    return readyFile() != nullptr;
}

void mark(const char* event)
{
#if defined(Q_OS_LINUX)
    if (!enabled())
        return;
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    char status[8192] = {};
    if (FILE* proc = std::fopen("/proc/self/status", "r")) {
        status[std::fread(status, 1, sizeof status - 1, proc)] = '\0';
        std::fclose(proc);
    }
    if (FILE* out = std::fopen(readyFile(), "a")) {
        std::fprintf(out, "event=%s monotonic_ns=%lld vmhwm_kb=%ld vmrss_kb=%ld\n", event,
                     static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec,
                     statusKb(status, "VmHWM:"), statusKb(status, "VmRSS:"));
        std::fclose(out);
    }
    const char* exitAfter = std::getenv("TMA_BENCH_EXIT");
    if (exitAfter && std::strcmp(exitAfter, "1") == 0)
        QCoreApplication::exit(0);
#else
    Q_UNUSED(event)
#endif
}

void markOnFirstPaint(QWidget* widget, const char* event)
{
    if (enabled() && widget)
        new FirstPaint(widget, event);
}

void markWhenTrayShown(QSystemTrayIcon* icon, const char* event)
{
    if (!enabled() || !icon)
        return;
    if (!icon->isVisible()) { // no tray yet (the icon retries): look again shortly
        QPointer<QSystemTrayIcon> guard(icon);
        QTimer::singleShot(20, qApp, [guard, event] {
            if (guard)
                markWhenTrayShown(guard, event);
        });
        return;
    }
    // Qt's X11 tray icon is a top-level widget docked into the tray by XEmbed: its first paint is
    // when the icon is really on screen.
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (std::strcmp(widget->metaObject()->className(), "QSystemTrayIconSys") == 0)
            return markOnFirstPaint(widget, event);
    }
    QTimer::singleShot(0, qApp, [event] { mark(event); });
}

} // namespace tma::BenchProbe
