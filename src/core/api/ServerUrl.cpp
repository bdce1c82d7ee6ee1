#include "ServerUrl.h"

#include <QHostAddress>
#include <QStringList>

#include <algorithm>

namespace tma {
namespace {

// First path segments of Open WebUI's own web pages: when a user pastes such a link, the server is
// the part before it.
const QStringList kFrontendRoutes = {QStringLiteral("admin"), QStringLiteral("auth"), QStringLiteral("c"),
                                     QStringLiteral("workspace"), QStringLiteral("settings"),
                                     QStringLiteral("playground"), QStringLiteral("notes"),
                                     QStringLiteral("channels"), QStringLiteral("home"),
                                     QStringLiteral("api"), QStringLiteral("ollama"), QStringLiteral("openai")};

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QUrl ServerUrl::normalize(const QString& input, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QUrl();
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the address of your Open WebUI server, for example http://localhost:3000."));
    if (text.contains(QLatin1Char(' ')))
        return fail(tr("A server address cannot contain spaces."));
    if (!text.contains(QLatin1String("://"))) {
        // Let QUrl find the host: "[::1]:3000" has colons inside the host itself.
        const QString host = QUrl(QStringLiteral("http://") + text).host();
        // Local servers almost always run plain http; anything else should use https.
        text.prepend(isLoopbackHost(host) ? QStringLiteral("http://") : QStringLiteral("https://"));
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a valid server address.").arg(input.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(tr("The address must start with http:// or https://."));
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment({});
    // A %20 in the path decodes to a space: toString() would show an address normalize() refuses.
    const QString path = url.path();
    if (std::any_of(path.begin(), path.end(), [](QChar c) { return c.isSpace(); }))
        return fail(tr("A server address cannot contain spaces."));
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i < segments.size(); ++i) {
        if (kFrontendRoutes.contains(segments.at(i))) {
            segments = segments.mid(0, i);
            break;
        }
    }
    url.setPath(segments.isEmpty() ? QString()
                                   : QLatin1Char('/') + segments.join(QLatin1Char('/'))); // not prose: a path
    if (error)
        error->clear();
    return url;
}

bool ServerUrl::hasScheme(const QString& input)
{
    return input.trimmed().contains(QLatin1String("://"));
}

bool ServerUrl::isLoopback(const QUrl& url)
{
    return isLoopbackHost(url.host());
}

} // namespace tma
