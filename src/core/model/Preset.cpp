#include "Preset.h"

#include "ProviderUrl.h"

#include <QJsonArray>
#include <QLocale>

namespace tma {
namespace {

Preset::Kind kindFromId(const QString& id, bool* ok)
{
    *ok = true;
    if (id == QLatin1String("local"))
        return Preset::Kind::Local;
    if (id == QLatin1String("hosted"))
        return Preset::Kind::Hosted;
    if (id == QLatin1String("quiet"))
        return Preset::Kind::Quiet;
    if (id == QLatin1String("original"))
        return Preset::Kind::Original;
    *ok = id == QLatin1String("custom");
    return Preset::Kind::Custom;
}

} // namespace

QString Preset::builtInName(Kind kind)
{
    switch (kind) {
    case Kind::Local:
        return tr("Lightweight local model");
    case Kind::Hosted:
        return tr("Hosted endpoint");
    case Kind::Quiet:
        return tr("Disable automations");
    case Kind::Original:
        return tr("Settings from before the assistant");
    case Kind::Custom:
        break;
    }
    return {};
}

QString Preset::shownName() const
{
    return kind != Kind::Custom && id == kindId() ? builtInName(kind) : name;
}

Preset Preset::local(const QString& model)
{
    Preset preset;
    preset.id = QStringLiteral("local");
    preset.name = builtInName(Kind::Local);
    preset.kind = Kind::Local;
    preset.taskModel = model;
    preset.taskModelExternal = model;
    return preset;
}

QString HostedConnection::keychainKey() const
{
    if (!keyRef.isEmpty())
        return keyRef;
    const std::optional<ProviderUrl> provider = ProviderUrl::parse(url);
    return provider ? provider->keychainKey() : QString();
}

Preset Preset::hosted(const HostedConnection& connection, const QString& model)
{
    Preset preset;
    preset.id = QStringLiteral("hosted");
    preset.name = builtInName(Kind::Hosted);
    preset.kind = Kind::Hosted;
    preset.taskModel = model;
    preset.taskModelExternal = model;
    preset.connection = connection;
    return preset;
}

Preset Preset::quiet()
{
    Preset preset;
    preset.id = QStringLiteral("quiet");
    preset.name = builtInName(Kind::Quiet);
    preset.kind = Kind::Quiet;
    // Titles stay: a sidebar of "New Chat" entries costs users more than one short request.
    preset.automations = {{Automation::Title, true},         {Automation::Tags, false},
                          {Automation::FollowUps, false},    {Automation::Autocomplete, false},
                          {Automation::SearchQuery, false},  {Automation::RetrievalQuery, false}};
    return preset;
}

Preset Preset::original(const QJsonObject& taskConfig)
{
    Preset preset;
    preset.id = QStringLiteral("original");
    preset.name = builtInName(Kind::Original);
    preset.kind = Kind::Original;
    preset.restoreConfig = taskConfig;
    return preset;
}

QStringList Preset::modelIds() const
{
    QStringList ids;
    for (const std::optional<QString>& slot : {taskModel, taskModelExternal}) {
        if (slot && !slot->isEmpty() && !ids.contains(*slot))
            ids << *slot;
    }
    return ids;
}

TaskConfig Preset::applyTo(const TaskConfig& current, QList<Automation>* skipped) const
{
    if (kind == Kind::Original) {
        // Put back only what the assistant changes (models and switches): prompt templates and
        // anything else an admin edited since the backup stay as they are now.
        QJsonObject json = current.json();
        const QStringList owned = TaskConfig::ownedKeys();
        for (const QString& key : owned) {
            if (restoreConfig.contains(key))
                json.insert(key, restoreConfig.value(key));
        }
        return TaskConfig(json);
    }
    TaskConfig result = current;
    if (taskModel)
        result.setTaskModel(*taskModel);
    if (taskModelExternal)
        result.setTaskModelExternal(*taskModelExternal);
    for (auto it = automations.begin(); it != automations.end(); ++it) {
        if (!current.has(it.key())) {
            if (skipped)
                skipped->append(it.key());
            continue;
        }
        result.setEnabled(it.key(), it.value());
    }
    return result;
}

bool Preset::matches(const TaskConfig& config) const
{
    if (kind == Kind::Original) {
        const QStringList owned = TaskConfig::ownedKeys();
        for (const QString& key : owned) {
            if (restoreConfig.contains(key) && restoreConfig.value(key) != config.json().value(key))
                return false;
        }
        return !restoreConfig.isEmpty();
    }
    if (taskModel && config.taskModel() != *taskModel)
        return false;
    if (taskModelExternal && config.taskModelExternal() != *taskModelExternal)
        return false;
    for (auto it = automations.begin(); it != automations.end(); ++it) {
        if (config.has(it.key()) && config.isEnabled(it.key()) != it.value())
            return false;
    }
    return setsModels() || !automations.isEmpty();
}

QString Preset::kindId() const
{
    switch (kind) {
    case Kind::Local: return QStringLiteral("local");
    case Kind::Hosted: return QStringLiteral("hosted");
    case Kind::Quiet: return QStringLiteral("quiet");
    case Kind::Original: return QStringLiteral("original");
    case Kind::Custom: return QStringLiteral("custom");
    }
    return {};
}

QString Preset::summary() const
{
    if (kind == Kind::Original)
        return tr("Puts back the task settings the server had before the assistant first changed them.");
    // Whole sentences, one per thing the preset does; lists in the locale's own form.
    QStringList sentences;
    if (taskModel && taskModelExternal && *taskModel == *taskModelExternal) {
        sentences << (taskModel->isEmpty() ? tr("Each chat's own model does the tasks.")
                                           : tr("Task model %1 for all chats.").arg(*taskModel));
    } else {
        if (taskModel)
            sentences << (taskModel->isEmpty()
                              ? tr("Chats with local models do their own tasks.")
                              : tr("Task model for chats with local models: %1.").arg(*taskModel));
        if (taskModelExternal)
            sentences << (taskModelExternal->isEmpty()
                              ? tr("Chats with external models do their own tasks.")
                              : tr("Task model for chats with external models: %1.").arg(*taskModelExternal));
    }
    QStringList off;
    QStringList on;
    for (auto it = automations.begin(); it != automations.end(); ++it)
        (it.value() ? on : off) << Automations::label(it.key());
    if (!off.isEmpty())
        sentences << tr("Turns off %1.").arg(QLocale().createSeparatedList(off));
    if (!on.isEmpty() && !off.isEmpty())
        sentences << tr("Keeps %1.").arg(QLocale().createSeparatedList(on));
    if (connection)
        sentences << tr("Through the provider at %1.").arg(connection->url);
    QString text = sentences.value(0);
    for (qsizetype i = 1; i < sentences.size(); ++i)
        text = tr("%1 %2", "two sentences in a row").arg(text, sentences.at(i));
    return text;
}

QJsonObject Preset::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("kind"), kindId()}};
    // A built-in preset is stored by its id and named when shown (see fromJson); a user's own keeps
    // the name they typed.
    if (kind == Kind::Custom || id != kindId())
        json.insert(QStringLiteral("name"), name);
    if (taskModel)
        json.insert(QStringLiteral("TASK_MODEL"), *taskModel);
    if (taskModelExternal)
        json.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), *taskModelExternal);
    QJsonObject switches;
    for (auto it = automations.begin(); it != automations.end(); ++it)
        switches.insert(Automations::id(it.key()), it.value());
    if (!switches.isEmpty())
        json.insert(QStringLiteral("automations"), switches);
    if (connection) {
        json.insert(QStringLiteral("connection"),
                    QJsonObject{{QStringLiteral("url"), connection->url},
                                {QStringLiteral("model_ids"), QJsonArray::fromStringList(connection->modelIds)},
                                {QStringLiteral("key_ref"), connection->keyRef}});
    }
    if (kind == Kind::Original)
        json.insert(QStringLiteral("restore"), restoreConfig);
    return json;
}

std::optional<Preset> Preset::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Preset> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Preset preset;
    preset.id = json.value(QLatin1String("id")).toString();
    preset.name = json.value(QLatin1String("name")).toString(preset.id);
    if (preset.id.isEmpty())
        return fail(tr("The preset has no id."));
    bool ok = false;
    preset.kind = kindFromId(json.value(QLatin1String("kind")).toString(), &ok);
    if (!ok)
        return fail(tr("The preset \"%1\" has an unknown kind.").arg(preset.id));
    // A built-in preset is named in the language shown now, not the one it was saved in (older
    // files hold the name translated).
    if (preset.kind != Kind::Custom && preset.id == preset.kindId())
        preset.name = builtInName(preset.kind);
    if (json.value(QLatin1String("TASK_MODEL")).isString())
        preset.taskModel = json.value(QLatin1String("TASK_MODEL")).toString();
    if (json.value(QLatin1String("TASK_MODEL_EXTERNAL")).isString())
        preset.taskModelExternal = json.value(QLatin1String("TASK_MODEL_EXTERNAL")).toString();
    const QJsonObject switches = json.value(QLatin1String("automations")).toObject();
    for (auto it = switches.begin(); it != switches.end(); ++it) {
        Automation automation{};
        if (!Automations::fromId(it.key(), &automation) || !it.value().isBool())
            return fail(tr("The preset \"%1\" has an unknown automation \"%2\".").arg(preset.id, it.key()));
        preset.automations.insert(automation, it.value().toBool());
    }
    const QJsonObject connection = json.value(QLatin1String("connection")).toObject();
    if (!connection.isEmpty()) {
        HostedConnection hosted;
        hosted.url = connection.value(QLatin1String("url")).toString();
        const QJsonArray ids = connection.value(QLatin1String("model_ids")).toArray();
        for (const QJsonValue& value : ids)
            hosted.modelIds << value.toString();
        hosted.keyRef = connection.value(QLatin1String("key_ref")).toString();
        if (hosted.url.isEmpty())
            return fail(tr("The preset \"%1\" has a connection without a URL.").arg(preset.id));
        preset.connection = hosted;
    }
    if (preset.kind == Kind::Original) // only "original" puts a whole config back (toJson() agrees)
        preset.restoreConfig = json.value(QLatin1String("restore")).toObject();
    if (!preset.setsModels() && preset.automations.isEmpty() && preset.restoreConfig.isEmpty())
        return fail(tr("The preset \"%1\" changes nothing.").arg(preset.id));
    return preset;
}

} // namespace tma
