#include "ServerAddress.h"

#include "ServerUrl.h"

namespace tma {

ServerAddress::ServerAddress(const QUrl& url)
    : m_url(url.isValid() ? ServerUrl::normalize(url.toString(QUrl::FullyEncoded)) : QUrl())
{}

std::optional<ServerAddress> ServerAddress::parse(const QString& typed, QString* error)
{
    const QUrl url = ServerUrl::normalize(typed, error);
    if (!url.isValid())
        return std::nullopt;
    ServerAddress address;
    address.m_url = url;
    return address;
}

QString ServerAddress::key() const
{
    if (!m_url.isValid())
        return {};
    const int defaultPort = m_url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3%4")
        .arg(m_url.scheme(), m_url.host())
        .arg(m_url.port(defaultPort))
        .arg(m_url.path());
}

bool ServerAddress::isLoopback() const
{
    return ServerUrl::isLoopback(m_url);
}

bool ServerAddress::isInsecureRemote() const
{
    return m_url.scheme() == QLatin1String("http") && !isLoopback();
}

} // namespace tma
