// "Start at login" writes and removes the platform's entry (here: an XDG autostart file).
#include "StartAtLogin.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tma;

class TestStartAtLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void togglesTheAutostartEntry()
    {
#if defined(Q_OS_LINUX)
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        QVERIFY(StartAtLogin::location().startsWith(dir.path()));
        QVERIFY(!StartAtLogin::isEnabled());
        QString error;
        QVERIFY2(StartAtLogin::setEnabled(true, &error), qPrintable(error));
        QVERIFY(StartAtLogin::isEnabled());
        QFile file(StartAtLogin::location());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString contents = QString::fromUtf8(file.readAll());
        QVERIFY(contents.contains(QStringLiteral("[Desktop Entry]")));
        QVERIFY(contents.contains(QStringLiteral("Exec=\"%1\" --tray").arg(QCoreApplication::applicationFilePath())));
        QVERIFY2(StartAtLogin::setEnabled(false, &error), qPrintable(error));
        QVERIFY(!StartAtLogin::isEnabled());
        QVERIFY(!QFile::exists(StartAtLogin::location()));
#else
        QVERIFY(!StartAtLogin::location().isEmpty());
#endif
    }

    // The other platforms' entries, checked here through the functions that build them.
    void windowsRunKeyQuotesThePath()
    {
        const QString program =
            QStringLiteral("C:\\Program Files\\Task Model Assistant\\task-model-assistant.exe");
        QCOMPARE(
            StartAtLogin::windowsRunCommand(program),
            QStringLiteral("\"C:\\Program Files\\Task Model Assistant\\task-model-assistant.exe\" --tray"));
    }

    void macLaunchAgentStartsTheTrayAtLoad()
    {
        const QString program = QStringLiteral(
            "/Applications/Task Model Assistant.app/Contents/MacOS/Task Model Assistant & <x>");
        const QByteArray plist = StartAtLogin::launchAgentPlist(program);
        QVERIFY(plist.startsWith("<?xml"));
        QVERIFY(plist.contains("<key>Label</key><string>" + StartAtLogin::launchAgentLabel().toUtf8() +
                               "</string>"));
        QVERIFY(plist.contains(
            "<string>/Applications/Task Model Assistant.app/Contents/MacOS/Task Model Assistant "
            "&amp; &lt;x&gt;</string><string>--tray</string>"));
        QVERIFY(plist.contains("<key>RunAtLoad</key><true/>"));
    }

    void autostartEntryEscapesTheExecLine()
    {
        const QByteArray entry = StartAtLogin::autostartEntry(QStringLiteral("/opt/my apps/a\"b\\c"));
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("Exec=\"/opt/my apps/a\\\"b\\\\c\" --tray\n"));
    }
};

QTEST_GUILESS_MAIN(TestStartAtLogin)
#include "tst_startatlogin.moc"
