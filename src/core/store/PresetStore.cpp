#include "PresetStore.h"

#include "AppPaths.h"
#include "JsonFile.h"

#include <QJsonArray>

namespace tma {

PresetStore::PresetStore(const QString& path) : m_path(path.isEmpty() ? AppPaths::presetsFile() : path) {}

bool PresetStore::isBuiltInId(const QString& id)
{
    return id == QLatin1String("local") || id == QLatin1String("hosted") || id == QLatin1String("quiet") ||
           id == QLatin1String("original");
}

bool PresetStore::load(QString* error)
{
    m_presets.clear();
    QJsonObject json;
    QString readError;
    if (!JsonFile::read(m_path, &json, &readError)) {
        if (error)
            *error = readError;
        return readError.isEmpty(); // no file yet is fine
    }
    const QJsonArray items = json.value(QLatin1String("presets")).toArray();
    QStringList problems;
    for (const QJsonValue& item : items) {
        QString problem;
        std::optional<Preset> preset = Preset::fromJson(item.toObject(), &problem);
        if (preset)
            m_presets << *preset;
        else
            problems << problem;
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

bool PresetStore::save(QString* error) const
{
    QJsonArray items;
    for (const Preset& preset : m_presets)
        items.append(preset.toJson());
    return JsonFile::write(m_path, QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("presets"), items}},
                           error);
}

bool PresetStore::upsert(const Preset& preset, QString* error)
{
    if (isBuiltInId(preset.id) || preset.id.isEmpty()) {
        if (error)
            *error = tr("\"%1\" is the name of a built-in preset; choose another name.").arg(preset.id);
        return false;
    }
    for (Preset& existing : m_presets) {
        if (existing.id == preset.id) {
            existing = preset;
            return true;
        }
    }
    m_presets << preset;
    return true;
}

bool PresetStore::remove(const QString& id)
{
    for (int i = 0; i < m_presets.size(); ++i) {
        if (m_presets.at(i).id == id) {
            m_presets.removeAt(i);
            return true;
        }
    }
    return false;
}

const Preset* PresetStore::find(const QString& id) const
{
    for (const Preset& preset : m_presets) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

} // namespace tma
