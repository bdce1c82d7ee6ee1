// Drives the real wizard by object name against the fake Open WebUI, for each strategy and each
// error path a user can meet, and checks what the user sees and what the server received.
#include "AssistantWizard.h"
#include "Automation.h"
#include "DisplayText.h"
#include "ElidedName.h"
#include "FakeOpenWebUi.h"
#include "GuiTestHelpers.h"
#include "LogRedactor.h"
#include "MemorySecretStore.h"
#include "OpenWebUiClient.h"
#include "ProviderUrl.h"
#include "SecretStore.h"
#include "ServerProfiles.h"
#include "TimingChart.h"
#include "Translator.h"
#include "TrayController.h"
#include "TraySetup.h"
#include "WizardContext.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDirIterator>
#include <QGroupBox>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWheelEvent>

#include <functional>
#include <memory>

using namespace tma;
using namespace tma::test;

Q_DECLARE_METATYPE(tma::test::FakeProfile)

class TestWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeOpenWebUi> m_fake;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AssistantWizard> m_wizard;

    // `setup` prepares the fake before the wizard looks at it; `address`: where the fake listens
    // (the wizard is told about 127.0.0.1 only).
    void start(FakeProfile profile, const std::function<void(FakeOpenWebUi&)>& setup = {},
               const QHostAddress& address = QHostAddress(QHostAddress::LocalHost))
    {
        m_fake = std::make_unique<FakeOpenWebUi>(profile);
        if (setup)
            setup(*m_fake);
        QVERIFY(m_fake->listen(0, address));
        if (!m_secrets)
            m_secrets = std::make_unique<MemorySecretStore>();
        m_wizard = std::make_unique<AssistantWizard>(m_secrets.get());
        if (address.isLoopback())
            m_wizard->context()->setInitialServer(m_fake->url());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    static void enableLdap(FakeOpenWebUi& fake)
    {
        fake.setLdapEnabled(true);
        fake.setLdapUser(QStringLiteral("jdoe"), QStringLiteral("ldap-pass"),
                         QStringLiteral("jane.doe@corp.example"), QStringLiteral("admin"));
    }

    QAbstractButton* next() const { return m_wizard->button(QWizard::NextButton); }

    void signIn(const QString& email = QStringLiteral("admin@example.com"),
                const QString& password = QStringLiteral("admin-pass"))
    {
        child<QRadioButton>(m_wizard.get(), "passwordRadio")->setChecked(true);
        auto* emailEdit = child<QLineEdit>(m_wizard.get(), "emailEdit");
        emailEdit->clear();
        QTest::keyClicks(emailEdit, email);
        auto* passwordEdit = child<QLineEdit>(m_wizard.get(), "passwordEdit");
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
    }

    // Radio buttons react only on their indicator and text, not their whole width: click there.
    static void choose(QRadioButton* button) { QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2)); }

    QString connectStatus() const { return seen(child<QLabel>(m_wizard.get(), "statusLabel")->text()); }

    void toStrategyPage()
    {
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        saveShot(m_wizard.get(), QStringLiteral("1-connect-signed-in"));
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AssistantWizard::StrategyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(m_wizard.get(), "localModelTree")->topLevelItemCount() > 0, 10000);
    }

    void applyAndWait()
    {
        QCOMPARE(m_wizard->currentId(), int(AssistantWizard::ApplyPageId));
        saveShot(m_wizard.get(), QStringLiteral("3-apply-before"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "applyButton"), Qt::LeftButton);
        auto* undo = child<QPushButton>(m_wizard.get(), "undoButton");
        auto* apply = child<QPushButton>(m_wizard.get(), "applyButton");
        // Undo is offered as soon as the change is made; the test after it ends with Apply back on.
        QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible() && undo->isEnabled() && apply->isEnabled(), 30000);
    }

    QString results() const { return seen(child<QLabel>(m_wizard.get(), "resultsLabel")->text()); }

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<FakeProfile>();
    }

    // The Connect page learnt what the server is while the user typed (its probe): signing in
    // then goes straight to the sign-in, without asking /ready and /api/config again.
    void signInReusesTheProbe()
    {
        start(FakeProfile::V0_11, enableLdap);
        // The page shows what it learnt: this server offers LDAP.
        QTRY_VERIFY_WITH_TIMEOUT(child<QRadioButton>(m_wizard.get(), "ldapRadio")->isVisible(), 10000);
        // Asked once: the detection covers the address the wizard was opened with.
        QCOMPARE(m_fake->requestCount("GET", QStringLiteral("/api/config")), 1);
        m_fake->clearRequests();
        choose(child<QRadioButton>(m_wizard.get(),
                                   "passwordRadio")); // the user's choice, over the server's advice
        signIn();
        QTRY_VERIFY2_WITH_TIMEOUT(next()->isEnabled(), qPrintable(connectStatus()), 10000);
        QStringList calls;
        for (const FakeOpenWebUi::Request& request : m_fake->requests())
            calls << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
        QCOMPARE(calls, QStringList{QStringLiteral("POST /api/v1/auths/signin")});
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("TMA_DATA_DIR", m_dir->path().toUtf8());
        QSettings().clear();
    }

    void cleanup()
    {
        m_wizard.reset();
        m_fake.reset();
        m_secrets.reset();
    }

    void localStrategy_data()
    {
        QTest::addColumn<FakeProfile>("profile");
        for (FakeProfile profile : allProfiles())
            QTest::newRow(qPrintable(profileName(profile))) << profile;
    }

    void localStrategy()
    {
        QFETCH(FakeProfile, profile);
        start(profile);
        const QJsonObject before = m_fake->taskConfig();
        toStrategyPage();
        QVERIFY(child<QRadioButton>(m_wizard.get(), "localChoice")->isChecked());
        auto* tree = child<QTreeWidget>(m_wizard.get(), "localModelTree");
        // The guide's recommendation is listed first and preselected.
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("qwen2.5:3b"));
        QCOMPARE(tree->selectedItems().value(0)->text(0), QStringLiteral("qwen2.5:3b"));
        QVERIFY(child<QLabel>(m_wizard.get(), "currentLabel")->text().contains(QStringLiteral("Current Model")));
        saveShot(m_wizard.get(), QStringLiteral("2-strategy-local"));
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);

        auto* changes = child<QTreeWidget>(m_wizard.get(), "changesTree");
        QCOMPARE(changes->topLevelItemCount(), 2); // both slots
        QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("qwen2.5:3b"));
        applyAndWait();
        saveShot(m_wizard.get(), QStringLiteral("3-apply-after"));

        QCOMPARE(m_fake->taskConfig().value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("qwen2.5:3b"));
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("TASK_MODEL_EXTERNAL")).toString(), QStringLiteral("qwen2.5:3b"));
        QVERIFY2(results().contains(QStringLiteral("qwen2.5:3b")), qPrintable(results()));
        // Before: the large chat model wrote the title; after: the small task model.
        QVERIFY2(results().contains(QStringLiteral("instead of")), qPrintable(results()));

        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "undoButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results().contains(QStringLiteral("Undone")), 10000);
        QCOMPARE(m_fake->taskConfig(), before);
    }

    // /api/models?refresh=true makes the server ask every connection it has: once for the
    // Strategy page, none for the apply (its check and its tests use that list), none when the
    // user goes back from the apply page and on again; the apply after a change of connections
    // (none here) would be the one case that asks again.
    void modelListAskedOncePerVisit()
    {
        start(FakeProfile::V0_11);
        toStrategyPage();
        const QString listing = QStringLiteral("/api/models");
        QCOMPARE(m_fake->requestCount("GET", listing), 1);
        for (const FakeOpenWebUi::Request& request : m_fake->requests()) {
            if (request.path == listing) // fresh: the task routes find only models the server has listed
                QCOMPARE(request.query.queryItemValue(QStringLiteral("refresh")), QStringLiteral("true"));
        }
        m_fake->clearRequests();
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AssistantWizard::StrategyPageId));
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        applyAndWait();
        QVERIFY(m_fake->requestCount("POST", QStringLiteral("/api/v1/tasks/config/update")) >= 1);
        QVERIFY(m_fake->requestCount("POST", QStringLiteral("/api/v1/tasks/title/completions")) >= 2);
        QCOMPARE(m_fake->requestCount("GET", listing), 0);
    }

    // After Apply, the result says whether the server keeps both models in memory: here the chat
    // model was loaded and the node has room for only one of them.
    void resultSaysWhenBothModelsDoNotFit()
    {
        start(FakeProfile::V0_11, [](FakeOpenWebUi& fake) {
            fake.setOllamaMemory(0, 43LL * 1000 * 1000 * 1000);
            fake.preloadOllamaModel(QStringLiteral("llama3.1:70b"));
        });
        toStrategyPage();
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        applyAndWait();
        saveShot(m_wizard.get(), QStringLiteral("3-apply-memory-warning"));
        auto* memory = child<QLabel>(m_wizard.get(), "memoryLabel");
        const QString said = seen(memory->text());
        QVERIFY(memory->isVisible());
        QVERIFY2(said.contains(QStringLiteral("cannot hold both")) &&
                     said.contains(QStringLiteral("42.5 GB")),
                 qPrintable(said));
        QVERIFY(!memory->styleSheet().isEmpty()); // set apart as a warning
        QVERIFY2(results().contains(QStringLiteral("qwen2.5:3b")), qPrintable(results()));

        // Undo, then a test on a server with room for both: said plainly, not as a warning.
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "undoButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results().contains(QStringLiteral("Undone")), 10000);
        QVERIFY(!memory->isVisible());
        m_fake->setOllamaMemory(0, 0);
        m_fake->preloadOllamaModel(QStringLiteral("llama3.1:70b"));
        applyAndWait();
        QTRY_VERIFY(memory->isVisible());
        QVERIFY2(seen(memory->text()).contains(QStringLiteral("Both models stay in memory")),
                 qPrintable(memory->text()));
        QVERIFY(memory->styleSheet().isEmpty());
    }

    // Qt's own catalogue reads 「下一個」 in zh_TW and 「다음 (&N) >」 in Korean: the wizard's buttons
    // take our words, and follow a language switch.
    void wizardButtonsUseOurWords()
    {
        start(FakeProfile::V0_11);
        const QList<QPair<QString, QStringList>> expected{
            {QStringLiteral("zh_TW"),
             {QStringLiteral("下一步(&N) >"), QStringLiteral("< 上一步(&B)"), QStringLiteral("完成(&F)"),
              QStringLiteral("取消")}},
            {QStringLiteral("ko"),
             {QStringLiteral("다음(&N) >"), QStringLiteral("< 뒤로(&B)"), QStringLiteral("완료(&F)"),
              QStringLiteral("취소")}},
            {QStringLiteral("en"),
             {QStringLiteral("&Next >"), QStringLiteral("< &Back"), QStringLiteral("&Finish"),
              QStringLiteral("Cancel")}}};
        for (const auto& [language, texts] : expected) {
            QCOMPARE(Translator::install(language), language);
            QTRY_COMPARE(m_wizard->buttonText(QWizard::NextButton), texts.at(0));
            QCOMPARE(m_wizard->buttonText(QWizard::BackButton), texts.at(1));
            QCOMPARE(m_wizard->buttonText(QWizard::FinishButton), texts.at(2));
            QCOMPARE(m_wizard->buttonText(QWizard::CancelButton), texts.at(3));
        }
    }

    // The chat's own speed with the background tasks running (opt-in): the requests are listed
    // before anything is sent; the result and the chart show the first word of the answer before
    // and after, sooner once qwen2.5:3b takes the tasks off the chat model.
    static void quickChatModel(FakeOpenWebUi& fake)
    {
        FakeModel chat;
        chat.id = QStringLiteral("llama3.1:70b");
        chat.sizeBytes = 42520412561LL;
        chat.parameterSize = QStringLiteral("70.6B");
        chat.latencyMs = 160;
        fake.addModel(chat);
    }

    void chatSpeedBeforeAndAfter()
    {
        start(FakeProfile::V0_11, quickChatModel);
        toStrategyPage();
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        auto* check = child<QCheckBox>(m_wizard.get(), "chatSpeedCheck");
        auto* plan = child<QLabel>(m_wizard.get(), "chatSpeedPlanLabel");
        QVERIFY(!check->isChecked()); // it loads the server: off unless asked for
        QVERIFY(!plan->isVisible());
        check->setChecked(true);
        QVERIFY(plan->isVisible());
        QVERIFY(!plan->text().contains(QChar(0x23CE))); // sentences on lines of their own, no return symbol
        // A language switch rewrites the list too.
        QCOMPARE(Translator::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QTRY_VERIFY2(seen(plan->text()).contains(QStringLiteral("Le test de vitesse envoie 3")),
                     qPrintable(plan->text()));
        Translator::install(QStringLiteral("en"));
        QTRY_VERIFY2(seen(plan->text()).startsWith(QStringLiteral("The chat speed test")),
                     qPrintable(plan->text()));
        const QString listed = seen(plan->text());
        for (const QString& part :
             {QStringLiteral("3 short chat messages to llama3.1:70b"), QStringLiteral("Title Generation"),
              QStringLiteral("Follow Up Generation"), QStringLiteral("12 requests"),
              QStringLiteral("runs it twice")})
            QVERIFY2(listed.contains(part), qPrintable(listed));
        m_fake->clearRequests();
        applyAndWait();
        saveShot(m_wizard.get(), QStringLiteral("3-apply-chat-speed"));
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/chat/completions")), 6);
        QVERIFY2(results().contains(QStringLiteral("First word of the answer:")), qPrintable(results()));
        auto* chart = m_wizard->findChild<TimingChart*>(QStringLiteral("timingChart"));
        const QList<TimingChart::Row> rows = chart->rows();
        QCOMPARE(rows.size(), 2); // the title task, then the chat's first word
        QCOMPARE(rows.at(1).label, QStringLiteral("First word of the answer"));
        QVERIFY2(results().contains(QStringLiteral("Whole answer:")), qPrintable(results()));
        QVERIFY(!plan->isVisible()); // the room goes to the result
        // Before, the chat waited for three tasks on its own model; after, for none.
        QVERIFY2(rows.at(1).beforeMs >= 3 * 160 && rows.at(1).afterMs < rows.at(1).beforeMs,
                 qPrintable(QStringLiteral("%1 → %2").arg(rows.at(1).beforeMs).arg(rows.at(1).afterMs)));
        QVERIFY(check->isEnabled());
    }

    // Stop during the speed test before the change: every request is closed, nothing is changed.
    void chatSpeedStoppedMidWay()
    {
        start(FakeProfile::V0_11, quickChatModel);
        toStrategyPage();
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        child<QCheckBox>(m_wizard.get(), "chatSpeedCheck")->setChecked(true);
        m_fake->clearRequests();
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "applyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->requestCount("POST", QStringLiteral("/api/chat/completions")) == 1,
                                 10000);
        auto* stop = child<QPushButton>(m_wizard.get(), "cancelApplyButton");
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY2(results().contains(QStringLiteral("Stopped before anything was changed")),
                 qPrintable(results()));
        QTRY_VERIFY(m_fake->abandonedRequests().contains(QStringLiteral("/api/chat/completions")));
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/v1/tasks/config/update")), 0);
        QVERIFY(child<QPushButton>(m_wizard.get(), "applyButton")->isEnabled());
    }

    // The test before the change only serves as the "before" of the chart: what Ollama holds is
    // read around the test after the change alone, even when the old settings had a local task
    // model too.
    void memoryReadOnlyAfterTheChange()
    {
        start(FakeProfile::V0_11, [](FakeOpenWebUi& fake) {
            QJsonObject config = fake.taskConfig();
            config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("llama3.2:3b"));
            fake.setTaskConfig(config);
            fake.preloadOllamaModel(QStringLiteral("llama3.1:70b"));
        });
        toStrategyPage();
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        m_fake->clearRequests();
        applyAndWait();
        const QString loaded = QStringLiteral("/ollama/api/ps");
        QCOMPARE(m_fake->requestCount("GET", loaded), 2);
        QStringList calls;
        for (const FakeOpenWebUi::Request& request : m_fake->requests()) {
            if (request.path == loaded || request.path.endsWith(QLatin1String("/title/completions")))
                calls << request.path;
        }
        const QString title = QStringLiteral("/api/v1/tasks/title/completions");
        QCOMPARE(calls, (QStringList{title, loaded, title, loaded})); // before; then after, in between
        QVERIFY2(seen(child<QLabel>(m_wizard.get(), "memoryLabel")->text())
                     .contains(QStringLiteral("Both models")),
                 qPrintable(child<QLabel>(m_wizard.get(), "memoryLabel")->text()));
    }

    static int visibleRows(QTreeWidget* tree)
    {
        int visible = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            visible += tree->topLevelItem(i)->isHidden() ? 0 : 1;
        return visible;
    }

    // A server with thousands of models: typing part of a name (anywhere in it, any case) narrows
    // the table to the models that contain it. The selected model, which Next would apply, is never
    // hidden: it stays listed, and the page says why. The Advanced lists narrow the same way.
    void filterFindsAmongThousandsOfModels()
    {
        start(FakeProfile::V0_11, [](FakeOpenWebUi& fake) { fake.addModels(manyModels(3000)); });
        toStrategyPage();
        auto* tree = child<QTreeWidget>(m_wizard.get(), "localModelTree");
        QVERIFY(tree->topLevelItemCount() > 3000);
        const QString selected = tree->selectedItems().value(0)->text(0);
        QCOMPARE(selected, QStringLiteral("qwen2.5:3b"));
        auto* filter = child<QLineEdit>(m_wizard.get(), "localFilterEdit");
        QVERIFY(filter);
        QVERIFY(filter->isVisible());
        QVERIFY(filter->isClearButtonEnabled());
        QVERIFY(!filter->placeholderText().isEmpty());

        const QString typed = QStringLiteral("A-V1"); // the middle of "codellama-v1…:8b"
        QTest::keyClicks(filter, typed);
        int matching = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = tree->topLevelItem(i);
            const bool matches = item->text(0).contains(typed, Qt::CaseInsensitive);
            matching += matches ? 1 : 0;
            QCOMPARE(item->isHidden(), !matches && item->text(0) != selected);
        }
        QVERIFY2(matching > 100 && matching < 200, qPrintable(QString::number(matching)));
        QCOMPARE(visibleRows(tree), matching + 1); // + the selected one, kept
        QCOMPARE(tree->selectedItems().value(0)->text(0), selected);
        auto* status = child<QLabel>(m_wizard.get(), "localFilterStatusLabel");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("%1 of ").arg(matching)), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("qwen2.5:3b is still listed because it is selected")),
                 qPrintable(status->text()));
        saveShot(m_wizard.get(), QStringLiteral("2-strategy-local-filtered"));

        // Choosing a match lets the old choice go out of sight; the new one is what Next applies.
        QTreeWidgetItem* match =
            tree->findItems(QStringLiteral("codellama-v10:"), Qt::MatchStartsWith).value(0);
        QVERIFY(match && !match->isHidden());
        const QString chosen = match->text(0);
        tree->setCurrentItem(match);
        QCOMPARE(visibleRows(tree), matching);
        QVERIFY(!status->text().contains(QStringLiteral("still listed")));
        QCOMPARE(child<QComboBox>(m_wizard.get(), "taskModelCombo")->currentData().toString(), chosen);

        // Advanced: the drop-down lists of both slots narrow too, and keep their current model.
        child<QGroupBox>(m_wizard.get(), "advancedGroup")->setChecked(true);
        auto* slotFilter = child<QLineEdit>(m_wizard.get(), "taskModelFilterEdit");
        QVERIFY(slotFilter);
        QTest::keyClicks(slotFilter, QStringLiteral("GEMMA2-V37"));
        for (const char* name : {"taskModelCombo", "taskModelExternalCombo"}) {
            auto* combo = child<QComboBox>(m_wizard.get(), name);
            auto* view = qobject_cast<QListView*>(combo->view());
            QVERIFY(view);
            int shown = 0;
            for (int row = 0; row < combo->count(); ++row) {
                const QString id = combo->itemData(row).toString();
                const bool keep = row == 0 || row == combo->currentIndex() ||
                                  id.contains(QStringLiteral("gemma2-v37"), Qt::CaseInsensitive);
                QCOMPARE(view->isRowHidden(row), !keep);
                shown += keep ? 1 : 0;
            }
            QCOMPARE(shown, 2 + 6); // "Current Model", the current one, gemma2-v37 and -v370…v374
            QCOMPARE(combo->currentData().toString(), chosen);
        }

        filter->clear();
        QCOMPARE(visibleRows(tree), tree->topLevelItemCount());
        QVERIFY(!status->isVisible());
    }

    // A provider with thousands of models: typing part of a name finds it, and an id the provider
    // does not list is refused next to the box, with Next disabled, until a listed one is typed.
    void hostedModelMustBeOneTheProviderLists()
    {
        start(FakeProfile::V0_11);
        const QString provider = QStringLiteral("https://openrouter.ai/api/v1");
        FakeModel small;
        small.id = QStringLiteral("openai/gpt-4o-mini");
        small.ownedBy = QStringLiteral("openai");
        small.connectionType = QStringLiteral("external");
        m_fake->setProvider(provider, QStringLiteral("sk-or-test"),
                            QList<FakeModel>{small} + manyModels(3000, true));
        toStrategyPage();
        choose(child<QRadioButton>(m_wizard.get(), "hostedChoice"));
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "providerKeyEdit"), QStringLiteral("sk-or-test"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "verifyButton"), Qt::LeftButton);
        auto* status = child<QLabel>(m_wizard.get(), "hostedStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Verified")), 10000);
        QTRY_VERIFY(next()->isEnabled());
        auto* models = child<QComboBox>(m_wizard.get(), "hostedModelCombo");
        QVERIFY(models->count() > 3000);
        QLineEdit* edit = models->lineEdit();

        // Typed part of names, in another case: not an id the provider lists.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("QWEN2.5-V1"));
        QVERIFY(!next()->isEnabled());
        auto* check = child<QLabel>(m_wizard.get(), "hostedModelCheckLabel");
        QVERIFY(check);
        QVERIFY(check->isVisible());
        QVERIFY2(seen(check->text()).contains(QStringLiteral("does not offer \"QWEN2.5-V1\"")),
                 qPrintable(check->text()));
        // …and the list offers only the names that contain it.
        int matching = 0;
        for (int i = 0; i < models->count(); ++i)
            matching +=
                models->itemText(i).contains(QStringLiteral("qwen2.5-v1"), Qt::CaseInsensitive) ? 1 : 0;
        QVERIFY2(matching > 100 && matching < 200, qPrintable(QString::number(matching)));
        QCOMPARE(models->completer()->completionCount(), matching);
        QVERIFY(!edit->placeholderText().isEmpty());
        saveShot(m_wizard.get(), QStringLiteral("2-strategy-hosted-unlisted"));
        models->completer()->popup()->hide();

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("qwen/qwen2.5-v1-3b"));
        QTRY_VERIFY(next()->isEnabled());
        QVERIFY(!check->isVisible());
        models->completer()->popup()->hide();
        QTest::mouseClick(next(), Qt::LeftButton);
        applyAndWait();
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("TASK_MODEL_EXTERNAL")).toString(),
                 QStringLiteral("qwen/qwen2.5-v1-3b"));
    }

    // A provider that lists no models: the id can't be checked, which the page says; it is taken
    // as typed, as before.
    void hostedModelUncheckedWithoutAList()
    {
        start(FakeProfile::V0_11);
        m_fake->setProvider(QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("sk-or-test"), {});
        toStrategyPage();
        choose(child<QRadioButton>(m_wizard.get(), "hostedChoice"));
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "providerKeyEdit"), QStringLiteral("sk-or-test"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "verifyButton"), Qt::LeftButton);
        auto* status = child<QLabel>(m_wizard.get(), "hostedStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Verified")), 10000);
        QLineEdit* edit = child<QComboBox>(m_wizard.get(), "hostedModelCombo")->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("vendor/some-model"));
        QTRY_VERIFY(next()->isEnabled());
        auto* check = child<QLabel>(m_wizard.get(), "hostedModelCheckLabel");
        QVERIFY(check);
        QVERIFY(check->isVisible());
        QVERIFY2(check->text().contains(QStringLiteral("can't be checked")), qPrintable(check->text()));
    }

    // Turning the wheel to scroll the page over an Advanced task-model combo leaves the task model
    // alone (the event goes on to the page); once the user clicked the combo, the wheel picks.
    void wheelPicksOnlyInAFocusedCombo()
    {
        start(FakeProfile::V0_11);
        toStrategyPage();
        child<QGroupBox>(m_wizard.get(), "advancedGroup")->setChecked(true);
        auto* combo = child<QComboBox>(m_wizard.get(), "taskModelCombo");
        QVERIFY(combo->isEnabled());
        QVERIFY(!combo->hasFocus());
        auto turn = [combo]() {
            const QPointF at(combo->rect().center());
            QWheelEvent event(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(combo, &event);
            return event.isAccepted();
        };
        const QString before = combo->currentText();
        QVERIFY(!turn()); // not taken: the scroll area gets it
        QCOMPARE(combo->currentText(), before);
        QCOMPARE(combo->currentText(),
                 child<QComboBox>(m_wizard.get(), "taskModelExternalCombo")->currentText());

        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        combo->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(combo->hasFocus());
        turn();
        QVERIFY2(combo->currentText() != before, qPrintable(before));

        // Every combo and spin box of the wizard follows the same rule, and the wheel gives none focus.
        const QList<QWidget*> widgets = m_wizard->findChildren<QWidget*>();
        int guarded = 0;
        for (QWidget* widget : widgets) {
            if (!qobject_cast<QComboBox*>(widget) && !qobject_cast<QAbstractSpinBox*>(widget))
                continue;
            QCOMPARE(widget->focusPolicy(), Qt::StrongFocus);
            ++guarded;
        }
        QVERIFY(guarded >= 6);
    }

    void quietStrategy()
    {
        start(FakeProfile::V0_6);
        toStrategyPage();
        choose(child<QRadioButton>(m_wizard.get(), "quietChoice"));
        QVERIFY(child<QRadioButton>(m_wizard.get(), "quietChoice")->isChecked());
        QVERIFY(child<QCheckBox>(m_wizard.get(), "automation_title")->isChecked());
        QVERIFY(!child<QCheckBox>(m_wizard.get(), "automation_autocomplete")->isChecked());
        saveShot(m_wizard.get(), QStringLiteral("2-strategy-quiet"));
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        applyAndWait();
        const QJsonObject stored = m_fake->taskConfig();
        QCOMPARE(stored.value(QLatin1String("ENABLE_TITLE_GENERATION")).toBool(), true);
        for (const char* key : {"ENABLE_TAGS_GENERATION", "ENABLE_FOLLOW_UP_GENERATION", "ENABLE_AUTOCOMPLETE_GENERATION",
                                "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION"})
            QVERIFY2(!stored.value(QLatin1String(key)).toBool(true), key);
        QCOMPARE(stored.value(QLatin1String("TASK_MODEL")).toString(), QString()); // models untouched
    }

    // A remembered preset holds only what the user chose. The local preset applied with one switch
    // changed (tags off), then "Disable automations" from the tray, then another admin sets the
    // model back and turns tags on: switching to the local preset from the tray puts the model back
    // and turns tags off again, and leaves the automations the user never touched as quiet left
    // them (autocomplete off), instead of turning them back on.
    void rememberedPresetKeepsUntouchedSwitches()
    {
        start(FakeProfile::V0_11, [](FakeOpenWebUi& fake) { // every automation on, as the admin had it
            QJsonObject config = fake.taskConfig();
            for (Automation automation : Automations::all())
                config.insert(Automations::configKey(automation), true);
            fake.setTaskConfig(config);
        });
        toStrategyPage();
        auto* tags = child<QCheckBox>(m_wizard.get(), "automation_tags");
        QVERIFY(tags->isChecked());
        tags->setChecked(false);
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        applyAndWait();
        m_wizard.reset();

        TrayController tray(m_secrets.get());
        tray.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tray.entries().first().text.contains(QStringLiteral("reading")), 10000);
        QSignalSpy notes(&tray, &TrayController::notify);
        tray.switchPreset(m_fake->url(), QStringLiteral("quiet"));
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QVERIFY2(!notes.last().at(2).toBool(), qPrintable(notes.last().at(1).toString()));
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("ENABLE_AUTOCOMPLETE_GENERATION")).toBool(true),
                 false);

        QJsonObject changed = m_fake->taskConfig();
        changed.insert(QStringLiteral("TASK_MODEL"), QString());
        changed.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), QString());
        changed.insert(QStringLiteral("ENABLE_TAGS_GENERATION"), true);
        m_fake->setTaskConfig(changed);
        tray.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tray.entries().first().text.contains(QStringLiteral("reading")), 10000);
        tray.switchPreset(m_fake->url(), QStringLiteral("local"));
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 2, 10000);
        QVERIFY2(!notes.last().at(2).toBool(), qPrintable(notes.last().at(1).toString()));

        const QJsonObject stored = m_fake->taskConfig();
        QCOMPARE(stored.value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("qwen2.5:3b"));
        QCOMPARE(stored.value(QLatin1String("TASK_MODEL_EXTERNAL")).toString(), QStringLiteral("qwen2.5:3b"));
        QCOMPARE(stored.value(QLatin1String("ENABLE_TAGS_GENERATION")).toBool(true),
                 false); // the user's choice
        for (const char* key : {"ENABLE_AUTOCOMPLETE_GENERATION", "ENABLE_FOLLOW_UP_GENERATION",
                                "ENABLE_SEARCH_QUERY_GENERATION", "ENABLE_RETRIEVAL_QUERY_GENERATION"})
            QVERIFY2(!stored.value(QLatin1String(key)).toBool(true),
                     key); // never touched: as quiet left them
        QCOMPARE(stored.value(QLatin1String("ENABLE_TITLE_GENERATION")).toBool(), true);
    }

    // A saved server can be forgotten from the Connect page, after a question naming it: its
    // profile and its sign-in in the keychain go, the button with them.
    void connectPageForgetsASavedServer()
    {
        start(FakeProfile::V0_11);
        auto* forget = child<QPushButton>(m_wizard.get(), "forgetServerButton");
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        QTRY_VERIFY(!m_secrets->entries().isEmpty()); // Remember me: the session is in the keychain
        QVERIFY(ServerProfiles::find(m_fake->url()));
        QVERIFY(forget->isVisible());
        saveShot(m_wizard.get(), QStringLiteral("1-connect-saved-server"));

        QTest::mouseClick(forget, Qt::LeftButton);
        // The question is open (window-modal, no nested event loop) and nothing is forgotten yet.
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_wizard->findChild<QMessageBox*>(QStringLiteral("forgetServerDialog"))) &&
                    box->isVisible());
        QVERIFY(ServerProfiles::find(m_fake->url()));
        const QString question = box->text() + QLatin1Char('\n') + box->informativeText();
        saveShot(box, QStringLiteral("1-connect-forget-question"));
        box->findChild<QPushButton*>(QStringLiteral("forgetButton"))->click();
        QVERIFY2(seen(question).contains(m_fake->url().toString()), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("backups stay")), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!ServerProfiles::find(m_fake->url()), 10000);
        QTRY_VERIFY(m_secrets->entries().isEmpty());
        QTRY_VERIFY(connectStatus().contains(QStringLiteral("no longer knows")));
        QVERIFY(!forget->isVisible());
        QVERIFY(!next()->isEnabled()); // the session went with it: an apply would save it again
    }

    void hostedStrategy()
    {
        start(FakeProfile::V0_11);
        const QString provider = QStringLiteral("https://openrouter.ai/api/v1");
        FakeModel small;
        small.id = QStringLiteral("openai/gpt-4o-mini");
        small.ownedBy = QStringLiteral("openai");
        small.connectionType = QStringLiteral("external");
        small.latencyMs = 30;
        FakeModel other = small;
        other.id = QStringLiteral("deepseek/deepseek-r1");
        m_fake->setProvider(provider, QStringLiteral("sk-or-test"), {small, other});
        toStrategyPage();
        choose(child<QRadioButton>(m_wizard.get(), "hostedChoice"));
        QVERIFY(!next()->isEnabled()); // not verified yet
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "providerKeyEdit"), QStringLiteral("sk-or-wrong"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "verifyButton"), Qt::LeftButton);
        auto* status = child<QLabel>(m_wizard.get(), "hostedStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("refused")), 10000);
        QVERIFY(!next()->isEnabled());
        child<QLineEdit>(m_wizard.get(), "providerKeyEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "providerKeyEdit"), QStringLiteral("sk-or-test"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Verified")), 10000);
        auto* models = child<QComboBox>(m_wizard.get(), "hostedModelCombo");
        QCOMPARE(models->currentText(), small.id);
        QCOMPARE(models->findText(other.id), -1); // reasoning models are not offered
        saveShot(m_wizard.get(), QStringLiteral("2-strategy-hosted"));
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        applyAndWait();
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("TASK_MODEL_EXTERNAL")).toString(), small.id);
        const QJsonArray urls = m_fake->openAiConfig().value(QLatin1String("OPENAI_API_BASE_URLS")).toArray();
        QVERIFY(urls.contains(provider));
        QCOMPARE(m_fake->openAiConfig().value(QLatin1String("ENABLE_OPENAI_API")).toBool(), true);
        // The provider key went to the keychain, under the provider's scope.
        QTRY_COMPARE(m_secrets->entries().value(ProviderUrl::parse(provider)->keychainKey()),
                     QStringLiteral("sk-or-test"));
    }

    // WEBUI_AUTH=False: the page says there is no sign-in, and Sign in with empty fields connects.
    void serverWithoutSignIn()
    {
        start(FakeProfile::V0_6);
        m_fake->setWebUiAuth(false);
        child<QComboBox>(m_wizard.get(), "serverCombo")->setFocus();
        child<QRadioButton>(m_wizard.get(), "passwordRadio")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        QVERIFY2(connectStatus().contains(QStringLiteral("admin@localhost")), qPrintable(connectStatus()));
    }

    void wrongPasswordIsExplained()
    {
        start(FakeProfile::V0_11);
        signIn(QStringLiteral("admin@example.com"), QStringLiteral("nope"));
        QTRY_VERIFY_WITH_TIMEOUT(connectStatus().contains(QStringLiteral("incorrect")), 10000);
        saveShot(m_wizard.get(), QStringLiteral("1-connect-error"));
        QVERIFY(!next()->isEnabled());
        QCOMPARE(child<QLineEdit>(m_wizard.get(), "emailEdit")->text(), QStringLiteral("admin@example.com"));
    }

    void nonAdminIsRefused()
    {
        start(FakeProfile::V0_6);
        signIn(QStringLiteral("user@example.com"), QStringLiteral("user-pass"));
        QTRY_VERIFY_WITH_TIMEOUT(connectStatus().contains(QStringLiteral("not an administrator")), 10000);
        QVERIFY(!next()->isEnabled());
    }

    void apiKeysDisabledIsExplained()
    {
        start(FakeProfile::V0_11); // keys are off by default there
        child<QRadioButton>(m_wizard.get(), "apiKeyRadio")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "apiKeyEdit"), QStringLiteral("sk-admin-key"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connectStatus().contains(QStringLiteral("does not allow API keys")), 10000);
        QVERIFY(!next()->isEnabled());
        m_fake->setApiKeysEnabled(true);
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        // Remembered in the keychain under the key scope, never as a password.
        QTRY_COMPARE(m_secrets->entries().value(SecretStore::apiKeyKey(m_fake->url(), QStringLiteral("admin@example.com"))),
                     QStringLiteral("sk-admin-key"));
    }

    void cancelDuringSignIn()
    {
        start(FakeProfile::V0_11);
        m_fake->setFault(QStringLiteral("/api/v1/auths/signin"), FakeFault::Hang);
        signIn();
        auto* stop = child<QPushButton>(m_wizard.get(), "cancelButton");
        QTRY_VERIFY(stop->isEnabled());
        QTRY_VERIFY(connectStatus().contains(QStringLiteral("Signing in")));
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(connectStatus().contains(QStringLiteral("Stopped")));
        QVERIFY(child<QPushButton>(m_wizard.get(), "signInButton")->isEnabled());
        QVERIFY(!next()->isEnabled());
        m_fake->clearFaults();
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
    }

    void pullShowsProgressAndCancels()
    {
        start(FakeProfile::V0_11);
        m_fake->setPullable(QStringLiteral("llama3.2:1b"), 1300000000LL, 50, 100);
        toStrategyPage();
        auto* combo = child<QComboBox>(m_wizard.get(), "pullCombo");
        combo->setCurrentText(QStringLiteral("llama3.2:1b"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "pullButton"), Qt::LeftButton);
        auto* progress = child<QProgressBar>(m_wizard.get(), "pullProgress");
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() > 0, 10000);
        QVERIFY(!next()->isEnabled()); // not while a download runs
        saveShot(m_wizard.get(), QStringLiteral("2-strategy-pull"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "pullCancelButton"), Qt::LeftButton);
        QTRY_VERIFY(m_fake->pullCancelled(QStringLiteral("llama3.2:1b")));
        QVERIFY(!progress->isVisible());
        QTRY_VERIFY(next()->isEnabled());
    }

    void pullAddsTheModel()
    {
        start(FakeProfile::V0_5);
        m_fake->setPullable(QStringLiteral("llama3.2:1b"), 1300000000LL, 4, 10);
        toStrategyPage();
        child<QComboBox>(m_wizard.get(), "pullCombo")->setCurrentText(QStringLiteral("llama3.2:1b"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "pullButton"), Qt::LeftButton);
        auto* tree = child<QTreeWidget>(m_wizard.get(), "localModelTree");
        QTRY_VERIFY_WITH_TIMEOUT(!tree->findItems(QStringLiteral("llama3.2:1b"), Qt::MatchExactly).isEmpty(), 10000);
        QCOMPARE(tree->selectedItems().value(0)->text(0), QStringLiteral("llama3.2:1b"));
        // One Ollama node: nothing to choose, the pull goes to it.
        QVERIFY(!child<QComboBox>(m_wizard.get(), "pullNodeCombo")->isVisible());
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/ollama/api/pull/0")), 1);
    }

    // Ollama turned off on the server: the download row says so instead of offering a pull the
    // server would refuse.
    void pullOfferedOnlyWhenOllamaIsOn()
    {
        start(FakeProfile::V0_11);
        m_fake->setOllamaEnabled(false);
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        QTest::mouseClick(next(), Qt::LeftButton);
        auto* status = child<QLabel>(m_wizard.get(), "pullStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Ollama is turned off")), 10000);
        QVERIFY(!child<QPushButton>(m_wizard.get(), "pullButton")->isEnabled());
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/ollama/api/pull/0")), 0);
        saveShot(m_wizard.get(), QStringLiteral("2-strategy-ollama-off"));
    }

    // Several Ollama nodes: the user picks where the download goes; a disabled node is not offered.
    void pullGoesToTheChosenNode()
    {
        start(FakeProfile::V0_6);
        m_fake->setOllamaNodes({QStringLiteral("http://gpu-a:11434"), QStringLiteral("http://off:11434"),
                                QStringLiteral("http://gpu-b:11434")},
                               {true, false, true});
        m_fake->setPullable(QStringLiteral("llama3.2:1b"), 1300000000LL, 4, 10);
        toStrategyPage();
        auto* nodes = child<QComboBox>(m_wizard.get(), "pullNodeCombo");
        QTRY_VERIFY(nodes->isVisible());
        QCOMPARE(nodes->count(), 2);
        QCOMPARE(nodes->itemText(1), QStringLiteral("http://gpu-b:11434"));
        nodes->setCurrentIndex(1);
        child<QComboBox>(m_wizard.get(), "pullCombo")->setCurrentText(QStringLiteral("llama3.2:1b"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "pullButton"), Qt::LeftButton);
        auto* tree = child<QTreeWidget>(m_wizard.get(), "localModelTree");
        QTRY_VERIFY_WITH_TIMEOUT(!tree->findItems(QStringLiteral("llama3.2:1b"), Qt::MatchExactly).isEmpty(),
                                 10000);
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/ollama/api/pull/2")), 1);
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/ollama/api/pull/0")), 0);
    }

    // A freshly pulled model has no workspace record, so regular users' tasks can't use it: the
    // strategy page says so and offers to make it public; the apply does it, Undo takes it back.
    void privateModelMadePublicOnRequest()
    {
        start(FakeProfile::V0_11);
        FakeModel fresh;
        fresh.id = QStringLiteral("fresh-small:1b");
        fresh.sizeBytes = 800000000;
        fresh.parameterSize = QStringLiteral("1.1B");
        fresh.hasRecord = false;
        m_fake->addModel(fresh);
        toStrategyPage();
        auto* tree = child<QTreeWidget>(m_wizard.get(), "localModelTree");
        const QList<QTreeWidgetItem*> found = tree->findItems(fresh.id, Qt::MatchExactly);
        QVERIFY(!found.isEmpty());
        tree->setCurrentItem(found.first());
        auto* share = child<QCheckBox>(m_wizard.get(), "shareModelsCheck");
        auto* warnings = child<QLabel>(m_wizard.get(), "warningsLabel");
        QTRY_VERIFY(share->isVisible());
        QVERIFY(!share->isChecked()); // the admin decides who sees a model
        QVERIFY2(warnings->text().contains(QStringLiteral("Regular users may not use")),
                 qPrintable(warnings->text()));
        share->setChecked(true);
        QVERIFY2(warnings->text().contains(QStringLiteral("will be made available to all users")),
                 qPrintable(warnings->text()));
        saveShot(m_wizard.get(), QStringLiteral("2-strategy-make-public"));
        QTest::mouseClick(next(), Qt::LeftButton);

        auto* changes = child<QTreeWidget>(m_wizard.get(), "changesTree");
        QVERIFY(changes->topLevelItemCount() > 0);
        QCOMPARE(seen(changes->topLevelItem(changes->topLevelItemCount() - 1)->text(0)),
                 QStringLiteral("Who may use fresh-small:1b"));
        applyAndWait();
        QVERIFY(m_fake->modelUsableByUsers(fresh.id));
        QVERIFY2(results().contains(QStringLiteral("All users may now use \"fresh-small:1b\"")),
                 qPrintable(results()));

        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "undoButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results().contains(QStringLiteral("Undone")), 10000);
        QVERIFY2(results().contains(QStringLiteral("Put back who may use \"fresh-small:1b\".")),
                 qPrintable(results()));
        QVERIFY(!m_fake->modelHasRecord(fresh.id));
        QVERIFY(!m_fake->modelUsableByUsers(fresh.id));
    }

    // A server's name and model ids with HTML, terminal escapes, a newline, a right-to-left override
    // and a 170-character id: every view shows them as text (HTML literally, controls as symbols,
    // the override visible), long ones cut with the whole name in a tooltip, and no view grows.
    void hostileNamesAreShownAsText()
    {
        const QList<FakeModel> hostile = FakeOpenWebUi::hostileModels();
        const QString html = hostile.at(0).id;
        const QString rtl = hostile.at(3).id;
        const QString longId = hostile.at(4).id;
        start(FakeProfile::V0_11, [&](FakeOpenWebUi& fake) {
            fake.addHostileNames();
            QJsonObject config = fake.taskConfig();
            config.insert(QStringLiteral("TASK_MODEL"), longId);
            config.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), rtl);
            fake.setTaskConfig(config);
        });
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        const QString signedIn = shownText(child<QLabel>(m_wizard.get(), "statusLabel"));
        QVERIFY2(signedIn.contains(QStringLiteral("<img src=")), qPrintable(signedIn));
        QVERIFY2(isInert(signedIn), qPrintable(signedIn));
        saveShot(m_wizard.get(), QStringLiteral("hostile-1-connect"));
        QTest::mouseClick(next(), Qt::LeftButton);
        auto* tree = child<QTreeWidget>(m_wizard.get(), "localModelTree");
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0, 10000);

        // The table: each name as text, its tooltip showing all of it literally.
        const auto itemFor = [tree](const QString& id) -> QTreeWidgetItem* {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
                    return tree->topLevelItem(i);
            }
            return nullptr;
        };
        for (const FakeModel& model : hostile) {
            QTreeWidgetItem* item = itemFor(model.id);
            QVERIFY2(item, qPrintable(model.id));
            QVERIFY2(isInert(item->text(0)), qPrintable(item->text(0)));
            const QString tip = shownToolTip(item->toolTip(0));
            QVERIFY2(isInert(tip), qPrintable(tip));
            QVERIFY2(tip.contains(DisplayText::neutralised(model.id)), qPrintable(tip));
        }
        QCOMPARE(itemFor(rtl)->text(0), QStringLiteral("\\u202eb3:2.3amall")); // not "llama3.2:3b"
        QVERIFY(itemFor(QStringLiteral("two\nlines:1b"))->text(0).contains(QChar(0x23ce)));
        const QString htmlTip = shownToolTip(itemFor(html)->toolTip(0));
        QVERIFY2(htmlTip.contains(QStringLiteral("<font size=7 color=red>BIG</font>")), qPrintable(htmlTip));
        QVERIFY2(htmlTip.contains(QStringLiteral("<img src=\"file:///etc/hostname\">:1b")),
                 qPrintable(htmlTip));

        // The current settings: the long id cut, the override shown, nothing acting.
        const QString current = shownText(child<QLabel>(m_wizard.get(), "currentLabel"));
        QVERIFY2(!current.contains(longId) && current.contains(QChar(0x2026)), qPrintable(current));
        QVERIFY2(current.contains(QStringLiteral("\\u202eb3:2.3amall")), qPrintable(current));
        QVERIFY2(isInert(current), qPrintable(current));
        // The task-slot combo boxes: names cut to a sensible width, all of it in the tooltip.
        auto* slotCombo = child<QComboBox>(m_wizard.get(), "taskModelCombo");
        const int longIndex = slotCombo->findData(longId);
        QVERIFY(longIndex > 0);
        QVERIFY2(slotCombo->itemText(longIndex).size() < 80, qPrintable(slotCombo->itemText(longIndex)));
        QVERIFY(shownToolTip(slotCombo->itemData(longIndex, Qt::ToolTipRole).toString()).contains(longId));
        for (int i = 0; i < slotCombo->count(); ++i)
            QVERIFY2(isInert(slotCombo->itemText(i)), qPrintable(slotCombo->itemText(i)));
        // No name widens the wizard.
        QVERIFY2(m_wizard->minimumSizeHint().width() < 900,
                 qPrintable(QString::number(m_wizard->minimumSizeHint().width())));
        saveShot(m_wizard.get(), QStringLiteral("hostile-2-strategy"));

        tree->setCurrentItem(itemFor(html));
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        auto* changes = child<QTreeWidget>(m_wizard.get(), "changesTree");
        QCOMPARE(changes->topLevelItemCount(), 2);
        for (int i = 0; i < changes->topLevelItemCount(); ++i) {
            for (int column : {1, 2}) {
                const QTreeWidgetItem* item = changes->topLevelItem(i);
                QVERIFY2(isInert(item->text(column)), qPrintable(item->text(column)));
                QVERIFY2(item->text(column).size() < 80, qPrintable(item->text(column)));
                QVERIFY2(isInert(shownToolTip(item->toolTip(column))), qPrintable(item->toolTip(column)));
            }
            QVERIFY2(shownToolTip(changes->topLevelItem(i)->toolTip(2)).contains(html),
                     qPrintable(changes->topLevelItem(i)->toolTip(2)));
        }
        applyAndWait();
        const QString results = shownText(child<QLabel>(m_wizard.get(), "resultsLabel"));
        QVERIFY2(results.contains(html), qPrintable(results));
        QVERIFY2(isInert(results), qPrintable(results));
        QVERIFY2(!results.contains(longId), qPrintable(results));
        // The chart: who answered, cut to the room left after the time.
        auto* chart = m_wizard->findChild<TimingChart*>(QStringLiteral("timingChart"));
        QVERIFY(chart && !chart->rows().isEmpty());
        const TimingChart::Row row = chart->rows().first();
        QCOMPARE(row.beforeModel, longId);
        QCOMPARE(row.afterModel, html);
        const QFontMetrics metrics = chart->fontMetrics();
        const QString bar = TimingChart::barText(row.beforeMs, false, row.beforeModel, metrics, 250);
        QVERIFY2(metrics.horizontalAdvance(bar) <= 250 && bar.contains(QChar(0x2026)), qPrintable(bar));
        QVERIFY2(bar.contains(QStringLiteral(" s (before: ")), qPrintable(bar)); // the time is never cut
        QVERIFY(isInert(TimingChart::barText(row.afterMs, true, rtl, metrics, 250)));
        saveShot(m_wizard.get(), QStringLiteral("hostile-3-apply-after"));
    }

    void backAndNextKeepChoices()
    {
        start(FakeProfile::V0_11);
        toStrategyPage();
        choose(child<QRadioButton>(m_wizard.get(), "quietChoice"));
        child<QCheckBox>(m_wizard.get(), "automation_tags")->setChecked(true);
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QVERIFY(child<QRadioButton>(m_wizard.get(), "quietChoice")->isChecked());
        QVERIFY(child<QCheckBox>(m_wizard.get(), "automation_tags")->isChecked());
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(m_wizard.get(), "emailEdit")->text(), QStringLiteral("admin@example.com"));
        QVERIFY(next()->isEnabled()); // still signed in
    }

    // Everything the assistant writes (settings, backups, presets) and logs is free of the password,
    // the session token, the API key and the provider key.
    void noSecretReachesAnyFileOrLog()
    {
        QTemporaryDir dir;
        isolateFiles(dir);
        static QStringList logged;
        logged.clear();
        const QtMessageHandler original = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { logged << message; });
        LogRedactor::install();

        start(FakeProfile::V0_11);
        m_fake->setApiKeysEnabled(true);
        FakeModel small;
        small.id = QStringLiteral("openai/gpt-4o-mini");
        small.ownedBy = QStringLiteral("openai");
        small.connectionType = QStringLiteral("external");
        m_fake->setProvider(QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("sk-or-provider-secret"), {small});
        toStrategyPage();
        const QString token = m_wizard->context()->client()->credential();
        QVERIFY(!token.isEmpty());
        choose(child<QRadioButton>(m_wizard.get(), "hostedChoice"));
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "providerKeyEdit"), QStringLiteral("sk-or-provider-secret"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        QTest::mouseClick(next(), Qt::LeftButton);
        applyAndWait();
        m_wizard.reset(); // saves geometry and anything else on close
        qWarning("Authorization: Bearer %s", qPrintable(token)); // even a stray log line is redacted
        qInstallMessageHandler(original);
        QVERIFY(!logged.isEmpty());

        const QStringList secrets{QStringLiteral("admin-pass"), token, QStringLiteral("sk-or-provider-secret")};
        QStringList files;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.size() >= 2, qPrintable(files.join(QLatin1Char('\n')))); // settings and a backup at least
        for (const QString& path : std::as_const(files)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray contents = file.readAll();
            for (const QString& secret : secrets)
                QVERIFY2(!contents.contains(secret.toUtf8()), qPrintable(path + QStringLiteral(" contains a secret")));
        }
        for (const QString& line : std::as_const(logged)) {
            for (const QString& secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a log line contains a secret")));
        }
        // The secrets went to the keychain, where they belong.
        QCOMPARE(m_secrets->entries().value(ProviderUrl::openRouter().keychainKey()),
                 QStringLiteral("sk-or-provider-secret"));
        QCOMPARE(m_secrets->entries().value(SecretStore::sessionKey(m_fake->url(), QStringLiteral("admin@example.com"))), token);
    }

    // An expired session mid-flow: the user is told to sign in again, and after doing so finds
    // every choice as it was and can apply.
    // The server advertises LDAP: the page offers (and, like Open WebUI's own sign-in page,
    // preselects) "LDAP account" with a user name field; the sign-in goes to /api/v1/auths/ldap and
    // is remembered as an LDAP one, offered again next time.
    void ldapSignIn()
    {
        start(FakeProfile::V0_11, enableLdap);
        auto* ldapRadio = child<QRadioButton>(m_wizard.get(), "ldapRadio");
        QTRY_VERIFY_WITH_TIMEOUT(ldapRadio->isVisible(), 10000);
        QVERIFY(ldapRadio->isChecked());
        auto* ldapUser = child<QLineEdit>(m_wizard.get(), "ldapUserEdit");
        QVERIFY(ldapUser->isVisible());
        QVERIFY(!child<QLineEdit>(m_wizard.get(), "emailEdit")->isVisible());
        QVERIFY(child<QLabel>(m_wizard.get(), "adviceLabel")->text().contains(QStringLiteral("LDAP")));
        saveShot(m_wizard.get(), QStringLiteral("1-connect-ldap"));

        // A wrong password reads as a wrong LDAP account, not as a server error.
        QTest::keyClicks(ldapUser, QStringLiteral("jdoe"));
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "passwordEdit"), QStringLiteral("nope"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connectStatus().contains(QStringLiteral("user name or password is wrong")),
                                 10000);
        QVERIFY(!connectStatus().contains(QStringLiteral("HTTP 400")));
        QVERIFY(!next()->isEnabled());

        auto* password = child<QLineEdit>(m_wizard.get(), "passwordEdit");
        password->clear();
        QTest::keyClicks(password, QStringLiteral("ldap-pass"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        QVERIFY2(connectStatus().contains(QStringLiteral("jane.doe@corp.example")),
                 qPrintable(connectStatus()));
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/v1/auths/ldap")), 2);
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 0);
        const QString key = SecretStore::sessionKey(m_fake->url(), QStringLiteral("jdoe"));
        QTRY_VERIFY(m_secrets->entries().value(key).startsWith(QStringLiteral("eyJ")));
        const std::optional<ServerProfile> profile = ServerProfiles::find(m_fake->url());
        QVERIFY(profile);
        QCOMPARE(profile->method, AuthMethod::Ldap);
        QCOMPARE(profile->account, QStringLiteral("jdoe"));
        for (const QString& value : QSettings().allKeys())
            QVERIFY(!QSettings().value(value).toString().contains(QStringLiteral("ldap-pass")));

        // Next time: LDAP again, the user name filled in, and the saved LDAP session signs in.
        m_wizard.reset();
        m_wizard = std::make_unique<AssistantWizard>(m_secrets.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        ldapRadio = child<QRadioButton>(m_wizard.get(), "ldapRadio");
        QVERIFY(ldapRadio->isVisible() && ldapRadio->isChecked());
        QCOMPARE(child<QLineEdit>(m_wizard.get(), "ldapUserEdit")->text(), QStringLiteral("jdoe"));
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        QCOMPARE(m_wizard->context()->session().method, AuthMethod::Ldap);
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/v1/auths/ldap")), 2);
    }

    // Behind a trusted-header proxy only an API key gets in: the page says so and where to make one,
    // and preselects the key.
    void trustedHeaderAdvice()
    {
        start(FakeProfile::V0_6, [](FakeOpenWebUi& fake) { fake.setTrustedHeaderAuth(true); });
        auto* advice = child<QLabel>(m_wizard.get(), "adviceLabel");
        QTRY_VERIFY_WITH_TIMEOUT(advice->isVisible(), 10000);
        QVERIFY2(advice->text().contains(QStringLiteral("reverse proxy")), qPrintable(advice->text()));
        QVERIFY(advice->text().contains(QStringLiteral("Settings > Account > API keys")));
        QCOMPARE(advice->textFormat(), Qt::PlainText);
        QVERIFY(child<QRadioButton>(m_wizard.get(), "apiKeyRadio")->isChecked());
        QVERIFY(child<QLineEdit>(m_wizard.get(), "apiKeyEdit")->isVisible());
        saveShot(m_wizard.get(), QStringLiteral("1-connect-trusted-header"));
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "apiKeyEdit"), QStringLiteral("sk-admin-key"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
    }

    // An address typed without a scheme, on another computer, is tried with https first; the server
    // speaks plain http. The page finds it but sends no password: it shows the http address, and
    // signing in again with it is the user's choice.
    void addressWithoutSchemeFallsBackToHttp()
    {
        const std::optional<QHostAddress> address = tma::test::nonLoopbackAddress();
        if (!address)
            QSKIP("this machine has no non-loopback IPv4 address");
        start(FakeProfile::V0_11, {}, *address);
        const QString typed = QStringLiteral("%1:%2").arg(address->toString()).arg(m_fake->url().port());
        auto* combo = child<QComboBox>(m_wizard.get(), "serverCombo");
        combo->setEditText(typed);
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(connectStatus().contains(QStringLiteral("nothing was sent")), 15000);
        QVERIFY2(connectStatus().contains(m_fake->url().toString()), qPrintable(connectStatus()));
        QCOMPARE(combo->currentText(), m_fake->url().toString());
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 0);
        QVERIFY(!next()->isEnabled());
        saveShot(m_wizard.get(), QStringLiteral("1-connect-plain-http-only"));

        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 15000);
        QCOMPARE(m_wizard->context()->session().server.url, m_fake->url());
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 1);
        QCOMPARE(ServerProfiles::find(m_fake->url())->url, m_fake->url());
    }

    void expiredSessionKeepsChoices()
    {
        start(FakeProfile::V0_11);
        toStrategyPage();
        choose(child<QRadioButton>(m_wizard.get(), "quietChoice"));
        child<QCheckBox>(m_wizard.get(), "automation_tags")->setChecked(true); // keep tags, unlike the default
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        m_fake->setFault(QStringLiteral("/api/v1/tasks/config"), FakeFault::ExpiredToken);
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "applyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results().contains(QStringLiteral("sign in again")), 30000);
        QVERIFY(results().contains(QStringLiteral("not changed")));
        m_fake->clearFaults();
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AssistantWizard::ConnectPageId));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "signInButton"), Qt::LeftButton);
        QVERIFY(!next()->isEnabled()); // not until the new sign-in is checked
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000);
        QVERIFY(child<QRadioButton>(m_wizard.get(), "quietChoice")->isChecked());
        QVERIFY(child<QCheckBox>(m_wizard.get(), "automation_tags")->isChecked());
        QVERIFY(!child<QCheckBox>(m_wizard.get(), "automation_follow-ups")->isChecked());
        QTest::mouseClick(next(), Qt::LeftButton);
        applyAndWait();
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("ENABLE_TAGS_GENERATION")).toBool(), true);
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("ENABLE_FOLLOW_UP_GENERATION")).toBool(), false);
    }

    void testAfterTheChangeCanBeStopped()
    {
        start(FakeProfile::V0_11);
        toStrategyPage();
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        const QJsonObject before = m_fake->taskConfig();
        // The test after the change waits for a server that takes a minute to answer.
        const QString titlePath = QStringLiteral("/api/v1/tasks/title/completions");
        connect(m_fake.get(), &FakeOpenWebUi::requestReceived, this,
                [this, titlePath](const QByteArray& method, const QString& path) {
                    if (method == "POST" && path == QLatin1String("/api/v1/tasks/config/update"))
                        m_fake->setDelay(titlePath, 60000);
                });
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "applyButton"), Qt::LeftButton);
        auto* stop = child<QPushButton>(m_wizard.get(), "cancelApplyButton");
        auto* steps = child<QListWidget>(m_wizard.get(), "stepsList");
        auto* undo = child<QPushButton>(m_wizard.get(), "undoButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->requestCount("POST", titlePath) == 2, 15000); // before, and after
        QVERIFY(m_fake->taskConfig() != before);
        // Waiting is visible, and nothing is locked: Stop, Back, Cancel, Finish and Undo all work.
        QTRY_VERIFY_WITH_TIMEOUT(steps->item(4)->text().contains(QStringLiteral("s so far")), 5000);
        saveShot(m_wizard.get(), QStringLiteral("3-apply-testing-after"));
        QVERIFY(stop->isVisible() && stop->isEnabled());
        QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
        QVERIFY(m_wizard->button(QWizard::CancelButton)->isEnabled());
        QVERIFY(undo->isVisible() && undo->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(results().contains(QStringLiteral("The new settings are saved. The test was stopped")));
        QVERIFY(steps->item(4)->text().contains(QStringLiteral("stopped")));
        QVERIFY(!stop->isVisible());
        QVERIFY(undo->isVisible() && undo->isEnabled());
        QVERIFY(child<QPushButton>(m_wizard.get(), "applyButton")->isEnabled());
        m_fake->clearFaults();
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results().contains(QStringLiteral("Undone")), 15000);
        QCOMPARE(m_fake->taskConfig(), before);
    }

    void refusedSaveIsNotTicked()
    {
        // The step list matches the server's answer: a save it refused is a failed step, never a
        // tick followed by a failed check.
        start(FakeProfile::V0_11);
        toStrategyPage();
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        const QJsonObject before = m_fake->taskConfig();
        m_fake->setFault(QStringLiteral("/api/v1/tasks/config/update"), FakeFault::ServerError, -1, "POST");
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "applyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results().contains(QStringLiteral("not changed")), 30000);
        auto* steps = child<QListWidget>(m_wizard.get(), "stepsList");
        const auto state = [steps](int row) {
            return steps->item(row)->data(Qt::UserRole).toInt();
        };
        QCOMPARE(state(1), 2); // backed up: done
        QCOMPARE(state(2), 3); // the save: failed
        QCOMPARE(state(3), 0); // the check that it was kept: never reached
        QCOMPARE(m_fake->taskConfig(), before);
        QVERIFY(!child<QPushButton>(m_wizard.get(), "undoButton")->isVisible());
    }

    void conflictIsReported()
    {
        start(FakeProfile::V0_11);
        toStrategyPage();
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        // Another admin saves different settings while the user looks at the summary.
        QJsonObject changed = m_fake->taskConfig();
        changed.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("llama3.2:3b"));
        m_fake->setTaskConfig(changed);
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "applyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results().contains(QStringLiteral("Someone changed")), 30000);
        QVERIFY(results().contains(QStringLiteral("not changed")));
        QCOMPARE(m_fake->taskConfig(), changed);
        saveShot(m_wizard.get(), QStringLiteral("3-apply-conflict"));
        // The summary now starts from the other admin's settings; applying again works.
        auto* changes = child<QTreeWidget>(m_wizard.get(), "changesTree");
        QTRY_COMPARE(changes->topLevelItem(0)->text(1), QStringLiteral("llama3.2:3b"));
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "applyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_wizard.get(), "undoButton")->isVisible(), 30000);
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("qwen2.5:3b"));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
