#include "Rewording.h"

#include <QLabel>

namespace tma {

void Rewording::set(const void* target, std::function<void()> apply)
{
    apply();
    m_wordings.insert(target, std::move(apply));
}

void Rewording::setText(QLabel* label, Wording wording)
{
    if (!wording) {
        forget(label);
        label->clear();
        return;
    }
    set(label, [label, wording = std::move(wording)] { label->setText(wording()); });
}

void Rewording::forget(const void* target)
{
    m_wordings.remove(target);
}

void Rewording::rewordAll() const
{
    for (const std::function<void()>& apply : m_wordings)
        apply();
}

} // namespace tma
