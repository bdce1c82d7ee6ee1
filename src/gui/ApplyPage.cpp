#include "ApplyPage.h"

#include "ProbeReport.h"

#include "ui_ApplyPage.h"

#include "Automation.h"
#include "BackupStore.h"
#include "ChangePlan.h"
#include "ContentionReport.h"
#include "ContentionTest.h"
#include "DisplayText.h"
#include "ElidedName.h"
#include "OpenWebUiClient.h"
#include "PlainToolTip.h"
#include "SecretStore.h"
#include "ServerProfiles.h"
#include "SettingLabels.h"
#include "SettingsReader.h"
#include "TaskProbe.h"
#include "TimingChart.h"
#include "WizardContext.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QWizard>

namespace tma {
namespace {

QString seconds(qint64 ms)
{
    return ApplyPage::tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 2));
}

QString slotName(ProbeResult::Slot slot)
{
    return slot == ProbeResult::Slot::Local ? ApplyPage::tr("Chats with local models")
                                            : ApplyPage::tr("Chats with external models");
}

const ProbeResult* findSlot(const QList<ProbeResult>& results, ProbeResult::Slot slot)
{
    for (const ProbeResult& result : results) {
        if (result.slot == slot)
            return &result;
    }
    return nullptr;
}

// A server's model id in one of this page's sentences: shown as text, cut to a sensible width.
QString shownName(const QString& id, const QWidget* widget)
{
    const QFontMetrics metrics = widget->fontMetrics();
    return ElidedName::inText(id, metrics, ElidedName::defaultWidth(metrics));
}

// A sentence core built around server names (a verdict, a server's error): the same, names cut.
QString shownSentence(const QString& sentence, const QStringList& names, const QWidget* widget)
{
    const QFontMetrics metrics = widget->fontMetrics();
    return ElidedName::inSentence(sentence, names, metrics, ElidedName::defaultWidth(metrics));
}

QString verdictText(const ProbeResult& result, const QWidget* widget)
{
    return shownSentence(ProbeReport::verdictSentence(result),
                         {result.chatModel, result.expectedTaskModel, result.answeredBy}, widget);
}

} // namespace

ApplyPage::ApplyPage(WizardContext* context, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ApplyPage>()), m_context(context)
{
    m_ui->setupUi(this);
    m_ui->changesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->changesTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->changesTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->changesTree->header()->setStretchLastSection(false);
    m_ui->changesTree->setMaximumHeight(m_ui->changesTree->fontMetrics().height() * 9);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ApplyPage::start);
    connect(m_ui->cancelApplyButton, &QPushButton::clicked, this, &ApplyPage::stop);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &ApplyPage::undo);
    connect(m_ui->chatSpeedCheck, &QCheckBox::toggled, this, &ApplyPage::showChatSpeedPlan);
    m_elapsedTicker.setInterval(1000);
    connect(&m_elapsedTicker, &QTimer::timeout, this, &ApplyPage::showElapsed);
    setPhase(Phase::Idle);
}

ApplyPage::~ApplyPage() = default;

bool ApplyPage::keepInTray() const
{
    return m_ui->keepTrayCheck->isChecked();
}

void ApplyPage::initializePage()
{
    m_applied = false;
    m_testStopped = false;
    m_backupId.clear();
    m_before.clear();
    m_after.clear();
    m_speedBefore.reset();
    m_speedAfter.reset();
    showResult({});
    m_ui->undoButton->setVisible(false);
    showChanges();
    showChatSpeedPlan();
    resetSteps();
    setPhase(Phase::Idle);
}

void ApplyPage::cleanupPage()
{
    stop();
}

bool ApplyPage::isComplete() const
{
    return m_phase == Phase::Idle || m_phase == Phase::TestingAfter;
}

void ApplyPage::showChanges()
{
    ChangePlan::Options options;
    options.shareModels = m_context->shareModels();
    m_plan = ChangePlan::make(m_context->taskConfig(), m_context->models(), m_context->preset(), options);
    wordChanges();
}

void ApplyPage::wordChanges()
{
    // Worded again after a language switch from the plan as it was made: once applied, the
    // server's settings are the new ones, and the list still says what changed.
    m_ui->changesTree->clear();
    const Preset& preset = m_context->preset();
    const QFontMetrics metrics = m_ui->changesTree->fontMetrics();
    for (const ChangePlan::Row& row : m_plan.rows()) {
        auto* item = new QTreeWidgetItem(m_ui->changesTree);
        switch (row.kind) {
        case ChangePlan::Row::Kind::Setting: {
            item->setText(0, SettingLabels::of(row.key));
            item->setToolTip(0, row.key);
            // A value may be a model id of any length: cut, with all of it in the tooltip.
            const QJsonValue values[] = {row.before, row.after};
            for (int column : {1, 2}) {
                const QString value = SettingLabels::value(row.key, values[column - 1]);
                item->setText(column, ElidedName::alone(value, metrics, ElidedName::defaultWidth(metrics)));
                item->setToolTip(column, PlainToolTip::of(DisplayText::neutralised(value)));
            }
            break;
        }
        case ChangePlan::Row::Kind::ModelAccess:
            item->setText(0, tr("Who may use %1").arg(shownName(row.modelId, m_ui->changesTree)));
            item->setToolTip(0, PlainToolTip::of(DisplayText::neutralised(row.modelId)));
            item->setText(1, tr("Not all users"));
            item->setText(2, tr("All users"));
            break;
        case ChangePlan::Row::Kind::Connection:
            item->setText(0, tr("OpenAI-compatible connection"));
            item->setText(1, tr("(as it is)"));
            // What the server will hold; whether the assistant's keychain keeps a copy is only known after.
            item->setText(2, tr("%1, with the key you entered").arg(row.url));
            break;
        }
    }
    m_ui->changesLabel->setText(
        m_ui->changesTree->topLevelItemCount() == 0
            ? tr("The server already has these settings. Apply to test them anyway.")
            : tr("These settings will change (%1):").arg(DisplayText::forDisplay(preset.shownName())));
}

void ApplyPage::resetSteps()
{
    m_ui->stepsList->clear();
    for (int step = 0; step < StepCount; ++step)
        m_ui->stepsList->addItem(QString());
    for (int step = 0; step < StepCount; ++step)
        setStep(static_cast<Step>(step), StepState::Pending);
}

void ApplyPage::setStep(Step step, StepState state, Wording detail)
{
    if (state == StepState::Running) {
        const QString detailText = detail ? detail() : QString();
        if (m_runningStep != step || m_runningDetailText != detailText) {
            m_runningStep = step;
            m_runningDetailText = detailText;
            m_stepClock.start();
            m_elapsedTicker.start();
        }
    } else if (m_runningStep == step) {
        m_runningStep = -1;
        m_elapsedTicker.stop();
    }
    m_steps[step] = {state, std::move(detail)};
    showStep(step);
}

void ApplyPage::showStep(Step step)
{
    const StepState state = m_steps[step].state;
    const Wording& wording = m_steps[step].detail;
    QString detail = wording ? wording() : QString();
    if (state == StepState::Running && m_runningStep == step && m_stepClock.elapsed() >= 1000) {
        // A slow server must not look like a hung assistant: the running step counts its seconds.
        const QString seconds = QLocale().toString(m_stepClock.elapsed() / 1000);
        detail = detail.isEmpty()
                     ? tr("waiting for the server, %1 s so far").arg(seconds)
                     : tr("%1, %2 s so far", "what the step waits for, and how long").arg(detail, seconds);
    }
    QListWidgetItem* item = m_ui->stepsList->item(step);
    if (!item)
        return;
    static const char* icons[] = {":/icons/step-pending.svg", ":/icons/step-running.svg", ":/icons/step-done.svg",
                                  ":/icons/step-failed.svg", ":/icons/step-skipped.svg"};
    QString text;
    switch (step) {
    case TestBefore: text = tr("Test with the current settings"); break;
    case Backup: text = tr("Back up the current settings"); break;
    case Apply: text = tr("Apply the new settings"); break;
    case Verify: text = tr("Check that the server kept them"); break;
    case TestAfter: text = tr("Test with the new settings"); break;
    case StepCount: break;
    }
    if (!detail.isEmpty())
        text = tr("%1 — %2", "a step of the apply, and what it is doing or did").arg(text, detail);
    item->setText(text);
    item->setIcon(QIcon(QLatin1String(icons[static_cast<int>(state)])));
    item->setData(Qt::UserRole, static_cast<int>(state));
}

void ApplyPage::showElapsed()
{
    if (m_runningStep >= 0)
        showStep(static_cast<Step>(m_runningStep));
}

void ApplyPage::setPhase(Phase phase)
{
    m_phase = phase;
    const bool running = phase != Phase::Idle;
    m_ui->applyButton->setEnabled(!running);
    m_ui->chatSpeedCheck->setEnabled(!running);
    if (running)
        m_ui->chatSpeedPlanLabel->setVisible(false);
    m_ui->cancelApplyButton->setVisible(running);
    // Only the change itself runs to its end; a test, before or after it, can always be stopped.
    m_ui->cancelApplyButton->setEnabled(phase != Phase::Changing);
    m_ui->undoButton->setEnabled(phase == Phase::Idle || phase == Phase::TestingAfter);
    if (!running) {
        m_runningStep = -1;
        m_elapsedTicker.stop();
    }
    Q_EMIT completeChanged();
    // Leaving mid-change could strand the server half-way: Back and Cancel wait until it's done
    // (the wizard re-enables them on completeChanged, so this comes after it).
    if (wizard()) {
        wizard()->button(QWizard::BackButton)->setEnabled(phase != Phase::Changing);
        wizard()->button(QWizard::CancelButton)->setEnabled(phase != Phase::Changing);
    }
}

void ApplyPage::start()
{
    m_applied = false;
    m_testStopped = false;
    m_keychainError.clear();
    m_before.clear();
    m_after.clear();
    m_speedBefore.reset();
    m_speedAfter.reset();
    showResult({});
    m_ui->undoButton->setVisible(false);
    resetSteps();
    setPhase(Phase::TestingBefore);
    runTest(false);
}

void ApplyPage::stop()
{
    const Phase was = m_phase;
    if (m_probe) {
        // Keep what the test found so far: the stopped test's finished slots still count.
        (was == Phase::TestingAfter ? m_after : m_before) = m_probe->results();
        m_probe->cancel();
    }
    keepChatSpeedSoFar();
    switch (was) {
    case Phase::Idle:
        return;
    case Phase::TestingBefore:
        setStep(TestBefore, StepState::Skipped, [] { return tr("stopped"); });
        showResult([] { return tr("Stopped before anything was changed."); });
        break;
    case Phase::Changing:
        // Only reached when the page goes away mid-change (the Stop button is off then).
        if (m_applier)
            m_applier->cancel();
        showResult([] {
            return tr("Stopped. If the settings were being saved, check them in Open WebUI's admin panel.");
        });
        break;
    case Phase::TestingAfter:
        m_testStopped = true;
        setStep(TestAfter, StepState::Skipped, [] { return tr("stopped"); });
        return showOutcome();
    }
    setPhase(Phase::Idle);
}

void ApplyPage::stopTest()
{
    if (m_phase == Phase::TestingBefore || m_phase == Phase::TestingAfter)
        stop();
}

void ApplyPage::runTest(bool after)
{
    const Step step = after ? TestAfter : TestBefore;
    setStep(step, StepState::Running);
    if (m_probe)
        m_probe->deleteLater();
    m_probe = new TaskProbe(m_context->client(), m_context->session().server.taskApi, this);
    m_probe->setChecksMemory(after); // only the result after the change says what Ollama keeps
    connect(m_probe, &TaskProbe::slotStarted, this,
            [this, step](ProbeResult::Slot slot, const QString& chatModel) {
                setStep(step, StepState::Running, [this, slot, chatModel] {
                    const QString chat = shownName(chatModel, m_ui->stepsList);
                    return slot == ProbeResult::Slot::Local
                               ? tr("a title task in a chat with %1, a local model").arg(chat)
                               : tr("a title task in a chat with %1, an external model").arg(chat);
                });
            });
    connect(m_probe, &TaskProbe::finished, this, [this, after, step](const QList<ProbeResult>& results) {
        (after ? m_after : m_before) = results;
        bool answered = false;
        bool refused = false;
        for (const ProbeResult& result : results) {
            answered = answered || result.outcome == ProbeResult::Outcome::Answered;
            refused = refused || result.outcome == ProbeResult::Outcome::Failed;
        }
        // A task the server refused is a failed test, never a tick: the result says why.
        const StepState state = refused     ? StepState::Failed
                                : !answered ? StepState::Skipped
                                            : StepState::Done;
        m_testDetail = [this, results] {
            QStringList parts;
            for (const ProbeResult& result : results) {
                if (result.outcome == ProbeResult::Outcome::Answered)
                    parts << tr("%1 in %2")
                                 .arg(shownName(result.answeredBy, m_ui->stepsList),
                                      seconds(result.elapsedMs));
            }
            return QLocale().createSeparatedList(parts);
        };
        setStep(step, state, m_testDetail);
        if (m_ui->chatSpeedCheck->isChecked() && !refused)
            return runChatSpeed(after);
        afterTest(after);
    });
    connect(m_probe, &TaskProbe::failed, this, [this, after, step](const ApiError& error) {
        setStep(step, StepState::Failed, [error] { return DisplayText::forDisplay(error.message()); });
        afterTest(after); // a failed "before" test must not stop the change the user asked for
    });
    if (after && !m_report.addedConnection.isEmpty())
        m_probe->run(m_report.after); // a new connection brings new models: read them again
    else if (after)
        m_probe->run(m_report.after, m_report.models.isEmpty() ? m_context->models() : m_report.models);
    else
        m_probe->run(m_context->taskConfig(), m_context->models());
}

void ApplyPage::afterTest(bool after)
{
    if (after)
        showOutcome();
    else
        applySettings();
}

ContentionPlan ApplyPage::chatSpeedPlan(bool after) const
{
    if (!after)
        return ContentionPlan::make(m_context->taskConfig(), m_context->models());
    return ContentionPlan::make(m_report.after,
                                m_report.models.isEmpty() ? m_context->models() : m_report.models);
}

void ApplyPage::showChatSpeedPlan()
{
    // What the speed test will send, before the user starts it; once it runs, the steps show its
    // progress and the page needs the room for the result.
    const bool shown = m_ui->chatSpeedCheck->isChecked() && m_phase == Phase::Idle;
    m_ui->chatSpeedPlanLabel->setVisible(shown);
    if (!shown)
        return;
    QStringList sentences;
    for (const QString& sentence : ContentionReport::planSentences(chatSpeedPlan(false)))
        sentences << DisplayText::forDisplay(sentence); // the model's name is the server's text
    sentences << tr("The assistant runs it twice: with the current settings, then with the new ones.");
    m_ui->chatSpeedPlanLabel->setText(sentences.join(QLatin1Char('\n')));
}

void ApplyPage::runChatSpeed(bool after)
{
    const Step step = after ? TestAfter : TestBefore;
    if (m_contention)
        m_contention->deleteLater();
    m_contention = new ContentionTest(m_context->client(), m_context->session().server.taskApi, this);
    connect(m_contention, &ContentionTest::roundStarted, this, [this, step](int round, int rounds) {
        setStep(step, StepState::Running,
                [round, rounds] { return tr("chat speed test, message %1 of %2").arg(round).arg(rounds); });
    });
    connect(
        m_contention, &ContentionTest::finished, this, [this, after, step](const ContentionResult& result) {
            (after ? m_speedAfter : m_speedBefore) = result;
            setStep(step, result.end == ContentionResult::End::Failed ? StepState::Failed : StepState::Done,
                    m_testDetail);
            afterTest(after);
        });
    m_contention->run(chatSpeedPlan(after));
}

void ApplyPage::keepChatSpeedSoFar()
{
    if (!m_contention || !m_contention->isBusy())
        return;
    // A stopped speed test still shows the messages it timed.
    m_contention->cancel();
    (m_phase == Phase::TestingAfter ? m_speedAfter : m_speedBefore) = m_contention->result();
}

void ApplyPage::applySettings()
{
    // From here on the server is being changed: stopping half-way is not offered.
    setPhase(Phase::Changing);
    setStep(Backup, StepState::Running);
    if (m_applier)
        m_applier->deleteLater();
    m_applier = new ConfigApplier(m_context->client(), m_context->session(),
                                  std::make_unique<BackupStore>(m_context->session().server.url), this);
    m_applier->setExpected(m_context->taskConfig());
    m_applier->setProviderKey(m_context->providerKey());
    m_applier->setModels(m_context->models()); // read by the strategy page with refresh=true
    m_applier->setShareModels(m_context->shareModels());
    connect(m_applier, &ConfigApplier::stepChanged, this, [this](ConfigApplier::Step step) {
        switch (step) {
        case ConfigApplier::Step::Reading:
        case ConfigApplier::Step::BackingUp: setStep(Backup, StepState::Running); break;
        case ConfigApplier::Step::CheckingModels:
            break; // before the backup or within the apply: no step of its own
        case ConfigApplier::Step::AddingConnection:
        case ConfigApplier::Step::ProvingProvider:
        case ConfigApplier::Step::SharingModels:
        case ConfigApplier::Step::Applying:
            setStep(Backup, StepState::Done);
            setStep(Apply, StepState::Running);
            break;
        case ConfigApplier::Step::Verifying:
            setStep(Apply, StepState::Done);
            setStep(Verify, StepState::Running);
            break;
        case ConfigApplier::Step::ConfirmingWrite:
            // The save failed or got no answer: it is not done until the server is read back.
            setStep(Apply, StepState::Running, [] { return tr("reading back what the server holds"); });
            break;
        }
    });
    connect(m_applier, &ConfigApplier::finished, this, &ApplyPage::onApplied);
    connect(m_applier, &ConfigApplier::failed, this, &ApplyPage::onApplyFailed);
    m_applier->apply(m_context->preset());
}

void ApplyPage::onApplied(const ConfigApplier::Report& report)
{
    m_report = report;
    m_backupId = report.backupId;
    setStep(Backup, StepState::Done, [id = report.backupId] { return id; });
    if (report.alreadyApplied) {
        setStep(Apply, StepState::Skipped, [] { return tr("nothing to change"); });
        setStep(Verify, StepState::Skipped);
    } else {
        setStep(Apply, StepState::Done,
                [count = report.changedKeys.size()] { return tr("settings changed: %1").arg(count); });
        setStep(Verify, StepState::Done);
    }
    m_context->setTaskConfig(report.after); // the new baseline if the user applies again
    ServerProfiles::rememberApplied(m_context->session().server.url, m_context->preset().toJson());
    m_applied = true;
    storeProviderKey();
    // The change is made: from here the test can be stopped and the change undone.
    m_ui->undoButton->setVisible(!m_backupId.isEmpty());
    setPhase(Phase::TestingAfter);
    runTest(true);
}

void ApplyPage::onApplyFailed(const ApiError& error, const ConfigApplier::Report& report)
{
    for (Step step : {Backup, Apply, Verify}) {
        if (m_steps[step].state == StepState::Running)
            setStep(step, StepState::Failed);
    }
    setStep(TestAfter, StepState::Skipped);
    if (error.kind() == ApiError::Kind::Conflict) {
        // Show what the server has now, so "Apply" puts the user's choices on top of it.
        SettingsReader::read(m_context->client(), m_context->session().server.taskApi,
                             SettingsReader::Models::None, this,
                             [this](const SettingsReader::Result& result) {
                                 if (result.error().isError())
                                     return;
                                 m_context->setTaskConfig(result.config);
                                 showChanges();
                             });
    }
    showResult([error, report] {
        QStringList lines{DisplayText::forDisplay(error.message())};
        if (error.kind() == ApiError::Kind::Conflict)
            lines << tr(
                "The list above now shows the server's current settings: apply again to put your choices "
                "on top of them.");
        if (error.kind() == ApiError::Kind::SessionExpired)
            lines << tr("Go back to the first page and sign in again; your choices are kept.");
        lines << ConfigApplier::serverStateText(report, false);
        if (ConfigApplier::mayApplyLate(report))
            lines << tr("Should it apply the save late after all, Undo puts the settings from before back.");
        else if (!report.serverUnchanged)
            lines << tr(
                "Check them in Open WebUI's admin panel (Admin Panel > Settings > Interface), or use Undo "
                "to put back the settings from before.");
        return lines.join(QLatin1Char('\n'));
    });
    m_backupId = report.backupId;
    m_ui->undoButton->setVisible((!report.serverUnchanged || ConfigApplier::mayApplyLate(report)) &&
                                 !m_backupId.isEmpty());
    setPhase(Phase::Idle);
}

void ApplyPage::showResult(Wording text)
{
    // A new result replaces the whole of the old one: its sentences, its memory note and its chart.
    showMemory({}, false);
    m_ui->timingChart->setRows({});
    m_rewording.setText(m_ui->resultsLabel, std::move(text));
}

void ApplyPage::showMemory(const QString& text, bool warns)
{
    // A server that unloads the chat model for every task makes chats slower after the change:
    // set apart in the attention colour, not read past as one more line of the result.
    m_ui->memoryLabel->setText(text);
    m_ui->memoryLabel->setStyleSheet(warns ? QStringLiteral("color: #9a6700; font-weight: bold;")
                                           : QString());
    m_ui->memoryLabel->setVisible(!text.isEmpty());
}

void ApplyPage::showOutcome()
{
    // Worded from the facts kept on the page, so a language switch words the outcome again.
    m_rewording.set(m_ui->resultsLabel, [this] { wordOutcome(); });
    m_ui->undoButton->setVisible(!m_backupId.isEmpty());
    setPhase(Phase::Idle);
}

void ApplyPage::wordOutcome()
{
    QStringList lines;
    QStringList memoryLines; // whether Ollama keeps both models: apart, and marked when it cannot
    bool memoryWarns = false;
    QList<TimingChart::Row> rows;
    for (ProbeResult::Slot slot : {ProbeResult::Slot::Local, ProbeResult::Slot::External}) {
        const ProbeResult* before = findSlot(m_before, slot);
        const ProbeResult* after = findSlot(m_after, slot);
        if (!after || after->outcome == ProbeResult::Outcome::NoChatModel)
            continue;
        const QString name = slotName(slot);
        const bool local = slot == ProbeResult::Slot::Local;
        const QString answeredBy = shownName(after->answeredBy, m_ui->resultsLabel);
        TimingChart::Row row;
        row.label = name;
        if (before && before->outcome == ProbeResult::Outcome::Answered) {
            row.beforeMs = before->elapsedMs;
            row.beforeModel = before->answeredBy;
        }
        switch (after->outcome) {
        case ProbeResult::Outcome::Answered:
            row.afterMs = after->elapsedMs;
            row.afterModel = after->answeredBy;
            if (row.beforeMs >= 0)
                lines << (local ? tr("Chats with local models: titles now come from %1 in %2, instead of %3 "
                                     "from %4.")
                                : tr("Chats with external models: titles now come from %1 in %2, instead of "
                                     "%3 from "
                                     "%4."))
                             .arg(answeredBy, seconds(after->elapsedMs), seconds(row.beforeMs),
                                  shownName(row.beforeModel, m_ui->resultsLabel));
            else
                lines << (local ? tr("Chats with local models: titles now come from %1 in %2.")
                                : tr("Chats with external models: titles now come from %1 in %2."))
                             .arg(answeredBy, seconds(after->elapsedMs));
            if (const QString verdict = verdictText(*after, m_ui->resultsLabel); !verdict.isEmpty())
                lines << verdict;
            if (const QString memory = ProbeReport::residencySentence(after->residency); !memory.isEmpty())
                memoryLines << shownSentence(memory, {after->residency.chatModel, after->residency.taskModel},
                                             m_ui->memoryLabel);
            memoryWarns = memoryWarns || ProbeReport::residencyWarns(after->residency);
            break;
        case ProbeResult::Outcome::Disabled:
            lines
                << (local
                        ? tr("Chats with local models: title generation is turned off, so no test task ran.")
                        : tr("Chats with external models: title generation is turned off, so no test task "
                             "ran."));
            break;
        case ProbeResult::Outcome::Failed:
            lines << (local ? tr("Chats with local models: the test task failed. %1")
                            : tr("Chats with external models: the test task failed. %1"))
                         .arg(DisplayText::forDisplay(after->error.message()));
            break;
        case ProbeResult::Outcome::NoChatModel:
            break;
        }
        if (row.beforeMs >= 0 || row.afterMs >= 0)
            rows << row;
    }
    // The chat's own speed while the tasks ran, before and after, when it was measured.
    const ContentionResult none;
    const ContentionResult& speedBefore = m_speedBefore ? *m_speedBefore : none;
    const ContentionResult& speedAfter = m_speedAfter ? *m_speedAfter : none;
    if (m_speedAfter) {
        if (speedBefore.rounds() > 0 && speedAfter.rounds() > 0) {
            lines << ContentionReport::firstWordComparison(speedBefore, speedAfter)
                  << ContentionReport::totalComparison(speedBefore, speedAfter);
        } else if (const QString measured = ContentionReport::resultSentence(speedAfter);
                   !measured.isEmpty()) {
            lines << measured;
        }
    }
    for (const ContentionResult* speed : {&speedBefore, &speedAfter}) {
        if (const QString end = ContentionReport::endSentence(*speed); !end.isEmpty())
            lines << DisplayText::forDisplay(end);
    }
    // The figure users feel, drawn; the whole answer's time is in the sentences above.
    if (speedBefore.rounds() > 0 || speedAfter.rounds() > 0) {
        TimingChart::Row firstWord;
        firstWord.label = tr("First word of the answer");
        if (speedBefore.rounds() > 0) {
            firstWord.beforeMs = speedBefore.medianFirstWordMs();
            firstWord.beforeModel = speedBefore.chatModel;
        }
        if (speedAfter.rounds() > 0) {
            firstWord.afterMs = speedAfter.medianFirstWordMs();
            firstWord.afterModel = speedAfter.chatModel;
        }
        rows << firstWord;
    }
    if (lines.isEmpty())
        lines
            << (m_testStopped
                    ? tr("The new settings are saved. The test was stopped before it finished.")
                    : tr("The settings were applied. The server has no chat model to run a test task with."));
    if (const QString late = ConfigApplier::serverStateText(m_report, true); !late.isEmpty())
        lines.prepend(late);
    for (const QString& id : std::as_const(m_report.sharedModels))
        lines << tr("All users may now use \"%1\", so their chats get titles, tags and follow-ups too.")
                     .arg(shownName(id, m_ui->resultsLabel));
    if (!m_keychainError.isEmpty())
        lines << tr("The provider key could not be kept in the keychain: %1").arg(m_keychainError);
    m_ui->resultsLabel->setText(lines.join(QLatin1Char('\n')));
    showMemory(memoryLines.join(QLatin1Char('\n')), memoryWarns);
    m_ui->timingChart->setRows(rows);
}

void ApplyPage::undo()
{
    if (m_backupId.isEmpty())
        return;
    const std::optional<tma::Backup> backup = BackupStore(m_context->session().server.url).find(m_backupId);
    if (!backup) {
        showResult([id = m_backupId] { return tr("The backup %1 could not be read.").arg(id); });
        return;
    }
    if (m_phase == Phase::TestingAfter) { // a test of the settings being undone tells nothing any more
        if (m_contention)
            m_contention->cancel();
        m_probe->cancel();
        setStep(TestAfter, StepState::Skipped, [] { return tr("stopped"); });
    }
    setPhase(Phase::Changing);
    showResult(
        [] { return tr("Putting back the settings from before…"); }); // and no more about the undone ones
    Preset preset = Preset::original(backup->taskConfig);
    preset.name = tr("backup %1").arg(backup->id);
    if (m_applier)
        m_applier->deleteLater();
    m_applier = new ConfigApplier(m_context->client(), m_context->session(),
                                  std::make_unique<BackupStore>(m_context->session().server.url), this);
    m_applier->restoreFrom(*backup);
    connect(m_applier, &ConfigApplier::finished, this, [this](const ConfigApplier::Report& report) {
        m_context->setTaskConfig(report.after);
        showResult([this, restored = report.restoredModels] {
            QStringList lines{tr("Undone: the server has its previous settings again.")};
            for (const QString& id : restored)
                lines << tr("Put back who may use \"%1\".").arg(shownName(id, m_ui->resultsLabel));
            return lines.join(QLatin1Char('\n'));
        });
        m_ui->undoButton->setVisible(false);
        m_backupId.clear();
        setPhase(Phase::Idle);
    });
    connect(m_applier, &ConfigApplier::failed, this,
            [this](const ApiError& error, const ConfigApplier::Report&) {
                showResult(
                    [error] { return tr("Undo failed: %1").arg(DisplayText::forDisplay(error.message())); });
                setPhase(Phase::Idle);
            });
    m_applier->apply(preset);
}

void ApplyPage::storeProviderKey()
{
    const Preset& preset = m_context->preset();
    if (!preset.connection || m_context->providerKey().isEmpty())
        return;
    m_context->secrets()->write(preset.connection->keyRef, m_context->providerKey(), this,
                                [this](const SecretStore::Result& result) {
                                    // Shown with the outcome: the apply worked, only the tray can't reuse the key.
                                    if (!result.ok)
                                        m_keychainError = result.error;
                                });
}

void ApplyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        wordChanges();
        if (!m_ui->chatSpeedPlanLabel->isHidden()) // it makes way for the result once a test ran
            showChatSpeedPlan();
        for (int step = 0; step < StepCount; ++step)
            showStep(static_cast<Step>(step));
        m_rewording.rewordAll();
    }
    QWizardPage::changeEvent(event);
}

} // namespace tma
