// What each desktop gets from the tray, checked on Linux through the choices the tray makes:
// a template (mask) icon for the macOS menu bar, a one-colour glyph drawn for the panel's
// brightness elsewhere, handed over as pixmaps (the KDE workaround), and Quit/About in their macOS
// menu roles while every other entry keeps NoRole.
#include "MemorySecretStore.h"
#include "TrayController.h"
#include "TrayIconTheme.h"
#include "TrayMenuBuilder.h"

#include <QApplication>
#include <QMenu>
#include <QtTest>

using tma::TrayController;
using tma::TrayEntry;
using tma::TrayIconTheme;
using tma::TrayMenuBuilder;
using State = tma::TrayController::State;

namespace {

// A point on the speech bubble's outline in the 64 × 64 drawing (the glyph, not the state mark).
QColor glyphPixel(const QIcon& icon)
{
    return icon.pixmap(64, 64).toImage().pixelColor(5, 25);
}

} // namespace

class TestTrayPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }

    void macOSGetsATemplateIcon()
    {
        for (const State state : {State::Unknown, State::Applied, State::Busy, State::Error}) {
            const QIcon icon = TrayIconTheme::icon(state, TrayIconTheme::Desktop::MacOS, false);
            QVERIFY(!icon.isNull());
            QVERIFY(icon.isMask());
        }
    }

    void otherDesktopsGetPixmapsInEverySize()
    {
        const QIcon icon = TrayIconTheme::icon(State::Applied, TrayIconTheme::Desktop::Other, false);
        QVERIFY(!icon.isMask());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int side : {16, 22, 32, 64, 128})
            QVERIFY2(sizes.contains(QSize(side, side)),
                     qPrintable(QStringLiteral("no %1 px pixmap").arg(side)));
    }

    void glyphFollowsThePanel()
    {
        const QColor onLight =
            glyphPixel(TrayIconTheme::icon(State::Unknown, TrayIconTheme::Desktop::Other, false));
        const QColor onDark =
            glyphPixel(TrayIconTheme::icon(State::Unknown, TrayIconTheme::Desktop::Other, true));
        QCOMPARE(onLight.alpha(), 255);
        QCOMPARE(onDark.alpha(), 255);
        QVERIFY2(onLight.lightness() < 80, qPrintable(onLight.name()));
        QVERIFY2(onDark.lightness() > 200, qPrintable(onDark.name()));
    }

    void statesLookDifferent()
    {
        QSet<QByteArray> looks;
        for (const State state : {State::Unknown, State::Applied, State::Busy, State::Error}) {
            const QImage image =
                TrayIconTheme::icon(state, TrayIconTheme::Desktop::Other, false).pixmap(32, 32).toImage();
            looks.insert(QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes()));
        }
        QCOMPARE(looks.size(), 4);
    }

    // A menu-bar agent has no visible application menu: an action with a macOS menu role (set, or
    // guessed from its text) would move there and vanish from the tray menu.
    void noEntryLeavesTheTrayMenuOnMacOS()
    {
        QCOMPARE(TrayMenuBuilder::menuRole(TrayEntry::Kind::Quit), QAction::NoRole);
        QCOMPARE(TrayMenuBuilder::menuRole(TrayEntry::Kind::About), QAction::NoRole);

        tma::MemorySecretStore secrets;
        TrayController controller(&secrets);
        QMenu menu;
        TrayMenuBuilder::build(&menu, controller.entries(), &controller);
        QStringList texts, moved;
        for (QAction* action : menu.actions()) {
            if (action->isSeparator())
                continue;
            texts << action->text();
            if (action->menuRole() != QAction::NoRole)
                moved << action->text(); // macOS would move these out of the tray menu
        }
        QVERIFY(texts.contains(QStringLiteral("Quit")));
        QVERIFY(texts.contains(QStringLiteral("About Task Model Assistant")));
        QVERIFY2(moved.isEmpty(), qPrintable(moved.join(QLatin1String(", "))));
    }

    void aboutEntryAsksForTheAboutBox()
    {
        tma::MemorySecretStore secrets;
        TrayController controller(&secrets);
        QSignalSpy about(&controller, &TrayController::aboutRequested);
        QSignalSpy quit(&controller, &TrayController::quitRequested);
        for (const TrayEntry& entry : controller.entries()) {
            if (entry.kind == TrayEntry::Kind::About)
                controller.activate(entry);
        }
        QCOMPARE(about.count(), 1);
        QCOMPARE(quit.count(), 0);
    }
};

QTEST_MAIN(TestTrayPlatform)
#include "tst_trayplatform.moc"
