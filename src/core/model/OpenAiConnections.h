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

    // Makes sure a connection to `url` exists and is on, and turns the OpenAI integration on. A new
    // one gets `key`, type external and `modelIds` as its shortlist. An existing one keeps its key
    // (if it has one), type, prefix and tags; `modelIds` join its list if it has one. Returns its index.
    int ensure(const QString& url, const QString& key, const QStringList& modelIds);
    QString key(int index) const;
    // The connection's own settings (OPENAI_API_CONFIGS["<index>"]: auth type, headers, Azure…).
    QJsonObject config(int index) const;
    // The id Open WebUI lists for a provider's model: "<prefix_id>.<id>" when the connection has a prefix.
    QString exposedModelId(int index, const QString& providerModelId) const;
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
