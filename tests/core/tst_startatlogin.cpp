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
};

QTEST_GUILESS_MAIN(TestStartAtLogin)
#include "tst_startatlogin.moc"
