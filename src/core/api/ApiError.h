#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tma {

// The certificate a TLS error was about, shown to the user so they can decide to trust it.
struct CertificateSummary
{
    QString subject;
    QString issuer;
    QString sha256; // hex, colon separated
    QStringList errors;
};

// Everything that can go wrong when talking to Open WebUI, as a kind the UI can act on plus the
// server's own words. message() is the translated sentence a user sees.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind
    {
        None,
        Unreachable,        // connection refused, host not found, network down
        Tls,                // certificate or handshake problem
        Timeout,            // no answer in time
        Cancelled,          // the user cancelled
        ServerStarting,     // /ready answered 503
        WrongCredentials,   // sign-in refused
        SessionExpired,     // token invalid or expired: sign in again
        NotAdmin,           // signed in, but not an administrator
        ApiKeysDisabled,    // the server does not allow API keys
        EndpointRestricted, // API key endpoint restrictions block this path
        PasswordAuthDisabled,
        MfaRequired, // sign-in needs a second factor: use an API key
        RateLimited,
        UnexpectedContent, // HTML (proxy login page) or malformed JSON where JSON was expected
        Validation,        // 422: fields() lists what the server missed
        NotFound,
        TooLarge,              // the answer exceeded our size limit
        Server,                // any other HTTP error
        Conflict,              // settings changed by someone else since they were read
        NotPersisted,          // the server accepted a change but does not keep it
        Invalid,               // our own validation refused the request
        ModelNotFound,         // a task named a chat model the server's model map no longer has
        ConnectionConflict,    // the OpenAI-compatible connections changed since they were read
        ProviderRefused,       // the hosted provider answered a real request with an error
        LdapFailed,            // LDAP sign-in refused (Open WebUI says only "LDAP authentication failed.")
        LdapDisabled,          // the server does not offer LDAP sign-in
        TrustedHeaderRequired, // a reverse proxy signs people in (trusted header): only an API key gets in
        PlainHttpOnly,         // typed without a scheme, only plain http answers: nothing secret was sent
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail = {}, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    // The server's own words (its `detail`), or a technical description.
    const QString& detail() const { return m_detail; }
    const QStringList& fields() const { return m_fields; }
    void setFields(const QStringList& fields) { m_fields = fields; }
    // Of fields(), those the server has but with a value of the wrong type: field → the 422's
    // error type ("bool_parsing", "string_type", …). The others are missing.
    const QHash<QString, QString>& wrongTypes() const { return m_wrongTypes; }
    void setWrongTypes(const QHash<QString, QString>& wrongTypes) { m_wrongTypes = wrongTypes; }
    QStringList missingFields() const;
    const QString& endpoint() const { return m_endpoint; }
    void setEndpoint(const QString& endpoint) { m_endpoint = endpoint; }
    const CertificateSummary& certificate() const { return m_certificate; }
    void setCertificate(const CertificateSummary& certificate) { m_certificate = certificate; }
    // The QNetworkReply::NetworkError behind an error without an HTTP answer (0 otherwise).
    int networkError() const { return m_networkError; }
    void setNetworkError(int code) { m_networkError = code; }

    // A translated sentence that says what happened and what to do about it.
    QString message() const;
    // Stable identifier for scripts (CLI --json) and logs: "unreachable", "not-admin", ...
    QString code() const;

private:
    static QString wrongTypeSentence(const QString& field, const QString& type);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_networkError = 0;
    QString m_detail;
    QStringList m_fields;
    QHash<QString, QString> m_wrongTypes;
    QString m_endpoint;
    CertificateSummary m_certificate;
};

} // namespace tma
