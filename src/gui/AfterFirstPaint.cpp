#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace tma {
namespace {
constexpr int kFallbackMs = 300;
}

void AfterFirstPaint::run(QWidget* window, std::function<void()> work)
{
    new AfterFirstPaint(window, std::move(work)); // owned by the window, deletes itself when done
}

AfterFirstPaint::AfterFirstPaint(QWidget* window, std::function<void()> work) : QObject(window), m_work(std::move(work))
{
    window->installEventFilter(this);
    QTimer::singleShot(kFallbackMs, this, &AfterFirstPaint::fire);
}

bool AfterFirstPaint::eventFilter(QObject*, QEvent* event)
{
    // Queued: the paint that triggered it reaches the screen first.
    if (event->type() == QEvent::Paint)
        QTimer::singleShot(0, this, &AfterFirstPaint::fire);
    return false;
}

void AfterFirstPaint::fire()
{
    if (m_done)
        return;
    m_done = true;
    parent()->removeEventFilter(this);
    m_work();
    deleteLater();
}

} // namespace tma
