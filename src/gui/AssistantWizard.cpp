#include "AssistantWizard.h"

#include "ApplyPage.h"
#include "ConnectPage.h"
#include "StrategyPage.h"
#include "Translator.h"
#include "WheelGuard.h"
#include "WizardContext.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace tma {

AssistantWizard::AssistantWizard(SecretStore* secrets, QWidget* parent)
    : QWizard(parent), m_context(new WizardContext(secrets, this))
{
    setObjectName(QStringLiteral("assistantWizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Modern style everywhere: the classic style's side banner wastes room for translated text.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setButtonLayout({QWizard::CustomButton2, QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));

    m_connectPage = new ConnectPage(m_context, this);
    m_strategyPage = new StrategyPage(m_context, this);
    m_applyPage = new ApplyPage(m_context, this);
    setPage(ConnectPageId, m_connectPage);
    setPage(StrategyPageId, m_strategyPage);
    setPage(ApplyPageId, m_applyPage);
    m_connectPage->setObjectName(QStringLiteral("connectPage"));
    m_strategyPage->setObjectName(QStringLiteral("strategyPage"));
    m_applyPage->setObjectName(QStringLiteral("applyPage"));
    // The pages scroll: turning the wheel over a combo box must scroll them, not pick a model.
    WheelGuard::guardChildren(this);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout(this);
        else if (which == QWizard::CustomButton2)
            showLanguageMenu();
    });
    retranslate();

    resize(820, 680);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray());
}

AssistantWizard::~AssistantWizard() = default;

bool AssistantWizard::keepInTray() const
{
    return m_applyPage->keepInTray();
}

void AssistantWizard::retranslate()
{
    setWindowTitle(tr("Task Model Assistant"));
    // Qt's own catalogue reads 「下一個」 in zh_TW and 「다음 (&N) >」 in Korean: the buttons use
    // ours (macOS keeps Qt's, whose Go Back / Continue / Done wording is its own).
    if (wizardStyle() != QWizard::MacStyle) {
        setButtonText(QWizard::BackButton, tr("< &Back"));
        setButtonText(QWizard::NextButton, tr("&Next >"));
        setButtonText(QWizard::FinishButton, tr("&Finish"));
    }
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CustomButton1, tr("&About"));
    // The language's own name, so anyone can find their way back from a language they can't read.
    setButtonText(QWizard::CustomButton2, Translator::nativeName(Translator::current()));
    button(QWizard::CustomButton2)->setIcon(QIcon(QStringLiteral(":/icons/language.svg")));
    button(QWizard::CustomButton2)->setToolTip(tr("Language"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("Language"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("languageButton"));
}

void AssistantWizard::showLanguageMenu()
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("languageMenu"));
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    QAction* system = menu.addAction(tr("System language (%1)").arg(Translator::nativeName(Translator::systemLanguage())));
    system->setCheckable(true);
    system->setChecked(saved.isEmpty());
    connect(system, &QAction::triggered, this, [] { setLanguage({}); });
    menu.addSeparator();
    for (const QString& language : Translator::languages()) {
        QAction* action = menu.addAction(Translator::nativeName(language));
        action->setObjectName(QStringLiteral("language:") + language);
        action->setCheckable(true);
        action->setChecked(saved == language);
        connect(action, &QAction::triggered, this, [language] { setLanguage(language); });
    }
    QAbstractButton* anchor = button(QWizard::CustomButton2);
    menu.exec(anchor->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height()));
}

void AssistantWizard::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    Translator::install(language); // every widget gets LanguageChange and retranslates itself
}

void AssistantWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void AssistantWizard::showAbout(QWidget* parent)
{
    QMessageBox::about(parent, tr("About Task Model Assistant"),
                       tr("<h3>Task Model Assistant %1</h3>"
                          "<p>Makes an Open WebUI server fast on modest hardware: it sets up the task model "
                          "that writes chat titles, tags, follow-ups and search queries, and proves the gain "
                          "with a real test.</p>"
                          "<p>Secrets are kept only in your system keychain.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void AssistantWizard::saveGeometrySetting()
{
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/geometry"), saveGeometry());
}

void AssistantWizard::closeEvent(QCloseEvent* event)
{
    if (m_applyPage->isChangingServer()) { // finish the change first (Escape and Close alike)
        event->ignore();
        return;
    }
    m_applyPage->stopTest();
    saveGeometrySetting();
    QWizard::closeEvent(event);
}

void AssistantWizard::done(int result)
{
    if (result == QDialog::Rejected && m_applyPage->isChangingServer())
        return;
    m_applyPage->stopTest(); // a test still running reports to no one once the wizard is gone
    saveGeometrySetting();
    QWizard::done(result);
}

} // namespace tma
