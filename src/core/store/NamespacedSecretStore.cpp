#include "NamespacedSecretStore.h"

#include <utility>

namespace tma {

NamespacedSecretStore::NamespacedSecretStore(std::unique_ptr<SecretStore> inner, QString prefix,
                                             QObject* parent)
    : SecretStore(parent), m_inner(std::move(inner)), m_prefix(std::move(prefix))
{}

NamespacedSecretStore::~NamespacedSecretStore() = default;

QString NamespacedSecretStore::defaultPrefix()
{
    return QLatin1String(kService) + QLatin1Char('/');
}

void NamespacedSecretStore::read(const QString& key, QObject* context, Handler handler)
{
    m_inner->read(namespacedKey(key), context, [this, key, context, handler](const Result& result) {
        if (result.notFound)
            return migrate(key, context, handler);
        handler(result);
    });
}

// An entry under the old, bare key: copy it under the prefix, then drop the old one. The secret
// is returned either way; a failed move is tried again at the next read.
void NamespacedSecretStore::migrate(const QString& key, QObject* context, const Handler& handler)
{
    m_inner->read(key, context, [this, key, context, handler](const Result& legacy) {
        if (!legacy.ok)
            return handler(legacy);
        m_inner->write(namespacedKey(key), legacy.secret, context,
                       [this, key, context, handler, legacy](const Result& written) {
                           if (!written.ok)
                               return handler(legacy);
                           m_inner->remove(key, context,
                                           [handler, legacy](const Result&) { handler(legacy); });
                       });
    });
}

void NamespacedSecretStore::write(const QString& key, const QString& secret, QObject* context,
                                  Handler handler)
{
    m_inner->write(namespacedKey(key), secret, context, std::move(handler));
}

void NamespacedSecretStore::remove(const QString& key, QObject* context, Handler handler)
{
    // Both the entry and any old one left from before the prefix: "forget" must forget.
    m_inner->remove(namespacedKey(key), context, [this, key, context, handler](const Result& result) {
        m_inner->remove(key, context, [handler, result](const Result& legacy) {
            Result merged = result;
            if (result.notFound && legacy.ok && !legacy.notFound) { // only the old entry existed
                merged.ok = true;
                merged.notFound = false;
            }
            handler(merged);
        });
    });
}

} // namespace tma
