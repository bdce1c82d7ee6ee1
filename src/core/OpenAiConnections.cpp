#include "OpenAiConnections.h"

#include <QJsonArray>

namespace tma {
namespace {

const QString kUrls = QStringLiteral("OPENAI_API_BASE_URLS");
const QString kKeys = QStringLiteral("OPENAI_API_KEYS");
const QString kConfigs = QStringLiteral("OPENAI_API_CONFIGS");
const QString kEnable = QStringLiteral("ENABLE_OPENAI_API");

QString trimmedUrl(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url.toLower();
}

} // namespace

int OpenAiConnections::count() const
{
    return m_config.value(kUrls).toArray().size();
}

int OpenAiConnections::indexOf(const QString& url) const
{
    const QJsonArray urls = m_config.value(kUrls).toArray();
    for (int i = 0; i < urls.size(); ++i) {
        if (trimmedUrl(urls.at(i).toString()) == trimmedUrl(url))
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
    while (keys.size() < urls.size()) // the server pads too; keep them aligned before appending
        keys.append(QString());
    int index = indexOf(url);
    if (index < 0) {
        index = urls.size();
        urls.append(url);
        keys.append(key);
    } else {
        keys.replace(index, key);
    }
    QJsonObject entry = configs.value(QString::number(index)).toObject();
    entry.insert(QStringLiteral("enable"), true);
    entry.insert(QStringLiteral("connection_type"), QStringLiteral("external"));
    if (!entry.contains(QLatin1String("prefix_id")))
        entry.insert(QStringLiteral("prefix_id"), QString());
    if (!entry.contains(QLatin1String("tags")))
        entry.insert(QStringLiteral("tags"), QJsonArray());
    if (!modelIds.isEmpty())
        entry.insert(QStringLiteral("model_ids"), QJsonArray::fromStringList(modelIds));
    configs.insert(QString::number(index), entry);
    m_config.insert(kUrls, urls);
    m_config.insert(kKeys, keys);
    m_config.insert(kConfigs, configs);
    // Missing or null disables the whole OpenAI integration on the server (the null trap).
    m_config.insert(kEnable, true);
    return index;
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
