#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace tma {

WheelGuard::WheelGuard(QObject* parent) : QObject(parent) {}

void WheelGuard::guard(QWidget* widget)
{
    if (widget->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return; // guarded already
    // Qt::WheelFocus (a combo box's default) lets the wheel give focus, and so take the next turn.
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(new WheelGuard(widget));
}

void WheelGuard::guardChildren(QWidget* root)
{
    const QList<QWidget*> children = root->findChildren<QWidget*>();
    for (QWidget* child : children) {
        if (qobject_cast<QComboBox*>(child) || qobject_cast<QAbstractSpinBox*>(child))
            guard(child);
    }
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* widget = static_cast<QWidget*>(watched);
        if (!widget->hasFocus()) {
            // Ignored and filtered out: QApplication hands an unaccepted wheel to the parent
            // (the page's scroll area) instead of the combo box.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tma
