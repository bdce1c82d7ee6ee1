#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonValue>

namespace tma {

// What a finished HTTP exchange means: the parsed JSON body, or the error a user should see.
struct ClassifiedResponse
{
    QJsonValue json;
    ApiError error;
};

// Turns a raw HTTP answer from Open WebUI into JSON or a typed error. Pure and total, so it can be
// fuzzed: any bytes in, a sensible answer out. `withApiKey` matters because the same 403 sentence
// means "endpoint restricted" for a key and "not admin" for a session. `apiKeyProven`: the same key
// was already accepted on another path of this server, so "API keys are not enabled" can only mean
// that this path is outside the key's allowed endpoints. `fromProvider`: a route that passes an
// upstream provider's answer through (a task, a chat completion, verify), where a 401-404 with the
// provider's own {"error": …} is the provider refusing, never our sign-in.
ClassifiedResponse classifyResponse(int httpStatus, const QByteArray& contentType, const QByteArray& body,
                                    bool withApiKey, bool apiKeyProven = false, bool fromProvider = false);

// Open WebUI's `detail` is a string for HTTPException and a list of {loc, msg} for 422s; some
// proxied providers answer {"error": {"message": ...}}. Returns one readable line.
QString detailText(const QJsonValue& body);
// Top-level form fields named by a 422 list detail (loc = ["body", FIELD, ...]).
QStringList validationFields(const QJsonValue& body);
// Of those, the fields whose value has the wrong type (every error type but "missing"): field →
// the error's type.
QHash<QString, QString> validationWrongTypes(const QJsonValue& body);

} // namespace tma
