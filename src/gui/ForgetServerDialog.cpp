#include "ForgetServerDialog.h"

#include "ElidedName.h"

#include <QMessageBox>
#include <QPushButton>

namespace tma {

void ForgetServerDialog::ask(QWidget* parent, const QUrl& server, const QString& name, QObject* context,
                             std::function<void()> onForget)
{
    auto* dialog = new QMessageBox(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox& box = *dialog;
    box.setObjectName(QStringLiteral("forgetServerDialog"));
    box.setIcon(QMessageBox::Question);
    box.setTextFormat(Qt::PlainText);
    box.setWindowTitle(tr("Forget this server"));
    const QFontMetrics metrics = box.fontMetrics();
    const int width = ElidedName::defaultWidth(metrics);
    const QString address = ElidedName::inText(server.toString(), metrics, width);
    box.setText(
        name.isEmpty()
            ? tr("Forget the server %1?").arg(address)
            : tr("Forget the server %1 at %2?").arg(ElidedName::inText(name, metrics, width), address));
    box.setInformativeText(
        tr("The assistant removes its address, account, trusted certificate and the presets it remembers "
           "for it, and the sign-in kept in the system keychain. The server itself is not changed. Its "
           "backups stay on this computer: they are the way back to the server's settings from before "
           "the assistant. Keys of hosted providers stay in the keychain, as other servers may use them."));
    QPushButton* forget = box.addButton(tr("Forget"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    QObject::connect(dialog, &QMessageBox::buttonClicked, context,
                     [forget, onForget](QAbstractButton* clicked) {
                         if (clicked == forget)
                             onForget();
                     });
    dialog->open();
}

} // namespace tma
