// The whole wizard in every language: each state is checked for untranslated titles and for
// truncated labels and buttons, and saved as a PNG when TMA_SCREENSHOT_DIR is set
// (scripts/screenshots.sh), so anyone can look at every page in every language.
#include "AssistantWizard.h"
#include "FakeOpenWebUi.h"
#include "ForgetServerDialog.h"
#include "GuiTestHelpers.h"
#include "LanguageLeftovers.h"
#include "MemorySecretStore.h"
#include "PresetNameDialog.h"
#include "ShownTexts.h"
#include "TimingChart.h"
#include "Translator.h"
#include "TraySetup.h"
#include "WizardContext.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>

#include <map>
#include <memory>

using namespace tma;
using namespace tma::test;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_language;
    QStringList m_problems;
    std::map<QString, std::unique_ptr<LanguageLeftovers>> m_leftovers;

    // A label or button narrower than its text shows it cut off: the layout failed for this language.
    void checkNothingTruncated(QWidget* root, const QString& state)
    {
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisibleTo(root) || widget->width() <= 0)
                continue;
            QString text;
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                if (label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText)
                    continue;
                text = label->text();
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                if (button->text().isEmpty())
                    continue;
                text = button->text();
            } else {
                continue;
            }
            if (widget->sizeHint().width() > widget->width() + 1)
                m_problems << QStringLiteral("%1/%2: \"%3\" (%4) needs %5 px, has %6")
                                  .arg(m_language, state, text.left(50), QString::fromLatin1(widget->metaObject()->className()))
                                  .arg(widget->sizeHint().width())
                                  .arg(widget->width());
        }
    }

    // The leftovers of a switch from one language to another, read once per pair.
    const LanguageLeftovers& leftovers(const QString& from, const QString& to)
    {
        const QString key = from + QLatin1Char('>') + to;
        auto found = m_leftovers.find(key);
        if (found == m_leftovers.end())
            found = m_leftovers.emplace(key, std::make_unique<LanguageLeftovers>(from, to)).first;
        return *found->second;
    }

    static void switchTo(const QString& language)
    {
        QCOMPARE(Translator::install(language), language);
        QCoreApplication::processEvents(); // the wizard's windows get LanguageChange as a posted event
        QCoreApplication::processEvents();
    }

    // Switches to another language and back: the other language must show no word of this one,
    // and coming back must show the state exactly as before. `settled`: nothing moves on its own
    // (a download in progress does).
    void switchAndBack(QWidget* root, const QString& state, bool settled)
    {
        const QString other = m_language == QLatin1String("en") ? QStringLiteral("ja") : QStringLiteral("en");
        const QStringList before = shownTexts(root);
        switchTo(other);
        for (const QString& left : leftovers(m_language, other).foundIn(shownTexts(root)))
            m_problems << QStringLiteral("%1/%2, switched to %3, still shows %4")
                              .arg(m_language, state, other, left);
        switchTo(m_language);
        const QStringList back = shownTexts(root);
        for (const QString& left : leftovers(other, m_language).foundIn(back))
            m_problems << QStringLiteral("%1/%2, switched back from %3, still shows %4")
                              .arg(m_language, state, other, left);
        if (settled && back != before) {
            for (int i = 0; i < std::max(before.size(), back.size()); ++i) {
                if (before.value(i) != back.value(i)) {
                    // First: the failure's message is cut after a while.
                    m_problems.prepend(
                        QStringLiteral("%1/%2: after switching to %3 and back, \"%4\" became \"%5\"")
                            .arg(m_language, state, other, before.value(i).left(120),
                                 back.value(i).left(120)));
                    break;
                }
            }
        }
    }

    // Every state is looked at after a switch to another language and back: the screenshot shows
    // what a user who switched sees.
    void look(AssistantWizard& wizard, const QString& state, bool settled = true)
    {
        QCoreApplication::processEvents();
        // A name wrapped in our isolates and then escaped as server text shows "\u2068" literally.
        for (const QString& text : shownTexts(&wizard)) {
            if (text.contains(QLatin1String("\\u2068")) || text.contains(QLatin1String("\\u2069")))
                m_problems << QStringLiteral("%1/%2: an isolate escaped twice in \"%3\"")
                                  .arg(m_language, state, text);
        }
        switchAndBack(&wizard, state, settled);
        checkNothingTruncated(&wizard, state);
        saveShot(&wizard, state);
    }

    QAbstractButton* next(AssistantWizard& wizard) { return wizard.button(QWizard::NextButton); }
    static void choose(QRadioButton* button) { QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2)); }

private Q_SLOTS:
    void initTestCase() { Q_INIT_RESOURCE(resources); }

    void everyPage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Translator::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyPage()
    {
        QFETCH(QString, language);
        m_language = language;
        m_problems.clear();
        qputenv("TMA_SCREENSHOT_LANGUAGE", language.toUtf8());
        QTemporaryDir dir;
        isolateFiles(dir);
        QCOMPARE(Translator::install(language), language);

        FakeOpenWebUi fake(FakeProfile::V0_11);
        FakeModel small;
        small.id = QStringLiteral("openai/gpt-4o-mini");
        small.ownedBy = QStringLiteral("openai");
        small.connectionType = QStringLiteral("external");
        fake.setProvider(QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("sk-or-test"), {small});
        fake.setPullable(QStringLiteral("llama3.2:1b"), 1300000000LL, 60, 100);
        // Two Ollama nodes: the pull row offers the choice.
        fake.setOllamaNodes({QStringLiteral("http://ollama-gpu.internal.example:11434"),
                             QStringLiteral("http://ollama-cpu.internal.example:11434")});
        // The first node cannot hold the 70B chat model next to the task model: the result after
        // Apply says so, with its advice (the longest sentence of that page).
        fake.setOllamaMemory(0, 43LL * 1000 * 1000 * 1000);
        fake.preloadOllamaModel(QStringLiteral("llama3.1:70b"));
        // The chat model answers quickly, so the chat speed test (on for page 3) stays short.
        FakeModel chat;
        chat.id = QStringLiteral("llama3.1:70b");
        chat.sizeBytes = 42520412561LL;
        chat.parameterSize = QStringLiteral("70.6B");
        chat.latencyMs = 120;
        fake.addModel(chat);
        // A small model without a workspace record: regular users may not use it (the warning).
        FakeModel fresh;
        fresh.id = QStringLiteral("gemma2:2b");
        fresh.sizeBytes = 1629518495LL;
        fresh.parameterSize = QStringLiteral("2.6B");
        fresh.hasRecord = false;
        fake.addModel(fresh);
        QVERIFY(fake.listen());
        MemorySecretStore secrets;
        AssistantWizard wizard(&secrets);
        wizard.context()->setInitialServer(fake.url());
        wizard.resize(820, 680);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        if (language != QLatin1String("en"))
            QVERIFY2(wizard.currentPage()->title() != QLatin1String("Connect to the admin panel"), "page 1 not translated");

        // Page 1: an error, then signed in.
        auto* email = child<QLineEdit>(&wizard, "emailEdit");
        QTest::keyClicks(email, QStringLiteral("admin@example.com"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(&wizard, "signInButton"), Qt::LeftButton);
        auto* status = child<QLabel>(&wizard, "statusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->property("isError").toBool(), 10000);
        look(wizard, QStringLiteral("1-connect-error"));
        child<QLineEdit>(&wizard, "passwordEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("admin-pass"));
        QTest::mouseClick(child<QPushButton>(&wizard, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        look(wizard, QStringLiteral("1-connect-signed-in"));

        // Page 2: each strategy, and a download in progress.
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(&wizard, "localModelTree")->topLevelItemCount() > 0, 10000);
        if (language != QLatin1String("en"))
            QVERIFY(wizard.currentPage()->title() != QLatin1String("Choose a strategy"));
        look(wizard, QStringLiteral("2-strategy-local"));
        auto* tree = child<QTreeWidget>(&wizard, "localModelTree");
        // The filter: the selected model does not match, stays listed, and the page says so.
        auto* filter = child<QLineEdit>(&wizard, "localFilterEdit");
        QTest::keyClicks(filter, QStringLiteral("LLAMA"));
        QTRY_VERIFY(child<QLabel>(&wizard, "localFilterStatusLabel")->isVisible());
        look(wizard, QStringLiteral("2-strategy-local-filtered"));
        filter->clear();
        const QList<QTreeWidgetItem*> found = tree->findItems(QStringLiteral("gemma2:2b"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        tree->setCurrentItem(found.first());
        auto* warnings = child<QLabel>(&wizard, "warningsLabel");
        QTRY_VERIFY(warnings->isVisible() && warnings->text().contains(QStringLiteral("gemma2:2b")));
        auto* scroll = child<QScrollArea>(&wizard, "scrollArea");
        QCoreApplication::processEvents(); // the task-slot combos follow the choice and grow the page
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum()); // the warning is last
        look(wizard, QStringLiteral("2-strategy-local-not-public"));
        auto* share = child<QCheckBox>(&wizard, "shareModelsCheck");
        QVERIFY(share->isVisible());
        share->setChecked(true);
        QCoreApplication::processEvents();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        look(wizard, QStringLiteral("2-strategy-make-public"));
        share->setChecked(false);
        tree->setCurrentItem(tree->topLevelItem(0));
        child<QComboBox>(&wizard, "pullCombo")->setCurrentText(QStringLiteral("llama3.2:1b"));
        QTest::mouseClick(child<QPushButton>(&wizard, "pullButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(&wizard, "pullProgress")->value() > 0, 10000);
        look(wizard, QStringLiteral("2-strategy-pull"), false);
        QTest::mouseClick(child<QPushButton>(&wizard, "pullCancelButton"), Qt::LeftButton);
        choose(child<QRadioButton>(&wizard, "hostedChoice"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "providerKeyEdit"), QStringLiteral("sk-or-test"));
        QTest::mouseClick(child<QPushButton>(&wizard, "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        look(wizard, QStringLiteral("2-strategy-hosted"));
        // A model the provider does not list: refused next to the box.
        auto* hostedModels = child<QComboBox>(&wizard, "hostedModelCombo");
        const QString offered = hostedModels->currentText();
        hostedModels->lineEdit()->clear();
        QTest::keyClicks(hostedModels->lineEdit(), QStringLiteral("openai/gpt-5-nano-preview-2025"));
        QTRY_VERIFY(child<QLabel>(&wizard, "hostedModelCheckLabel")->isVisible());
        QVERIFY(!next(wizard)->isEnabled());
        look(wizard, QStringLiteral("2-strategy-hosted-unlisted"));
        hostedModels->lineEdit()->clear();
        QTest::keyClicks(hostedModels->lineEdit(), offered);
        hostedModels->completer()->popup()->hide();
        QTRY_VERIFY(next(wizard)->isEnabled());
        choose(child<QRadioButton>(&wizard, "quietChoice"));
        look(wizard, QStringLiteral("2-strategy-quiet"));
        choose(child<QRadioButton>(&wizard, "localChoice"));
        QTRY_VERIFY(next(wizard)->isEnabled());

        // Page 3: before and after applying.
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        if (language != QLatin1String("en"))
            QVERIFY(wizard.currentPage()->title() != QLatin1String("Save and test"));
        // The chat speed test asked for: what it will send is listed before it starts, and its
        // before and after end up in the chart.
        child<QCheckBox>(&wizard, "chatSpeedCheck")->setChecked(true);
        look(wizard, QStringLiteral("3-apply-before"));
        QTest::mouseClick(child<QPushButton>(&wizard, "applyButton"), Qt::LeftButton);
        auto* undo = child<QPushButton>(&wizard, "undoButton");
        auto* apply = child<QPushButton>(&wizard, "applyButton");
        // Undo shows as soon as the change is made; the test after it ends with Apply back on.
        QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible() && undo->isEnabled() && apply->isEnabled(), 30000);
        look(wizard, QStringLiteral("3-apply-after"));
        QCOMPARE(wizard.findChild<TimingChart*>(QStringLiteral("timingChart"))->rows().size(), 2);
        QCOMPARE(fake.taskConfig().value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("qwen2.5:3b"));
        // The task model unloaded the chat model (and, in the speed test, the two kept taking turns).
        QCOMPARE(fake.ollamaEvictions().value(0), QStringLiteral("0:llama3.1:70b"));

        Translator::install(QStringLiteral("en"));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    // Page 1 for a server with LDAP (the third method, its advice, a user name field, an LDAP refusal)
    // and for one behind a trusted-header proxy (the API-key advice), in every language.
    void connectPageSignInModes_data() { everyPage_data(); }
    void connectPageSignInModes()
    {
        QFETCH(QString, language);
        m_language = language;
        m_problems.clear();
        qputenv("TMA_SCREENSHOT_LANGUAGE", language.toUtf8());
        QTemporaryDir dir;
        isolateFiles(dir);
        QCOMPARE(Translator::install(language), language);
        MemorySecretStore secrets;
        {
            FakeOpenWebUi fake(FakeProfile::V0_11);
            fake.setLdapEnabled(true);
            fake.setLdapUser(QStringLiteral("jdoe"), QStringLiteral("ldap-pass"),
                             QStringLiteral("jane.doe@corp.example"), QStringLiteral("admin"));
            QVERIFY(fake.listen());
            AssistantWizard wizard(&secrets);
            wizard.context()->setInitialServer(fake.url());
            wizard.resize(820, 680);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            auto* ldapRadio = child<QRadioButton>(&wizard, "ldapRadio");
            QTRY_VERIFY_WITH_TIMEOUT(ldapRadio->isVisible() && ldapRadio->isChecked(), 10000);
            QTest::keyClicks(child<QLineEdit>(&wizard, "ldapUserEdit"), QStringLiteral("jdoe"));
            look(wizard, QStringLiteral("1-connect-ldap"));
            QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("wrong"));
            QTest::mouseClick(child<QPushButton>(&wizard, "signInButton"), Qt::LeftButton);
            auto* status = child<QLabel>(&wizard, "statusLabel");
            QTRY_VERIFY_WITH_TIMEOUT(status->property("isError").toBool(), 10000);
            look(wizard, QStringLiteral("1-connect-ldap-error"));
        }
        {
            FakeOpenWebUi fake(FakeProfile::V0_6);
            fake.setTrustedHeaderAuth(true);
            QVERIFY(fake.listen());
            AssistantWizard wizard(&secrets);
            wizard.context()->setInitialServer(fake.url());
            wizard.resize(820, 680);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            auto* advice = child<QLabel>(&wizard, "adviceLabel");
            QTRY_VERIFY_WITH_TIMEOUT(advice->isVisible(), 10000);
            look(wizard, QStringLiteral("1-connect-trusted-header"));
        }
        Translator::install(QStringLiteral("en"));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    // A server with hostile names (HTML, escapes, a newline, a right-to-left override, a very long
    // id) in a left-to-right and a CJK language: the local table, the current settings, the
    // preview and the chart show them as text, cut where long, and nothing is truncated.
    void hostileNames_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "ja"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void hostileNames()
    {
        QFETCH(QString, language);
        m_language = language;
        m_problems.clear();
        qputenv("TMA_SCREENSHOT_LANGUAGE", language.toUtf8());
        QTemporaryDir dir;
        isolateFiles(dir);
        QCOMPARE(Translator::install(language), language);
        const QList<FakeModel> hostile = FakeOpenWebUi::hostileModels();
        FakeOpenWebUi fake(FakeProfile::V0_11);
        fake.addHostileNames();
        QJsonObject config = fake.taskConfig();
        config.insert(QStringLiteral("TASK_MODEL"), hostile.at(4).id);
        config.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), hostile.at(3).id);
        fake.setTaskConfig(config);
        QVERIFY(fake.listen());
        MemorySecretStore secrets;
        AssistantWizard wizard(&secrets);
        wizard.context()->setInitialServer(fake.url());
        wizard.resize(820, 680);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(child<QLineEdit>(&wizard, "emailEdit"), QStringLiteral("admin@example.com"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("admin-pass"));
        QTest::mouseClick(child<QPushButton>(&wizard, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        look(wizard, QStringLiteral("1-connect-hostile"));
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        auto* tree = child<QTreeWidget>(&wizard, "localModelTree");
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0, 10000);
        look(wizard, QStringLiteral("2-strategy-hostile"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == hostile.at(0).id)
                tree->setCurrentItem(tree->topLevelItem(i));
        }
        child<QGroupBox>(&wizard, "advancedGroup")->setChecked(true);
        QCoreApplication::processEvents();
        auto* scroll = child<QScrollArea>(&wizard, "scrollArea");
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        look(wizard, QStringLiteral("2-strategy-hostile-slots"));
        child<QGroupBox>(&wizard, "advancedGroup")->setChecked(false);
        QTRY_VERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        look(wizard, QStringLiteral("3-apply-hostile-before"));
        QTest::mouseClick(child<QPushButton>(&wizard, "applyButton"), Qt::LeftButton);
        auto* undo = child<QPushButton>(&wizard, "undoButton");
        auto* apply = child<QPushButton>(&wizard, "applyButton");
        // Undo shows as soon as the change is made; the test after it ends with Apply back on.
        QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible() && undo->isEnabled() && apply->isEnabled(), 30000);
        look(wizard, QStringLiteral("3-apply-hostile-after"));
        Translator::install(QStringLiteral("en"));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    // The tray's questions, open (they return at once: no nested event loop), in each script.
    void trayDialogs_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "ja", "ko"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void trayDialogs()
    {
        QFETCH(QString, language);
        m_language = language;
        m_problems.clear();
        qputenv("TMA_SCREENSHOT_LANGUAGE", language.toUtf8());
        QCOMPARE(Translator::install(language), language);
        QObject context;
        PresetNameDialog::ask(nullptr, &context, [](const QString&) {});
        ForgetServerDialog::ask(nullptr, QUrl(QStringLiteral("https://chat.example.com")),
                                QStringLiteral("Open WebUI"), &context, [] {});
        QWidget* presetName = nullptr;
        QWidget* forget = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget->objectName() == QLatin1String("presetNameDialog"))
                    presetName = widget;
                if (widget->isVisible() && widget->objectName() == QLatin1String("forgetServerDialog"))
                    forget = widget;
            }
            return presetName && forget;
        }());
        QVERIFY(QTest::qWaitForWindowExposed(presetName));
        QVERIFY(QTest::qWaitForWindowExposed(forget));
        for (QWidget* dialog : {presetName, forget}) {
            const QString state = QStringLiteral("tray-") + dialog->objectName();
            checkNothingTruncated(dialog, state);
            saveShot(dialog, state);
            dialog->close();
        }
        Translator::install(QStringLiteral("en"));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    // The language menu switches at once, without a restart: every page retranslates itself.
    void switchesLanguageAtRunTime()
    {
        QTemporaryDir dir;
        isolateFiles(dir);
        Translator::install(QStringLiteral("en"));
        MemorySecretStore secrets;
        AssistantWizard wizard(&secrets);
        wizard.show();
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Connect to the admin panel"));
        AssistantWizard::setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(wizard.currentPage()->title(),
                     QCoreApplication::translate("ConnectPage", "Connect to the admin panel"));
        QVERIFY(wizard.currentPage()->title() != QLatin1String("Connect to the admin panel"));
        QVERIFY(child<QPushButton>(&wizard, "signInButton")->text() != QLatin1String("S&ign in"));
        QCOMPARE(wizard.button(QWizard::CustomButton2)->text(), QStringLiteral("日本語"));
        AssistantWizard::setLanguage(QStringLiteral("fr"));
        QTRY_VERIFY(wizard.currentPage()->title().contains(QStringLiteral("administration")));
        AssistantWizard::setLanguage({});
        Translator::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
