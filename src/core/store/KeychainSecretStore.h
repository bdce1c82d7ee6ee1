#pragma once

#include "SecretStore.h"

namespace tma {

// The OS keychain through QtKeychain: macOS Keychain, Windows Credential Manager, the Secret
// Service (GNOME Keyring, KWallet) on Linux. Never falls back to plain text: without a keychain
// every call fails with a message that says so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr, int timeoutMs = 30000);

    void read(const QString& key, QObject* context, Handler handler) override;
    void write(const QString& key, const QString& secret, QObject* context, Handler handler) override;
    void remove(const QString& key, QObject* context, Handler handler) override;

private:
    int m_timeoutMs;
};

} // namespace tma
