#pragma once

#include <QCoreApplication>
#include <QUrl>

#include <functional>

class QWidget;

namespace tma {

// Asks before a saved server is forgotten, naming it (as plain text: the address is the user's,
// the name is the server's) and saying what is removed and what stays.
class ForgetServerDialog
{
    Q_DECLARE_TR_FUNCTIONS(ForgetServerDialog)
public:
    // Opens the question and returns at once (no nested event loop); `onForget` runs in
    // `context` if the user chooses Forget. `name`: what the server calls itself, when known
    // (empty: the address alone).
    static void ask(QWidget* parent, const QUrl& server, const QString& name, QObject* context,
                    std::function<void()> onForget);
};

} // namespace tma
