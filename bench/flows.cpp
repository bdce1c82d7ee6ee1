// bench-flows: the parts of bench/run.sh that need the app's own classes.
//   seed-profile SERVER ACCOUNT [SHA256] save a signed-in (API key) server profile in QSettings, as
//                                        `login` does, without touching a keychain; SHA256: the
//                                        certificate fingerprint trusted for it (AB:CD:…)
//   snapshot FAKE_PID STATS_FILE OUT     ask fake-openwebui (--stats-file) for fresh request counts
//                                        (SIGUSR1) and copy them to OUT
//   diff BEFORE AFTER                    requests between two snapshots: "TOTAL<TAB>detail"
//   tray SERVER ACCOUNT FAKE_PID STATS_FILE
//                                        drives a TrayController (the tray menu's logic) as the
//                                        menu does: open the menu (twice), switch to "Disable
//                                        automations"; one line per step (Steps says what)
//   wizard SERVER FAKE_PID STATS_FILE    drives the wizard (offscreen) through the local strategy:
//                                        show, sign in with the API key, strategy page, apply page,
//                                        Apply (test, backup, change, re-read, test); same output
// The Open WebUI API key comes from OWUI_API_KEY; secrets are kept in memory only.
#include "AppIdentity.h"
#include "AssistantWizard.h"
#include "MemorySecretStore.h"
#include "Preset.h"
#include "SecretStore.h"
#include "ServerProfiles.h"
#include "TrayController.h"
#include "WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <cstring>
#include <memory>
#include <functional>
#include <signal.h>

namespace {

using Counts = QMap<QString, int>;

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench-flows: %s\n", qPrintable(message));
    std::exit(1);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Signals the fake and waits until it has written a newer snapshot.
QJsonObject snapshot(qint64 pid, const QString& statsFile)
{
    const int before = readJson(statsFile).value(QStringLiteral("dumps")).toInt();
    if (::kill(static_cast<pid_t>(pid), SIGUSR1) != 0)
        die(QStringLiteral("cannot signal the fake server (pid %1)").arg(pid));
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const QJsonObject stats = readJson(statsFile);
        if (stats.value(QStringLiteral("dumps")).toInt() > before)
            return stats;
        if (clock.elapsed() > 5000)
            die(QStringLiteral("the fake server wrote no request counts to %1").arg(statsFile));
        QThread::msleep(2);
    }
}

Counts counts(const QJsonObject& stats)
{
    Counts result;
    const QJsonObject requests = stats.value(QStringLiteral("requests")).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it)
        result.insert(it.key(), it.value().toInt());
    return result;
}

// "TOTAL<TAB>GET /a ×2, POST /b" for the requests between two snapshots.
QString difference(const QJsonObject& before, const QJsonObject& after)
{
    const Counts a = counts(before);
    const Counts b = counts(after);
    int total = 0;
    QStringList parts;
    for (auto it = b.begin(); it != b.end(); ++it) {
        const int n = it.value() - a.value(it.key());
        if (n <= 0)
            continue;
        total += n;
        parts << (n == 1 ? it.key() : QStringLiteral("%1 ×%2").arg(it.key()).arg(n));
    }
    return QStringLiteral("%1\t%2").arg(total).arg(parts.join(QStringLiteral(", ")));
}

// Runs the event loop until `done` is true (checked every 10 ms) or the timeout passes.
void waitUntil(const std::function<bool()>& done, const QString& what, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            die(QStringLiteral("timed out waiting for %1").arg(what));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
}

// Lets anything the step left behind (late requests) reach the server before counting.
void settle(int ms = 300)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
}

// One line per step:
//   STEP<TAB>TOTAL<TAB>detail<TAB>MS<TAB>ROUND_TRIPS<TAB>CONNECTIONS<TAB>BUSY_MS<TAB>TLS_HANDSHAKES
// MS is from the step's start (begin(), or the previous step's end) to its end, before the settle;
// the rest is the fake's since_last_dump: round trips on the critical path, connections opened, how
// long the server itself was busy (generating), which MS includes, and TLS handshakes (over HTTPS).
class Steps
{
public:
    Steps(qint64 pid, QString statsFile) : m_pid(pid), m_statsFile(std::move(statsFile))
    {
        m_last = snapshot(m_pid, m_statsFile);
        m_clock.start();
    }
    void begin() { m_clock.restart(); }
    void done(const char* step)
    {
        const qint64 ms = m_clock.elapsed();
        settle();
        const QJsonObject now = snapshot(m_pid, m_statsFile);
        const QJsonObject cost = now.value(QStringLiteral("since_last_dump")).toObject();
        std::printf("%s\t%s\t%lld\t%d\t%d\t%d\t%d\n", step, qPrintable(difference(m_last, now)),
                    static_cast<long long>(ms), cost.value(QStringLiteral("round_trips")).toInt(),
                    cost.value(QStringLiteral("connections")).toInt(),
                    cost.value(QStringLiteral("server_busy_ms")).toInt(),
                    cost.value(QStringLiteral("tls_handshakes")).toInt());
        std::fflush(stdout);
        m_last = now;
        m_clock.restart();
    }

private:
    qint64 m_pid;
    QString m_statsFile;
    QJsonObject m_last;
    QElapsedTimer m_clock;
};

QString apiKey()
{
    const QString key = qEnvironmentVariable("OWUI_API_KEY");
    if (key.isEmpty())
        die(QStringLiteral("set OWUI_API_KEY"));
    return key;
}

void storeSecret(tma::MemorySecretStore* secrets, const QString& key, const QString& secret)
{
    bool stored = false;
    secrets->write(key, secret, secrets, [&stored](const tma::SecretStore::Result&) { stored = true; });
    waitUntil([&stored] { return stored; }, QStringLiteral("the memory secret store"));
}

int runTray(const QUrl& server, const QString& account, qint64 pid, const QString& statsFile)
{
    tma::MemorySecretStore secrets;
    storeSecret(&secrets, tma::SecretStore::apiKeyKey(server, account), apiKey());
    tma::TrayController controller(&secrets);
    int changes = 0;
    QObject::connect(&controller, &tma::TrayController::entriesChanged, [&changes] { ++changes; });
    bool notified = false;
    bool failed = false;
    QString message;
    QObject::connect(&controller, &tma::TrayController::notify,
                     [&](const QString& title, const QString& text, bool isError) {
                         notified = true;
                         failed = isError;
                         message = title + QStringLiteral(": ") + text;
                     });
    Steps steps(pid, statsFile);

    // The menu's aboutToShow calls refresh(): one change at once ("reading…"), one when read.
    for (const char* step : {"menu-open-first", "menu-open-again"}) {
        changes = 0;
        steps.begin();
        controller.refresh();
        waitUntil([&changes] { return changes >= 2; }, QStringLiteral("the tray to read the server"));
        if (controller.state() == tma::TrayController::State::Error)
            die(QStringLiteral("the tray could not read the server: %1").arg(controller.toolTip()));
        steps.done(step);
    }
    steps.begin();
    controller.switchPreset(server, tma::Preset::quiet().id);
    waitUntil([&notified] { return notified; }, QStringLiteral("the tray switch"));
    if (failed)
        die(QStringLiteral("the tray switch failed: %1").arg(message));
    steps.done("switch-quiet");
    return 0;
}

template <typename T> T* widget(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        die(QStringLiteral("the wizard has no %1").arg(QLatin1String(name)));
    return found;
}

int runWizard(const QUrl& server, qint64 pid, const QString& statsFile)
{
    tma::MemorySecretStore secrets;
    Steps steps(pid, statsFile);
    tma::AssistantWizard wizard(&secrets);
    wizard.context()->setInitialServer(server);
    steps.begin();
    wizard.show();
    steps.done("show"); // its time says little: the detection's probe goes on after the show

    widget<QRadioButton>(&wizard, "apiKeyRadio")->setChecked(true);
    widget<QLineEdit>(&wizard, "apiKeyEdit")->setText(apiKey());
    steps.begin();
    widget<QPushButton>(&wizard, "signInButton")->click();
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    waitUntil([next] { return next->isEnabled(); }, QStringLiteral("the sign-in"));
    steps.done("sign-in");

    steps.begin();
    next->click();
    auto* models = widget<QTreeWidget>(&wizard, "localModelTree");
    waitUntil([&] { return wizard.currentId() == tma::AssistantWizard::StrategyPageId && models->topLevelItemCount() > 0
                           && next->isEnabled(); },
              QStringLiteral("the strategy page"));
    steps.done("strategy-page");

    steps.begin();
    next->click();
    waitUntil([&] { return wizard.currentId() == tma::AssistantWizard::ApplyPageId; }, QStringLiteral("the apply page"));
    steps.done("apply-page");

    steps.begin();
    widget<QPushButton>(&wizard, "applyButton")->click();
    auto* undo = widget<QPushButton>(&wizard, "undoButton");
    auto* apply = widget<QPushButton>(&wizard, "applyButton");
    // Undo is offered as soon as the change is made; the test after it ends with Apply back on.
    waitUntil([undo, apply] { return undo->isVisible() && undo->isEnabled() && apply->isEnabled(); },
              QStringLiteral("the apply and its test"), 60000);
    steps.done("apply-and-test");
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The wizard needs widgets, and the tray's menu texts are cut to the menu font's width: both
    // need a GUI application (offscreen will do); the rest runs anywhere.
    const bool widgets =
        argc > 1 && (std::strcmp(argv[1], "wizard") == 0 || std::strcmp(argv[1], "tray") == 0);
    const std::unique_ptr<QCoreApplication> app =
        widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    tma::setApplicationIdentity();
    if (widgets)
        Q_INIT_RESOURCE(resources);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("seed-profile") && (args.size() == 3 || args.size() == 4)) {
        tma::ServerProfile profile;
        profile.url = QUrl(args.at(1));
        profile.account = args.at(2);
        profile.method = tma::AuthMethod::ApiKey;
        profile.pinnedSha256 = args.value(3); // the server's self-signed certificate, trusted
        tma::ServerProfiles::save(profile);
        return 0;
    }
    if (command == QLatin1String("snapshot") && args.size() == 4) {
        const QJsonObject stats = snapshot(args.at(1).toLongLong(), args.at(2));
        QFile out(args.at(3));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(stats).toJson()) < 0)
            die(QStringLiteral("cannot write %1").arg(args.at(3)));
        return 0;
    }
    if (command == QLatin1String("diff") && args.size() == 3) {
        std::printf("%s\n", qPrintable(difference(readJson(args.at(1)), readJson(args.at(2)))));
        return 0;
    }
    if (command == QLatin1String("tray") && args.size() == 5)
        return runTray(QUrl(args.at(1)), args.at(2), args.at(3).toLongLong(), args.at(4));
    if (command == QLatin1String("wizard") && args.size() == 4)
        return runWizard(QUrl(args.at(1)), args.at(2).toLongLong(), args.at(3));
    std::fprintf(
        stderr,
        "usage: bench-flows seed-profile SERVER ACCOUNT [SHA256] | snapshot PID STATS OUT | diff A B |\n"
        "                   tray SERVER ACCOUNT PID STATS | wizard SERVER PID STATS\n");
    return 2;
}
