#pragma once

#include "Preset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tma {

// The user's saved presets (one JSON file, written atomically). Built-ins are not stored: they are
// made from the server's models when needed (see Preset::local/hosted/quiet).
class PresetStore
{
    Q_DECLARE_TR_FUNCTIONS(PresetStore)
public:
    explicit PresetStore(const QString& path = {});

    QList<Preset> presets() const { return m_presets; }
    bool load(QString* error = nullptr);
    bool save(QString* error = nullptr) const;

    // Adds or replaces (by id) a user preset; built-in ids are refused.
    bool upsert(const Preset& preset, QString* error = nullptr);
    bool remove(const QString& id);
    const Preset* find(const QString& id) const;

    static bool isBuiltInId(const QString& id);

private:
    QString m_path;
    QList<Preset> m_presets;
};

} // namespace tma
