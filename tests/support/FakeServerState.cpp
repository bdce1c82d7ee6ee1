#include "FakeServerState.h"

#include "FakeRouter.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace tma::test::fake {

namespace {

QString modelFamily(const QString& id)
{
    QString family;
    for (QChar c : id) {
        if (!c.isLetter())
            break;
        family.append(c);
    }
    return family.isEmpty() ? QStringLiteral("llama") : family;
}

} // namespace

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString normalizedUrl(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString FakeServerState::version() const
{
    switch (profile) {
    case FakeProfile::V0_4:
        return QStringLiteral("0.4.8");
    case FakeProfile::V0_5:
        return QStringLiteral("0.5.20");
    case FakeProfile::V0_6:
        return QStringLiteral("0.6.30");
    case FakeProfile::V0_11:
        return QStringLiteral("0.11.4");
    }
    return {};
}

void FakeServerState::addUser(const QString& email, const QString& password, const QString& role,
                              const QString& apiKey)
{
    User user;
    user.email = email.toLower();
    user.password = password;
    user.role = role;
    user.apiKey = apiKey;
    QString name = email.section(QLatin1Char('@'), 0, 0);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    user.name = name;
    const int existing = userIndexByEmail(email);
    if (existing >= 0) {
        user.id = users.at(existing).id;
        users[existing] = user;
        return;
    }
    user.id = QStringLiteral("5f0c1a2e-7b3d-4c8e-9a10-%1").arg(users.size() + 1, 12, 10, QLatin1Char('0'));
    users.append(user);
}

// ---- plumbing -----------------------------------------------------------------------

void FakeServerState::storeRecord(const QString& id, RecordState state)
{
    state.updatedAt = ++recordClock;
    records.insert(id, state);
}

qint64 FakeServerState::record(const HttpRequest& request, int connection, bool firstOnConnection)
{
    FakeOpenWebUi::Request entry;
    entry.arrivedUs = clock.nsecsElapsed() / 1000;
    entry.connection = connection;
    entry.firstOnConnection = firstOnConnection;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query;
    entry.headers = request.headers;
    entry.body = request.body;
    requests.append(entry);
    return nextSerial++;
}

// What the fake answered to request `serial` (0: nothing yet, or no longer recorded).
int FakeServerState::statusOf(qint64 serial) const
{
    const qint64 index = serial - firstSerial;
    return index >= 0 && index < requests.size() ? requests[index].status : 0;
}

void FakeServerState::setStatus(qint64 serial, int status)
{
    const qint64 index = serial - firstSerial;
    if (index >= 0 && index < requests.size()) {
        requests[index].status = status;
        requests[index].answeredUs = clock.nsecsElapsed() / 1000;
    }
}

void FakeServerState::setHandled(qint64 serial)
{
    const qint64 index = serial - firstSerial;
    if (index >= 0 && index < requests.size())
        requests[index].handledUs = clock.nsecsElapsed() / 1000;
}

void FakeServerState::send(Exchange& exchange, const Reply& reply)
{
    if (!exchange.connection || !exchange.connection->isOpen())
        return;
    setStatus(exchange.serial, reply.status);
    exchange.connection->respond({reply.status, reply.contentType, reply.body});
    if (exchange.afterAnswer)
        exchange.afterAnswer();
}

std::optional<FakeFault> FakeServerState::takeFault(const HttpRequest& request,
                                                    std::initializer_list<FakeFault> kinds)
{
    for (Fault& fault : faults) {
        if (std::find(kinds.begin(), kinds.end(), fault.fault) == kinds.end())
            continue;
        if (fault.times == 0 || !request.path.startsWith(fault.pathPrefix))
            continue;
        if (!fault.method.isEmpty() && fault.method != request.method)
            continue;
        if (fault.times > 0)
            --fault.times;
        return fault.fault;
    }
    return std::nullopt;
}

int FakeServerState::takeDelay(const HttpRequest& request)
{
    for (Delay& delay : delays) {
        if (delay.times == 0 || !request.path.startsWith(delay.pathPrefix))
            continue;
        if (!delay.method.isEmpty() && delay.method != request.method)
            continue;
        if (delay.times > 0)
            --delay.times;
        return delay.ms;
    }
    return 0;
}

// ---- authentication -----------------------------------------------------------------

QString FakeServerState::bearerToken(const HttpRequest& request)
{
    const QByteArray header = request.headers.value("authorization");
    if (!header.toLower().startsWith("bearer "))
        return {};
    return QString::fromUtf8(header.mid(7)).trimmed();
}

std::optional<User> FakeServerState::userById(const QString& id) const
{
    for (const User& user : users) {
        if (user.id == id)
            return user;
    }
    return std::nullopt;
}

std::optional<User> FakeServerState::userByApiKey(const QString& key) const
{
    for (const User& user : users) {
        if (!user.apiKey.isEmpty() && user.apiKey == key)
            return user;
    }
    return std::nullopt;
}

int FakeServerState::userIndexByEmail(const QString& email) const
{
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (users.at(i).email.compare(email, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool FakeServerState::endpointAllowed(const QString& path) const
{
    for (const QString& allowed : allowedPaths) {
        const QString trimmed = allowed.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (path == trimmed)
            return true;
        // utils/auth.py get_current_user_by_api_key: 0.5 matched the exact path only; since
        // 0.6.2 (PR #12433) and in 0.11 a sub-path of an allowed endpoint passes too.
        if (!is04() && profile != FakeProfile::V0_5 && path.startsWith(trimmed + QLatin1Char('/')))
            return true;
    }
    return false;
}

// utils/auth.py get_current_user / get_verified_user / get_admin_user.
std::optional<Reply> FakeServerState::authenticate(Exchange& exchange, Access access)
{
    if (access == Access::Public)
        return std::nullopt;

    const QString token = bearerToken(exchange.request);
    if (token.isEmpty())
        return detailReply(is011() ? 401 : 403, QStringLiteral("Not authenticated"));

    std::optional<User> user;
    if (token.startsWith(QLatin1String("sk-"))) {
        // utils/auth.py get_current_user_by_api_key.
        if (is011()) {
            // 0.11: the unknown key first, then the switch and the permission, then the
            // allowed endpoints on the raw ASGI path, answered with ACCESS_PROHIBITED.
            user = userByApiKey(token);
            if (!user)
                return detailReply(401, invalidTokenText());
            if (!apiKeysEnabled)
                return detailReply(403, apiKeyNotAllowedText());
            // Non-admins also need the features.api_keys permission (default off).
            if (user->role != QLatin1String("admin"))
                return detailReply(403, apiKeyNotAllowedText());
            if (restrictionsEnabled && !endpointAllowed(exchange.request.path))
                return detailReply(403, accessProhibitedText());
        } else {
            // 0.4-0.6.36: the switch and the allowed endpoints before the key is looked up,
            // both answered with API_KEY_NOT_ALLOWED ("Use of API key is not enabled…").
            if (!apiKeysEnabled)
                return detailReply(403, apiKeyNotAllowedText());
            if (restrictionsEnabled && !endpointAllowed(exchange.request.path))
                return detailReply(403, apiKeyNotAllowedText());
            user = userByApiKey(token);
            if (!user)
                return detailReply(401, invalidTokenText());
        }
    } else {
        // A JWT this server did not issue, or one past its expiry, does not decode: 401
        // "401 Unauthorized". One that decodes but names a deleted user: INVALID_TOKEN.
        const auto session = sessions.constFind(token);
        if (session == sessions.constEnd())
            return detailReply(401, unauthorizedText());
        user = userById(session.value());
        if (!user)
            return detailReply(401, invalidTokenText());
    }

    const bool verified = user->role == QLatin1String("user") || user->role == QLatin1String("admin");
    if (access == Access::Verified && !verified)
        return detailReply(401, accessProhibitedText());
    if (access == Access::Admin && user->role != QLatin1String("admin"))
        return detailReply(401, accessProhibitedText());

    exchange.user = user;
    exchange.credential = token;
    return std::nullopt;
}

// ---- models ---------------------------------------------------------------------------

bool FakeServerState::openAiEnabled() const
{
    // The null trap: only a real `true` enables the OpenAI integration.
    const QJsonValue enabled = openAiConfig.value(QStringLiteral("ENABLE_OPENAI_API"));
    return enabled.isBool() && enabled.toBool();
}

QJsonObject FakeServerState::baseModelJson(const FakeModel& model) const
{
    QJsonObject json{
        {QStringLiteral("id"), model.id},
        {QStringLiteral("name"), model.name.isEmpty() ? model.id : model.name},
        {QStringLiteral("object"), QStringLiteral("model")},
        {QStringLiteral("created"), kCreated},
        {QStringLiteral("owned_by"), model.ownedBy},
        {QStringLiteral("tags"), QJsonArray()},
    };
    if (hasConnectionType())
        json.insert(QStringLiteral("connection_type"), model.connectionType);
    if (model.hasRecord)
        json.insert(QStringLiteral("info"), recordJson(model));
    return json;
}

// utils/models.py get_all_models: `info` is the workspace record without its params. Its access:
// 0.11 lists access grants (models/access_grants.py; public = a read grant for user "*");
// earlier versions carry access_control (null = public, an object = restricted).
QJsonObject FakeServerState::recordJson(const FakeModel& model) const
{
    QJsonObject info{{QStringLiteral("id"), model.id},
                     {QStringLiteral("user_id"), QStringLiteral("u-admin")},
                     {QStringLiteral("base_model_id"), model.baseModelId.isEmpty()
                                                           ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(model.baseModelId)},
                     {QStringLiteral("name"), model.name.isEmpty() ? model.id : model.name},
                     {QStringLiteral("meta"), QJsonObject()},
                     {QStringLiteral("is_active"), true}};
    if (is011()) {
        QJsonArray grants;
        if (!model.isPrivate)
            grants.append(QJsonObject{{QStringLiteral("id"), sha256Hex(model.id).left(12)},
                                      {QStringLiteral("resource_type"), QStringLiteral("model")},
                                      {QStringLiteral("resource_id"), model.id},
                                      {QStringLiteral("principal_type"), QStringLiteral("user")},
                                      {QStringLiteral("principal_id"), QStringLiteral("*")},
                                      {QStringLiteral("permission"), QStringLiteral("read")},
                                      {QStringLiteral("created_at"), kCreated}});
        info.insert(QStringLiteral("access_grants"), grants);
    } else {
        info.insert(QStringLiteral("access_control"),
                    model.isPrivate ? QJsonValue(QJsonObject()) : QJsonValue(QJsonValue::Null));
    }
    return info;
}

// utils/models.py check_model_access for role "user" (admins skip it): a workspace record
// that grants public read. Without it a task fails, and the model is not listed for them.
bool FakeServerState::usableByUsers(const FakeModel& model)
{
    return model.hasRecord && !model.isPrivate;
}

// The model with its record as the database holds it now (records written since start win).
FakeModel FakeServerState::withStoredRecord(FakeModel model) const
{
    const auto stored = records.constFind(model.id);
    if (stored != records.constEnd()) {
        model.hasRecord = stored->exists;
        model.isPrivate = stored->isPrivate;
        if (stored->exists && !stored->name.isEmpty())
            model.name = stored->name;
    }
    return model;
}

QJsonObject FakeServerState::ollamaEntry(const FakeModel& model) const
{
    const QString family = modelFamily(model.id);
    QJsonObject entry{
        {QStringLiteral("name"), model.upstreamId.isEmpty() ? model.id : model.upstreamId},
        {QStringLiteral("model"), model.id},
        {QStringLiteral("modified_at"), QStringLiteral("2025-09-01T12:00:00.000000000Z")},
        {QStringLiteral("size"), model.sizeBytes},
        {QStringLiteral("digest"), sha256Hex(model.id)},
        {QStringLiteral("details"),
         QJsonObject{{QStringLiteral("parent_model"), QString()},
                     {QStringLiteral("format"), QStringLiteral("gguf")},
                     {QStringLiteral("family"), family},
                     {QStringLiteral("families"), QJsonArray{family}},
                     {QStringLiteral("parameter_size"), model.parameterSize},
                     {QStringLiteral("quantization_level"), QStringLiteral("Q4_K_M")}}},
        {QStringLiteral("urls"), QJsonArray{0}},
    };
    if (hasConnectionType())
        entry.insert(QStringLiteral("connection_type"), model.connectionType);
    return entry;
}

FakeGenerationSlots::Booking FakeServerState::startGeneration(const FakeModel& model, int generationMs)
{
    if (model.ownedBy != QLatin1String("ollama")) {
        FakeGenerationSlots::Booking booking; // a provider serves many at once: no wait
        return booking;
    }
    const qsizetype evictedBefore = ollamaMemory.evictions().size();
    const int loadMs = ollamaMemory.use(0, model.id, model.sizeBytes);
    QStringList unloaded;
    for (const QString& eviction : ollamaMemory.evictions().mid(evictedBefore))
        unloaded << eviction.section(QLatin1Char(':'), 1);
    return generationSlots.book(0, model.id, loadMs, unloaded, generationMs);
}

QJsonObject FakeServerState::providerRawModel(const FakeModel& model)
{
    return QJsonObject{
        {QStringLiteral("id"), model.id},
        {QStringLiteral("object"), QStringLiteral("model")},
        {QStringLiteral("created"), kCreated},
        {QStringLiteral("owned_by"),
         model.ownedBy == QLatin1String("ollama") ? QStringLiteral("system") : model.ownedBy},
    };
}

const Provider* FakeServerState::providerFor(const QString& url) const
{
    const QString wanted = normalizedUrl(url);
    for (const Provider& provider : providers) {
        if (provider.url == wanted)
            return &provider;
    }
    return nullptr;
}

// Models that OpenAI connection `index` contributes (routers/openai.py get_all_models).
QList<ListedModel> FakeServerState::connectionModels(int index) const
{
    QList<ListedModel> result;
    const QJsonArray urls = openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray();
    const QJsonArray keys = openAiConfig.value(QStringLiteral("OPENAI_API_KEYS")).toArray();
    const QJsonObject configs = openAiConfig.value(QStringLiteral("OPENAI_API_CONFIGS")).toObject();
    if (index < 0 || index >= urls.size())
        return result;
    const QJsonObject config = configs.value(QString::number(index)).toObject();
    if (!config.value(QStringLiteral("enable")).toBool(true))
        return result;
    const Provider* provider = providerFor(urls.at(index).toString());
    if (!provider)
        return result; // the server cannot reach it
    const QString key = index < keys.size() ? keys.at(index).toString() : QString();

    QList<FakeModel> offered;
    const QJsonArray modelIds = config.value(QStringLiteral("model_ids")).toArray();
    if (modelIds.isEmpty()) {
        const QJsonObject headers = config.value(QStringLiteral("headers")).toObject();
        const bool headerOk =
            provider->requiredHeader.isEmpty() ||
            headers.value(provider->requiredHeader).toString() == provider->requiredHeaderValue;
        if ((key != provider->key && !provider->openModelList) || !headerOk)
            return result; // /models answered 401: the connection contributes nothing
        offered = provider->models;
    } else {
        // A shortlist is exposed as is, without asking the provider.
        for (const QJsonValue& idValue : modelIds) {
            const QString id = idValue.toString();
            FakeModel model;
            model.id = id;
            for (const FakeModel& known : provider->models) {
                if (known.id == id)
                    model = known;
            }
            offered.append(model);
        }
    }

    const QString prefix = config.value(QStringLiteral("prefix_id")).toString();
    const QString connectionType =
        config.value(QStringLiteral("connection_type")).toString(QStringLiteral("external"));
    const QJsonArray tags = config.value(QStringLiteral("tags")).toArray();
    for (const FakeModel& raw : offered) {
        FakeModel model = raw;
        model.id = prefix.isEmpty() ? raw.id : prefix + QLatin1Char('.') + raw.id;
        model.name = raw.name.isEmpty() ? raw.id : raw.name;
        model.ownedBy = QStringLiteral("openai");
        model.connectionType = connectionType;
        model.sizeBytes = 0;
        model.openAiUrlIdx = index;
        model.upstreamId = raw.id; // routers/openai.py strips prefix_id before the call
        QJsonObject json = baseModelJson(model);
        // routers/openai.py get_all_models rewrites the provider's entry in place, so the raw
        // `openai` object carries the prefixed id too.
        QJsonObject raw0 = providerRawModel(raw);
        raw0.insert(QStringLiteral("id"), model.id);
        json.insert(QStringLiteral("openai"), raw0);
        json.insert(QStringLiteral("urlIdx"), index);
        json.insert(QStringLiteral("tags"), tags);
        result.append({model, json});
    }
    return result;
}

QList<ListedModel> FakeServerState::openAiModels() const
{
    QList<ListedModel> result;
    if (!openAiEnabled())
        return result;
    for (const FakeModel& listedModel : models) {
        if (listedModel.ownedBy == QLatin1String("openai") && listedModel.baseModelId.isEmpty()) {
            FakeModel model = listedModel;
            model.upstreamId = model.id;
            QJsonObject json = baseModelJson(model);
            json.insert(QStringLiteral("openai"), providerRawModel(model));
            json.insert(QStringLiteral("urlIdx"), qMax(0, model.openAiUrlIdx));
            result.append({model, json});
        }
    }
    const int connections = int(openAiConfig.value(QStringLiteral("OPENAI_API_BASE_URLS")).toArray().size());
    for (int i = 0; i < connections; ++i)
        result.append(connectionModels(i));
    return result;
}

// What GET /api/models lists; `admin` sees private models too.
QList<ListedModel> FakeServerState::currentModels(bool admin) const
{
    QList<ListedModel> all;
    for (const FakeModel& raw : models) {
        if (!raw.baseModelId.isEmpty())
            continue; // workspace models come after their bases
        FakeModel model = raw;
        model.upstreamId = raw.id;
        if (model.ownedBy == QLatin1String("ollama") && (!ollamaEnabled || !ollamaReachable))
            continue; // routers/ollama.py get_all_models: nothing from a disabled or unreachable Ollama
        if (model.ownedBy == QLatin1String("ollama") && !ollamaModelIds.isEmpty() &&
            !ollamaModelIds.contains(raw.id))
            continue; // routers/ollama.py: a model_ids allow-list leaves the others out entirely
        if (model.ownedBy == QLatin1String("ollama")) {
            // routers/ollama.py get_all_models: the connection's prefix_id goes in front of
            // the id only; Ollama's own name stays as it is.
            if (!raw.prefixId.isEmpty())
                model.id = raw.prefixId + QLatin1Char('.') + raw.id;
            QJsonObject json = baseModelJson(model);
            json.insert(QStringLiteral("ollama"), ollamaEntry(model));
            all.append({model, json});
        } else if (model.ownedBy != QLatin1String("openai")) {
            all.append({model, baseModelJson(model)});
        }
    }
    all.append(openAiModels());
    // utils/models.py get_all_models: a workspace model with a base_model_id is listed as a
    // preset with its record in `info`, owned like its base.
    for (const FakeModel& raw : models) {
        if (raw.baseModelId.isEmpty())
            continue;
        FakeModel model = raw;
        QJsonObject json = baseModelJson(model);
        json.insert(QStringLiteral("preset"), true);
        json.insert(QStringLiteral("info"), recordJson(model));
        all.append({model, json});
    }

    QList<ListedModel> result;
    QSet<QString> seen;
    for (ListedModel listed : all) {
        if (seen.contains(listed.model.id))
            continue; // duplicates by id collapse, first wins
        seen.insert(listed.model.id);
        if (records.contains(listed.model.id)) {
            // utils/models.py get_all_models: `info` is the record as stored now.
            listed.model = withStoredRecord(listed.model);
            listed.json.insert(QStringLiteral("name"), listed.model.name);
            if (listed.model.hasRecord)
                listed.json.insert(QStringLiteral("info"), recordJson(listed.model));
            else
                listed.json.remove(QStringLiteral("info"));
        }
        if (!admin && !usableByUsers(listed.model))
            continue; // utils/models.py get_filtered_models
        result.append(listed);
    }
    return result;
}

// The model as the server lists it to an admin, with its record as stored now.
std::optional<FakeModel> FakeServerState::listedModel(const QString& id) const
{
    for (const ListedModel& listed : currentModels(true)) {
        if (listed.model.id == id)
            return listed.model;
    }
    return std::nullopt;
}

bool FakeServerState::recordExists(const QString& id) const
{
    const auto stored = records.constFind(id);
    if (stored != records.constEnd())
        return stored->exists;
    const std::optional<FakeModel> model = listedModel(id);
    return model && model->hasRecord;
}

} // namespace tma::test::fake
