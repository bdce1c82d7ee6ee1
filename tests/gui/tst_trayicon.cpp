// A real system tray (Xvfb + trayer, see tests/support/with-tray.sh): the icon appears, a right
// click opens its menu, choosing a preset changes the server's settings.
#include "FakeOpenWebUi.h"
#include "GuiTestHelpers.h"
#include "MemorySecretStore.h"
#include "TrayController.h"
#include "TrayIcon.h"
#include "TraySetup.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tma;
using namespace tma::test;

class TestTrayIcon : public QObject
{
    Q_OBJECT

private:
    static bool runXdotool(const QStringList& arguments)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("xdotool"), arguments);
        return finished.wait(5000) && process.exitCode() == 0;
    }

    // trayer's window on the screen, from xdotool's --shell output (X=, Y=, WIDTH=, HEIGHT=).
    static QRect trayerGeometry()
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                                  QStringLiteral("--class"), QStringLiteral("trayer"),
                                                  QStringLiteral("getwindowgeometry"), QStringLiteral("--shell")});
        if (!finished.wait(5000))
            return {};
        QHash<QString, int> values;
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString& line : lines)
            values.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1).toInt());
        return QRect(values.value(QStringLiteral("X")), values.value(QStringLiteral("Y")),
                     values.value(QStringLiteral("WIDTH")), values.value(QStringLiteral("HEIGHT")));
    }

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }

    void rightClickOpensMenuAndSwitches()
    {
        QTemporaryDir dir;
        isolateFiles(dir);
        FakeOpenWebUi fake(FakeProfile::V0_6);
        QVERIFY(fake.listen());
        MemorySecretStore secrets;
        rememberServer(fake, secrets);

        TrayController controller(&secrets);
        TrayIcon tray(&controller);
        QSignalSpy ready(&tray, &TrayIcon::ready);
        tray.show();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
        QVERIFY2(ready.first().first().toBool(), "no system tray on this display (is trayer running?)");
        QVERIFY(tray.icon()->isVisible());
        QTest::qWait(500); // let trayer embed and map the icon

        // The icon is embedded in trayer's window, which holds nothing else: click its middle.
        const QRect trayer = trayerGeometry();
        QVERIFY2(trayer.isValid(), "trayer's window was not found");
        const QPoint center = trayer.center();
        // The entry as the menu first shows it, while the server is being read.
        QPointer<QAction> shownFirst;
        connect(tray.menu(), &QMenu::aboutToShow, this, [&tray, &shownFirst]() {
            shownFirst = tray.menu()->findChild<QAction*>(QStringLiteral("preset:quiet"));
        });
        QSignalSpy hidden(tray.menu(), &QMenu::aboutToHide);
        QVERIFY(runXdotool({QStringLiteral("mousemove"), QString::number(center.x()), QString::number(center.y()),
                            QStringLiteral("click"), QStringLiteral("3")}));
        QTRY_VERIFY_WITH_TIMEOUT(tray.menu()->isVisible(), 10000);
        QVERIFY(shownFirst);
        // Opening the menu read the server: the header names it and the presets are enabled.
        QTRY_VERIFY_WITH_TIMEOUT(!tray.menu()->actions().first()->text().contains(QStringLiteral("reading")),
                                 10000);
        QAction* quiet = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((quiet = tray.menu()->findChild<QAction*>(QStringLiteral("preset:quiet"))) &&
                                     quiet->isEnabled(),
                                 10000);
        // …updated where it stands: still open, the same entry under the pointer.
        QVERIFY(tray.menu()->isVisible());
        QCOMPARE(hidden.count(), 0);
        QCOMPARE(quiet, shownFirst.data());
        QVERIFY(!quiet->isChecked());
        saveShot(tray.menu(), QStringLiteral("4-tray-menu"));
        QSignalSpy notes(&controller, &TrayController::notify);
        QTest::mouseClick(tray.menu(), Qt::LeftButton, {}, tray.menu()->actionGeometry(quiet).center());
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QVERIFY(!notes.first().at(2).toBool());
        QCOMPARE(fake.taskConfig().value(QLatin1String("ENABLE_AUTOCOMPLETE_GENERATION")).toBool(), false);
        QCOMPARE(fake.taskConfig().value(QLatin1String("ENABLE_TAGS_GENERATION")).toBool(), false);
        QTRY_VERIFY(tray.icon()->toolTip().contains(QStringLiteral("Current Model")));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
