// task-model-assistant: the guided setup (wizard) and the tray icon.
#include "AppIdentity.h"
#include "AssistantApp.h"
#include "AssistantWizard.h"
#include "BenchProbe.h"
#include "LogCategories.h"
#include "LogRedactor.h"
#include "ServerUrl.h"
#include "SingleInstance.h"
#include "SystemSecretStore.h"
#include "Translator.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <cstring>
#include <memory>

namespace {

struct Options
{
    bool tray = false;
    bool verbose = false;
    QUrl server;
};

// --help and --version must work without a display (packaging checks run headless), so they are
// answered by a plain QCoreApplication before any GUI exists.
Options parse(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Makes an Open WebUI server fast by setting up its task model."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("main", "Open WebUI server to offer first."),
                                    QStringLiteral("url"));
    const QCommandLineOption tray(QStringLiteral("tray"),
                                  QCoreApplication::translate("main", "Start in the system tray (used at login)."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate(
            "main", "Log each request (status, time) and step to stderr, for bug reports; secrets "
                    "are never logged."));
    parser.addOption(server);
    parser.addOption(tray);
    parser.addOption(verbose);
    parser.process(app); // exits after printing --help or --version
    Options options;
    options.tray = parser.isSet(tray);
    options.verbose = parser.isSet(verbose);
    if (parser.isSet(server))
        options.server = tma::ServerUrl::normalize(parser.value(server));
    return options;
}

bool asksForInformationOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--help", "-h", "--version", "-v", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksForInformationOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        tma::setApplicationIdentity();
        parse(core);
        return 0;
    }

    tma::LogRedactor::install(); // before anything can log
    QApplication app(argc, argv);
    tma::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Task Model Assistant"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.taskmodelassistant.TaskModelAssistant"));
    Q_INIT_RESOURCE(resources);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    tma::Translator::install(QSettings().value(QStringLiteral("language")).toString());
    const Options options = parse(app);
    if (options.verbose)
        tma::enableVerboseLogging();

    tma::SingleInstance instance;
    if (!instance.claim(QCoreApplication::arguments()))
        return 0; // the running assistant shows itself

    const std::unique_ptr<tma::SecretStore> secrets = tma::SystemSecretStore::create();
    tma::AssistantApp assistant(secrets.get());
    QObject::connect(&instance, &tma::SingleInstance::activated, &assistant, &tma::AssistantApp::activate);
    assistant.start(options.tray, options.server);
    // Benchmark hook (bench/README.md): does nothing unless TMA_BENCH_READY_FILE is set.
    if (tma::BenchProbe::enabled()) {
        tma::BenchProbe::markOnFirstPaint(assistant.wizard(), "wizard-shown");
        if (assistant.tray())
            tma::BenchProbe::markWhenTrayShown(assistant.tray()->icon(), "tray-ready");
    }
    return app.exec();
}
