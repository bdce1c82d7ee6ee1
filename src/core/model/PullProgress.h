#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace tma {

// Reads Ollama's pull stream (NDJSON, one object per line, passed through by Open WebUI) and keeps
// the totals: several layers each report completed/total under their digest.
class PullProgress
{
public:
    enum class State
    {
        Running,
        Succeeded,
        Failed,
    };

    // Feeds one line; unknown keys and blank or malformed lines are ignored (older servers add some).
    void addLine(const QByteArray& line);
    // Whether any line was a JSON object at all (a stream of garbage is not Ollama's).
    bool sawJson() const { return m_sawJson; }

    State state() const { return m_state; }
    QString status() const { return m_status; } // Ollama's words: "pulling manifest", ...
    QString error() const { return m_error; }
    qint64 completed() const;
    qint64 total() const;
    int percent() const; // -1 while the size is unknown

private:
    struct Layer
    {
        qint64 completed = 0;
        qint64 total = 0;
    };
    QHash<QString, Layer> m_layers;
    State m_state = State::Running;
    bool m_sawJson = false;
    QString m_status;
    QString m_error;
};

} // namespace tma
