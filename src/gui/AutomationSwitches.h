#pragma once

#include "Automation.h"
#include "TaskConfig.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace tma {

// One switch per background automation, like Open WebUI's own toggles, each with a line on what it
// costs. Checked = the server runs it. Switches this server version lacks are shown disabled.
class AutomationSwitches : public QWidget
{
    Q_OBJECT
public:
    explicit AutomationSwitches(QWidget* parent = nullptr);

    void setConfig(const TaskConfig& config); // the server's current state
    void applyQuietDefaults();                // everything off but titles
    void restoreServerState();
    QMap<Automation, bool> values() const;    // only the switches the server has
    const TaskConfig& serverState() const { return m_config; } // what the switches were first shown from

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    struct Row
    {
        QCheckBox* check;
        QLabel* cost;
    };
    QMap<Automation, Row> m_rows;
    TaskConfig m_config;
};

} // namespace tma
