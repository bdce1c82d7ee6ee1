#include "ServerVersion.h"

#include <QRegularExpression>

namespace tma {

ServerVersion ServerVersion::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,6}))?"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return ServerVersion(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).isEmpty() ? 0 : match.captured(3).toInt());
}

QString ServerVersion::toString() const
{
    if (!m_valid)
        return QStringLiteral("unknown");
    return QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
}

int ServerVersion::compare(const ServerVersion& other) const
{
    if (m_valid != other.m_valid)
        return m_valid ? -1 : 1;
    const int a[] = {m_major, m_minor, m_patch};
    const int b[] = {other.m_major, other.m_minor, other.m_patch};
    for (int i = 0; i < 3; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

} // namespace tma
