#pragma once

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QMenu;
class QTimer;

namespace tma {

class TrayController;
class TrayFallbackWindow;

// The assistant in the system tray (menu bar on macOS): an icon that shows the state, a tooltip
// with the current task models, and the controller's menu, refreshed each time it opens. When no
// tray exists (yet) it retries for a while, then shows a normal window with the same actions.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(TrayController* controller, QObject* parent = nullptr);
    ~TrayIcon() override;

    void show();
    // How long to wait for a tray host before falling back to a window (tests shorten it).
    void setRetryPolicy(int intervalMs, int maxAttempts);
    bool isVisible() const;
    QSystemTrayIcon* icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    TrayFallbackWindow* fallbackWindow() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // true once the icon is in a tray; false when the fallback window is used instead.
    void ready(bool inTray);

private:
    void tryShow();
    void updateIcon();
    void rebuildMenu();
    void showMessage(const QString& title, const QString& message, bool isError);

    TrayController* m_controller;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    QTimer* m_retry = nullptr;
    QPointer<TrayFallbackWindow> m_fallback;
    int m_attempts = 0;
    int m_maxAttempts;
};

} // namespace tma
