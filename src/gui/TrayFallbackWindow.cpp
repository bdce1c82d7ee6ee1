#include "TrayFallbackWindow.h"

#include "TrayController.h"
#include "TrayMenuBuilder.h"
#include "WheelGuard.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace tma {

TrayFallbackWindow::TrayFallbackWindow(TrayController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_intro(new QLabel(this)), m_menuButton(new QToolButton(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("trayFallbackWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    auto* layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("fallbackMessage"));
    auto* menu = new QMenu(m_menuButton);
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_menuButton->setIcon(QIcon(QStringLiteral(":/icons/tray-unknown.svg")));
    m_menuButton->setObjectName(QStringLiteral("fallbackMenuButton"));
    layout->addWidget(m_intro);
    layout->addWidget(m_menuButton);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(menu, &QMenu::aboutToShow, controller, &TrayController::refresh);
    auto rebuild = [menu, controller]() { TrayMenuBuilder::build(menu, controller->entries(), controller); };
    connect(controller, &TrayController::entriesChanged, this, rebuild);
    rebuild();
    retranslate();
    WheelGuard::guardChildren(this); // the wizard's rule for combo and spin boxes holds here too
    resize(420, 200);
}

void TrayFallbackWindow::retranslate()
{
    setWindowTitle(tr("Task Model Assistant"));
    m_intro->setText(tr("Your desktop has no system tray, so the assistant's menu is here."));
    m_menuButton->setText(tr("Strategies and actions"));
}

void TrayFallbackWindow::showMessage(const QString& title, const QString& message, bool isError)
{
    m_message->setText(title + QLatin1Char('\n') + message);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
}

void TrayFallbackWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The notice shown, in the new language (it is always the controller's last one).
        const TrayController::Notice& notice = m_controller->lastNotice();
        if (!m_message->text().isEmpty() && notice.title)
            showMessage(notice.title(), notice.message(), notice.isError);
    }
    QWidget::changeEvent(event);
}

} // namespace tma
