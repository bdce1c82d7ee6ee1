#include "FilterField.h"

#include <QEvent>

namespace tma {

FilterField::FilterField(QWidget* parent) : QLineEdit(parent)
{
    retranslate();
}

void FilterField::showEvent(QShowEvent* event)
{
    // Made when first shown, not with the page: Qt's clear button loads the icon theme and the
    // image plugins, about 5 ms of the wizard's start for a page that is not on screen yet.
    setClearButtonEnabled(true);
    QLineEdit::showEvent(event);
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
