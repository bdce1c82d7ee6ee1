// ServerUrl::normalize on anything a user can type or paste as "the server", then ServerAddress's
// key(), isLoopback() and isInsecureRemote() on the result.
// Checks: a failure is an invalid URL plus an explanation; a success has no error, an http(s)
// scheme, a lower-case host, no user info, query, fragment or trailing slash, no front-end page in
// its path, and is a fixed point (normalising it again gives the same URL and the same key()); a
// scheme was only added as plain http for a loopback host.
#include "FuzzCheck.h"
#include "ServerAddress.h"
#include "ServerUrl.h"

using tma::ServerAddress;
using tma::ServerUrl;

static const QStringList kFrontendRoutes = {
    QStringLiteral("admin"),      QStringLiteral("auth"),  QStringLiteral("c"),
    QStringLiteral("workspace"),  QStringLiteral("settings"), QStringLiteral("playground"),
    QStringLiteral("notes"),      QStringLiteral("channels"), QStringLiteral("home"),
    QStringLiteral("api"),        QStringLiteral("ollama"), QStringLiteral("openai")};

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    QString error = QStringLiteral("stale");
    const QUrl url = ServerUrl::normalize(input, &error);
    if (!url.isValid()) {
        FUZZ_CHECK(url.isEmpty() && !error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    FUZZ_CHECK(!url.host().isEmpty() && url.host() == url.host().toLower());
    FUZZ_CHECK(url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment());
    const QString path = url.path();
    FUZZ_CHECK(path.isEmpty() || (path.startsWith(QLatin1Char('/')) && !path.endsWith(QLatin1Char('/'))));
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& segment : segments)
        FUZZ_CHECK(!kFrontendRoutes.contains(segment));
    if (!input.contains(QLatin1String("://")))
        FUZZ_CHECK(url.scheme() == QLatin1String("https") || ServerUrl::isLoopback(url));
    const ServerAddress address(url);
    FUZZ_CHECK(address.url() == url); // an address already normalised stays as it is
    if (address.isInsecureRemote())
        FUZZ_CHECK(url.scheme() == QLatin1String("http") && !ServerUrl::isLoopback(url));

    const QString key = address.key();
    FUZZ_CHECK(key.startsWith(url.scheme() + QLatin1String("://")));
    QString againError;
    const QUrl again = ServerUrl::normalize(url.toString(), &againError);
    FUZZ_CHECK(again == url && againError.isEmpty());
    FUZZ_CHECK(ServerAddress(again).key() == key && ServerAddress(again) == address);
    return 0;
}
