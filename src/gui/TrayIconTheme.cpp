#include "TrayIconTheme.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyleHints>
#include <QSvgRenderer>

namespace tma {
namespace {

// The glyph's colour in the SVG files; replaced for the panel it is shown on.
const QByteArray kGlyphColour = QByteArrayLiteral("#000000");
const QByteArray kOnLightPanel = QByteArrayLiteral("#1f2937");
const QByteArray kOnDarkPanel = QByteArrayLiteral("#f3f4f6");

} // namespace

TrayIconTheme::Desktop TrayIconTheme::currentDesktop()
{
#if defined(Q_OS_MACOS)
    return Desktop::MacOS;
#else
    return Desktop::Other;
#endif
}

bool TrayIconTheme::darkPanel()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString TrayIconTheme::file(TrayController::State state)
{
    switch (state) {
    case TrayController::State::Applied:
        return QStringLiteral(":/icons/tray-mono-ok.svg");
    case TrayController::State::Busy:
        return QStringLiteral(":/icons/tray-mono-busy.svg");
    case TrayController::State::Error:
        return QStringLiteral(":/icons/tray-mono-error.svg");
    case TrayController::State::Unknown:
        break;
    }
    return QStringLiteral(":/icons/tray-mono-unknown.svg");
}

QIcon TrayIconTheme::icon(TrayController::State state, Desktop desktop, bool darkPanel)
{
    if (desktop == Desktop::MacOS) {
        QIcon icon(file(state));
        icon.setIsMask(true); // a template image: black and clear, tinted by the menu bar
        return icon;
    }
    QFile svg(file(state));
    if (!svg.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = svg.readAll();
    data.replace(kGlyphColour, darkPanel ? kOnDarkPanel : kOnLightPanel);
    QSvgRenderer renderer(data);
    // Pixmaps, not the SVG: KDE's StatusNotifierItem host otherwise asks QIcon's SVG engine for
    // sizes it scales badly, or keeps the old picture when the icon changes (the workaround
    // KeePassXC and Nextcloud use); other trays take pixmaps as they are.
    QIcon icon;
    for (const int side : {16, 22, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace tma
