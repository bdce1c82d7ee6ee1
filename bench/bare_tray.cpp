// bench-bare-tray: the floor for the tray start. A QSystemTrayIcon with a one-item context menu,
// from the same Qt, with the same measurement hook (BenchProbe, "tray-ready" once the icon is
// docked in the tray and painted).
#include "BenchProbe.h"

#include <QApplication>
#include <QMenu>
#include <QPixmap>
#include <QSystemTrayIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QMenu menu;
    menu.addAction(QStringLiteral("Quit"), &app, &QCoreApplication::quit);
    // The cheapest icon there is: a plain pixmap (no icon theme lookup, no image plugin).
    QPixmap pixmap(22, 22);
    pixmap.fill(Qt::darkGreen);
    QSystemTrayIcon icon{QIcon(pixmap)};
    icon.setToolTip(QStringLiteral("bare QSystemTrayIcon"));
    icon.setContextMenu(&menu);
    icon.show();
    tma::BenchProbe::markWhenTrayShown(&icon, "tray-ready");
    return app.exec();
}
