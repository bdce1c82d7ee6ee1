#pragma once

#include <QObject>

namespace tma::cli {

// Ctrl-C (SIGINT, SIGTERM; on Windows the console's Ctrl-C and Ctrl-Break) as a Qt signal in the
// main thread, so the CLI can say what state the server may be in before it exits instead of
// vanishing mid-save. Only one may exist at a time.
class InterruptSignal : public QObject
{
    Q_OBJECT
public:
    explicit InterruptSignal(QObject* parent = nullptr);
    ~InterruptSignal() override;

Q_SIGNALS:
    void interrupted();

private:
    struct Private;
    Private* d;
};

} // namespace tma::cli
