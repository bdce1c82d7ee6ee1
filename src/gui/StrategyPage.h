#pragma once

#include "ModelCatalog.h"
#include "Preset.h"
#include "Rewording.h"
#include "TaskConfig.h"

#include <QWizardPage>

#include <memory>

class QButtonGroup;

namespace Ui {
class StrategyPage;
}

namespace tma {

class AutomationSwitches;
class HostedPanel;
class LocalModelPanel;
class TaskSlotsPanel;
class WizardContext;

// Step 2 of the guide: the three strategies as large, explained choices, with the models the server
// really has, both task-model slots, the automations, and warnings about the choice.
class StrategyPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Choice
    {
        None,
        Local,
        Hosted,
        Quiet,
    };

    explicit StrategyPage(WizardContext* context, QWidget* parent = nullptr);
    ~StrategyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    Choice choice() const;
    Preset buildPreset() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void showLoaded();
    void choiceChanged();
    void updateSlots();
    void updateWarnings();
    QString currentSummary() const;

    std::unique_ptr<Ui::StrategyPage> m_ui;
    WizardContext* m_context;
    QButtonGroup* m_choices;
    LocalModelPanel* m_localPanel;
    HostedPanel* m_hostedPanel;
    AutomationSwitches* m_switches;
    TaskSlotsPanel* m_slots;
    Choice m_previousChoice = Choice::None;
    bool m_loaded = false;
    bool m_loadedOnce = false;
    bool m_keepChoices = false;
    QString m_loadedServer;
    bool m_loading = false;
    bool m_hasBlockingIssue = false;
    Rewording m_rewording;
};

} // namespace tma
