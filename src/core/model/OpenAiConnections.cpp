#include "OpenAiConnections.h"

#include "ProviderUrl.h"

#include <QJsonArray>

namespace tma {
namespace {

const QString kUrls = QStringLiteral("OPENAI_API_BASE_URLS");
const QString kKeys = QStringLiteral("OPENAI_API_KEYS");
const QString kConfigs = QStringLiteral("OPENAI_API_CONFIGS");
const QString kEnable = QStringLiteral("ENABLE_OPENAI_API");

} // namespace

int OpenAiConnections::count() const
{
    // A server has a handful of connections; the list's indices are int throughout.
    return static_cast<int>(m_config.value(kUrls).toArray().size());
}

int OpenAiConnections::indexOf(const QString& url) const
{
    const QJsonArray urls = m_config.value(kUrls).toArray();
    for (int i = 0; i < urls.size(); ++i) {
        if (ProviderUrl::sameProvider(urls.at(i).toString(), url))
            return i;
    }
    return -1;
}

QString OpenAiConnections::url(int index) const
{
    return m_config.value(kUrls).toArray().at(index).toString();
}

bool OpenAiConnections::isEnabled(int index) const
{
    const QJsonObject entry = m_config.value(kConfigs).toObject().value(QString::number(index)).toObject();
    return entry.value(QLatin1String("enable")).toBool(true);
}

int OpenAiConnections::ensure(const QString& url, const QString& key, const QStringList& modelIds)
{
    QJsonArray urls = m_config.value(kUrls).toArray();
    QJsonArray keys = m_config.value(kKeys).toArray();
    QJsonObject configs = m_config.value(kConfigs).toObject();
    while (keys.size() < urls.size()) // the server pads and truncates too; keep them aligned before appending
        keys.append(QString());
    while (keys.size() > urls.size())
        keys.removeLast();
    int index = indexOf(url);
    QJsonObject entry;
    if (index < 0) {
        index = static_cast<int>(urls.size());
        urls.append(url);
        keys.append(key);
        entry = QJsonObject{{QStringLiteral("enable"), true},
                            {QStringLiteral("connection_type"), QStringLiteral("external")},
                            {QStringLiteral("prefix_id"), QString()},
                            {QStringLiteral("tags"), QJsonArray()},
                            {QStringLiteral("model_ids"), QJsonArray::fromStringList(modelIds)}};
    } else {
        // A connection the admin already has serves other chats too: keep its key, type, prefix and
        // tags; only make sure it is on and, if it lists its models, that ours are among them.
        if (keys.at(index).toString().isEmpty())
            keys.replace(index, key);
        entry = configs.value(QString::number(index)).toObject();
        entry.insert(QStringLiteral("enable"), true);
        QJsonArray listed = entry.value(QLatin1String("model_ids")).toArray();
        if (!listed.isEmpty()) { // empty means "all the provider's models": leave it so
            for (const QString& id : modelIds) {
                if (!listed.contains(id))
                    listed.append(id);
            }
            entry.insert(QStringLiteral("model_ids"), listed);
        }
    }
    configs.insert(QString::number(index), entry);
    m_config.insert(kUrls, urls);
    m_config.insert(kKeys, keys);
    m_config.insert(kConfigs, configs);
    // Missing or null disables the whole OpenAI integration on the server (the null trap).
    m_config.insert(kEnable, true);
    return index;
}

QString OpenAiConnections::key(int index) const
{
    return m_config.value(kKeys).toArray().at(index).toString();
}

QJsonObject OpenAiConnections::config(int index) const
{
    return m_config.value(kConfigs).toObject().value(QString::number(index)).toObject();
}

QString OpenAiConnections::exposedModelId(int index, const QString& providerModelId) const
{
    const QString prefix = m_config.value(kConfigs)
                               .toObject()
                               .value(QString::number(index))
                               .toObject()
                               .value(QLatin1String("prefix_id"))
                               .toString();
    return prefix.isEmpty() ? providerModelId : prefix + QLatin1Char('.') + providerModelId;
}

void OpenAiConnections::remove(int index)
{
    QJsonArray urls = m_config.value(kUrls).toArray();
    QJsonArray keys = m_config.value(kKeys).toArray();
    if (index < 0 || index >= urls.size())
        return;
    const QJsonObject configs = m_config.value(kConfigs).toObject();
    QJsonObject renumbered;
    for (int i = 0; i < urls.size(); ++i) {
        const QJsonValue entry = configs.value(QString::number(i));
        if (i == index || entry.isUndefined())
            continue;
        renumbered.insert(QString::number(i < index ? i : i - 1), entry);
    }
    urls.removeAt(index);
    if (index < keys.size())
        keys.removeAt(index);
    m_config.insert(kUrls, urls);
    m_config.insert(kKeys, keys);
    m_config.insert(kConfigs, renumbered);
}

QJsonObject OpenAiConnections::redacted() const
{
    QJsonObject copy = m_config;
    QJsonArray keys;
    const QJsonArray original = m_config.value(kKeys).toArray();
    for (const QJsonValue& key : original)
        keys.append(key.toString().isEmpty() ? QString() : QStringLiteral("<redacted>"));
    copy.insert(kKeys, keys);
    // Per-connection configs may carry a bearer key or custom auth headers.
    QJsonObject configs = copy.value(kConfigs).toObject();
    for (auto it = configs.begin(); it != configs.end(); ++it) {
        QJsonObject entry = it.value().toObject();
        for (const char* secretField : {"key", "headers"}) {
            if (entry.contains(QLatin1String(secretField)))
                entry.insert(QLatin1String(secretField), QStringLiteral("<redacted>"));
        }
        it.value() = entry;
    }
    copy.insert(kConfigs, configs);
    return copy;
}

bool OpenAiConnections::hasMaskedKeys() const
{
    const QJsonArray keys = m_config.value(kKeys).toArray();
    for (const QJsonValue& key : keys) {
        const QString text = key.toString();
        if (text.contains(QLatin1String("***")) || text.contains(QChar(0x2026)) || text == QLatin1String("<redacted>"))
            return true;
    }
    return false;
}

} // namespace tma
