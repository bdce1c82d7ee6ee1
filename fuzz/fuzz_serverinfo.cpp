// ServerInfo::readVersion and readConfig on any /api/version or /api/config body.
// Checks: the name is never empty and at most 100 characters; apiKeysAllowed is -1, 0 or 1; the
// task routes are Legacy exactly for a valid version below 0.5; a non-empty "version" string is
// kept verbatim; /api/version then /api/config (what Connector does) gives the same result as
// /api/config alone; reading the same body twice changes nothing.
#include "FuzzCheck.h"
#include "ServerInfo.h"

#include <QJsonObject>

using tma::ServerInfo;

static bool same(const ServerInfo& a, const ServerInfo& b)
{
    return a.name == b.name && a.versionText == b.versionText && a.version.compare(b.version) == 0 &&
           a.authEnabled == b.authEnabled && a.loginFormEnabled == b.loginFormEnabled &&
           a.ldapEnabled == b.ldapEnabled && a.onboarding == b.onboarding &&
           a.apiKeysAllowed == b.apiKeysAllowed && a.oauthProviders == b.oauthProviders &&
           a.taskApi == b.taskApi && a.displayName() == b.displayName();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QJsonObject body = fuzz::json(fuzz::bytes(data, size)).toObject();

    ServerInfo configOnly;
    configOnly.readConfig(body);
    FUZZ_CHECK(!configOnly.name.isEmpty() && configOnly.name.size() <= 100);
    FUZZ_CHECK(configOnly.apiKeysAllowed >= -1 && configOnly.apiKeysAllowed <= 1);
    FUZZ_CHECK((configOnly.taskApi == tma::TaskApi::Legacy) ==
               (configOnly.version.isValid() && configOnly.version < tma::ServerVersion(0, 5, 0)));
    const QString versionText = body.value(QLatin1String("version")).toString();
    if (!versionText.isEmpty())
        FUZZ_CHECK(configOnly.versionText == versionText && configOnly.displayName().contains(versionText));
    FUZZ_CHECK(!configOnly.displayName().isEmpty());

    ServerInfo versionFirst;
    versionFirst.readVersion(body);
    versionFirst.readConfig(body);
    FUZZ_CHECK(same(versionFirst, configOnly));

    ServerInfo twice = configOnly;
    twice.readConfig(body);
    FUZZ_CHECK(same(twice, configOnly));
    return 0;
}
