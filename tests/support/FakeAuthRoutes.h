#pragma once

#include "FakeRouter.h"

namespace tma::test::fake {

// Signing in and the session (routers/auths.py): password, LDAP and trusted-header sign-in, MFA,
// the session user, API keys and sign-out.
class FakeAuthRoutes
{
public:
    explicit FakeAuthRoutes(FakeServerState& server) : m_server(server) {}

    void addRoutes(FakeRouter& router);

private:
    QString newSessionToken(const User& user);
    QString profileImageUrl(const User& user) const;
    QJsonObject sessionUser(const User& user, const QString& token) const;
    Reply signedIn(const User& user);
    Reply signInCreatingIfNeeded(const QString& email, const QString& password, const QString& role);
    static Reply mfaChallenge(const User& user);
    Reply signinWithoutAuth();
    Reply signin(Exchange& exchange);
    std::optional<Reply> trustedHeaderSignin(Exchange& exchange);
    Reply ldapSignin(Exchange& exchange);
    Reply sessionUserRoute(Exchange& exchange);
    Reply getApiKey(Exchange& exchange);
    Reply createApiKey(Exchange& exchange);
    Reply deleteApiKey(Exchange& exchange);

    FakeServerState& m_server;
};

} // namespace tma::test::fake
