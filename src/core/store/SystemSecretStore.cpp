#include "SystemSecretStore.h"

#include "KeychainSecretStore.h"
#include "NamespacedSecretStore.h"

namespace tma {

std::unique_ptr<SecretStore> SystemSecretStore::create()
{
    auto keychain = std::make_unique<KeychainSecretStore>();
#if defined(Q_OS_WIN)
    return std::make_unique<NamespacedSecretStore>(std::move(keychain),
                                                   NamespacedSecretStore::defaultPrefix());
#else
    return keychain;
#endif
}

} // namespace tma
