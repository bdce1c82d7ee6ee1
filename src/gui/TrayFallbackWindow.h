#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace tma {

class TrayController;

// For desktops without a system tray: a small normal window with the tray's menu behind one button
// and the last notification as text. Closing it hides the assistant; Quit quits.
class TrayFallbackWindow : public QWidget
{
    Q_OBJECT
public:
    explicit TrayFallbackWindow(TrayController* controller, QWidget* parent = nullptr);
    void showMessage(const QString& title, const QString& message, bool isError);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    TrayController* m_controller;
    QLabel* m_intro;
    QToolButton* m_menuButton;
    QLabel* m_message;
};

} // namespace tma
