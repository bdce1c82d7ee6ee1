#include "PresetNameDialog.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

namespace tma {

void PresetNameDialog::ask(QWidget* parent, QObject* context, std::function<void(const QString& name)> onName)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("presetNameDialog"));
    dialog->setWindowTitle(tr("Save current settings as preset"));
    dialog->setLabelText(tr("Name of the preset:"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(tr("Save"));
    // Room for a name of a few words: QInputDialog alone sizes itself to the label.
    if (auto* edit = dialog->findChild<QLineEdit*>())
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 40);
    // QInputDialog builds its widgets on first use: after the texts above, they exist.
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QPushButton* save = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (save) {
        save->setEnabled(false);
        QObject::connect(dialog, &QInputDialog::textValueChanged, save,
                         [save](const QString& text) { save->setEnabled(!text.trimmed().isEmpty()); });
    }
    QObject::connect(dialog, &QInputDialog::textValueSelected, context, [onName](const QString& text) {
        if (!text.trimmed().isEmpty())
            onName(text.trimmed());
    });
    dialog->open();
}

} // namespace tma
