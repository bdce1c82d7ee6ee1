#pragma once

class QSystemTrayIcon;
class QWidget;

namespace tma::BenchProbe {

// Startup measurement hook for bench/ (see bench/README.md). Everything here is inert unless the
// environment variable TMA_BENCH_READY_FILE names a file: then each event appends one line
//   event=NAME monotonic_ns=CLOCK_MONOTONIC vmhwm_kb=N vmrss_kb=N
// to that file, and with TMA_BENCH_EXIT=1 the application quits right after writing it.

// True when TMA_BENCH_READY_FILE is set (read once).
bool enabled();
// Writes the line for `event` now.
void mark(const char* event);
// Writes the line for `event` once `widget` has been painted for the first time (its window is on
// screen), after that paint has been flushed.
void markOnFirstPaint(QWidget* widget, const char* event);
// Writes the line for `event` once `icon` is in a system tray and its tray window has been painted
// (X11: the XEmbed window; elsewhere, one event-loop turn after it became visible).
void markWhenTrayShown(QSystemTrayIcon* icon, const char* event);

} // namespace tma::BenchProbe
