// task-model-assistant-cli: the same engine as the GUI, for scripts and terminals.
#include "AppIdentity.h"
#include "CliOptions.h"
#include "CliRunner.h"
#include "Console.h"
#include "ExitCode.h"
#include "InterruptSignal.h"
#include "LogCategories.h"
#include "LogRedactor.h"
#include "MemorySecretStore.h"
#include "SystemSecretStore.h"
#include "Translator.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

int main(int argc, char* argv[])
{
    tma::LogRedactor::install(); // before anything can log
    QCoreApplication app(argc, argv);
    tma::setApplicationIdentity();
    tma::Translator::install({}); // messages for people follow the system language (LANG)
    using tma::cli::Console;
    Console::setUp();

    tma::cli::CliOptions options;
    QString error;
    if (!tma::cli::CliOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        Console::err(error);
        Console::err(tma::cli::CliOptions::helpText());
        return tma::cli::Usage;
    }
    if (options.help) {
        Console::out(tma::cli::CliOptions::helpText());
        return tma::cli::Ok;
    }
    if (options.version) {
        Console::out(QStringLiteral("task-model-assistant-cli %1").arg(QCoreApplication::applicationVersion()));
        return tma::cli::Ok;
    }
    if (options.verbose)
        tma::enableVerboseLogging();
    std::unique_ptr<tma::SecretStore> secrets;
    if (options.noKeychain)
        secrets = std::make_unique<tma::MemorySecretStore>();
    else
        secrets = tma::SystemSecretStore::create();
    tma::cli::CliRunner runner(options, secrets.get());
    QObject::connect(&runner, &tma::cli::CliRunner::done, &app, &QCoreApplication::exit);
    tma::cli::InterruptSignal interrupt;
    QObject::connect(&interrupt, &tma::cli::InterruptSignal::interrupted, &runner,
                     &tma::cli::CliRunner::interrupt);
    QTimer::singleShot(0, &runner, &tma::cli::CliRunner::start);
    return app.exec();
}
