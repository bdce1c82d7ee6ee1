#pragma once

#include <QCoreApplication>
#include <QUrl>

class QWidget;

namespace tma {

// Asks before a saved server is forgotten, naming it (as plain text: the address is the user's,
// the name is the server's) and saying what is removed and what stays.
class ForgetServerDialog
{
    Q_DECLARE_TR_FUNCTIONS(ForgetServerDialog)
public:
    // `name`: what the server calls itself, when known (empty: the address alone).
    static bool confirm(QWidget* parent, const QUrl& server, const QString& name = {});
};

} // namespace tma
