#include "FakeAuthRoutes.h"

#include "FakeFormSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace tma::test::fake {

namespace {

constexpr int kMaxFailedSignins = 15;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace

void FakeAuthRoutes::addRoutes(FakeRouter& router)
{
    router.add("POST", QStringLiteral("/api/v1/auths/signin"), Access::Public, true, this,
               &FakeAuthRoutes::signin);
    router.add("POST", QStringLiteral("/api/v1/auths/ldap"), Access::Public, true, this,
               &FakeAuthRoutes::ldapSignin);
    router.add("GET", QStringLiteral("/api/v1/auths/"), Access::Signed, false, this,
               &FakeAuthRoutes::sessionUserRoute);
    router.addStatic(m_server.is011() ? "POST" : "GET", QStringLiteral("/api/v1/auths/signout"),
                     statusTrue());
    router.add("GET", QStringLiteral("/api/v1/auths/api_key"), Access::Verified, false, this,
               &FakeAuthRoutes::getApiKey);
    router.add("POST", QStringLiteral("/api/v1/auths/api_key"), Access::Verified, false, this,
               &FakeAuthRoutes::createApiKey);
    router.add("DELETE", QStringLiteral("/api/v1/auths/api_key"), Access::Verified, false, this,
               &FakeAuthRoutes::deleteApiKey);
}

QString FakeAuthRoutes::newSessionToken(const User& user)
{
    // Looks like a HS256 JWT but is opaque: only this fake can vouch for it.
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), user.id}, {QStringLiteral("jti"), randomHex(8)}})
            .toJson(QJsonDocument::Compact);
    const auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + payload.toBase64(base64url) + '.' +
                             QByteArray::fromHex(randomHex(32).toLatin1()).toBase64(base64url);
    m_server.sessions.insert(QString::fromLatin1(token), user.id);
    return QString::fromLatin1(token);
}

QString FakeAuthRoutes::profileImageUrl(const User& user) const
{
    return m_server.is011() ? QStringLiteral("/api/v1/users/%1/profile/image").arg(user.id)
                            : QStringLiteral("/user.png");
}

QJsonObject FakeAuthRoutes::sessionUser(const User& user, const QString& token) const
{
    return QJsonObject{
        {QStringLiteral("token"), token},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_at"), QJsonValue::Null},
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("profile_image_url"), profileImageUrl(user)},
        {QStringLiteral("permissions"), QJsonObject()},
    };
}

// routers/auths.py: every way in ends with the same answer, a session for that account.
Reply FakeAuthRoutes::signedIn(const User& user)
{
    return jsonReply(200, sessionUser(user, newSessionToken(user)));
}

// Users.get_user_by_email, else made on first use (Auths.insert_new_auth), then signed in.
Reply FakeAuthRoutes::signInCreatingIfNeeded(const QString& email, const QString& password,
                                             const QString& role)
{
    if (m_server.userIndexByEmail(email) < 0)
        m_server.addUser(email, password, role, QString());
    return signedIn(m_server.users.at(m_server.userIndexByEmail(email)));
}

// utils/auth.py create_signin_response (0.11 MFA era): a second factor is due, so no token;
// the web app goes on with the challenge (utils/mfa.py).
Reply FakeAuthRoutes::mfaChallenge(const User& user)
{
    return jsonReply(
        200, QJsonObject{{QStringLiteral("next_step"), QStringLiteral("verify")},
                         {QStringLiteral("challenge_token"), user.id + QLatin1Char('.') + randomHex(16)},
                         {QStringLiteral("expires_in"), 300}});
}

// routers/auths.py signin with WEBUI_AUTH=False: the body is ignored and the one account,
// admin@localhost, is signed in (made on the first call, as the first user, an admin); a server
// that already has other users refuses with EXISTING_USERS.
Reply FakeAuthRoutes::signinWithoutAuth()
{
    const QString email = QStringLiteral("admin@localhost");
    if (m_server.userIndexByEmail(email) < 0) {
        if (!m_server.users.isEmpty())
            return detailReply(400,
                               QStringLiteral("You can't turn off authentication because there are existing "
                                              "users. If you want to disable WEBUI_AUTH, make sure your web "
                                              "interface doesn't have any existing users and is a fresh "
                                              "installation."));
    }
    return signInCreatingIfNeeded(email, QStringLiteral("admin"), QStringLiteral("admin"));
}

Reply FakeAuthRoutes::signin(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    FakeFormSchema form;
    form.add(QStringLiteral("email"), FakeFormSchema::Type::String)
        .add(QStringLiteral("password"), FakeFormSchema::Type::String);
    errors = form.validate(body);
    if (!errors.isEmpty())
        return validationReply(errors);

    // routers/auths.py signin: the trusted-header branch comes first (0.5/0.6), after the
    // ENABLE_PASSWORD_AUTH check on 0.11 (id:54705819886); the body is ignored there.
    if (!m_server.is011())
        if (const std::optional<Reply> trusted = trustedHeaderSignin(exchange))
            return *trusted;
    // The sign-in rate limit, ENABLE_PASSWORD_AUTH and MFA arrived with 0.6.37 (audit/auth.md
    // §signin): the 0.4-0.6.30 profiles have none of them.
    // routers/auths.py signin (@db15b21a): ENABLE_PASSWORD_AUTH is the first check, then the limit.
    const QString email = body.value(QStringLiteral("email")).toString().trimmed().toLower();
    if (m_server.is011() && !m_server.passwordAuthEnabled)
        return detailReply(403, actionProhibitedText());
    if (m_server.is011() && m_server.failedSignins.value(email) >= kMaxFailedSignins)
        return detailReply(429, QStringLiteral("API rate limit exceeded"));
    if (m_server.is011())
        if (const std::optional<Reply> trusted = trustedHeaderSignin(exchange))
            return *trusted;

    if (!m_server.webUiAuth)
        return signinWithoutAuth();
    const int index = m_server.userIndexByEmail(email);
    if (index < 0 || m_server.users.at(index).password != body.value(QStringLiteral("password")).toString()) {
        m_server.failedSignins[email] += 1;
        return detailReply(400, invalidCredentialsText());
    }
    if (m_server.is011() && m_server.mfaRequired)
        return mfaChallenge(m_server.users.at(index));
    return signedIn(m_server.users.at(index));
}

// routers/auths.py signin, WEBUI_AUTH_TRUSTED_EMAIL_HEADER set: without the header 400
// INVALID_TRUSTED_HEADER; with it, that e-mail's account (made on first use, as signup does).
std::optional<Reply> FakeAuthRoutes::trustedHeaderSignin(Exchange& exchange)
{
    if (m_server.trustedHeader.isEmpty())
        return std::nullopt;
    const QString email =
        QString::fromUtf8(exchange.request.headers.value(m_server.trustedHeader)).trimmed().toLower();
    if (email.isEmpty())
        return detailReply(400, invalidTrustedHeaderText());
    return signInCreatingIfNeeded(email, randomHex(16), QStringLiteral("pending"));
}

// routers/auths.py ldap_auth (0.6 @00248c9, 0.11 id:54705819886; 0.4-era main.py id:20873800
// already advertises features.enable_ldap, the 0.4 handler itself is UNVERIFIED).
Reply FakeAuthRoutes::ldapSignin(Exchange& exchange)
{
    QJsonObject body;
    QJsonArray errors;
    if (!parseBody(exchange, &body, &errors))
        return validationReply(errors);
    FakeFormSchema form; // models/auths.py LdapForm
    form.add(QStringLiteral("user"), FakeFormSchema::Type::String)
        .add(QStringLiteral("password"), FakeFormSchema::Type::String);
    errors = form.validate(body);
    if (!errors.isEmpty())
        return validationReply(errors);
    if (!m_server.ldapEnabled)
        return detailReply(400, QStringLiteral("LDAP authentication is not enabled"));
    const QString user = body.value(QStringLiteral("user")).toString().toLower();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (m_server.is011()) {
        // >= 0.6.37: ENABLE_PASSWORD_AUTH also closes LDAP; 0.11 refuses a blank password
        // before binding (RFC 4513 unauthenticated bind).
        if (!m_server.passwordAuthEnabled)
            return detailReply(403, actionProhibitedText());
        if (password.trimmed().isEmpty())
            return detailReply(400, invalidCredentialsText());
    }
    // Search by the username attribute (lower-cased), bind as the entry with the password:
    // a missing entry, a failed bind, a missing mail attribute — every failure in the `try`
    // — is answered by the outer `except Exception` as 400 "LDAP authentication failed.".
    const LdapEntry* entry = nullptr;
    for (const LdapEntry& candidate : m_server.ldapEntries) {
        if (candidate.user.toLower() == user)
            entry = &candidate;
    }
    if (!entry || entry->password != password || entry->email.isEmpty())
        return detailReply(400, QStringLiteral("LDAP authentication failed."));
    if (m_server.is011() && m_server.mfaRequired) {
        if (m_server.userIndexByEmail(entry->email) < 0)
            m_server.addUser(entry->email, randomHex(16), entry->role, QString());
        return mfaChallenge(m_server.users.at(m_server.userIndexByEmail(entry->email)));
    }
    return signInCreatingIfNeeded(entry->email, randomHex(16), entry->role);
}

Reply FakeAuthRoutes::sessionUserRoute(Exchange& exchange)
{
    QJsonObject json = sessionUser(*exchange.user, exchange.credential);
    json.insert(QStringLiteral("bio"), QJsonValue::Null);
    json.insert(QStringLiteral("gender"), QJsonValue::Null);
    json.insert(QStringLiteral("date_of_birth"), QJsonValue::Null);
    return jsonReply(200, json);
}

Reply FakeAuthRoutes::getApiKey(Exchange& exchange)
{
    const int index = m_server.userIndexByEmail(exchange.user->email);
    if (index < 0 || m_server.users.at(index).apiKey.isEmpty())
        return detailReply(
            404, QStringLiteral("Oops! It looks like there's a hiccup. The API key is missing. "
                                "Please make sure to provide a valid API key to access this feature."));
    return jsonReply(200, QJsonObject{{QStringLiteral("api_key"), m_server.users.at(index).apiKey}});
}

Reply FakeAuthRoutes::createApiKey(Exchange& exchange)
{
    const bool permitted = exchange.user->role == QLatin1String("admin") || !m_server.is011();
    if (!m_server.apiKeysEnabled || !permitted)
        return detailReply(403, QStringLiteral("API key creation is not allowed in the environment."));
    const int index = m_server.userIndexByEmail(exchange.user->email);
    m_server.users[index].apiKey = QStringLiteral("sk-") + randomHex(16);
    return jsonReply(200, QJsonObject{{QStringLiteral("api_key"), m_server.users.at(index).apiKey}});
}

Reply FakeAuthRoutes::deleteApiKey(Exchange& exchange)
{
    const int index = m_server.userIndexByEmail(exchange.user->email);
    m_server.users[index].apiKey.clear();
    return jsonReply(200, true);
}

} // namespace tma::test::fake
