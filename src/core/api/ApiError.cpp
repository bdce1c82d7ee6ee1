#include "ApiError.h"

#include <QLocale>

namespace tma {

ApiError::ApiError(Kind kind, QString detail, int httpStatus)
    : m_kind(kind), m_httpStatus(httpStatus), m_detail(std::move(detail))
{
}

QStringList ApiError::missingFields() const
{
    QStringList missing;
    for (const QString& field : m_fields) {
        if (!m_wrongTypes.contains(field))
            missing << field;
    }
    return missing;
}

QString ApiError::wrongTypeSentence(const QString& field, const QString& type)
{
    // Pydantic 2's error types (and pydantic 1's type_error.*), grouped by what the form expects.
    const auto is = [&type](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            if (type == QLatin1String(name))
                return true;
        }
        return false;
    };
    if (is({"bool_type", "bool_parsing", "type_error.bool"}))
        return tr("The server refused the settings because the field %1 has the wrong type: it must be true "
                  "or false.")
            .arg(field);
    if (is({"string_type", "type_error.str"}))
        return tr("The server refused the settings because the field %1 has the wrong type: it must be text.")
            .arg(field);
    if (is({"int_type", "int_parsing", "int_from_float", "type_error.integer"}))
        return tr("The server refused the settings because the field %1 has the wrong type: it must be a "
                  "whole number.")
            .arg(field);
    if (is({"float_type", "float_parsing", "type_error.float"}))
        return tr("The server refused the settings because the field %1 has the wrong type: it must be a "
                  "number.")
            .arg(field);
    if (is({"dict_type", "model_type", "model_attributes_type", "type_error.dict"}))
        return tr("The server refused the settings because the field %1 has the wrong type: it must be an "
                  "object.")
            .arg(field);
    if (is({"list_type", "type_error.list"}))
        return tr("The server refused the settings because the field %1 has the wrong type: it must be a "
                  "list.")
            .arg(field);
    return tr("The server refused the settings because the value of the field %1 is not valid (%2).")
        .arg(field, type);
}

QString ApiError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        text = tr("The server could not be reached. Check the address and that Open WebUI is running.");
        break;
    case Kind::Tls:
        // Without a certificate the handshake itself failed: there is nothing to trust or check.
        text = m_certificate.sha256.isEmpty()
                   ? tr("A secure (https) connection to the server could not be set up. The server may not "
                        "offer "
                        "https at this address; check the address and its port.")
                   : tr("The secure connection failed: the server's certificate is not trusted. "
                        "Check the certificate below before you decide to trust it.");
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time. It may be busy or starting; try again in a moment.");
        break;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::ServerStarting:
        text = tr("Open WebUI is still starting up. Try again in a moment.");
        break;
    case Kind::WrongCredentials:
        text = tr("The email or password is incorrect.");
        break;
    case Kind::SessionExpired:
        text = tr("Your session has expired or the key is no longer valid. Please sign in again.");
        break;
    case Kind::NotAdmin:
        text = tr("This account is not an administrator. Sign in with an admin account: only admins "
                  "can change the task model.");
        break;
    case Kind::ApiKeysDisabled:
        text = tr("This server does not allow API keys. An admin can turn on \"Enable API Keys\" in "
                  "Admin Panel > Settings > General, or you can sign in with email and password.");
        break;
    case Kind::EndpointRestricted:
        // Two whole sentences: a phrase put in the place of the path would need its own grammar.
        if (m_endpoint.isEmpty())
            return tr("This API key is not allowed to use this part of the API. An admin can add it to the "
                      "allowed endpoints in Admin Panel > Settings > General, or turn the restriction off.");
        return tr("This API key is not allowed to use %1. An admin can add it to the allowed endpoints "
                  "in Admin Panel > Settings > General, or turn the restriction off.")
            .arg(m_endpoint);
    case Kind::PasswordAuthDisabled:
        text = tr("Password sign-in is turned off on this server. Use an API key instead.");
        break;
    case Kind::MfaRequired:
        text = tr("This account uses two-factor sign-in. Create an API key in Open WebUI "
                  "(Settings > Account) and use it here instead.");
        break;
    case Kind::RateLimited:
        text = tr("Too many attempts. Wait a few minutes before trying again.");
        break;
    case Kind::UnexpectedContent:
        text = tr("The server answered with something that is not Open WebUI's API (for example a proxy's "
                  "login page). Check the address, or sign in to the proxy first.");
        break;
    case Kind::Validation: {
        QStringList lines;
        if (const QStringList missing = missingFields(); !missing.isEmpty())
            lines << tr("The server refused the settings: it requires %1.")
                         .arg(QLocale().createSeparatedList(missing));
        for (const QString& field : m_fields) {
            if (m_wrongTypes.contains(field))
                lines << wrongTypeSentence(field, m_wrongTypes.value(field));
        }
        text = lines.isEmpty() ? tr("The server refused the settings as invalid.")
                               : lines.join(QLatin1Char('\n'));
        break;
    }
    case Kind::NotFound:
        text = tr("The server does not know this address. It may not be Open WebUI, or a different version.");
        break;
    case Kind::TooLarge:
        text = tr("The server's answer was unexpectedly large and was not read.");
        break;
    case Kind::Server:
        text = tr("The server reported an error (HTTP %1).").arg(m_httpStatus);
        break;
    case Kind::Conflict:
        text = tr("Someone changed the task settings on the server since they were read. Nothing was "
                  "changed; review the current settings and try again.");
        break;
    case Kind::NotPersisted:
        text = tr("The server accepted the change but does not keep it. It may run several workers or have "
                  "ENABLE_PERSISTENT_CONFIG turned off.");
        break;
    case Kind::Invalid:
        return m_detail.isEmpty() ? tr("The request was refused as invalid.") : m_detail;
    case Kind::ProviderRefused: {
        // The provider's own words, whatever route carried them; the status says what to fix.
        const QString said = m_detail.isEmpty() ? tr("(no reason given)") : m_detail;
        if (m_httpStatus == 401 || m_httpStatus == 403)
            return tr("The provider did not accept the API key. It said: %1").arg(said);
        if (m_httpStatus == 402)
            return tr("The provider says the account has no credits left. It said: %1").arg(said);
        if (m_httpStatus == 404)
            return tr("The provider does not know this model. It said: %1").arg(said);
        return tr("The provider refused the test request. It said: %1").arg(said);
    }
    case Kind::ConnectionConflict:
        text =
            tr("Someone changed the server's OpenAI-compatible connections since they were read. Nothing was "
               "changed; review the connections in Admin Panel > Settings > Connections and try again.");
        break;
    case Kind::LdapFailed:
        text =
            tr("LDAP sign-in failed: the user name or password is wrong, or Open WebUI could not check them "
               "with its directory server. Open WebUI does not say which.");
        break;
    case Kind::LdapDisabled:
        text = tr(
            "This server does not offer LDAP sign-in. Sign in with email and password or with an API key.");
        break;
    case Kind::TrustedHeaderRequired:
        text = tr(
            "This server signs people in through a reverse proxy (a trusted header), so the assistant cannot "
            "sign in with a password. Use an API key: create one in Open WebUI under Settings > Account > "
            "API keys. An admin must allow API keys in Admin Panel > Settings > General.");
        break;
    case Kind::PlainHttpOnly:
        // detail: the http address that answered.
        return tr("Only plain HTTP answers at this address, so nothing was sent: your password or key would "
                  "travel unencrypted. To sign in anyway, use the address %1 and sign in again.")
            .arg(m_detail);
    case Kind::ModelNotFound:
        text = tr(
            "The server no longer lists the chat model the test used: its model list changed since it was "
            "read, or several Open WebUI workers do not share their model lists. Test again; if this keeps "
            "happening, run Open WebUI with one worker or with Redis.");
        break;
    }
    if (m_detail.isEmpty())
        return text;
    // The settings a conflict or a lost save is about: our own list (ConfigApplier names them as
    // the admin page does), never passed off as the server's words.
    if (m_kind == Kind::Conflict || m_kind == Kind::NotPersisted)
        return tr("%1 Settings concerned: %2", "our sentence, then the settings it is about")
            .arg(text, m_detail);
    // The server's own explanation helps only where our sentence can't say it: what failed.
    // Elsewhere it would repeat our words in English.
    if (m_kind == Kind::Server || m_kind == Kind::NotFound || m_kind == Kind::ServerStarting)
        return tr("%1 Server says: %2", "our sentence, then the server's own words").arg(text, m_detail);
    return text;
}

QString ApiError::code() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("ok");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::ServerStarting: return QStringLiteral("server-starting");
    case Kind::WrongCredentials: return QStringLiteral("wrong-credentials");
    case Kind::SessionExpired: return QStringLiteral("session-expired");
    case Kind::NotAdmin: return QStringLiteral("not-admin");
    case Kind::ApiKeysDisabled: return QStringLiteral("api-keys-disabled");
    case Kind::EndpointRestricted: return QStringLiteral("endpoint-restricted");
    case Kind::PasswordAuthDisabled: return QStringLiteral("password-auth-disabled");
    case Kind::MfaRequired: return QStringLiteral("mfa-required");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::UnexpectedContent: return QStringLiteral("unexpected-content");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::TooLarge: return QStringLiteral("too-large");
    case Kind::Server: return QStringLiteral("server-error");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::NotPersisted: return QStringLiteral("not-persisted");
    case Kind::Invalid: return QStringLiteral("invalid");
    case Kind::ModelNotFound:
        return QStringLiteral("model-not-found");
    case Kind::ConnectionConflict:
        return QStringLiteral("connection-conflict");
    case Kind::ProviderRefused:
        return QStringLiteral("provider-refused");
    case Kind::LdapFailed:
        return QStringLiteral("ldap-failed");
    case Kind::LdapDisabled:
        return QStringLiteral("ldap-disabled");
    case Kind::TrustedHeaderRequired:
        return QStringLiteral("trusted-header");
    case Kind::PlainHttpOnly:
        return QStringLiteral("plain-http-only");
    }
    return QStringLiteral("unknown");
}

} // namespace tma
