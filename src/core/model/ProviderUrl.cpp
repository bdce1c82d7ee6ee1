#include "ProviderUrl.h"

#include "ServerAddress.h"

namespace tma {
namespace {

QString withoutTrailingSlashes(QString url)
{
    url = url.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

} // namespace

std::optional<ProviderUrl> ProviderUrl::parse(const QString& input, QString* error)
{
    const QString text = withoutTrailingSlashes(input);
    const QUrl url(text, QUrl::StrictMode);
    const bool webScheme = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (text.isEmpty() || !url.isValid() || !webScheme || url.host().isEmpty()) {
        if (error)
            *error = text.isEmpty()
                         ? tr("Enter the provider's URL, for example https://openrouter.ai/api/v1.")
                         : tr("The provider URL must be a web address that starts with https:// (or "
                              "http:// for a provider on the server's own network).");
        return std::nullopt;
    }
    return ProviderUrl(text);
}

ProviderUrl ProviderUrl::openRouter()
{
    return ProviderUrl(QStringLiteral("https://openrouter.ai/api/v1"));
}

QString ProviderUrl::keychainKey() const
{
    return QStringLiteral("provider|") + m_text;
}

bool ProviderUrl::isInsecureRemote() const
{
    return ServerAddress(QUrl(m_text)).isInsecureRemote();
}

bool ProviderUrl::sameAs(const QString& listed) const
{
    return sameProvider(m_text, listed);
}

bool ProviderUrl::sameProvider(const QString& a, const QString& b)
{
    return withoutTrailingSlashes(a).compare(withoutTrailingSlashes(b), Qt::CaseInsensitive) == 0;
}

} // namespace tma
