#include "TaskSlotsPanel.h"

#include "DisplayText.h"
#include "ElidedName.h"
#include "FilterField.h"
#include "ModelFilter.h"
#include "PlainToolTip.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListView>

namespace tma {

TaskSlotsPanel::TaskSlotsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_filter = new FilterField(this);
    m_filter->setObjectName(QStringLiteral("taskModelFilterEdit"));
    m_filterLabel = new QLabel(this);
    m_filterLabel->setBuddy(m_filter);
    m_local = new QComboBox(this);
    m_local->setObjectName(QStringLiteral("taskModelCombo"));
    m_external = new QComboBox(this);
    m_external->setObjectName(QStringLiteral("taskModelExternalCombo"));
    // Items are cut to a sensible width (addModel): a long id must not widen the page.
    for (QComboBox* combo : {m_local, m_external}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
    }
    m_localLabel = new QLabel(this);
    m_localLabel->setBuddy(m_local);
    m_localLabel->setWordWrap(true);
    m_externalLabel = new QLabel(this);
    m_externalLabel->setBuddy(m_external);
    m_externalLabel->setWordWrap(true);
    layout->addRow(m_explanation);
    layout->addRow(m_filterLabel, m_filter);
    layout->addRow(m_localLabel, m_local);
    layout->addRow(m_externalLabel, m_external);
    connect(m_local, &QComboBox::currentIndexChanged, this, &TaskSlotsPanel::changed);
    connect(m_external, &QComboBox::currentIndexChanged, this, &TaskSlotsPanel::changed);
    connect(m_filter, &QLineEdit::textChanged, this, &TaskSlotsPanel::applyFilter);
    // The row kept for the old choice goes once another is chosen.
    connect(m_local, &QComboBox::currentIndexChanged, this, &TaskSlotsPanel::applyFilter);
    connect(m_external, &QComboBox::currentIndexChanged, this, &TaskSlotsPanel::applyFilter);
    retranslate();
}

void TaskSlotsPanel::retranslate()
{
    m_explanation->setText(tr("Open WebUI picks the task model by the model a user chats with: chats with a local "
                              "(Ollama) model use the first, all other chats the second. Set both to the same "
                              "model to use it everywhere."));
    m_filterLabel->setText(tr("&Find a model:"));
    m_localLabel->setText(tr("Task model for chats with &local models (TASK_MODEL):"));
    m_externalLabel->setText(tr("Task model for chats with &external models (TASK_MODEL_EXTERNAL):"));
    m_local->setAccessibleName(tr("Local Task Model"));
    m_external->setAccessibleName(tr("External Task Model"));
    for (QComboBox* combo : {m_local, m_external}) {
        if (combo->count() > 0)
            combo->setItemText(0, tr("Current Model (each chat's own model)"));
        for (int row = 1; row < combo->count(); ++row)
            combo->setItemText(row,
                               itemText(combo, combo->itemData(row).toString(),
                                        static_cast<Listing>(combo->itemData(row, ListingRole).toInt())));
    }
}

QString TaskSlotsPanel::itemText(const QComboBox* combo, const QString& id, Listing listing)
{
    const QFontMetrics metrics = combo->fontMetrics();
    const int width = ElidedName::defaultWidth(metrics);
    switch (listing) {
    case Listing::Local:
        return tr("%1 (Local)").arg(ElidedName::inText(id, metrics, width));
    case Listing::AfterApplying:
        return tr("%1 (after applying)").arg(ElidedName::inText(id, metrics, width));
    case Listing::Plain:
        break;
    }
    return ElidedName::alone(id, metrics, width);
}

void TaskSlotsPanel::setModels(const ModelCatalog& models, const QStringList& upcoming)
{
    const QString local = taskModel();
    const QString external = taskModelExternal();
    for (QComboBox* combo : {m_local, m_external}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Current Model (each chat's own model)"), QString());
        for (const ModelInfo& model : models.models())
            addModel(combo, model.id, model.isLocal() ? Listing::Local : Listing::Plain);
        for (const QString& id : upcoming) {
            if (!models.contains(id))
                addModel(combo, id, Listing::AfterApplying);
        }
    }
    setSlots(local, external);
    applyFilter();
}

void TaskSlotsPanel::applyFilter()
{
    const ModelFilter filter(m_filter->text());
    for (QComboBox* combo : {m_local, m_external}) {
        auto* view = qobject_cast<QListView*>(combo->view());
        if (!view)
            continue;
        // Filtering hides rows of the drop-down list only: the chosen model (and "Current Model",
        // which is no model name) always stays, so a filter never changes what will be applied.
        for (int row = 1; row < combo->count(); ++row)
            view->setRowHidden(row, row != combo->currentIndex() &&
                                        !filter.matches(combo->itemData(row).toString()));
    }
}

void TaskSlotsPanel::select(QComboBox* combo, const QString& id)
{
    int index = combo->findData(id);
    if (index < 0) { // keep showing what the server has even if it's not listed (it would be ignored)
        addModel(combo, id, Listing::Plain);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void TaskSlotsPanel::addModel(QComboBox* combo, const QString& id, Listing listing)
{
    combo->addItem(itemText(combo, id, listing), id);
    combo->setItemData(combo->count() - 1, static_cast<int>(listing), ListingRole);
    combo->setItemData(combo->count() - 1, PlainToolTip::of(DisplayText::neutralised(id)), Qt::ToolTipRole);
}

void TaskSlotsPanel::setBoth(const QString& id)
{
    setSlots(id, id);
}

void TaskSlotsPanel::setSlots(const QString& local, const QString& external)
{
    select(m_local, local);
    select(m_external, external);
}

QString TaskSlotsPanel::taskModel() const
{
    return m_local->currentData().toString();
}

QString TaskSlotsPanel::taskModelExternal() const
{
    return m_external->currentData().toString();
}

void TaskSlotsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tma
