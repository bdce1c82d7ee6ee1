#include "FilterField.h"

#include <QEvent>

namespace tma {

FilterField::FilterField(QWidget* parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    retranslate();
}

void FilterField::retranslate()
{
    setPlaceholderText(tr("Type part of a model's name to filter the list"));
    setAccessibleName(tr("Filter the models by name"));
}

void FilterField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

} // namespace tma
