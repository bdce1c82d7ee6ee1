#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tma::cli {

// The parsed command line of task-model-assistant-cli. Secrets never come from here: only from the
// keychain, stdin or environment variables (see CliRunner).
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    QString command;        // login, status, presets, apply, pull, test, backup, backups, restore
    QStringList arguments;  // the command's positional arguments
    QString server;         // --server or OWUI_URL
    QString email;
    QString user; // --user: the LDAP user name (login --ldap)
    QString model;
    QString externalModel;
    QString providerUrl;
    QString chatModel;
    QStringList shortlist;
    QStringList alsoOff;
    int ollamaIndex = 0;
    int timeoutSeconds = 20;
    bool ldap = false; // login --ldap: sign in with an LDAP account
    bool apiKeyFromStdin = false;
    bool providerKeyFromStdin = false;
    bool original = false;
    bool makePublic = false; // apply: let every user run the task model (Visibility: Public)
    bool json = false;
    bool deep = false; // test: also the contention test (chat speed while the tasks run)
    bool noKeychain = false;
    bool verbose = false; // --verbose: the tma.* log categories on (stderr)
    bool help = false;
    bool version = false;

    // Parses argv; false with *error (translated) on a usage error.
    static bool parse(const QStringList& argv, CliOptions* options, QString* error);
    static QString helpText();
};

} // namespace tma::cli
