#include "StartAtLogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace tma {
namespace {

QString program()
{
    return QCoreApplication::applicationFilePath();
}

#if defined(Q_OS_WIN)
const char* kRunKey = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
const char* kRunName = "TaskModelAssistant";
#endif
const char* kLabel = "io.github.task-model-assistant";

bool writeFile(const QString& path, const QByteArray& contents, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        if (error)
            *error = StartAtLogin::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString StartAtLogin::location()
{
#if defined(Q_OS_WIN)
    return QString::fromLatin1(kRunKey);
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + launchAgentLabel() +
           QStringLiteral(".plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/task-model-assistant.desktop");
#endif
}

bool StartAtLogin::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(QString::fromLatin1(kRunKey), QSettings::NativeFormat).contains(QLatin1String(kRunName));
#else
    return QFile::exists(location());
#endif
}

bool StartAtLogin::setEnabled(bool enabled, QString* error)
{
#if defined(Q_OS_WIN)
    QSettings run(QString::fromLatin1(kRunKey), QSettings::NativeFormat);
    if (enabled)
        run.setValue(QLatin1String(kRunName), windowsRunCommand(program()));
    else
        run.remove(QLatin1String(kRunName));
    run.sync();
    if (run.status() != QSettings::NoError && error)
        *error = tr("Could not change the Windows start-up entry.");
    return run.status() == QSettings::NoError;
#else
    if (!enabled) {
        if (QFile::exists(location()) && !QFile::remove(location())) {
            if (error)
                *error = tr("Could not remove %1.").arg(QDir::toNativeSeparators(location()));
            return false;
        }
        return true;
    }
#if defined(Q_OS_MACOS)
    return writeFile(location(), launchAgentPlist(program()), error);
#else
    return writeFile(location(), autostartEntry(program()), error);
#endif
#endif
}

QString StartAtLogin::launchAgentLabel()
{
    return QLatin1String(kLabel);
}

QString StartAtLogin::windowsRunCommand(const QString& program)
{
    return QStringLiteral("\"%1\" --tray").arg(QDir::toNativeSeparators(program));
}

QByteArray StartAtLogin::launchAgentPlist(const QString& program)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
               "<plist version=\"1.0\"><dict>\n"
               "  <key>Label</key><string>%1</string>\n"
               "  <key>ProgramArguments</key><array><string>%2</string><string>--tray</string></array>\n"
               "  <key>RunAtLoad</key><true/>\n"
               "</dict></plist>\n")
        .arg(QLatin1String(kLabel), program.toHtmlEscaped())
        .toUtf8();
}

QByteArray StartAtLogin::autostartEntry(const QString& program)
{
    // Quote the path per the Desktop Entry spec, so a path with spaces still starts.
    QString exec = program;
    exec.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Task Model Assistant\n"
                          "Exec=\"%1\" --tray\n"
                          "Icon=task-model-assistant\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "NoDisplay=false\n")
        .arg(exec)
        .toUtf8();
}

} // namespace tma
