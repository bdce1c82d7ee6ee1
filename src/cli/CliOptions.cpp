#include "CliOptions.h"

#include <QCommandLineParser>

namespace tma::cli {
namespace {

const QStringList kCommands = {QStringLiteral("login"),  QStringLiteral("status"),  QStringLiteral("presets"),
                               QStringLiteral("apply"),  QStringLiteral("pull"),    QStringLiteral("test"),
                               QStringLiteral("backup"), QStringLiteral("backups"), QStringLiteral("restore"),
                               QStringLiteral("forget")};

QStringList splitList(const QString& text)
{
    QStringList items;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}

} // namespace

QString CliOptions::helpText()
{
    return tr(
        "Usage: task-model-assistant-cli [options] <command> [arguments]\n"
        "\n"
        "Sets up the task model of an Open WebUI server (the model that writes chat titles, tags,\n"
        "follow-ups and search queries), so that chats stay fast.\n"
        "\n"
        "Commands:\n"
        "  login [--email E]          sign in and keep the session in the keychain\n"
        "                             (password read from stdin, or asked for without echo)\n"
        "  login --ldap --user NAME   the same with an LDAP account (where the server offers LDAP)\n"
        "  status                     server, account, both task models and the automations\n"
        "  presets                    the presets you can apply\n"
        "  apply local --model ID     a lightweight local model for all chats\n"
        "        [--external-model ID] [--also-off LIST]\n"
        "  apply hosted --provider-url URL --model ID [--shortlist IDS]\n"
        "                             a model of an OpenAI-compatible provider (e.g. OpenRouter);\n"
        "                             its key from --provider-key-stdin, TASK_PROVIDER_API_KEY or\n"
        "                             the keychain\n"
        "  apply quiet                turn off autocomplete, tags, follow-ups, search and\n"
        "                             retrieval query generation (titles stay on)\n"
        "  apply PRESET               a preset you saved in the assistant\n"
        "  pull MODEL                 download an Ollama model through Open WebUI\n"
        "  test [--chat-model ID]     run a real title task per task-model slot and time it\n"
        "       [--deep]              then time a few chat messages while the background tasks\n"
        "                             run (lists its requests first; Ctrl+C stops it)\n"
        "  backup                     back up the server's task settings now\n"
        "  backups                    list the backups of this server\n"
        "  restore [ID | --original]  put back a backup (default: the latest)\n"
        "  forget --server URL        forget a saved server: its profile, remembered presets and\n"
        "                             sign-in in the keychain (its backups are kept)\n"
        "\n"
        "Options:\n"
        "  --server URL               the Open WebUI server (or OWUI_URL; default: the last one)\n"
        "  --email E                  the admin account (login)\n"
        "  --ldap                     sign in with an LDAP account (login)\n"
        "  --user NAME                the LDAP user name (login --ldap)\n"
        "  --api-key-stdin            read an Open WebUI API key from stdin (or set OWUI_API_KEY)\n"
        "  --provider-key-stdin       read the hosted provider's key from stdin (after the API key)\n"
        "  --also-off LIST            with apply: also turn off these automations (comma separated:\n"
        "                             autocomplete,tags,follow-ups,search-query,retrieval-query,title)\n"
        "  --make-public              with apply: let all users use the task model when only some\n"
        "                             may (Visibility: Public; undone by restore)\n"
        "  --ollama-index N           which Ollama connection pulls (default 0)\n"
        "  --timeout SECONDS          how long to wait for the server (default 20)\n"
        "  --no-keychain              neither read nor write the keychain\n"
        "  --json                     machine-readable output (status, test, apply)\n"
        "  --verbose                  log each request (status, time) and step to stderr, for bug\n"
        "                             reports; secrets are never logged\n"
        "  -h, --help                 this help\n"
        "  -v, --version              the version\n"
        "\n"
        "Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication, 4 not an admin,\n"
        "5 server unreachable, 6 validation or server error, 7 task test failed.");
}

bool CliOptions::parse(const QStringList& argv, CliOptions* options, QString* error)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption server(QStringLiteral("server"), {}, QStringLiteral("url"));
    const QCommandLineOption email(QStringLiteral("email"), {}, QStringLiteral("email"));
    const QCommandLineOption ldap(QStringLiteral("ldap"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("name"));
    const QCommandLineOption model(QStringLiteral("model"), {}, QStringLiteral("id"));
    const QCommandLineOption externalModel(QStringLiteral("external-model"), {}, QStringLiteral("id"));
    const QCommandLineOption providerUrl(QStringLiteral("provider-url"), {}, QStringLiteral("url"));
    const QCommandLineOption chatModel(QStringLiteral("chat-model"), {}, QStringLiteral("id"));
    const QCommandLineOption shortlist(QStringLiteral("shortlist"), {}, QStringLiteral("ids"));
    const QCommandLineOption alsoOff(QStringLiteral("also-off"), {}, QStringLiteral("list"));
    const QCommandLineOption ollamaIndex(QStringLiteral("ollama-index"), {}, QStringLiteral("n"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), {}, QStringLiteral("seconds"));
    const QCommandLineOption apiKeyStdin(QStringLiteral("api-key-stdin"));
    const QCommandLineOption providerKeyStdin(QStringLiteral("provider-key-stdin"));
    const QCommandLineOption original(QStringLiteral("original"));
    const QCommandLineOption makePublic(QStringLiteral("make-public"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    const QCommandLineOption deep(QStringLiteral("deep"));
    parser.addOptions({help,          version,          server,    email,      ldap,    user,        model,
                       externalModel, providerUrl,      chatModel, shortlist,  alsoOff, ollamaIndex, timeout,
                       apiKeyStdin,   providerKeyStdin, original,  makePublic, json,    noKeychain,  verbose,
                       deep});
    if (!parser.parse(argv)) {
        *error = parser.errorText();
        return false;
    }
    CliOptions result;
    result.help = parser.isSet(help);
    result.version = parser.isSet(version);
    result.server = parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("OWUI_URL");
    result.email = parser.value(email);
    result.ldap = parser.isSet(ldap);
    result.user = parser.value(user);
    result.model = parser.value(model);
    result.externalModel = parser.value(externalModel);
    result.providerUrl = parser.value(providerUrl);
    result.chatModel = parser.value(chatModel);
    result.shortlist = splitList(parser.value(shortlist));
    result.alsoOff = splitList(parser.value(alsoOff));
    result.apiKeyFromStdin = parser.isSet(apiKeyStdin);
    result.providerKeyFromStdin = parser.isSet(providerKeyStdin);
    result.original = parser.isSet(original);
    result.makePublic = parser.isSet(makePublic);
    result.json = parser.isSet(json);
    result.noKeychain = parser.isSet(noKeychain);
    result.verbose = parser.isSet(verbose);
    result.deep = parser.isSet(deep);
    bool ok = true;
    if (parser.isSet(ollamaIndex)) {
        result.ollamaIndex = parser.value(ollamaIndex).toInt(&ok);
        if (!ok || result.ollamaIndex < 0) {
            *error = tr("--ollama-index needs a number of 0 or more.");
            return false;
        }
    }
    if (parser.isSet(timeout)) {
        result.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || result.timeoutSeconds < 1 || result.timeoutSeconds > 3600) {
            *error = tr("--timeout needs a number of seconds between 1 and 3600.");
            return false;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        result.command = positional.first();
        result.arguments = positional.mid(1);
    }
    if (result.help || result.version) {
        *options = result;
        return true;
    }
    if (result.command.isEmpty()) {
        *error = tr("No command given.");
        return false;
    }
    if (!kCommands.contains(result.command)) {
        *error = tr("Unknown command \"%1\".").arg(result.command);
        return false;
    }
    if (result.ldap && !result.email.isEmpty()) {
        *error = tr("--ldap signs in with an LDAP user name (--user), not with --email.");
        return false;
    }
    *options = result;
    return true;
}

} // namespace tma::cli
