// task-model-assistant: the guided setup (wizard) and the tray icon.
#include "AppIdentity.h"
#include "AssistantWizard.h"
#include "KeychainSecretStore.h"
#include "ServerUrl.h"
#include "WizardContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tma::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Task Model Assistant"));
    QGuiApplication::setDesktopFileName(QStringLiteral("task-model-assistant"));
    Q_INIT_RESOURCE(resources);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Makes an Open WebUI server fast by setting up its task model."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QApplication::translate("main", "Open WebUI server to offer first."),
                                    QStringLiteral("url"));
    parser.addOption(server);
    parser.process(app);

    tma::KeychainSecretStore secrets;
    tma::AssistantWizard wizard(&secrets);
    if (parser.isSet(server)) {
        const QUrl url = tma::ServerUrl::normalize(parser.value(server));
        if (url.isValid())
            wizard.context()->setInitialServer(url);
    }
    wizard.show();
    return app.exec();
}
