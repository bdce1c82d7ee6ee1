#include "StrategyPage.h"

#include "ui_StrategyPage.h"

#include "AutomationSwitches.h"
#include "ChangePlan.h"
#include "ChosenSwitches.h"
#include "DisplayText.h"
#include "ElidedName.h"
#include "HostedPanel.h"
#include "LocalModelPanel.h"
#include "OpenWebUiClient.h"
#include "SecretStore.h"
#include "SettingsReader.h"
#include "TaskSlotsPanel.h"
#include "WizardContext.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

namespace tma {
namespace {

void embed(QWidget* container, QWidget* content)
{
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
}

} // namespace

StrategyPage::StrategyPage(WizardContext* context, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::StrategyPage>()), m_context(context),
      m_choices(new QButtonGroup(this)), m_localPanel(new LocalModelPanel), m_hostedPanel(new HostedPanel),
      m_switches(new AutomationSwitches), m_slots(new TaskSlotsPanel)
{
    m_ui->setupUi(this);
    embed(m_ui->localPanel, m_localPanel);
    embed(m_ui->hostedPanel, m_hostedPanel);
    embed(m_ui->automationsGroup, m_switches);
    embed(m_ui->advancedGroup, m_slots);
    m_choices->addButton(m_ui->localChoice, static_cast<int>(Choice::Local));
    m_choices->addButton(m_ui->hostedChoice, static_cast<int>(Choice::Hosted));
    m_choices->addButton(m_ui->quietChoice, static_cast<int>(Choice::Quiet));
    // Big, readable choices: the strategy is the decision this page is about.
    for (QAbstractButton* button : m_choices->buttons()) {
        QFont font = button->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        button->setFont(font);
    }
    m_ui->retryButton->setVisible(false);
    m_ui->warningsLabel->setVisible(false);
    m_ui->shareModelsCheck->setVisible(false);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            choiceChanged();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, &StrategyPage::load);
    connect(m_ui->advancedGroup, &QGroupBox::toggled, this, &StrategyPage::updateSlots);
    connect(m_localPanel, &LocalModelPanel::selectionChanged, this, &StrategyPage::updateSlots);
    connect(m_localPanel, &LocalModelPanel::pullingChanged, this, &StrategyPage::completeChanged);
    connect(m_localPanel, &LocalModelPanel::modelsChanged, this, [this](const ModelCatalog& models) {
        m_context->setModels(models);
        m_slots->setModels(models, m_hostedPanel->verifiedModels());
        updateSlots();
    });
    connect(m_hostedPanel, &HostedPanel::changed, this, [this]() {
        m_slots->setModels(m_context->models(),
                           m_hostedPanel->isVerified() && m_hostedPanel->isModelAccepted()
                               ? QStringList{m_hostedPanel->selectedModel()}
                               : QStringList());
        updateSlots();
    });
    connect(m_slots, &TaskSlotsPanel::changed, this, &StrategyPage::updateWarnings);
    connect(m_switches, &AutomationSwitches::changed, this, &StrategyPage::updateWarnings);
    connect(m_ui->shareModelsCheck, &QCheckBox::toggled, this, &StrategyPage::updateWarnings);
    choiceChanged();
}

StrategyPage::~StrategyPage() = default;

void StrategyPage::initializePage()
{
    // Reached from the Connect page only (going back from Save & test does not initialise it):
    // read the server afresh every time, as another admin may have changed it meanwhile. The
    // user's choices stay for the same server (load() keeps them).
    load();
}

void StrategyPage::load()
{
    // Reloading for the same server (signed in again after the session expired) keeps the
    // user's choices; another server starts from its own settings.
    const QString server = m_context->session().server.address().key();
    m_keepChoices = m_loadedOnce && server == m_loadedServer;
    m_loadedServer = server;
    m_loaded = false;
    m_loading = true;
    m_ui->loadingBar->setVisible(true);
    m_ui->retryButton->setVisible(false);
    m_rewording.setText(m_ui->currentLabel,
                        [] { return tr("Reading the server's task settings and models…"); });
    m_localPanel->setClient(m_context->client());
    m_hostedPanel->setClient(m_context->client());
    Q_EMIT completeChanged();

    // refresh=true: the list must be what the server really has now (and it fills the server's model map).
    SettingsReader::read(m_context->client(), m_context->session().server.taskApi,
                         SettingsReader::Models::Fresh, this, [this](const SettingsReader::Result& result) {
                             m_loading = false;
                             m_ui->loadingBar->setVisible(false);
                             if (result.error().isError()) {
                                 m_rewording.setText(m_ui->currentLabel, [error = result.error()] {
                                     return tr("The task settings or the models could not be read: %1")
                                         .arg(DisplayText::forDisplay(error.message()));
                                 });
                                 m_ui->retryButton->setVisible(true);
                                 Q_EMIT completeChanged();
                                 return;
                             }
                             m_context->setTaskConfig(result.config);
                             m_context->setModels(result.models);
                             showLoaded();
                         });
}

QString StrategyPage::currentSummary() const
{
    const TaskConfig& config = m_context->taskConfig();
    const QFontMetrics metrics = m_ui->currentLabel->fontMetrics();
    auto slot = [&metrics](const QString& id) {
        return id.isEmpty() ? tr("Current Model (each chat's own model)")
                            : ElidedName::inText(id, metrics, ElidedName::defaultWidth(metrics));
    };
    QStringList lines;
    lines << tr("Task model for chats with local models: %1").arg(slot(config.taskModel()));
    lines << tr("Task model for chats with external models: %1").arg(slot(config.taskModelExternal()));
    QStringList on;
    QStringList off;
    for (Automation automation : Automations::all()) {
        if (config.has(automation))
            (config.isEnabled(automation) ? on : off) << Automations::label(automation);
    }
    if (!on.isEmpty())
        lines << tr("On: %1").arg(QLocale().createSeparatedList(on));
    if (!off.isEmpty())
        lines << tr("Off: %1").arg(QLocale().createSeparatedList(off));
    const ModelCatalog& models = m_context->models();
    lines << tr("Models on the server: %1 local, %2 external.").arg(models.local().size()).arg(models.external().size());
    return lines.join(QLatin1Char('\n'));
}

void StrategyPage::showLoaded()
{
    m_loaded = true;
    const TaskConfig& config = m_context->taskConfig();
    m_rewording.setText(m_ui->currentLabel, [this] { return currentSummary(); });
    if (m_keepChoices) {
        const QString local = m_localPanel->selectedModel();
        const QString slotLocal = m_slots->taskModel();
        const QString slotExternal = m_slots->taskModelExternal();
        m_localPanel->setModels(m_context->models(), local);
        m_slots->setModels(m_context->models(),
                           m_hostedPanel->isVerified() && m_hostedPanel->isModelAccepted()
                               ? QStringList{m_hostedPanel->selectedModel()}
                               : QStringList());
        m_slots->setSlots(slotLocal, slotExternal);
        updateSlots();
        return;
    }
    m_loadedOnce = true;
    m_switches->setConfig(config);
    m_localPanel->setModels(m_context->models(), config.taskModel());
    m_slots->setModels(m_context->models());
    m_slots->setSlots(config.taskModel(), config.taskModelExternal());
    if (!m_choices->checkedButton())
        m_ui->localChoice->setChecked(true);
    choiceChanged();
}

StrategyPage::Choice StrategyPage::choice() const
{
    const int id = m_choices->checkedId();
    return id < 0 ? Choice::None : static_cast<Choice>(id);
}

void StrategyPage::choiceChanged()
{
    const Choice current = choice();
    m_ui->localPanel->setVisible(current == Choice::Local);
    m_ui->hostedPanel->setVisible(current == Choice::Hosted);
    m_ui->automationsGroup->setTitle(current == Choice::Quiet
                                         ? tr("Automations to keep (unchecked ones are turned off)")
                                         : tr("Automations (optional: also turn some off)"));
    if (m_loaded && current != m_previousChoice) {
        if (current == Choice::Quiet)
            m_switches->applyQuietDefaults();
        else if (m_previousChoice == Choice::Quiet)
            m_switches->restoreServerState();
    }
    m_previousChoice = current;
    updateSlots();
}

void StrategyPage::updateSlots()
{
    if (!m_ui->advancedGroup->isChecked() && m_loaded) {
        // By default both slots get the chosen model, so every chat benefits.
        const TaskConfig& config = m_context->taskConfig();
        switch (choice()) {
        case Choice::Local: m_slots->setBoth(m_localPanel->selectedModel()); break;
        case Choice::Hosted: m_slots->setBoth(m_hostedPanel->selectedModel()); break;
        case Choice::Quiet:
        case Choice::None: m_slots->setSlots(config.taskModel(), config.taskModelExternal()); break;
        }
    }
    m_slots->setEnabled(m_ui->advancedGroup->isChecked());
    updateWarnings();
}

Preset StrategyPage::buildPreset() const
{
    Preset preset;
    switch (choice()) {
    case Choice::Local:
        preset = Preset::local(m_localPanel->selectedModel());
        break;
    case Choice::Hosted: {
        HostedConnection connection;
        connection.url = m_hostedPanel->providerUrl();
        connection.keyRef = connection.keychainKey();
        for (const QString& id : {m_slots->taskModel(), m_slots->taskModelExternal(), m_hostedPanel->selectedModel()}) {
            if (!id.isEmpty() && !connection.modelIds.contains(id) &&
                (m_hostedPanel->verifiedModels().contains(id) || id == m_hostedPanel->selectedModel()))
                connection.modelIds << id;
        }
        preset = Preset::hosted(connection, m_hostedPanel->selectedModel());
        break;
    }
    case Choice::Quiet:
    case Choice::None:
        preset = Preset::quiet();
        break;
    }
    if (m_ui->advancedGroup->isChecked()) {
        preset.taskModel = m_slots->taskModel();
        preset.taskModelExternal = m_slots->taskModelExternal();
    }
    preset.automations = ChosenSwitches::of(preset.kind, m_switches->values(), m_switches->serverState());
    return preset;
}

void StrategyPage::updateWarnings()
{
    m_hasBlockingIssue = false;
    bool privateModel = false;
    QStringList lines;
    const QFontMetrics metrics = m_ui->warningsLabel->fontMetrics();
    const int nameWidth = ElidedName::defaultWidth(metrics);
    if (m_loaded && choice() != Choice::None) {
        ChangePlan::Options options;
        options.shareModels = m_ui->shareModelsCheck->isChecked();
        const ChangePlan plan =
            ChangePlan::make(m_context->taskConfig(), m_context->models(), buildPreset(), options);
        for (const PresetIssue& issue : plan.issues()) {
            if (issue.kind == PresetIssue::Kind::PrivateModel) {
                privateModel = true;
                if (plan.willShare(issue.modelId)) {
                    lines
                        << tr("Note: \"%1\" will be made available to all users. The backup taken before the "
                              "change can undo it.")
                               .arg(ElidedName::inText(issue.modelId, metrics, nameWidth));
                    continue;
                }
            }
            lines << (issue.severity == PresetIssue::Severity::Error ? tr("Problem: %1") : tr("Note: %1"))
                         .arg(ElidedName::inSentence(issue.message, {issue.modelId}, metrics, nameWidth));
            m_hasBlockingIssue = m_hasBlockingIssue || issue.severity == PresetIssue::Severity::Error;
        }
        const QMap<Automation, bool> switches = m_switches->values();
        if (choice() == Choice::Quiet && switches.value(Automation::Title, true) == false)
            lines << tr("Note: without titles, every chat in the sidebar is called \"New Chat\".");
    }
    m_ui->warningsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->warningsLabel->setVisible(!lines.isEmpty());
    // Offered only where it helps: a task model that regular users may not use.
    m_ui->shareModelsCheck->setVisible(privateModel);
    Q_EMIT completeChanged();
}

bool StrategyPage::isComplete() const
{
    if (!m_loaded || m_loading || m_localPanel->isPulling() || m_hasBlockingIssue)
        return false;
    switch (choice()) {
    case Choice::None: return false;
    case Choice::Local: return !m_localPanel->selectedModel().isEmpty() || m_ui->advancedGroup->isChecked();
    case Choice::Hosted:
        return m_hostedPanel->isVerified() && !m_hostedPanel->selectedModel().isEmpty() &&
               m_hostedPanel->isModelAccepted();
    case Choice::Quiet: return true;
    }
    return false;
}

bool StrategyPage::validatePage()
{
    m_context->setPreset(buildPreset());
    m_context->setShareModels(!m_ui->shareModelsCheck->isHidden() && m_ui->shareModelsCheck->isChecked());
    m_context->setProviderKey(choice() == Choice::Hosted ? m_hostedPanel->providerKey() : QString());
    return true;
}

void StrategyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        choiceChanged();
        m_rewording.rewordAll();
    }
    QWizardPage::changeEvent(event);
}

} // namespace tma
