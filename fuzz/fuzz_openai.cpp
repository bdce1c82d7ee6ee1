// OpenAiConnections on any /openai/config body, including shapes a server should not send (keys
// longer or shorter than URLs, configs keyed by URL, wrong types).
// Checks:
//  - redacted(): every key is "" or "<redacted>", every per-connection "key"/"headers" is
//    "<redacted>", a key given to ensure() appears nowhere in it, and hasMaskedKeys() sees it;
//  - ensure(): returns the connection of that URL, enabled, with the integration on; a new one has
//    exactly the given key at its URL's index (URLs and keys stay aligned), type external and the
//    shortlist; an existing one keeps its key (if any), type, prefix and tags, and a non-empty model
//    list gains the shortlist; every other connection is untouched;
//  - remove(): one URL less; every other URL keeps its key and per-connection config.
#include "FuzzCheck.h"
#include "OpenAiConnections.h"

#include <QJsonArray>
#include <QJsonObject>

using tma::OpenAiConnections;

static const QString kUrls = QStringLiteral("OPENAI_API_BASE_URLS");
static const QString kKeys = QStringLiteral("OPENAI_API_KEYS");
static const QString kConfigs = QStringLiteral("OPENAI_API_CONFIGS");
static const QString kSecret = QStringLiteral("sk-or-v1-fuzz-secret-4b1d9e");
static const QString kRedacted = QStringLiteral("<redacted>");

static void checkRedacted(const OpenAiConnections& connections)
{
    const QJsonObject copy = connections.redacted();
    bool anyKey = false;
    const QJsonArray original = connections.json().value(kKeys).toArray();
    for (const QJsonValue& key : original)
        anyKey = anyKey || !key.toString().isEmpty();
    const QJsonArray keys = copy.value(kKeys).toArray();
    FUZZ_CHECK(keys.size() == original.size());
    for (const QJsonValue& key : keys)
        FUZZ_CHECK(key.toString().isEmpty() || key.toString() == kRedacted);
    const QJsonObject configs = copy.value(kConfigs).toObject();
    for (auto it = configs.begin(); it != configs.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        for (const char* field : {"key", "headers"}) {
            if (entry.contains(QLatin1String(field)))
                FUZZ_CHECK(entry.value(QLatin1String(field)) == kRedacted);
        }
    }
    FUZZ_CHECK(!QJsonDocument(copy).toJson().contains(kSecret.toUtf8()));
    FUZZ_CHECK(OpenAiConnections(copy).hasMaskedKeys() == anyKey);
}

static void checkEnsure(OpenAiConnections connections, const QString& url, const QStringList& modelIds)
{
    const OpenAiConnections before = connections;
    const int existing = before.indexOf(url);
    const int index = connections.ensure(url, kSecret, modelIds);
    FUZZ_CHECK(connections.count() == before.count() + (existing >= 0 ? 0 : 1));
    FUZZ_CHECK(index == (existing >= 0 ? existing : before.count()) && connections.indexOf(url) == index);
    FUZZ_CHECK(connections.isEnabled(index));
    FUZZ_CHECK(connections.json().value(QLatin1String("ENABLE_OPENAI_API")) == true);

    const QJsonArray keys = connections.json().value(kKeys).toArray();
    const QJsonArray oldKeys = before.json().value(kKeys).toArray();
    const QJsonObject configs = connections.json().value(kConfigs).toObject();
    const QJsonObject oldConfigs = before.json().value(kConfigs).toObject();
    const QJsonObject entry = configs.value(QString::number(index)).toObject();
    const QJsonObject oldEntry = oldConfigs.value(QString::number(index)).toObject();
    FUZZ_CHECK(keys.size() >= connections.count());
    if (existing < 0) {
        // A new connection: exactly our key at its URL's index, external, our shortlist.
        FUZZ_CHECK(keys.at(index).toString() == kSecret);
        FUZZ_CHECK(entry.value(QLatin1String("connection_type")) == QLatin1String("external"));
        FUZZ_CHECK(entry.value(QLatin1String("model_ids")) == QJsonArray::fromStringList(modelIds));
    } else {
        // The admin's connection: its own key if it has one, its type, prefix and tags; our models
        // join its list only when it has one.
        const QString oldKey = oldKeys.at(index).toString();
        FUZZ_CHECK(keys.at(index).toString() == (oldKey.isEmpty() ? kSecret : oldKey));
        for (const char* field : {"connection_type", "prefix_id", "tags"})
            FUZZ_CHECK(entry.value(QLatin1String(field)) == oldEntry.value(QLatin1String(field)));
        const QJsonArray oldIds = oldEntry.value(QLatin1String("model_ids")).toArray();
        const QJsonArray ids = entry.value(QLatin1String("model_ids")).toArray();
        if (oldIds.isEmpty()) {
            FUZZ_CHECK(entry.value(QLatin1String("model_ids")) == oldEntry.value(QLatin1String("model_ids")));
        } else {
            FUZZ_CHECK(ids.size() >= oldIds.size());
            for (int i = 0; i < oldIds.size(); ++i)
                FUZZ_CHECK(ids.at(i) == oldIds.at(i));
            for (const QString& id : modelIds)
                FUZZ_CHECK(ids.contains(id));
        }
    }
    // Every other connection keeps its URL, key and per-connection config.
    for (int i = 0; i < before.count(); ++i) {
        if (i == index)
            continue;
        FUZZ_CHECK(connections.url(i) == before.url(i));
        FUZZ_CHECK(keys.at(i).toString() == oldKeys.at(i).toString());
        FUZZ_CHECK(configs.value(QString::number(i)) == oldConfigs.value(QString::number(i)));
    }
    checkRedacted(connections);
}

static void checkRemove(OpenAiConnections connections, int index)
{
    const QJsonObject before = connections.json();
    const QJsonArray urls = before.value(kUrls).toArray();
    const QJsonArray keys = before.value(kKeys).toArray();
    const QJsonObject configs = before.value(kConfigs).toObject();
    connections.remove(index);
    if (index < 0 || index >= urls.size()) {
        FUZZ_CHECK(connections.json() == before);
        return;
    }
    const QJsonArray newUrls = connections.json().value(kUrls).toArray();
    const QJsonArray newKeys = connections.json().value(kKeys).toArray();
    const QJsonObject newConfigs = connections.json().value(kConfigs).toObject();
    FUZZ_CHECK(newUrls.size() == urls.size() - 1);
    for (int i = 0; i < urls.size(); ++i) {
        if (i == index)
            continue;
        const int moved = i < index ? i : i - 1;
        FUZZ_CHECK(newUrls.at(moved) == urls.at(i));
        if (i < keys.size())
            FUZZ_CHECK(newKeys.at(moved) == keys.at(i));
        FUZZ_CHECK(newConfigs.value(QString::number(moved)) == configs.value(QString::number(i)));
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const OpenAiConnections connections(fuzz::json(fuzz::bytes(data, size)).toObject());
    checkRedacted(connections);
    (void)connections.hasMaskedKeys();

    // A new connection, and the last existing one (as if it were the provider a preset needs).
    const QStringList shortlist = {QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("meta-llama/llama-3.2-3b-instruct")};
    checkEnsure(connections, QStringLiteral("https://openrouter.ai/api/v1"), shortlist);
    if (connections.count() > 0)
        checkEnsure(connections, connections.url(connections.count() - 1), shortlist);

    for (int index : {0, connections.count() - 1, connections.count(), static_cast<int>(size % 7)})
        checkRemove(connections, index);
    return 0;
}
