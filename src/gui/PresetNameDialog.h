#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace tma {

// Asks for the name under which the server's current task settings are kept as a preset.
class PresetNameDialog
{
    Q_DECLARE_TR_FUNCTIONS(PresetNameDialog)
public:
    // Opens the question and returns at once (no nested event loop: the tray keeps answering while
    // it is open); `onName` runs in `context` with the trimmed name if the user saves. Save stays
    // off while the name is blank.
    static void ask(QWidget* parent, QObject* context, std::function<void(const QString& name)> onName);
};

} // namespace tma
