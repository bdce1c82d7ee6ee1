#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace tma {

// A server's one identity. What the user typed, the URL requests go to and the key its settings,
// keychain entries and backups are filed under are all this value: two addresses are the same
// server exactly when their keys match ("https://owui.example.com" and "owui.example.com:443/").
class ServerAddress
{
public:
    ServerAddress() = default;
    // Normalised as typed text is (ServerUrl::normalize): any QUrl — a stored profile, a fake
    // server's url() — becomes an address in one step, so no caller compares raw URLs.
    ServerAddress(
        const QUrl& url); // NOLINT(google-explicit-constructor): a QUrl is an address once normalised
    // What users type or paste (no scheme, a page of the web app…); nullopt and *error (translated)
    // when it can't be a server.
    static std::optional<ServerAddress> parse(const QString& typed, QString* error = nullptr);

    bool isValid() const { return m_url.isValid(); }
    const QUrl& url() const { return m_url; }
    QString toString() const { return m_url.toString(); }
    // Stable text form for settings, the keychain and backups: scheme://host:port/path, the port
    // always written out.
    QString key() const;
    bool isLoopback() const;
    // Plain http to another machine: the password or key would travel unencrypted.
    bool isInsecureRemote() const;

    friend bool operator==(const ServerAddress& a, const ServerAddress& b) { return a.key() == b.key(); }
    friend bool operator!=(const ServerAddress& a, const ServerAddress& b) { return !(a == b); }

private:
    QUrl m_url;
};

} // namespace tma
