// ServerVersion::parse on any version text (/api/version, /api/config, a backup's server_version).
// Input: up to 8 candidate strings, one per line.
// Checks: a valid version has components in the pattern's range and survives
// toString() -> parse() unchanged; an invalid one prints "unknown"; compare() is reflexive,
// antisymmetric and transitive, with invalid versions sorting after every valid one.
#include "FuzzCheck.h"
#include "ServerVersion.h"

using tma::ServerVersion;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    QList<ServerVersion> versions;
    for (const QByteArray& line : lines.mid(0, 8)) {
        const ServerVersion version = ServerVersion::parse(QString::fromUtf8(line));
        if (version.isValid()) {
            FUZZ_CHECK(version.major() >= 0 && version.major() <= 9999);
            FUZZ_CHECK(version.minor() >= 0 && version.minor() <= 9999);
            FUZZ_CHECK(version.patch() >= 0 && version.patch() <= 999999);
            const ServerVersion again = ServerVersion::parse(version.toString());
            FUZZ_CHECK(again.isValid() && again.compare(version) == 0);
            FUZZ_CHECK(again.major() == version.major() && again.minor() == version.minor() &&
                       again.patch() == version.patch());
        } else {
            FUZZ_CHECK(version.toString() == QLatin1String("unknown"));
            FUZZ_CHECK(ServerVersion(9999, 9999, 999999) < version);
        }
        versions << version;
    }
    for (const ServerVersion& a : versions) {
        FUZZ_CHECK(a.compare(a) == 0);
        for (const ServerVersion& b : versions) {
            FUZZ_CHECK(a.compare(b) == -b.compare(a));
            for (const ServerVersion& c : versions) {
                if (a.compare(b) <= 0 && b.compare(c) <= 0)
                    FUZZ_CHECK(a.compare(c) <= 0);
            }
        }
    }
    return 0;
}
