#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace tma {

// Runs work once a window has been painted for the first time, so start-up network and keychain
// access never delays the first frame (measured by bench/: ~6-10 ms earlier). A fallback timer
// runs it anyway if no paint arrives (hidden or offscreen windows).
class AfterFirstPaint : public QObject
{
    Q_OBJECT
public:
    static void run(QWidget* window, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QWidget* window, std::function<void()> work);
    void fire();

    std::function<void()> m_work;
    bool m_done = false;
};

} // namespace tma
