#pragma once

#include "FakeOpenWebUi.h"
#include "MemorySecretStore.h"
#include "SecretStore.h"
#include "ServerProfiles.h"

#include <QSettings>
#include <QTemporaryDir>

namespace tma::test {

// A server the user already set up with the wizard: profile in settings, API key in the keychain.
inline void rememberServer(FakeOpenWebUi& fake, MemorySecretStore& secrets)
{
    fake.setApiKeysEnabled(true);
    ServerProfile profile;
    profile.url = fake.url();
    profile.account = QStringLiteral("admin@example.com");
    profile.method = AuthMethod::ApiKey;
    ServerProfiles::save(profile);
    secrets.write(SecretStore::apiKeyKey(fake.url(), profile.account), QStringLiteral("sk-admin-key"), &fake,
                  [](const SecretStore::Result&) {});
}

// Settings and backups in a fresh folder for each test.
inline void isolateFiles(QTemporaryDir& dir)
{
    qputenv("TMA_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    QSettings().clear();
}

} // namespace tma::test
