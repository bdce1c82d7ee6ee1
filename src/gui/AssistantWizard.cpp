#include "AssistantWizard.h"

#include "ApplyPage.h"
#include "ConnectPage.h"
#include "StrategyPage.h"
#include "WizardContext.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QIcon>
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

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout(this);
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
    setButtonText(QWizard::CustomButton1, tr("&About"));
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
    saveGeometrySetting();
    QWizard::closeEvent(event);
}

void AssistantWizard::done(int result)
{
    saveGeometrySetting();
    QWizard::done(result);
}

} // namespace tma
