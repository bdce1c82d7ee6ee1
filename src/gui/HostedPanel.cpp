#include "HostedPanel.h"

#include "ui_HostedPanel.h"

#include "DisplayText.h"
#include "ModelCatalog.h"
#include "ModelInfo.h"
#include "OpenWebUiClient.h"
#include "PlainToolTip.h"
#include "ProviderModelCheck.h"
#include "ProviderUrl.h"
#include "ProviderVerifier.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QSet>

namespace tma {

HostedPanel::HostedPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::HostedPanel>())
{
    m_ui->setupUi(this);
    // A provider's long id must not widen the page; the popup still shows it whole.
    m_ui->hostedModelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->hostedModelCombo->setMinimumContentsLength(20);
    for (const QString& id : ModelCatalog::recommendedHostedModels())
        addModel(id);
    // A provider may list thousands of models: typing part of a name anywhere narrows the list.
    // Popup completion, not the editable combo's default inline one, which would silently turn
    // what is typed into the first name that starts with it.
    auto* completer = new QCompleter(m_ui->hostedModelCombo->model(), m_ui->hostedModelCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->hostedModelCombo->setCompleter(completer);
    m_ui->hostedModelCheckLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->hostedModelCheckLabel->setVisible(false);
    m_ui->hostedModelCheckLabel->setTextFormat(Qt::PlainText); // it quotes what was typed
    retranslate();
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &HostedPanel::verify);
    connect(m_ui->providerKeyEdit, &QLineEdit::returnPressed, this, &HostedPanel::verify);
    connect(m_ui->providerUrlEdit, &QLineEdit::textEdited, this, &HostedPanel::invalidate);
    connect(m_ui->providerKeyEdit, &QLineEdit::textEdited, this, &HostedPanel::invalidate);
    connect(m_ui->hostedModelCombo, &QComboBox::currentTextChanged, this, &HostedPanel::updateModelCheck);
    connect(m_ui->hostedModelCombo, &QComboBox::currentTextChanged, this, &HostedPanel::changed);
}

HostedPanel::~HostedPanel() = default;

void HostedPanel::setClient(OpenWebUiClient* client)
{
    // Signing in again to the same server (an expired session) keeps the verified provider.
    const bool sameServer = m_client && client && m_client->address() == client->address();
    m_client = client;
    delete m_verifier; // it talks through the previous client
    m_verifier = nullptr;
    m_ui->verifyButton->setEnabled(true);
    if (!sameServer)
        invalidate();
}

QString HostedPanel::providerUrl() const
{
    const std::optional<ProviderUrl> url = ProviderUrl::parse(m_ui->providerUrlEdit->text());
    return url ? url->text() : QString();
}

QString HostedPanel::providerKey() const
{
    return m_ui->providerKeyEdit->text().trimmed();
}

QString HostedPanel::selectedModel() const
{
    // An offered model: its id (the text shows it neutralised); else what the user typed.
    const QString text = m_ui->hostedModelCombo->currentText();
    const int index = m_ui->hostedModelCombo->findText(text, Qt::MatchExactly);
    const QVariant id = index >= 0 ? m_ui->hostedModelCombo->itemData(index) : QVariant();
    return id.isValid() ? id.toString() : text.trimmed();
}

bool HostedPanel::isModelAccepted() const
{
    const ProviderModelCheck::Verdict verdict = ProviderModelCheck::check(m_verifiedModels, selectedModel());
    return verdict == ProviderModelCheck::Verdict::Listed ||
           verdict == ProviderModelCheck::Verdict::CannotCheck;
}

void HostedPanel::updateModelCheck()
{
    QString text;
    if (m_verified) { // before, the list is not known: verifying comes first anyway
        switch (ProviderModelCheck::check(m_verifiedModels, selectedModel())) {
        case ProviderModelCheck::Verdict::NotListed:
            text = tr("The provider does not offer \"%1\". Choose one of the models it lists: type part of a "
                      "name to find it.")
                       .arg(DisplayText::forDisplay(selectedModel()));
            break;
        case ProviderModelCheck::Verdict::CannotCheck:
            text = tr("The provider did not list its models, so \"%1\" can't be checked here. Make sure the "
                      "name is exactly right.")
                       .arg(DisplayText::forDisplay(selectedModel()));
            break;
        case ProviderModelCheck::Verdict::Empty:
        case ProviderModelCheck::Verdict::Listed:
            break;
        }
    }
    m_ui->hostedModelCheckLabel->setText(text);
    m_ui->hostedModelCheckLabel->setVisible(!text.isEmpty());
}

void HostedPanel::invalidate()
{
    if (m_verifier)
        m_verifier->cancel();
    if (m_verified) {
        m_verified = false;
        m_rewording.setText(m_ui->hostedStatusLabel,
                            [] { return tr("Verify the key again after a change."); });
    }
    updateModelCheck();
    Q_EMIT changed();
}

void HostedPanel::verify()
{
    if (!m_client)
        return;
    const QString typed = m_ui->providerUrlEdit->text();
    const std::optional<ProviderUrl> url = ProviderUrl::parse(typed, nullptr);
    if (!url) {
        m_rewording.setText(m_ui->hostedStatusLabel, [typed] {
            QString problem; // worded by ProviderUrl in the language shown
            ProviderUrl::parse(typed, &problem);
            return problem;
        });
        return;
    }
    if (providerKey().isEmpty()) {
        m_rewording.setText(m_ui->hostedStatusLabel,
                            [] { return tr("Enter the provider's API key first."); });
        return;
    }
    if (!m_verifier) {
        m_verifier = new ProviderVerifier(m_client, this);
        connect(m_verifier, &ProviderVerifier::verified, this, &HostedPanel::showVerified);
        connect(m_verifier, &ProviderVerifier::failed, this, [this](const ApiError& error) {
            m_ui->verifyButton->setEnabled(true);
            if (error.kind() != ApiError::Kind::Cancelled)
                m_rewording.setText(m_ui->hostedStatusLabel,
                                    [error] { return DisplayText::forDisplay(error.message()); });
        });
    }
    m_ui->verifyButton->setEnabled(false);
    m_rewording.setText(m_ui->hostedStatusLabel, [url = *url] {
        QString text = tr("Asking the server to connect to %1…").arg(url.text());
        if (url.isInsecureRemote())
            text += QLatin1Char('\n') +
                    tr("Warning: plain http sends the provider key unencrypted from your server to %1.")
                        .arg(QUrl(url.text()).host());
        return text;
    });
    m_verifier->verify(url->text(), providerKey());
}

void HostedPanel::showVerified(const QStringList& offered)
{
    m_ui->verifyButton->setEnabled(true);
    m_verifiedModels = offered;
    // Recommended small models first, then the other non-reasoning ones.
    const QString current = selectedModel();
    QStringList ordered;
    QSet<QString> added; // thousands of models on a big provider: no list scans in the loop
    for (const QString& id : ModelCatalog::recommendedHostedModels()) {
        if (m_verifiedModels.contains(id)) {
            ordered << id;
            added.insert(id);
        }
    }
    for (const QString& id : std::as_const(m_verifiedModels)) {
        ModelInfo info;
        info.id = id;
        if (!added.contains(id) && !info.isReasoning())
            ordered << id;
    }
    m_ui->hostedModelCombo->clear();
    for (const QString& id : std::as_const(ordered))
        addModel(id);
    const int index = m_ui->hostedModelCombo->findData(current);
    m_ui->hostedModelCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_verified = true;
    updateModelCheck();
    m_rewording.setText(m_ui->hostedStatusLabel, [url = providerUrl(), count = m_verifiedModels.size()] {
        return tr("Verified: the server reached %1. Models offered: %2.").arg(url).arg(count);
    });
    Q_EMIT changed();
}

void HostedPanel::addModel(const QString& id)
{
    // Editable: the text is what the line edit shows, so it is not cut, only neutralised.
    m_ui->hostedModelCombo->addItem(DisplayText::neutralised(id), id);
    m_ui->hostedModelCombo->setItemData(m_ui->hostedModelCombo->count() - 1,
                                        PlainToolTip::of(DisplayText::neutralised(id)), Qt::ToolTipRole);
}

void HostedPanel::retranslate()
{
    m_ui->hostedModelCombo->lineEdit()->setPlaceholderText(tr("Type part of a model's name to find it"));
    updateModelCheck();
}

void HostedPanel::showEvent(QShowEvent* event)
{
    // The model box's clear button is made once the panel is on screen (see FilterField).
    m_ui->hostedModelCombo->lineEdit()->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}

void HostedPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_rewording.rewordAll();
    }
    QWidget::changeEvent(event);
}

} // namespace tma
