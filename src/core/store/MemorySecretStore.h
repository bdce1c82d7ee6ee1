#pragma once

#include "SecretStore.h"

#include <QHash>

namespace tma {

// Keeps secrets in memory only: for tests and for one-shot CLI runs with --no-keychain. Answers
// asynchronously like a real keychain would.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, Handler handler) override;
    void write(const QString& key, const QString& secret, QObject* context, Handler handler) override;
    void remove(const QString& key, QObject* context, Handler handler) override;

    QHash<QString, QString> entries() const { return m_entries; }
    void setFailure(const QString& error) { m_failure = error; } // every call fails with it

private:
    QHash<QString, QString> m_entries;
    QString m_failure;
};

} // namespace tma
