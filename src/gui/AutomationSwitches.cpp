#include "AutomationSwitches.h"

#include "Preset.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tma {

AutomationSwitches::AutomationSwitches(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<Automation> all = Automations::all();
    for (Automation automation : all) {
        Row row{new QCheckBox(this), new QLabel(this)};
        row.check->setObjectName(QStringLiteral("automation_") + Automations::id(automation));
        row.cost->setWordWrap(true);
        row.cost->setIndent(24);
        row.cost->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(row.check);
        layout->addWidget(row.cost);
        connect(row.check, &QCheckBox::toggled, this, &AutomationSwitches::changed);
        m_rows.insert(automation, row);
    }
    retranslate();
}

void AutomationSwitches::retranslate()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        QString text = Automations::label(it.key());
        if (!m_config.isEmpty() && !m_config.has(it.key()))
            text = tr("%1 (not on this server version)").arg(text);
        it->check->setText(text);
        it->check->setAccessibleDescription(Automations::cost(it.key()));
        it->cost->setText(Automations::cost(it.key()));
    }
}

void AutomationSwitches::setConfig(const TaskConfig& config)
{
    m_config = config;
    restoreServerState();
    retranslate();
}

void AutomationSwitches::restoreServerState()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const bool available = m_config.has(it.key());
        it->check->setEnabled(available);
        it->check->setChecked(available ? m_config.isEnabled(it.key()) : false);
    }
}

void AutomationSwitches::applyQuietDefaults()
{
    const QMap<Automation, bool> quiet = Preset::quiet().automations;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->check->isEnabled())
            it->check->setChecked(quiet.value(it.key(), true));
    }
}

QMap<Automation, bool> AutomationSwitches::values() const
{
    QMap<Automation, bool> values;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->check->isEnabled())
            values.insert(it.key(), it->check->isChecked());
    }
    return values;
}

void AutomationSwitches::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tma
