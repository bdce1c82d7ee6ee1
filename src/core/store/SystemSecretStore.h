#pragma once

#include "SecretStore.h"

#include <memory>

namespace tma {

// The secret store the GUI and the CLI use: the OS keychain, with the keys namespaced where the
// keychain has no per-program service (Windows; see NamespacedSecretStore).
class SystemSecretStore
{
public:
    static std::unique_ptr<SecretStore> create();
};

} // namespace tma
