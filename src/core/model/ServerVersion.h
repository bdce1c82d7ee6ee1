#pragma once

#include <QString>

namespace tma {

// Open WebUI's version ("0.6.30", "v0.11.4", "0.5.0-dev") as comparable numbers.
class ServerVersion
{
public:
    ServerVersion() = default;
    ServerVersion(int major, int minor, int patch) : m_major(major), m_minor(minor), m_patch(patch), m_valid(true) {}
    static ServerVersion parse(const QString& text);

    bool isValid() const { return m_valid; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString toString() const;

    // -1, 0, 1; an invalid version sorts as newest (unknown servers are assumed current).
    int compare(const ServerVersion& other) const;
    bool operator<(const ServerVersion& other) const { return compare(other) < 0; }
    bool operator>=(const ServerVersion& other) const { return compare(other) >= 0; }

private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    bool m_valid = false;
};

} // namespace tma
