#include "ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tma {
namespace {

bool looksLikeHtml(const QByteArray& contentType, const QByteArray& body)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml");
}

bool contains(const QString& haystack, const char* needle)
{
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

ApiError errorForStatus(int status, const QString& detail, const QJsonValue& body, bool withApiKey,
                        bool apiKeyProven, bool fromProvider)
{
    using Kind = ApiError::Kind;
    // Open WebUI's own errors are {"detail": "..."}; a provider's error passed through a task or
    // chat route is {"error": {...}} (routers/openai.py): only the former can be about our sign-in.
    const bool ownDetail = body.toObject().value(QLatin1String("detail")).isString();
    if (status == 422) {
        ApiError error(Kind::Validation, detail, status);
        error.setFields(validationFields(body));
        error.setWrongTypes(validationWrongTypes(body));
        return error;
    }
    if (status == 429)
        return ApiError(Kind::RateLimited, detail, status);
    // From 0.6.22 (and in 0.11) the task routes and verify return a provider's refusal as it came:
    // its status and its own JSON (routers/openai.py JSONResponse, PR #16385). A refused key,
    // credits or model is the provider's word, never our session or role.
    const QJsonObject object = body.toObject();
    if (fromProvider && !object.contains(QLatin1String("detail")) &&
        object.contains(QLatin1String("error")) &&
        (status == 401 || status == 402 || status == 403 || status == 404))
        return ApiError(Kind::ProviderRefused, detail, status);
    // Open WebUI's INVALID_CRED sentence; a provider's "Incorrect API key provided" is not ours.
    if (contains(detail, "email or password") && (status == 400 || status == 401))
        return ApiError(Kind::WrongCredentials, detail, status);
    // >= 0.6.37 (main.py APIKeyRestrictionMiddleware): a path outside API_KEY_ALLOWED_ENDPOINTS.
    if (contains(detail, "API key not allowed to access this endpoint"))
        return ApiError(withApiKey ? Kind::EndpointRestricted : Kind::ApiKeysDisabled, detail, status);
    // 0.5-0.6.36 answer a restricted path with the very sentence of "API keys disabled"
    // (utils/auth.py get_current_user_by_api_key, API_KEY_NOT_ALLOWED): a key that already worked
    // on another path of this server is restricted, not disabled.
    if (contains(detail, "API key") && (contains(detail, "not enabled") || contains(detail, "not allowed")))
        return ApiError(withApiKey && apiKeyProven ? Kind::EndpointRestricted : Kind::ApiKeysDisabled, detail,
                        status);
    // routers/auths.py ldap_auth: every failure after the LDAP switch is "LDAP authentication
    // failed." (the outer `except Exception`), the switch itself "LDAP authentication is not enabled".
    if (ownDetail && status == 400 && contains(detail, "LDAP authentication failed"))
        return ApiError(Kind::LdapFailed, detail, status);
    if (ownDetail && status == 400 && contains(detail, "LDAP authentication is not enabled"))
        return ApiError(Kind::LdapDisabled, detail, status);
    // routers/auths.py signin with WEBUI_AUTH_TRUSTED_EMAIL_HEADER set and no such header:
    // 400 ERROR_MESSAGES.INVALID_TRUSTED_HEADER.
    if (ownDetail && status == 400 && contains(detail, "has not provided a trusted header"))
        return ApiError(Kind::TrustedHeaderRequired, detail, status);
    if (contains(detail, "restricted as a security measure"))
        return ApiError(Kind::PasswordAuthDisabled, detail, status);
    if (contains(detail, "permission")) {
        // The same sentence means "endpoint not in the API key allow-list" (403) and "not an admin" (401).
        if (withApiKey && status == 403)
            return ApiError(Kind::EndpointRestricted, detail, status);
        return ApiError(Kind::NotAdmin, detail, status);
    }
    // Only Open WebUI's own sign-in sentences mean "sign in again". Other 401/403s come from an
    // upstream provider through the task or verify endpoints (a wrong OpenRouter key, say).
    if ((status == 401 || status == 403) &&
        (detail.isEmpty() || contains(detail, "not authenticated") || contains(detail, "invalid token") ||
         contains(detail, "session has expired") || contains(detail, "token is invalid") ||
         contains(detail, "user mismatch") ||
         // An expired or forged JWT: utils/auth.py decode_token returns None and get_current_user
         // answers ERROR_MESSAGES.UNAUTHORIZED; 0.11 with MFA says the second for a deleted user.
         (ownDetail && (detail == QLatin1String("401 Unauthorized") ||
                        contains(detail, "invalid authentication request")))))
        return ApiError(Kind::SessionExpired, detail, status);
    if (status == 404)
        return ApiError(Kind::NotFound, detail, status);
    if (status == 503 && (contains(detail, "startup") || contains(detail, "not ready")))
        return ApiError(Kind::ServerStarting, detail, status);
    return ApiError(Kind::Server, detail, status);
}

} // namespace

QString detailText(const QJsonValue& body)
{
    const QJsonObject object = body.toObject();
    const QJsonValue detail = object.value(QLatin1String("detail"));
    if (detail.isString())
        return detail.toString().left(500);
    if (detail.isArray()) {
        QStringList parts;
        const QJsonArray items = detail.toArray();
        for (const QJsonValue& item : items) {
            const QJsonObject entry = item.toObject();
            QStringList loc;
            const QJsonArray locParts = entry.value(QLatin1String("loc")).toArray();
            for (const QJsonValue& part : locParts)
                loc << part.toVariant().toString();
            const QString msg = entry.value(QLatin1String("msg")).toString();
            // not prose: the server's own words about a field, in its own notation ("body.TASK_MODEL: …")
            parts << (loc.isEmpty() ? msg : loc.join(QLatin1Char('.')) + QStringLiteral(": ") + msg);
            if (parts.size() >= 20)
                break;
        }
        return parts.join(QStringLiteral("; ")); // not prose: the server's messages, as it wrote them
    }
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject())
        return error.toObject().value(QLatin1String("message")).toString().left(500);
    if (error.isString())
        return error.toString().left(500);
    return {};
}

QStringList validationFields(const QJsonValue& body)
{
    QStringList fields;
    const QJsonArray items = body.toObject().value(QLatin1String("detail")).toArray();
    for (const QJsonValue& item : items) {
        // ["body", "FIELD", ...]: the top-level field of the form is the second element, even when
        // the error is about something nested inside it (TASK_MODEL_PARAMS.max_tokens).
        const QJsonArray loc = item.toObject().value(QLatin1String("loc")).toArray();
        const int index = loc.size() >= 2 && loc.at(0).toString() == QLatin1String("body") ? 1 : 0;
        if (loc.size() <= index || !loc.at(index).isString())
            continue;
        const QString field = loc.at(index).toString();
        if (!field.isEmpty() && field != QLatin1String("body") && !fields.contains(field))
            fields << field;
    }
    return fields;
}

QHash<QString, QString> validationWrongTypes(const QJsonValue& body)
{
    QHash<QString, QString> wrong;
    const QJsonArray items = body.toObject().value(QLatin1String("detail")).toArray();
    for (const QJsonValue& item : items) {
        const QString type = item.toObject().value(QLatin1String("type")).toString();
        // No type at all: an old or unusual server; read as missing, as before types were read.
        if (type.isEmpty() || type == QLatin1String("missing") ||
            type == QLatin1String("value_error.missing"))
            continue;
        const QJsonArray loc = item.toObject().value(QLatin1String("loc")).toArray();
        const int index = loc.size() >= 2 && loc.at(0).toString() == QLatin1String("body") ? 1 : 0;
        if (loc.size() <= index || !loc.at(index).isString())
            continue;
        const QString field = loc.at(index).toString();
        if (!field.isEmpty() && field != QLatin1String("body") && !wrong.contains(field))
            wrong.insert(field, type);
    }
    return wrong;
}

ClassifiedResponse classifyResponse(int httpStatus, const QByteArray& contentType, const QByteArray& body,
                                    bool withApiKey, bool apiKeyProven, bool fromProvider)
{
    ClassifiedResponse result;
    if (looksLikeHtml(contentType, body)) {
        // A proxy's login page or error page: never Open WebUI's API.
        result.error = ApiError(ApiError::Kind::UnexpectedContent,
                                QStringLiteral("HTML answer (HTTP %1)").arg(httpStatus), httpStatus);
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    bool parsed = parseError.error == QJsonParseError::NoError && !body.trimmed().isEmpty();
    QJsonValue json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (!parsed && !body.trimmed().isEmpty()) {
        // A bare value ("true" from a delete, "null" from a record the user may not read):
        // QJsonDocument only takes objects and arrays.
        QJsonParseError scalarError{};
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]", &scalarError);
        if (scalarError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            parsed = true;
            json = wrapped.array().first();
        }
    }

    if (httpStatus >= 200 && httpStatus < 300) {
        if (!parsed) {
            result.error = ApiError(ApiError::Kind::UnexpectedContent,
                                    QStringLiteral("malformed JSON: %1").arg(parseError.errorString()),
                                    httpStatus);
            return result;
        }
        result.json = json;
        return result;
    }
    const QString detail = parsed ? detailText(json) : QString::fromUtf8(body.left(200)).simplified();
    result.json = parsed ? json : QJsonValue();
    result.error = errorForStatus(httpStatus, detail, json, withApiKey, apiKeyProven, fromProvider);
    return result;
}

} // namespace tma
