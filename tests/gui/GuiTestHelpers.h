#pragma once

#include <QDir>
#include <QLocale>
#include <QTest>
#include <QWidget>

namespace tma::test {

// Finds a child widget by object name and fails the test when it is missing.
template <typename T> T* child(QObject* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// With TMA_SCREENSHOT_DIR set, saves `widget` as <dir>/<language>-<name>.png (for looking at every
// page in every language: scripts/screenshots.sh).
inline void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TMA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString language = qEnvironmentVariable("TMA_SCREENSHOT_LANGUAGE", QStringLiteral("en"));
    widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, name));
}

} // namespace tma::test
