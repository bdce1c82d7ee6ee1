#pragma once

#include "SecretStore.h"

#include <memory>

namespace tma {

// Puts every key under the app's own name in a keychain that has one flat list of entries for
// all programs. QtKeychain's Windows backend (Credential Manager) ignores the service name, so
// "https://host|me@example.com|session" written by us could collide with another program's entry
// of the same name; Nextcloud prefixes its keys for the same reason. Entries written before the
// prefix existed are moved under it the first time they are read.
class NamespacedSecretStore : public SecretStore
{
    Q_OBJECT
public:
    NamespacedSecretStore(std::unique_ptr<SecretStore> inner, QString prefix, QObject* parent = nullptr);
    ~NamespacedSecretStore() override;

    void read(const QString& key, QObject* context, Handler handler) override;
    void write(const QString& key, const QString& secret, QObject* context, Handler handler) override;
    void remove(const QString& key, QObject* context, Handler handler) override;

    QString namespacedKey(const QString& key) const { return m_prefix + key; }
    // "Task Model Assistant/" — the prefix the product uses on Windows.
    static QString defaultPrefix();

private:
    void migrate(const QString& key, QObject* context, const Handler& handler);

    std::unique_ptr<SecretStore> m_inner;
    QString m_prefix;
};

} // namespace tma
