#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tma {

// What users type or paste as "the server" (with or without scheme, with a page path copied from the
// browser...) turned into Open WebUI's base URL. The address as a value (its key, its equality) is
// ServerAddress.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)
public:
    // Returns an invalid QUrl and sets *error (translated) when the input can't be a server address.
    static QUrl normalize(const QString& input, QString* error = nullptr);
    static bool isLoopback(const QUrl& url);
    // The user typed the scheme ("https://…") rather than leaving it to normalize().
    static bool hasScheme(const QString& input);
};

} // namespace tma
