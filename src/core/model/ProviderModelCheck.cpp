#include "ProviderModelCheck.h"

namespace tma {

ProviderModelCheck::Verdict ProviderModelCheck::check(const QStringList& offered, const QString& id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return Verdict::Empty;
    if (offered.isEmpty())
        return Verdict::CannotCheck;
    return offered.contains(trimmed) ? Verdict::Listed : Verdict::NotListed;
}

} // namespace tma
