#include "LocalModelPanel.h"

#include "ui_LocalModelPanel.h"

#include "ApiReply.h"
#include "DisplayText.h"
#include "ElidedName.h"
#include "FilterField.h"
#include "ModelFilter.h"
#include "ModelPuller.h"
#include "OllamaNodes.h"
#include "OpenWebUiClient.h"
#include "PlainToolTip.h"
#include "PullStatusText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QUrl>

namespace tma {

LocalModelPanel::LocalModelPanel(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LocalModelPanel>()), m_filter(new FilterField(this)),
      m_filterStatus(new QLabel(this))
{
    m_ui->setupUi(this);
    // Above the table, found before the first scroll; what it hides is said under the table.
    m_filter->setObjectName(QStringLiteral("localFilterEdit"));
    m_filterStatus->setObjectName(QStringLiteral("localFilterStatusLabel"));
    m_filterStatus->setWordWrap(true);
    m_filterStatus->setTextFormat(Qt::PlainText);
    m_filterStatus->setVisible(false);
    m_ui->panelLayout->insertWidget(0, m_filter);
    m_ui->panelLayout->insertWidget(m_ui->panelLayout->indexOf(m_ui->localModelTree) + 1, m_filterStatus);
    setTabOrder(m_filter, m_ui->localModelTree);
    m_ui->localModelTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->localModelTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->localModelTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->localModelTree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_ui->localModelTree->header()->setStretchLastSection(false);
    // A long id is cut in the middle (family and size tag stay); the tooltip has all of it.
    m_ui->localModelTree->setTextElideMode(Qt::ElideMiddle);
    m_ui->pullCombo->addItems(ModelCatalog::recommendedLocalModels());
    m_ui->pullProgress->setVisible(false);
    m_ui->pullCancelButton->setVisible(false);
    showNodes(false);
    connect(m_ui->localModelTree, &QTreeWidget::itemSelectionChanged, this, &LocalModelPanel::selectionChanged);
    // A row kept only because it was selected goes once another is selected.
    connect(m_ui->localModelTree, &QTreeWidget::itemSelectionChanged, this, &LocalModelPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &LocalModelPanel::applyFilter);
    connect(m_ui->pullButton, &QPushButton::clicked, this, &LocalModelPanel::startPull);
    connect(m_ui->pullCancelButton, &QPushButton::clicked, this, &LocalModelPanel::stopPull);
}

LocalModelPanel::~LocalModelPanel()
{
    abandon(m_nodesReply, this); // no answer for a panel that is gone
}

void LocalModelPanel::setClient(OpenWebUiClient* client)
{
    if (m_puller)
        m_puller->cancel();
    delete m_puller;
    m_puller = nullptr;
    m_client = client;
    m_ollamaOff = false; // until this server's config says otherwise
    m_rewording.setText(m_ui->pullStatusLabel, {});
    setPulling(false);
    readNodes();
}

void LocalModelPanel::readNodes()
{
    // Several Ollama nodes: the user picks where a download goes. One node: nothing to choose.
    abandon(m_nodesReply, this);
    m_ui->pullNodeCombo->clear();
    showNodes(false);
    if (!m_client)
        return;
    m_nodesReply = m_client->getOllamaConfig();
    onFinished(m_nodesReply.data(), this, [this](ApiReply* reply) {
        m_nodesReply.clear();
        if (!reply->ok())
            return; // pulls go to the first node, as before
        m_ollamaOff = !OllamaNodes::apiEnabled(reply->json().toObject());
        updatePullRow();
        updateHint();
        const QList<OllamaNode> nodes = OllamaNodes::fromConfig(reply->json().toObject());
        // An Ollama URL may carry a user and password: never shown.
        for (const OllamaNode& node : nodes)
            m_ui->pullNodeCombo->addItem(QUrl(node.url).toDisplayString(QUrl::RemoveUserInfo), node.index);
        showNodes(nodes.size() > 1);
    });
}

void LocalModelPanel::showNodes(bool visible)
{
    m_ui->pullNodeLabel->setVisible(visible);
    m_ui->pullNodeCombo->setVisible(visible);
}

void LocalModelPanel::setModels(const ModelCatalog& models, const QString& preferred)
{
    const QString previous = preferred.isEmpty() ? selectedModel() : preferred;
    m_models = models;
    m_ui->localModelTree->clear();
    const QStringList recommended = ModelCatalog::recommendedLocalModels();
    const QList<ModelInfo> candidates = models.localTaskCandidates();
    QTreeWidgetItem* toSelect = nullptr;
    for (const ModelInfo& model : candidates) {
        auto* item = new QTreeWidgetItem(m_ui->localModelTree);
        item->setText(0, DisplayText::neutralised(model.id));
        item->setData(0, Qt::UserRole, model.id);
        item->setText(1, model.parameterSize.isEmpty() && model.parameterBillions() > 0
                             ? tr("%1B", "a model's size in billions of parameters, as Ollama writes it")
                                   .arg(QLocale().toString(model.parameterBillions()))
                             : model.parameterSize);
        item->setText(2, model.sizeBytes > 0 ? QLocale().formattedDataSize(model.sizeBytes, 1, QLocale::DataSizeSIFormat)
                                             : QString());
        QString note;
        if (recommended.contains(model.id))
            note = tr("Recommended");
        else if (model.isReasoning())
            note = tr("Reasoning model: slow for tasks");
        else if (model.isSmall())
            note = tr("Small");
        else
            note = tr("Large: slow for tasks");
        item->setText(3, note);
        item->setToolTip(0, PlainToolTip::of(DisplayText::neutralised(model.displayName())));
        if (model.id == previous || (!toSelect && previous.isEmpty() && recommended.contains(model.id)))
            toSelect = item;
    }
    if (toSelect)
        m_ui->localModelTree->setCurrentItem(toSelect);
    // Offer to download the first recommended model the server doesn't have yet.
    if (!isPulling()) {
        for (const QString& id : recommended) {
            if (!models.contains(id)) {
                m_ui->pullCombo->setCurrentText(id);
                break;
            }
        }
    }
    // Tall enough for the models, never a big empty box.
    const int rows = std::clamp(static_cast<int>(candidates.size()), 3, 8);
    m_ui->localModelTree->setFixedHeight(m_ui->localModelTree->header()->sizeHint().height() +
                                         rows * (m_ui->localModelTree->fontMetrics().height() + 4) + 8);
    updateHint();
    m_filter->setVisible(!candidates.isEmpty()); // nothing to find in an empty table
    applyFilter();
    Q_EMIT selectionChanged();
}

void LocalModelPanel::applyFilter()
{
    const ModelFilter filter(m_filter->text());
    QTreeWidget* tree = m_ui->localModelTree;
    const int total = tree->topLevelItemCount();
    int matching = 0;
    QString keptSelected;
    for (int i = 0; i < total; ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        const QString id = item->data(0, Qt::UserRole).toString();
        const bool matches = filter.matches(id, item->toolTip(0));
        // The selected model is what Next applies: it never disappears from sight, match or not.
        const bool selected = item->isSelected();
        item->setHidden(!matches && !selected);
        if (matches)
            ++matching;
        else if (selected)
            keptSelected = id;
    }
    QStringList lines;
    if (filter.isActive()) {
        const QLocale locale;
        lines << (matching == 0 ? tr("No model's name contains \"%1\".").arg(filter.text())
                                : tr("%1 of %2 models match \"%3\".")
                                      .arg(locale.toString(matching), locale.toString(total), filter.text()));
        if (!keptSelected.isEmpty())
            lines << tr("%1 is still listed because it is selected, although its name does not match.")
                         .arg(keptSelected);
    }
    m_filterStatus->setText(lines.join(QLatin1Char('\n')));
    m_filterStatus->setVisible(!lines.isEmpty());
}

QString LocalModelPanel::selectedModel() const
{
    const QList<QTreeWidgetItem*> selected = m_ui->localModelTree->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

bool LocalModelPanel::isPulling() const
{
    return m_pulling;
}

void LocalModelPanel::updateHint()
{
    const QList<ModelInfo> candidates = m_models.localTaskCandidates();
    const bool hasSmall = std::any_of(candidates.begin(), candidates.end(),
                                      [](const ModelInfo& model) { return model.isSmall() && !model.isReasoning(); });
    if (candidates.isEmpty() && m_ollamaOff)
        m_ui->localHintLabel->setText(tr("This server has no local models."));
    else if (candidates.isEmpty())
        m_ui->localHintLabel->setText(tr("This server has no local models yet. Download a small one below."));
    else if (!hasSmall)
        m_ui->localHintLabel->setText(
            tr("None of the server's local models is small. Download a lightweight one such as qwen2.5:3b below."));
    else
        m_ui->localHintLabel->setText(tr("Select the model that should do the background tasks."));
}

void LocalModelPanel::startPull()
{
    const QString model = m_ui->pullCombo->currentText().trimmed();
    if (model.isEmpty() || !m_client)
        return;
    if (!m_puller) {
        m_puller = new ModelPuller(m_client, this);
        connect(m_puller, &ModelPuller::progress, this,
                [this](const QString& status, qint64 completed, qint64 total) {
                    m_ui->pullProgress->setMaximum(total > 0 ? 1000 : 0);
                    if (total > 0)
                        m_ui->pullProgress->setValue(static_cast<int>(completed * 1000 / total));
                    m_rewording.setText(
                        m_ui->pullStatusLabel, [model = m_puller->model(), status, completed, total] {
                            // Ollama's own words, when they are shown, are the server's text.
                            return PullStatusText::sentence(DisplayText::forDisplay(model), status, completed,
                                                            total, &DisplayText::forDisplay);
                        });
                });
        connect(m_puller, &ModelPuller::finished, this, [this](const ModelCatalog& models) {
            setPulling(false);
            m_rewording.setText(m_ui->pullStatusLabel, [this, model = m_puller->listedModel()] {
                const QFontMetrics metrics = m_ui->pullStatusLabel->fontMetrics();
                return tr("%1 is ready on the server.")
                    .arg(ElidedName::inText(model, metrics, ElidedName::defaultWidth(metrics)));
            });
            setModels(models, m_puller->listedModel());
            Q_EMIT modelsChanged(models);
        });
        connect(m_puller, &ModelPuller::failed, this, [this](const ApiError& error) {
            setPulling(false);
            m_rewording.setText(m_ui->pullStatusLabel, [model = m_puller->model(), error] {
                return tr("Downloading %1 failed: %2")
                    .arg(DisplayText::forDisplay(model), DisplayText::forDisplay(error.message()));
            });
        });
    }
    setPulling(true);
    m_rewording.setText(m_ui->pullStatusLabel, [model] {
        return tr("Starting the download of %1…").arg(DisplayText::forDisplay(model));
    });
    // The node the user chose, else the first enabled one (index 0 when the config was not read).
    const QVariant node = m_ui->pullNodeCombo->currentData();
    m_puller->pull(model, node.isValid() ? node.toInt() : 0);
}

void LocalModelPanel::stopPull()
{
    if (m_puller)
        m_puller->cancel();
    setPulling(false);
    m_rewording.setText(m_ui->pullStatusLabel, [] { return tr("Download stopped."); });
}

void LocalModelPanel::setPulling(bool pulling)
{
    m_pulling = pulling;
    m_ui->pullProgress->setVisible(pulling);
    m_ui->pullProgress->setMaximum(0);
    updatePullRow();
    Q_EMIT pullingChanged(pulling);
}

void LocalModelPanel::updatePullRow()
{
    m_ui->pullCancelButton->setVisible(m_pulling);
    m_ui->pullButton->setEnabled(!m_pulling && !m_ollamaOff);
    m_ui->pullCombo->setEnabled(!m_pulling && !m_ollamaOff);
    m_ui->pullNodeCombo->setEnabled(!m_pulling);
    if (m_ollamaOff)
        m_rewording.setText(m_ui->pullStatusLabel, [] {
            return tr("Ollama is turned off on this server (Admin Panel > Settings > Connections), so models "
                      "can't be downloaded here.");
        });
}

void LocalModelPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setModels(m_models);
        m_rewording.rewordAll();
    }
    QWidget::changeEvent(event);
}

} // namespace tma
