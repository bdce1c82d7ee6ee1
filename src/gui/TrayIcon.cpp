#include "TrayIcon.h"

#include "PlainToolTip.h"
#include "TrayController.h"
#include "TrayFallbackWindow.h"
#include "TrayIconTheme.h"
#include "TrayMenuBuilder.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QTimer>

namespace tma {
namespace {
// At login the tray host may start after us: retry before falling back (as KeePassXC does).
constexpr int kRetryIntervalMs = 3000;
constexpr int kMaxAttempts = 5;
} // namespace

TrayIcon::TrayIcon(TrayController* controller, QObject* parent)
    : QObject(parent), m_controller(controller), m_maxAttempts(kMaxAttempts)
{
    m_menu = new QMenu();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_icon = new QSystemTrayIcon(this);
    m_icon->setContextMenu(m_menu);
    m_retry = new QTimer(this);
    m_retry->setInterval(kRetryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &TrayIcon::tryShow);
    // Read the servers' settings only when the user looks: no background polling.
    connect(m_menu, &QMenu::aboutToShow, m_controller, &TrayController::refresh);
    connect(m_controller, &TrayController::entriesChanged, this, &TrayIcon::rebuildMenu);
    connect(m_controller, &TrayController::entriesChanged, this, &TrayIcon::updateIcon);
    connect(m_controller, &TrayController::notify, this, &TrayIcon::showMessage);
#ifndef Q_OS_MACOS
    // A left click opens the menu too (macOS already does that for menu-bar items).
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            m_menu->popup(m_icon->geometry().isValid() ? m_icon->geometry().bottomLeft() : QCursor::pos());
    });
#endif
    rebuildMenu();
    updateIcon();
    qApp->installEventFilter(this);
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    // The menu is built from translated entries: rebuild it when the language changes.
    if (watched == qApp && event->type() == QEvent::LanguageChange) {
        rebuildMenu();
        updateIcon();
    }
    // A switch between light and dark panels redraws the icon in the other colour.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        updateIcon();
    return QObject::eventFilter(watched, event);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
    delete m_fallback;
}

TrayFallbackWindow* TrayIcon::fallbackWindow() const
{
    return m_fallback;
}

void TrayIcon::setRetryPolicy(int intervalMs, int maxAttempts)
{
    m_retry->setInterval(intervalMs);
    m_maxAttempts = maxAttempts;
}

void TrayIcon::show()
{
    m_attempts = 0;
    tryShow();
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible() || (m_fallback && m_fallback->isVisible());
}

void TrayIcon::tryShow()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_retry->stop();
        m_icon->show();
        if (m_fallback)
            m_fallback->close();
        Q_EMIT ready(true);
        return;
    }
    if (++m_attempts < m_maxAttempts) {
        m_retry->start();
        return;
    }
    m_retry->stop();
    if (!m_fallback)
        m_fallback = new TrayFallbackWindow(m_controller);
    m_fallback->show();
    Q_EMIT ready(false);
}

void TrayIcon::updateIcon()
{
    m_icon->setIcon(TrayIconTheme::icon(m_controller->state(), TrayIconTheme::currentDesktop(),
                                        TrayIconTheme::darkPanel()));
    m_icon->setToolTip(PlainToolTip::of(m_controller->toolTip()));
}

void TrayIcon::rebuildMenu()
{
    TrayMenuBuilder::build(m_menu, m_controller->entries(), m_controller);
}

void TrayIcon::showMessage(const QString& title, const QString& message, bool isError)
{
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, isError ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
    if (m_fallback)
        m_fallback->showMessage(title, message, isError);
}

} // namespace tma
