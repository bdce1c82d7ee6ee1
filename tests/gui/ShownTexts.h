#pragma once

#include "GuiTestHelpers.h"
#include "TimingChart.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QStringList>
#include <QTreeWidget>
#include <QWizard>

namespace tma::test {

// Every piece of text a user can see in `root` and its visible children: labels, buttons, group
// titles, the items of lists, trees and drop-downs, placeholders, tooltips, the chart's words, and
// a wizard's title and page titles. In the order of the widget tree, so two readings compare.
inline QStringList shownTexts(QWidget* root)
{
    QStringList texts;
    auto add = [&texts](const QString& text) {
        if (!text.trimmed().isEmpty())
            texts << seen(text);
    };
    add(root->windowTitle());
    if (auto* wizard = qobject_cast<QWizard*>(root); wizard && wizard->currentPage()) {
        add(wizard->currentPage()->title());
        add(wizard->currentPage()->subTitle());
    }
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        add(shownToolTip(widget->toolTip()));
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            add(shownText(label));
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            add(button->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            add(group->title());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int index = 0; index < combo->count(); ++index)
                add(combo->itemText(index));
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            add(edit->placeholderText());
        } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int row = 0; row < list->count(); ++row)
                add(list->item(row)->text());
        } else if (auto* tree = qobject_cast<QTreeWidget*>(widget)) {
            for (int column = 0; column < tree->columnCount(); ++column)
                add(tree->headerItem()->text(column));
            for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                for (int column = 0; column < tree->columnCount(); ++column)
                    add(tree->topLevelItem(row)->text(column));
            }
        } else if (auto* chart = qobject_cast<TimingChart*>(widget)) {
            const QFontMetrics metrics = chart->fontMetrics();
            for (const TimingChart::Row& row : chart->rows()) {
                add(row.label);
                for (const bool after : {false, true}) {
                    const qint64 ms = after ? row.afterMs : row.beforeMs;
                    add(ms >= 0 ? TimingChart::barText(ms, after, after ? row.afterModel : row.beforeModel,
                                                       metrics, 2000)
                                : TimingChart::notMeasuredText(after));
                }
            }
        }
    }
    return texts;
}

} // namespace tma::test
