#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tma {

// Edits Open WebUI's OpenAI-compatible connection settings (/openai/config) as a whole object,
// the way the admin page does: URLs, keys and per-connection configs stay index-aligned.
class OpenAiConnections
{
public:
    explicit OpenAiConnections(const QJsonObject& config) : m_config(config) {}

    const QJsonObject& json() const { return m_config; }
    int count() const;
    int indexOf(const QString& url) const; // -1 when absent; trailing slashes ignored
    QString url(int index) const;
    bool isEnabled(int index) const;

    // Adds or updates the connection to `url` with `key`, enables it, exposes only `modelIds` (when
    // given), marks it external, and turns the OpenAI integration on. Returns its index.
    int ensure(const QString& url, const QString& key, const QStringList& modelIds);
    // Removes a connection and re-numbers the per-connection configs after it.
    void remove(int index);

    // A copy safe to write to disk: every key replaced by "<redacted>".
    QJsonObject redacted() const;
    // True when a key the server returned is masked ("sk-***"), so posting it back would break it.
    bool hasMaskedKeys() const;

private:
    QJsonObject m_config;
};

} // namespace tma
