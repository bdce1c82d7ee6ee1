// Without a tray host (offscreen has none) the assistant falls back to a normal window with the
// same actions, and a switch made there reaches the server.
#include "FakeOpenWebUi.h"
#include "GuiTestHelpers.h"
#include "MemorySecretStore.h"
#include "Translator.h"
#include "TrayController.h"
#include "TrayFallbackWindow.h"
#include "TrayIcon.h"
#include "TraySetup.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace tma;
using namespace tma::test;

class TestTrayFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }

    void fallsBackToAWindowWithTheSameMenu()
    {
        QTemporaryDir dir;
        isolateFiles(dir);
        FakeOpenWebUi fake(FakeProfile::V0_11);
        QVERIFY(fake.listen());
        MemorySecretStore secrets;
        rememberServer(fake, secrets);
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());

        TrayController controller(&secrets);
        TrayIcon tray(&controller);
        tray.setRetryPolicy(20, 3);
        QSignalSpy ready(&tray, &TrayIcon::ready);
        tray.show();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toBool(), false);
        QVERIFY(tray.fallbackWindow());
        QTRY_VERIFY(tray.fallbackWindow()->isVisible());
        QVERIFY(tray.isVisible()); // closing the wizard must not quit while this is shown

        auto* button = tray.fallbackWindow()->findChild<QToolButton*>(QStringLiteral("fallbackMenuButton"));
        QVERIFY(button);
        QMenu* menu = button->menu();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow(); // what opening it does: read the server once
        QAction* quiet = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((quiet = menu->findChild<QAction*>(QStringLiteral("preset:quiet"))) && quiet->isEnabled(), 10000);
        QSignalSpy notes(&controller, &TrayController::notify);
        quiet->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QCOMPARE(fake.taskConfig().value(QLatin1String("ENABLE_TAGS_GENERATION")).toBool(), false);

        // The window keeps showing the notice: a language switch words it again, title and summary.
        auto* message = tray.fallbackWindow()->findChild<QLabel*>(QStringLiteral("fallbackMessage"));
        QVERIFY(message);
        QVERIFY2(seen(message->text()).startsWith(QLatin1String("Switched to Disable automations\n")) &&
                     message->text().contains(QLatin1String("Turns off")),
                 qPrintable(message->text()));
        QCOMPARE(Translator::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QTRY_VERIFY2(!message->text().startsWith(QLatin1String("Switched")), qPrintable(message->text()));
        QVERIFY2(!message->text().contains(QLatin1String("Turns off")) &&
                     message->text().contains(QCoreApplication::translate("Preset", "Disable automations")),
                 qPrintable(message->text()));
        Translator::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTrayFallback)
#include "tst_trayfallback.moc"
