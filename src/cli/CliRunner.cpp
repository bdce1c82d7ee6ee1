#include "CliRunner.h"

#include "ApiReply.h"
#include "BackupMaker.h"
#include "BackupStore.h"
#include "CliReport.h"
#include "Console.h"
#include "ContentionReport.h"
#include "ContentionTest.h"
#include "DisplayText.h"
#include "ExitCode.h"
#include "LogCategories.h"
#include "ModelPuller.h"
#include "OpenWebUiClient.h"
#include "PresetStore.h"
#include "ProviderUrl.h"
#include "PullStatusText.h"
#include "SecretStore.h"
#include "ServerAddress.h"
#include "ServerForgetter.h"
#include "ServerUrl.h"
#include "SettingsReader.h"
#include "SignInAdvice.h"
#include "TaskProbe.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimer>

namespace tma::cli {

CliRunner::CliRunner(const CliOptions& options, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_options(options), m_secrets(secrets)
{
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    qCInfo(lcCli, "%s: exit code %d", qUtf8Printable(m_options.command), code);
    // Leave the event loop after the current handler returns.
    QTimer::singleShot(0, this, [this, code]() { Q_EMIT done(code); });
}

void CliRunner::fail(const ApiError& error)
{
    if (m_options.json && (m_options.command == QLatin1String("status") || m_options.command == QLatin1String("test")))
        Console::json(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), CliReport::errorJson(error)}});
    Console::err(tr("Error: %1").arg(DisplayText::forTerminal(error.message())));
    if (error.kind() == ApiError::Kind::SessionExpired)
        Console::err(tr("Sign in again with: task-model-assistant-cli login --server %1").arg(m_server.toString()));
    if (error.kind() == ApiError::Kind::Tls && !error.certificate().sha256.isEmpty())
        Console::err(tr("Certificate: %1, issued by %2, SHA-256 %3")
                         .arg(DisplayText::forTerminal(error.certificate().subject),
                              DisplayText::forTerminal(error.certificate().issuer),
                              error.certificate().sha256));
    finish(exitCodeFor(error));
}

void CliRunner::failUsage(const QString& message)
{
    failWith(Usage, message + QLatin1Char('\n') + tr("Run task-model-assistant-cli --help for usage."));
}

void CliRunner::interrupt()
{
    if (m_finished)
        return;
    if (m_applier && m_applier->isBusy()) {
        const bool mayHaveChanged = m_applier->serverMayHaveChanged();
        const QString backupId = m_applier->backupId();
        m_applier->cancel();
        if (!mayHaveChanged) {
            Console::err(tr("Stopped before anything on the server was changed."));
        } else {
            Console::err(
                tr("Stopped while saving: the server may already hold some or all of the new settings."));
            Console::err(backupId.isEmpty()
                             ? tr("Check them with: status")
                             : tr("Check them with: status. To put back the settings from before: restore %1")
                                   .arg(backupId));
        }
    } else if (m_contention && m_contention->isBusy()) {
        // What the speed test measured so far is still worth showing.
        m_contention->cancel();
        for (const QString& line : CliReport::contentionText(m_contention->result()))
            Console::err(line);
    } else {
        Console::err(tr("Stopped."));
    }
    finish(Interrupted);
}

void CliRunner::failWith(int code, const QString& message)
{
    Console::err(tr("Error: %1").arg(message));
    finish(code);
}

void CliRunner::start()
{
    const QString command = m_options.command;
    qCInfo(lcCli, "command %s %s", qUtf8Printable(command),
           qUtf8Printable(m_options.arguments.join(QLatin1Char(' ')))); // not prose: the log's record
    if (command == QLatin1String("presets") && m_options.server.isEmpty() && !ServerProfiles::current())
        return runPresets();
    // Forgetting is never done to "the last server" by default: the server is named.
    if (command == QLatin1String("forget") && m_options.server.isEmpty())
        return failUsage(tr("forget needs the server to forget: --server URL."));
    QString serverText = m_options.server;
    if (serverText.isEmpty()) {
        if (const std::optional<ServerProfile> current = ServerProfiles::current())
            serverText = current->url.toString();
    }
    if (serverText.isEmpty())
        return failUsage(tr("Which server? Give --server URL or set OWUI_URL."));
    QString error;
    m_server = ServerUrl::normalize(serverText, &error);
    if (!m_server.isValid())
        return failUsage(error);
    m_profile = ServerProfiles::find(m_server);
    if (command == QLatin1String("forget"))
        return runForget();

    // Secrets come from stdin or the environment, never from the command line.
    if (m_options.apiKeyFromStdin) {
        m_apiKey = Console::readSecret(tr("Open WebUI API key: ")).trimmed();
        if (m_apiKey.isEmpty())
            return failUsage(tr("--api-key-stdin was given but no key was read from stdin."));
    } else {
        m_apiKey = qEnvironmentVariable("OWUI_API_KEY").trimmed();
    }
    if (m_options.providerKeyFromStdin) {
        m_providerKey = Console::readSecret(tr("Provider API key: ")).trimmed();
        m_providerKeyIsNew = true;
        if (m_providerKey.isEmpty())
            return failUsage(tr("--provider-key-stdin was given but no key was read from stdin."));
    } else if (!qEnvironmentVariable("TASK_PROVIDER_API_KEY").isEmpty()) {
        m_providerKey = qEnvironmentVariable("TASK_PROVIDER_API_KEY").trimmed();
        m_providerKeyIsNew = true;
    }

    if (command == QLatin1String("presets"))
        return runPresets();
    if (command == QLatin1String("backups"))
        return runBackups();
    if (ServerAddress(m_server).isInsecureRemote())
        Console::err(tr("Warning: %1 uses plain http: the password or key travels unencrypted.").arg(m_server.toString()));

    m_client = new OpenWebUiClient(m_server, this);
    m_client->setTimeoutMs(m_options.timeoutSeconds * 1000);
    if (m_profile)
        m_client->setPinnedCertificate(m_profile->pinnedSha256);
    m_connector = new Connector(m_client, this);
    // "host:port" without a scheme is tried as https, and over plain http once if no TLS server is there.
    m_connector->setHttpFallback(!ServerUrl::hasScheme(serverText));
    connect(m_connector, &Connector::connected, this, &CliRunner::onConnected);
    connect(m_connector, &Connector::failed, this, &CliRunner::fail);
    connect(m_connector, &Connector::discovered, this, [this](const ServerInfo& info) {
        if (!info.plainHttpFallback || info.address() == ServerAddress(m_server))
            return;
        Console::err(SignInAdvice::plainHttpNote(info.url));
        m_server = info.url; // what answered is what is remembered and backed up
        if (!m_profile)
            m_profile = ServerProfiles::find(m_server);
    });
    connectToServer();
}

void CliRunner::connectToServer()
{
    if (m_options.command == QLatin1String("login")) {
        Credentials credentials;
        if (!m_apiKey.isEmpty()) {
            credentials.token = m_apiKey;
            return connectWith(credentials);
        }
        // Discovery first: a server that cannot take a password is said so before asking for one.
        connect(m_connector, &Connector::probed, this, &CliRunner::loginAfterProbe);
        m_connector->probe();
        return;
    }
    if (!m_apiKey.isEmpty()) {
        Credentials credentials;
        credentials.token = m_apiKey;
        return connectWith(credentials);
    }
    readStoredCredential();
}

void CliRunner::loginAfterProbe(const ServerInfo& info)
{
    const SignInAdvice advice = SignInAdvice::forServer(info);
    if (advice.apiKeyOnly) // a trusted-header proxy: no password can get in
        return failWith(
            Auth, advice.text + QLatin1Char('\n') +
                      tr("Then sign in with: task-model-assistant-cli login --server %1 --api-key-stdin")
                          .arg(m_server.toString()));
    Credentials credentials;
    if (!info.authEnabled &&
        !m_options.ldap) // WEBUI_AUTH=False: nothing to ask, the server signs its admin in
        return m_connector->signInAfterProbe(credentials);
    if (m_options.ldap) {
        if (!info.ldapEnabled)
            return fail(ApiError(ApiError::Kind::LdapDisabled));
        credentials.method = AuthMethod::Ldap;
        credentials.ldapUser = m_options.user.trimmed();
        if (credentials.ldapUser.isEmpty() && m_profile && m_profile->method == AuthMethod::Ldap)
            credentials.ldapUser = m_profile->account;
        if (credentials.ldapUser.isEmpty() && Console::isInteractive()) {
            Console::err(tr("LDAP user name: "));
            credentials.ldapUser = Console::readLine().trimmed();
        }
        if (credentials.ldapUser.isEmpty())
            return failUsage(tr("login --ldap needs --user NAME, your LDAP user name."));
        credentials.password = Console::readSecret(tr("LDAP password for %1: ").arg(credentials.ldapUser));
    } else {
        if (!advice.text.isEmpty() && advice.preselect && *advice.preselect != AuthMethod::Password)
            Console::err(advice.text);
        if (advice.preselect == AuthMethod::Ldap)
            Console::err(
                tr("To sign in with LDAP: task-model-assistant-cli login --server %1 --ldap --user NAME")
                    .arg(m_server.toString()));
        credentials.email = m_options.email;
        if (credentials.email.isEmpty() && m_profile && m_profile->method != AuthMethod::Ldap)
            credentials.email = m_profile->account;
        if (credentials.email.isEmpty() && Console::isInteractive()) {
            Console::err(tr("Email: "));
            credentials.email = Console::readLine().trimmed();
        }
        if (credentials.email.isEmpty())
            return failUsage(tr("login needs --email (or an API key from --api-key-stdin / OWUI_API_KEY)."));
        credentials.password = Console::readSecret(tr("Password for %1: ").arg(credentials.email));
    }
    if (credentials.password.isEmpty())
        return failUsage(tr("No password was read from stdin."));
    m_connector->signInAfterProbe(credentials);
}

void CliRunner::readStoredCredential()
{
    if (m_options.noKeychain || !m_profile || m_profile->account.isEmpty())
        return failWith(Auth, tr("Not signed in to %1. Run: task-model-assistant-cli login --server %1 --email "
                                 "YOU@EXAMPLE.COM (or set OWUI_API_KEY).")
                                  .arg(m_server.toString()));
    const QString key = SecretStore::credentialKey(m_server, m_profile->account, m_profile->method);
    m_secrets->read(key, this, [this](const SecretStore::Result& result) {
        if (result.notFound)
            return failWith(Auth, tr("No saved sign-in for %1 in the keychain. Run: task-model-assistant-cli login "
                                     "--server %2")
                                      .arg(m_profile->account, m_server.toString()));
        if (!result.ok)
            return failWith(Failure, result.error);
        Credentials credentials;
        credentials.method = m_profile->method; // a saved LDAP session stays an LDAP one
        if (credentials.method == AuthMethod::Ldap)
            credentials.ldapUser = m_profile->account;
        credentials.token = result.secret;
        connectWith(credentials);
    });
}

void CliRunner::connectWith(const Credentials& credentials)
{
    m_connector->connectAs(credentials);
}

void CliRunner::onConnected(const Session& session)
{
    m_session = session;
    const QString command = m_options.command;
    if (command == QLatin1String("login"))
        return storeLogin();
    if (command == QLatin1String("status"))
        return runStatus();
    if (command == QLatin1String("apply"))
        return runApply();
    if (command == QLatin1String("pull"))
        return runPull();
    if (command == QLatin1String("test"))
        return runTest();
    if (command == QLatin1String("backup"))
        return runBackup();
    if (command == QLatin1String("restore"))
        return runRestore();
    failUsage(tr("Unknown command \"%1\".").arg(command));
}

void CliRunner::storeLogin()
{
    ServerProfile profile = m_profile.value_or(ServerProfile());
    profile.url = m_server;
    profile.account = m_session.account.isEmpty() ? m_session.email : m_session.account;
    profile.method = m_session.method;
    const QString summary = tr("Signed in to %1 as %2 (admin).")
                                .arg(DisplayText::forTerminal(m_session.server.displayName()),
                                     DisplayText::forTerminal(m_session.email));
    if (m_options.noKeychain) {
        Console::out(summary);
        Console::out(tr("Nothing was saved (--no-keychain)."));
        return finish(Ok);
    }
    const QString key = SecretStore::credentialKey(m_server, profile.account, m_session.method);
    m_secrets->write(key, m_client->credential(), this, [this, profile, summary](const SecretStore::Result& result) {
        if (!result.ok)
            return failWith(Failure, tr("Signed in, but the keychain could not store the session: %1").arg(result.error));
        ServerProfiles::save(profile);
        Console::out(summary);
        Console::out(tr("The session is kept in the system keychain."));
        finish(Ok);
    });
}

void CliRunner::runPresets()
{
    QList<Preset> presets{Preset::local(ModelCatalog::recommendedLocalModels().first()),
                          Preset::hosted({ProviderUrl::openRouter().text(), {}, {}},
                                         ModelCatalog::recommendedHostedModels().first()),
                          Preset::quiet()};
    PresetStore store;
    QString error;
    if (!store.load(&error))
        Console::err(tr("Warning: %1").arg(error));
    Console::out(tr("Built-in presets:"));
    Console::out(tr("  local    %1 (choose the model with --model; shown: the guide's recommendation)")
                     .arg(presets.at(0).summary()));
    Console::out(tr("  hosted   %1 (choose with --provider-url and --model)").arg(presets.at(1).summary()));
    // A row of the table: the preset's command-line name (the same in every language), its summary.
    Console::out(QStringLiteral("  quiet    %1").arg(presets.at(2).summary()));
    if (m_server.isValid() && BackupStore(m_server).original())
        Console::out(QStringLiteral("  original %1").arg(Preset::original({}).summary()));
    const QList<Preset> saved = store.presets();
    if (!saved.isEmpty()) {
        Console::out(tr("Your presets:"));
        for (const Preset& preset : saved)
            Console::out(QStringLiteral("  %1 %2").arg(preset.id, -8).arg(preset.summary()));
    }
    finish(Ok);
}

void CliRunner::runBackups()
{
    BackupStore store(m_server);
    const QList<Backup> backups = store.list();
    for (const QString& problem : store.problems())
        Console::err(tr("Warning: %1").arg(problem));
    if (backups.isEmpty()) {
        Console::out(tr("No backups of %1 yet.").arg(m_server.toString()));
        return finish(Ok);
    }
    for (const Backup& backup : backups) {
        // Reasons are stored in English ("apply quiet", "manual backup") and said in the user's language.
        QString reason = backup.reason;
        if (reason.startsWith(QLatin1String("apply ")))
            reason = tr("before applying %1").arg(reason.mid(6));
        else if (reason == QLatin1String("manual backup"))
            reason = tr("made by hand");
        Console::out(QStringLiteral("%1  %2  %3%4")
                         .arg(backup.id, QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat), reason,
                              backup.original ? tr("  (original)") : QString()));
    }
    Console::out(tr("Folder: %1").arg(store.directory()));
    finish(Ok);
}

void CliRunner::runStatus()
{
    // The settings and the models the server lists, together: one round trip.
    SettingsReader::read(m_client, m_session.server.taskApi, SettingsReader::Models::Listed, this,
                         [this](const SettingsReader::Result& result) {
                             if (result.configError.isError())
                                 return fail(result.configError);
                             showStatus(result);
                         });
}

void CliRunner::showStatus(const SettingsReader::Result& result)
{
    const TaskConfig& config = result.config;
    QStringList matching;
    if (Preset::quiet().matches(config))
        matching << QStringLiteral("quiet");
    BackupStore backups(m_server);
    if (const std::optional<Backup> original = backups.original()) {
        if (Preset::original(original->taskConfig).matches(config))
            matching << QStringLiteral("original");
    }
    PresetStore store;
    store.load();
    for (const Preset& preset : store.presets()) {
        if (preset.matches(config))
            matching << preset.id;
    }
    const int count = static_cast<int>(backups.list().size());
    // The models as the server lists them tell whether the task models work for everyone. Status
    // still answers when only the model list fails (a restricted API key).
    QList<PresetIssue> issues;
    if (!result.modelsError.isError())
        issues = PresetValidator::validateCurrent(config, result.models);
    else
        Console::err(tr("The server's models could not be read, so the task models were not checked. %1")
                         .arg(DisplayText::forTerminal(result.modelsError.message())));
    if (m_options.json)
        Console::json(CliReport::statusJson(m_session, config, matching, count, issues));
    else
        for (const QString& line : CliReport::statusText(m_session, config, matching, count, issues))
            Console::out(line);
    finish(Ok);
}

void CliRunner::runApply()
{
    if (m_options.arguments.isEmpty())
        return failUsage(tr("apply needs a preset: local, hosted, quiet or one of yours."));
    const QString name = m_options.arguments.first();
    Preset preset;
    if (name == QLatin1String("local")) {
        if (m_options.model.isEmpty())
            return runLocalWithoutModel();
        preset = Preset::local(m_options.model);
        if (!m_options.externalModel.isEmpty())
            preset.taskModelExternal = m_options.externalModel;
    } else if (name == QLatin1String("hosted")) {
        return runHosted();
    } else if (name == QLatin1String("quiet")) {
        preset = Preset::quiet();
    } else if (name == QLatin1String("original")) {
        m_options.original = true;
        return runRestore();
    } else {
        PresetStore store;
        QString error;
        store.load(&error);
        const Preset* saved = store.find(name);
        if (!saved)
            return failUsage(error.isEmpty() ? tr("There is no preset \"%1\".").arg(name) : error);
        preset = *saved;
        if (!addAlsoOff(preset))
            return;
        if (preset.connection && m_providerKey.isEmpty()) {
            const QString keyRef = preset.connection->keychainKey();
            m_secrets->read(keyRef, this, [this, preset](const SecretStore::Result& result) {
                if (!result.ok)
                    return failWith(Auth, result.error.isEmpty()
                                              ? tr("The provider key for %1 is not in the keychain.").arg(preset.connection->url)
                                              : result.error);
                m_providerKey = result.secret;
                applyPreset(preset);
            });
            return;
        }
        return applyPreset(preset);
    }
    if (addAlsoOff(preset))
        applyPreset(preset);
}

bool CliRunner::addAlsoOff(Preset& preset)
{
    for (const QString& id : std::as_const(m_options.alsoOff)) {
        Automation automation{};
        if (!Automations::fromId(id, &automation)) {
            failUsage(tr("Unknown automation \"%1\" in --also-off.").arg(id));
            return false;
        }
        preset.automations.insert(automation, false);
    }
    return true;
}

void CliRunner::runLocalWithoutModel()
{
    // No --model: use a recommended small model if the server has one, else say what it has.
    SettingsReader::readModels(
        m_client, SettingsReader::Models::Fresh, this, [this](const SettingsReader::Result& result) {
            if (!result.ok())
                return fail(result.error());
            const QList<ModelInfo> candidates = result.models.localTaskCandidates();
            const QStringList recommended = ModelCatalog::recommendedLocalModels();
            for (const ModelInfo& model : candidates) {
                if (recommended.contains(model.id)) {
                    Console::err(tr("Using %1, a recommended lightweight model this server has.")
                                     .arg(DisplayText::forTerminal(model.id)));
                    m_options.model = model.id;
                    m_models = result.models; // just read: the apply needn't read it again
                    return runApply();
                }
            }
            QStringList ids;
            for (const ModelInfo& model : candidates)
                ids << DisplayText::forTerminal(model.id);
            failUsage(tr("Choose the task model with --model. Local models on this server: %1. Or download a "
                         "recommended one first: task-model-assistant-cli pull qwen2.5:3b")
                          .arg(ids.isEmpty() ? tr("none") : QLocale().createSeparatedList(ids)));
        });
}

void CliRunner::runHosted()
{
    if (m_options.model.isEmpty())
        return failUsage(tr("apply hosted needs --model, for example --model %1.")
                             .arg(ModelCatalog::recommendedHostedModels().first()));
    HostedConnection connection;
    const std::optional<ProviderUrl> provider = m_options.providerUrl.isEmpty()
                                                    ? ProviderUrl::openRouter()
                                                    : ProviderUrl::parse(m_options.providerUrl);
    if (!provider)
        return failUsage(tr("--provider-url must start with https:// or http://."));
    connection.url = provider->text();
    connection.modelIds = m_options.shortlist.isEmpty() ? QStringList{m_options.model} : m_options.shortlist;
    if (!connection.modelIds.contains(m_options.model))
        connection.modelIds << m_options.model;
    connection.keyRef = provider->keychainKey();
    Preset preset = Preset::hosted(connection, m_options.model);
    if (!addAlsoOff(preset))
        return;
    if (!m_providerKey.isEmpty())
        return applyPreset(preset);
    if (m_options.noKeychain)
        return failWith(Auth, tr("The provider's API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY."));
    m_secrets->read(connection.keyRef, this, [this, preset](const SecretStore::Result& result) {
        if (!result.ok)
            return failWith(Auth, result.error.isEmpty()
                                      ? tr("The provider's API key is needed: --provider-key-stdin or "
                                           "TASK_PROVIDER_API_KEY (it is then kept in the keychain).")
                                      : result.error);
        m_providerKey = result.secret;
        applyPreset(preset);
    });
}

void CliRunner::applyPreset(Preset preset, const std::optional<Backup>& restoring)
{
    auto* applier = new ConfigApplier(m_client, m_session, std::make_unique<BackupStore>(m_server), this);
    m_applier = applier;
    applier->setProviderKey(m_providerKey);
    applier->setModels(m_models);
    applier->setShareModels(m_options.makePublic);
    if (restoring)
        applier->restoreFrom(*restoring);
    connect(applier, &ConfigApplier::stepChanged, this, [](ConfigApplier::Step step) {
        static const QStringList names = {tr("Reading the current settings…"),
                                          tr("Backing up…"),
                                          tr("Adding the connection…"),
                                          tr("Checking the models…"),
                                          tr("Saving the new settings…"),
                                          tr("Checking that they were kept…"),
                                          tr("Trying the provider with one short request…"),
                                          tr("Updating who may use the task model…"),
                                          tr("Reading back what the server holds after the save…")};
        Console::progress(names.value(static_cast<int>(step)));
    });
    connect(applier, &ConfigApplier::finished, this, [this, preset](const ConfigApplier::Report& report) {
        if (m_options.json)
            Console::json(CliReport::applyJson(preset, report, {}));
        else
            for (const QString& line : CliReport::applyText(preset, report))
                Console::out(line);
        if (m_profile) // only servers the user signed in to are remembered
            ServerProfiles::rememberApplied(m_server, preset.toJson());
        // A provider key given on stdin or in the environment is kept for the tray and later runs.
        if (preset.connection && m_providerKeyIsNew && !m_options.noKeychain) {
            m_secrets->write(preset.connection->keyRef, m_providerKey, this, [this](const SecretStore::Result& result) {
                if (!result.ok)
                    Console::err(tr("Warning: the provider key could not be kept in the keychain: %1").arg(result.error));
                finish(Ok);
            });
            return;
        }
        finish(Ok);
    });
    connect(applier, &ConfigApplier::failed, this,
            [this, preset](const ApiError& error, const ConfigApplier::Report& report) {
                if (m_options.json)
                    Console::json(CliReport::applyJson(preset, report, error));
                Console::err(ConfigApplier::serverStateText(report, false));
                if (ConfigApplier::mayApplyLate(report) && !report.backupId.isEmpty())
                    Console::err(
                        tr("Should it apply the save late after all: restore %1").arg(report.backupId));
                else if (!report.serverUnchanged)
                    Console::err(
                        report.backupId.isEmpty()
                            ? tr("Check them with: status")
                            : tr("Check them with: status. To put back the settings from before: restore %1")
                                  .arg(report.backupId));
                fail(error);
            });
    applier->apply(preset);
}

void CliRunner::runPull()
{
    if (m_options.arguments.isEmpty())
        return failUsage(tr("pull needs a model name, for example: pull qwen2.5:3b"));
    auto* puller = new ModelPuller(m_client, this);
    const QString model = m_options.arguments.first();
    connect(puller, &ModelPuller::progress, this,
            [model](const QString& status, qint64 completed, qint64 total) {
                Console::progress(PullStatusText::sentence(DisplayText::forTerminal(model), status, completed,
                                                           total, &DisplayText::forTerminal));
            });
    connect(puller, &ModelPuller::finished, this, [this, puller](const ModelCatalog&) {
        Console::out(tr("%1 is ready on the server.").arg(DisplayText::forTerminal(puller->listedModel())));
        finish(Ok);
    });
    connect(puller, &ModelPuller::failed, this, [this, model](const ApiError& error) {
        Console::err(tr("Downloading %1 failed.").arg(model));
        fail(error);
    });
    puller->pull(model, m_options.ollamaIndex);
}

void CliRunner::runTest()
{
    // A chosen chat model is looked up in the whole catalog, read with the settings; so is the
    // chat model the deep test sends its messages to.
    const auto models = m_options.chatModel.isEmpty() && !m_options.deep ? SettingsReader::Models::None
                                                                         : SettingsReader::Models::Fresh;
    SettingsReader::read(
        m_client, m_session.server.taskApi, models, this, [this](const SettingsReader::Result& result) {
            if (!result.ok())
                return fail(result.error());
            if (!m_options.chatModel.isEmpty() && !result.models.contains(m_options.chatModel))
                return failUsage(
                    tr("The server does not list the chat model \"%1\".").arg(m_options.chatModel));
            std::optional<ContentionPlan> plan;
            if (m_options.deep) {
                plan = ContentionPlan::make(result.config, result.models);
                if (!m_options.chatModel.isEmpty()) {
                    plan->chatModel = m_options.chatModel;
                    plan->localChat = result.models.find(m_options.chatModel)->isLocal();
                }
                // What it will send, before it sends anything (on stderr: --json keeps stdout clean).
                for (const QString& sentence : ContentionReport::planSentences(*plan))
                    Console::err(DisplayText::forTerminal(sentence));
            }
            auto* probe = new TaskProbe(m_client, m_session.server.taskApi, this);
            connect(probe, &TaskProbe::slotStarted, this,
                    [](ProbeResult::Slot slot, const QString& chatModel) {
                        Console::progress(slot == ProbeResult::Slot::Local
                                              ? tr("Running a title task in a chat with %1, a local model…")
                                                    .arg(DisplayText::forTerminal(chatModel))
                                              : tr("Running a title task in a chat with %1, an external model…")
                                                    .arg(DisplayText::forTerminal(chatModel)));
                    });
            connect(probe, &TaskProbe::finished, this, [this, plan](const QList<ProbeResult>& results) {
                if (plan)
                    return runContention(*plan, results);
                reportTest(results, std::nullopt);
            });
            connect(probe, &TaskProbe::failed, this, &CliRunner::fail);
            if (m_options.chatModel.isEmpty())
                return probe->run(result.config, result.models);
            // A chosen chat model: test only its slot, against the whole catalog.
            probe->setChatModel(m_options.chatModel);
            probe->run(result.config, result.models);
        });
}

void CliRunner::runContention(const ContentionPlan& plan, const QList<ProbeResult>& results)
{
    m_contention = new ContentionTest(m_client, m_session.server.taskApi, this);
    connect(m_contention, &ContentionTest::roundStarted, this, [](int round, int rounds) {
        Console::progress(tr("Chat speed test: message %1 of %2…").arg(round).arg(rounds));
    });
    connect(m_contention, &ContentionTest::finished, this,
            [this, results](const ContentionResult& contention) { reportTest(results, contention); });
    m_contention->run(plan);
}

void CliRunner::reportTest(const QList<ProbeResult>& results,
                           const std::optional<ContentionResult>& contention)
{
    if (m_options.json) {
        QJsonObject json = CliReport::testJson(results);
        if (contention)
            json.insert(QStringLiteral("contention"), CliReport::contentionJson(*contention));
        Console::json(json);
    } else {
        for (const QString& line : CliReport::testText(results))
            Console::out(line);
        if (contention)
            for (const QString& line : CliReport::contentionText(*contention))
                Console::out(line);
    }
    // The speed test measures; only the task test passes or fails.
    finish(CliReport::testPassed(results) ? Ok : TestFailed);
}

void CliRunner::runBackup()
{
    auto* maker = new BackupMaker(m_client, m_session, std::make_unique<BackupStore>(m_server), this);
    connect(maker, &BackupMaker::finished, this, [this, maker](const Backup& backup) {
        Console::out((backup.original ? tr("Backup %1 of the original settings saved in %2.")
                                      : tr("Backup %1 saved in %2."))
                         .arg(backup.id, maker->backups().directory()));
        finish(Ok);
    });
    connect(maker, &BackupMaker::failed, this, &CliRunner::fail);
    maker->make(QStringLiteral("manual backup"));
}

void CliRunner::runRestore()
{
    BackupStore store(m_server);
    std::optional<Backup> backup;
    QString which;
    if (m_options.original) {
        backup = store.original();
        which = tr("the original settings");
    } else if (!m_options.arguments.isEmpty()) {
        backup = store.find(m_options.arguments.first());
        which = m_options.arguments.first();
    } else {
        backup = store.latest();
        which = tr("the latest backup");
    }
    for (const QString& problem : store.problems())
        Console::err(tr("Warning: %1").arg(problem));
    if (!backup)
        return failWith(Failure, tr("There is no backup to restore (%1) for %2.").arg(which, m_server.toString()));
    Preset preset = Preset::original(backup->taskConfig);
    if (!backup->original) {
        preset.id = backup->id;
        preset.name = tr("backup %1").arg(backup->id);
    }
    applyPreset(preset, backup);
}

void CliRunner::runForget()
{
    if (!m_profile)
        return failWith(Failure,
                        tr("%1 is not a saved server: there is nothing to forget.").arg(m_server.toString()));
    if (m_options.noKeychain)
        return failUsage(
            tr("forget removes the server's sign-in from the keychain: it cannot run with --no-keychain."));
    auto* forgetter = new ServerForgetter(m_secrets, this);
    connect(forgetter, &ServerForgetter::finished, this, [this](const QUrl& server) {
        Console::out(
            tr("Forgot %1: its profile, the presets remembered for it and its sign-in in the keychain are "
               "removed. Its backups are kept (list them with: backups --server %1).")
                .arg(server.toString()));
        finish(Ok);
    });
    connect(forgetter, &ServerForgetter::failed, this, [this](const QUrl& server, const QString& error) {
        failWith(Failure,
                 tr("The sign-in of %1 could not be removed from the keychain, so the server is kept: %2")
                     .arg(server.toString(), error));
    });
    forgetter->forget(m_server);
}

} // namespace tma::cli
