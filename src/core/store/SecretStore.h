#pragma once

#include "ServerAddress.h"
#include "Session.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace tma {

// Where sign-in tokens, API keys and provider keys live: the OS keychain in the product, memory in
// tests. There is deliberately no plain-text implementation. All calls are asynchronous: a keychain
// may ask the user to unlock it.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false;
        QString secret;
        QString error; // translated, for the user
    };
    using Handler = std::function<void(const Result&)>;

    using QObject::QObject;

    // `handler` runs in `context`'s thread, and not at all if `context` is gone.
    virtual void read(const QString& key, QObject* context, Handler handler) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, Handler handler) = 0;
    virtual void remove(const QString& key, QObject* context, Handler handler) = 0;

    // Keys are scoped by server and account so several servers and accounts never collide.
    static QString sessionKey(const ServerAddress& server, const QString& account);
    static QString apiKeyKey(const ServerAddress& server, const QString& account);
    // A provider's key is named by its URL: ProviderUrl::keychainKey().
    // Where the sign-in of `account` on `server` is kept: a session token or an API key.
    static QString credentialKey(const ServerAddress& server, const QString& account, AuthMethod method);

    static constexpr const char* kService = "Task Model Assistant";
};

} // namespace tma
