#include "ModelFilter.h"

namespace tma {

ModelFilter::ModelFilter(const QString& text) : m_text(text.trimmed()) {}

bool ModelFilter::matches(const QString& id, const QString& name) const
{
    return m_text.isEmpty() || id.contains(m_text, Qt::CaseInsensitive) ||
           (!name.isEmpty() && name.contains(m_text, Qt::CaseInsensitive));
}

} // namespace tma
