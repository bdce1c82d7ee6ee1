#pragma once

#include <QString>

namespace tma {

// What a filter field typed by the user keeps of a model list: names that contain the text
// anywhere, in any case ("3b" finds "qwen2.5:3b" and "Llama-3B-Instruct"). Empty keeps everything.
class ModelFilter
{
public:
    explicit ModelFilter(const QString& text = {});

    bool isActive() const { return !m_text.isEmpty(); }
    QString text() const { return m_text; }
    // `id` and, when it has one, the model's display name.
    bool matches(const QString& id, const QString& name = {}) const;

private:
    QString m_text;
};

} // namespace tma
