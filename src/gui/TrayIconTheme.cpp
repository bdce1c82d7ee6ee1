#include "TrayIconTheme.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSettings>
#include <QStyleHints>
#include <QSvgRenderer>

namespace tma {
namespace {

// The glyph's colour in the SVG files; replaced for the panel it is shown on.
const QByteArray kGlyphColour = QByteArrayLiteral("#000000");
const QByteArray kOnLightPanel = QByteArrayLiteral("#1f2937");
const QByteArray kOnDarkPanel = QByteArrayLiteral("#f3f4f6");
const QByteArray kOutlineColour = QByteArrayLiteral("#ffffff");

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
#if defined(Q_OS_WIN)
    // The taskbar follows the system theme, which can differ from the apps' one Qt reads.
    const QSettings personalize(
        QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
        QSettings::NativeFormat);
    if (personalize.contains(QStringLiteral("SystemUsesLightTheme")))
        return personalize.value(QStringLiteral("SystemUsesLightTheme")).toInt() == 0;
#elif defined(Q_OS_LINUX)
    // GNOME's top bar is dark whatever the apps' theme.
    if (qEnvironmentVariable("XDG_CURRENT_DESKTOP").contains(QLatin1String("GNOME"), Qt::CaseInsensitive))
        return true;
#endif
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
    QFile svg(file(state));
    if (!svg.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = svg.readAll();
    const bool mac = desktop == Desktop::MacOS;
    // On macOS a template image: black and clear, tinted by the menu bar (no outline). Elsewhere
    // the glyph in the panel's contrast colour, outlined thinly in the other one.
    data.replace(kOutlineColour,
                 mac ? QByteArrayLiteral("none") : (darkPanel ? kOnLightPanel : kOnDarkPanel));
    if (!mac)
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
    icon.setIsMask(mac);
    return icon;
}

} // namespace tma
