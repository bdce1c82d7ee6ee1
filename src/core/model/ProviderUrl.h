#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace tma {

// The base URL of an OpenAI-compatible provider (https://openrouter.ai/api/v1), in one form
// everywhere: what the server is sent, what its connection list is searched for, and what names the
// key in the keychain. Open WebUI appends "/models" and "/chat/completions" to it as typed
// (routers/openai.py verify_connection, generate_chat_completion), and its own connection form
// drops a trailing slash first; so does this.
class ProviderUrl
{
    Q_DECLARE_TR_FUNCTIONS(ProviderUrl)
public:
    // Trimmed, trailing slashes dropped; http or https with a host, else nullopt and *error
    // (translated) says why.
    static std::optional<ProviderUrl> parse(const QString& input, QString* error = nullptr);
    static ProviderUrl openRouter();

    const QString& text() const { return m_text; }
    // The keychain entry of the provider's key ("provider|<url>"), shared by every server.
    QString keychainKey() const;
    // Plain http to another machine than the server: the key would cross the network unencrypted.
    bool isInsecureRemote() const;
    // Whether a URL in the server's connection list names this provider (case and trailing slashes
    // aside, as admins type them).
    bool sameAs(const QString& listed) const;
    // The same rule for two URLs as typed, valid or not: the server's list holds whatever admins
    // typed, and a connection added from such a text must be found by it again.
    static bool sameProvider(const QString& a, const QString& b);

private:
    explicit ProviderUrl(const QString& text) : m_text(text) {}
    QString m_text;
};

} // namespace tma
