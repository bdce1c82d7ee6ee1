#include "SignInAdvice.h"

namespace tma {

SignInAdvice SignInAdvice::forServer(const ServerInfo& info)
{
    SignInAdvice advice;
    if (info.onboarding) {
        advice.text =
            tr("This server has no administrator yet: open it in a browser, create the first account, "
               "then sign in here.");
        return advice;
    }
    if (!info.authEnabled) {
        advice.text = tr("This server runs without sign-in: just press Sign in.");
        return advice;
    }
    // routers/auths.py signin: with WEBUI_AUTH_TRUSTED_EMAIL_HEADER set, a sign-in without the
    // proxy's header is refused (INVALID_TRUSTED_HEADER), whatever the password; LDAP is the
    // directory behind that proxy. An API key is checked by Open WebUI itself (utils/auth.py).
    if (info.authTrustedHeader) {
        advice.preselect = AuthMethod::ApiKey;
        advice.apiKeyOnly = true;
        advice.text =
            info.apiKeysAllowed == 0
                ? tr("This server signs people in through a reverse proxy (a trusted header), so the "
                     "assistant cannot sign in with a password. Only an API key gets in, and API keys are "
                     "turned off: an admin must turn on \"Enable API Keys\" in Admin Panel > Settings > "
                     "General. Then create a key in Open WebUI under Settings > Account > API keys.")
                : tr("This server signs people in through a reverse proxy (a trusted header), so the "
                     "assistant cannot sign in with a password. Use an API key: create one in Open WebUI "
                     "under Settings > Account > API keys. An admin must allow API keys in Admin Panel > "
                     "Settings > General.");
        return advice;
    }
    // Open WebUI's own sign-in page opens in LDAP mode when features.enable_ldap is on
    // (src/routes/auth/+page.svelte: mode = enable_ldap ? 'ldap' : 'signin').
    if (info.ldapEnabled) {
        advice.preselect = AuthMethod::Ldap;
        advice.text =
            tr("This server signs in with LDAP accounts: use your directory user name and password.");
        return advice;
    }
    // ENABLE_LOGIN_FORM=false hides the form only (routers/auths.py signin does not check it), so a
    // password may still work; accounts made by OAuth have none.
    if (!info.loginFormEnabled) {
        advice.preselect = AuthMethod::ApiKey;
        advice.text =
            tr("Password sign-in is turned off on this server: use an API key. Create one in Open WebUI "
               "under Settings > Account > API keys. An admin must allow API keys in Admin Panel > "
               "Settings > General.");
    }
    return advice;
}

QString SignInAdvice::plainHttpNote(const QUrl& url)
{
    return tr("No secure connection was possible, so the assistant connected over plain HTTP (%1). Your "
              "password "
              "or API key travels unencrypted; use https:// if the server offers it.")
        .arg(url.toString());
}

} // namespace tma
