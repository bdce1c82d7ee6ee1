#pragma once

#include "ApiError.h"
#include "ChangePlan.h"
#include "ConfigApplier.h"
#include "ContentionPlan.h"
#include "ContentionResult.h"
#include "ProbeResult.h"
#include "Rewording.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QListWidgetItem;

namespace Ui {
class ApplyPage;
}

namespace tma {

class ContentionTest;
class TaskProbe;
class WizardContext;

// Step 3 of the guide: save and test. Shows every change before → after, then runs a test task,
// backs up, applies, verifies, and tests again; the outcome is told in sentences and drawn as a
// chart. Undo puts the backup back.
class ApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApplyPage(WizardContext* context, QWidget* parent = nullptr);
    ~ApplyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool keepInTray() const;
    // The server is being changed: leaving now could strand it half-way.
    bool isChangingServer() const { return m_phase == Phase::Changing; }
    // Stops a test that is running (before or after the change); the change itself stays.
    void stopTest();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Step
    {
        TestBefore,
        Backup,
        Apply,
        Verify,
        TestAfter,
        StepCount,
    };
    enum class Phase
    {
        Idle,
        TestingBefore, // nothing changed yet: can be stopped
        Changing,      // backup, write, verify: runs to its end
        TestingAfter,  // the change is made and undoable: the test can be stopped
    };
    enum class StepState
    {
        Pending,
        Running,
        Done,
        Failed,
        Skipped,
    };

    void showChanges();
    void wordChanges();
    void start();
    void stop();
    void runTest(bool after);
    // The chat speed test (ContentionTest), when the user asked for it, after the title test.
    void runChatSpeed(bool after);
    void afterTest(bool after);
    void showChatSpeedPlan();
    ContentionPlan chatSpeedPlan(bool after) const;
    void keepChatSpeedSoFar();
    void applySettings();
    void onApplied(const ConfigApplier::Report& report);
    void onApplyFailed(const ApiError& error, const ConfigApplier::Report& report);
    void showOutcome();
    void wordOutcome();
    // The result's sentences; an empty wording clears them. Clears the memory note and the chart.
    void showResult(Wording text);
    void showMemory(const QString& text, bool warns);
    void undo();
    void setStep(Step step, StepState state, Wording detail = {});
    void showStep(Step step);
    void resetSteps();
    void setPhase(Phase phase);
    void showElapsed();
    void storeProviderKey();

    std::unique_ptr<Ui::ApplyPage> m_ui;
    WizardContext* m_context;
    QPointer<ConfigApplier> m_applier;
    QPointer<TaskProbe> m_probe;
    QPointer<ContentionTest> m_contention;
    std::optional<ContentionResult> m_speedBefore;
    std::optional<ContentionResult> m_speedAfter;
    Wording m_testDetail; // what the title test said, shown again once the speed test is done
    QList<ProbeResult> m_before;
    QList<ProbeResult> m_after;
    ConfigApplier::Report m_report;
    ChangePlan m_plan; // what Apply changes, as shown before it ran
    QString m_backupId;
    QString m_keychainError; // the provider key could not be kept: the keychain's words
    Phase m_phase = Phase::Idle;
    bool m_applied = false;
    bool m_testStopped = false;
    // The running step, what it waits for, and since when: shown with the seconds so far.
    int m_runningStep = -1;
    QString m_runningDetailText;
    QElapsedTimer m_stepClock;
    QTimer m_elapsedTicker;
    struct StepShown
    {
        StepState state = StepState::Pending;
        Wording detail; // what it is doing or did
    };
    StepShown m_steps[StepCount];
    Rewording m_rewording;
};

} // namespace tma
