#pragma once

#include <QObject>

class QWidget;

namespace tma {

// Keeps the mouse wheel from changing a setting on its way down a page: a combo box or spin box
// takes the wheel only once the user has given it focus (a click or Tab). Unfocused, the wheel
// event is passed on, so the page around it scrolls as the user meant.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards one widget: it no longer takes focus from the wheel, and ignores it unfocused.
    static void guard(QWidget* widget);
    // Guards every combo box and spin box inside `root` (call once its children exist).
    static void guardChildren(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent);
};

} // namespace tma
