// The tray's logic without a tray: menu entries, the check mark, switching through the safe apply,
// no double switch, notifications, "Test now", saving presets, and no polling of the server.
#include "FakeOpenWebUi.h"
#include "GuiTestHelpers.h"
#include "MemorySecretStore.h"
#include "Preset.h"
#include "PresetStore.h"
#include "ServerProfiles.h"
#include "TrayController.h"
#include "TrayIcon.h"
#include "TrayMenuBuilder.h"
#include "TraySetup.h"

#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace tma;
using namespace tma::test;

namespace {

// Stands in front of the fake and answers GET `path` itself with `body`, a JSON answer the fake
// never gives (as something else on the server's address might); every other request goes to the
// fake and its answer back, byte for byte. One request at a time per connection, as Qt sends them.
class OneRouteOverride : public QObject
{
public:
    OneRouteOverride(const QUrl& backend, const QByteArray& path, const QByteArray& body)
        : m_backend(backend), m_path(path), m_body(body)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                pipe(client);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void pipe(QTcpSocket* client)
    {
        auto* backend = new QTcpSocket(client);
        backend->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_backend.port()));
        auto buffer = std::make_shared<QByteArray>();
        connect(backend, &QTcpSocket::readyRead, client,
                [client, backend] { client->write(backend->readAll()); });
        connect(backend, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, backend, buffer] {
            buffer->append(client->readAll());
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray& line : buffer->left(headerEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                const QByteArray request = buffer->left(headerEnd + 4 + length);
                buffer->remove(0, request.size());
                if (request.startsWith("GET " + m_path + ' ') || request.startsWith("GET " + m_path + '?'))
                    client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                else
                    backend->write(request); // buffered until connected
            }
        });
    }

    QTcpServer m_server;
    QUrl m_backend;
    QByteArray m_path;
    QByteArray m_body;
};

} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeOpenWebUi> m_fake;
    std::unique_ptr<MemorySecretStore> m_secrets;

    static std::optional<TrayEntry> find(const QList<TrayEntry>& entries, const QString& presetId)
    {
        for (const TrayEntry& entry : entries) {
            if (entry.kind == TrayEntry::Kind::Preset && entry.presetId == presetId)
                return entry;
        }
        return std::nullopt;
    }

    static QString checkedPreset(const TrayController& controller)
    {
        const QList<TrayEntry> entries = controller.entries();
        for (const TrayEntry& entry : entries) {
            if (entry.kind == TrayEntry::Kind::Preset && entry.checked)
                return entry.presetId;
        }
        return {};
    }

    // Reads the server the way opening the menu does, and waits for the answer.
    static void openMenu(TrayController& controller)
    {
        QSignalSpy changed(&controller, &TrayController::entriesChanged);
        controller.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.entries().isEmpty() && !controller.entries().first().text.contains(QStringLiteral("reading")), 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        isolateFiles(*m_dir);
        m_fake = std::make_unique<FakeOpenWebUi>(FakeProfile::V0_11);
        QVERIFY(m_fake->listen());
        m_secrets = std::make_unique<MemorySecretStore>();
        rememberServer(*m_fake, *m_secrets);
        QTest::qWait(10);
    }

    void menuListsPresetsAndChecksTheMatchingOne()
    {
        TrayController controller(m_secrets.get());
        openMenu(controller);
        const QList<TrayEntry> entries = controller.entries();
        QCOMPARE(entries.first().kind, TrayEntry::Kind::ServerHeader);
        QVERIFY2(entries.first().text.contains(QStringLiteral("Open WebUI 0.11.4")), qPrintable(entries.first().text));
        QVERIFY(find(entries, QStringLiteral("quiet")));
        QVERIFY(!find(entries, QStringLiteral("original"))); // nothing changed by us yet
        QCOMPARE(checkedPreset(controller), QString());
        QCOMPARE(controller.state(), TrayController::State::Unknown);
        QVERIFY(controller.toolTip().contains(QStringLiteral("Current Model")));
    }

    // The menu opened before the server's answer arrives: the answer updates it where it stands.
    // The same actions stay in it (re-labelled, re-checked), the menu stays open, and an entry
    // held from before the answer still does its job when clicked.
    void openMenuIsUpdatedInPlace()
    {
        TrayController controller(m_secrets.get());
        TrayIcon tray(&controller);
        QMenu* menu = tray.menu();
        QSignalSpy hidden(menu, &QMenu::aboutToHide);
        menu->popup(QPoint(10, 10)); // aboutToShow starts the read, as a click on the icon does
        QTRY_VERIFY(menu->isVisible());
        QVERIFY2(menu->actions().first()->text().contains(QStringLiteral("reading")),
                 qPrintable(menu->actions().first()->text()));
        QList<QPointer<QAction>> held;
        QPointer<QAction> quiet;
        for (QAction* action : menu->actions()) {
            held << action;
            if (action->objectName() == QLatin1String("preset:quiet"))
                quiet = action;
        }
        QVERIFY(quiet);

        QTRY_VERIFY_WITH_TIMEOUT(!menu->actions().first()->text().contains(QStringLiteral("reading")), 10000);
        QVERIFY2(menu->actions().first()->text().contains(QStringLiteral("Open WebUI 0.11.4")),
                 qPrintable(menu->actions().first()->text()));
        QVERIFY(menu->isVisible());
        QCOMPARE(hidden.count(), 0);
        for (const QPointer<QAction>& action : std::as_const(held)) {
            QVERIFY(action);
            QVERIFY(menu->actions().contains(action.data()));
        }

        QSignalSpy notes(&controller, &TrayController::notify);
        quiet->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("ENABLE_TAGS_GENERATION")).toBool(), false);
        QVERIFY(quiet && quiet->isChecked());
        menu->hide();
    }

    void switchingAppliesOnceAndNotifies()
    {
        const QJsonObject original = m_fake->taskConfig();
        TrayController controller(m_secrets.get());
        openMenu(controller);
        QSignalSpy notes(&controller, &TrayController::notify);
        m_fake->clearRequests();
        controller.switchPreset(m_fake->url(), QStringLiteral("quiet"));
        QVERIFY(controller.isBusy());
        QCOMPARE(controller.state(), TrayController::State::Busy);
        for (const TrayEntry& entry : controller.entries()) {
            if (entry.kind == TrayEntry::Kind::Preset)
                QVERIFY(!entry.enabled); // a switch in progress disables the items
        }
        controller.switchPreset(m_fake->url(), QStringLiteral("quiet")); // double click: ignored
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QVERIFY(!notes.first().at(2).toBool());
        QVERIFY(notes.first().at(0).toString().contains(QStringLiteral("Switched")));
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/v1/tasks/config/update")), 1);
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("ENABLE_TAGS_GENERATION")).toBool(), false);
        QCOMPARE(checkedPreset(controller), QStringLiteral("quiet"));
        QCOMPARE(controller.state(), TrayController::State::Applied);

        // The first change made a backup: "restore" is offered and puts everything back.
        const std::optional<TrayEntry> restore = find(controller.entries(), QStringLiteral("original"));
        QVERIFY(restore);
        controller.activate(*restore);
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 2, 10000);
        QCOMPARE(m_fake->taskConfig(), original);
        QCOMPARE(checkedPreset(controller), QStringLiteral("original"));
    }

    // Opening the menu and clicking before its sign-in finished: one sign-in, both get served.
    void clickDuringFirstSignIn()
    {
        TrayController controller(m_secrets.get());
        QSignalSpy notes(&controller, &TrayController::notify);
        controller.refresh();
        controller.switchPreset(m_fake->url(), QStringLiteral("quiet"));
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QVERIFY2(!notes.first().at(2).toBool(), qPrintable(notes.first().at(1).toString()));
        QVERIFY(!controller.isBusy());
        QCOMPARE(m_fake->requestCount("POST", QStringLiteral("/api/v1/auths/signin")), 0); // the key, no password
        QCOMPARE(m_fake->requestCount("GET", QStringLiteral("/api/v1/auths/")), 1);         // one sign-in check
        QTRY_VERIFY(!controller.entries().first().text.contains(QStringLiteral("reading")));
    }

    void missingKeychainEntryIsNotAnExpiredSession()
    {
        m_secrets->remove(SecretStore::apiKeyKey(m_fake->url(), QStringLiteral("admin@example.com")), this,
                          [](const SecretStore::Result&) {});
        TrayController controller(m_secrets.get());
        QSignalSpy notes(&controller, &TrayController::notify);
        controller.switchPreset(m_fake->url(), QStringLiteral("quiet"));
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QVERIFY(notes.first().at(1).toString().contains(QStringLiteral("open the assistant")));
        QVERIFY(!notes.first().at(1).toString().contains(QStringLiteral("expired")));
    }

    void lastLocalPresetIsOffered()
    {
        ServerProfiles::rememberApplied(m_fake->url(), Preset::local(QStringLiteral("llama3.2:3b")).toJson());
        TrayController controller(m_secrets.get());
        openMenu(controller);
        const std::optional<TrayEntry> local = find(controller.entries(), QStringLiteral("local"));
        QVERIFY(local);
        QVERIFY(local->text.contains(QStringLiteral("llama3.2:3b")));
        QSignalSpy notes(&controller, &TrayController::notify);
        controller.activate(*local);
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("TASK_MODEL")).toString(), QStringLiteral("llama3.2:3b"));
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("TASK_MODEL_EXTERNAL")).toString(), QStringLiteral("llama3.2:3b"));
    }

    // A switch to a task model regular users may not use (a fresh pull: no workspace record) works,
    // and the notification says what will fail for them, as the wizard and the CLI do.
    void switchWarnsWhenUsersMayNotUseTheTaskModel()
    {
        FakeModel fresh;
        fresh.id = QStringLiteral("gemma2:2b");
        fresh.sizeBytes = 1629518495LL;
        fresh.parameterSize = QStringLiteral("2.6B");
        fresh.hasRecord = false;
        m_fake->addModel(fresh);
        ServerProfiles::rememberApplied(m_fake->url(), Preset::local(QStringLiteral("gemma2:2b")).toJson());
        TrayController controller(m_secrets.get());
        openMenu(controller);
        const std::optional<TrayEntry> local = find(controller.entries(), QStringLiteral("local"));
        QVERIFY(local);
        QSignalSpy notes(&controller, &TrayController::notify);
        controller.activate(*local);
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QVERIFY(!notes.first().at(2).toBool());
        const QString message = seen(notes.first().at(1).toString());
        QVERIFY2(message.contains(QStringLiteral("Regular users may not use \"gemma2:2b\"")),
                 qPrintable(message));
        QCOMPARE(m_fake->taskConfig().value(QLatin1String("TASK_MODEL")).toString(),
                 QStringLiteral("gemma2:2b"));
    }

    void failedSwitchIsReportedExactly()
    {
        TrayController controller(m_secrets.get());
        openMenu(controller);
        QSignalSpy notes(&controller, &TrayController::notify);
        m_fake->setFault(QStringLiteral("/api/v1/tasks/config/update"), FakeFault::ServerError);
        const QJsonObject before = m_fake->taskConfig();
        controller.switchPreset(m_fake->url(), QStringLiteral("quiet"));
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QVERIFY(notes.first().at(2).toBool());
        QVERIFY(notes.first().at(1).toString().contains(QStringLiteral("not changed")));
        QCOMPARE(m_fake->taskConfig(), before);
        QVERIFY(!controller.isBusy());
    }

    void expiredKeyShowsError()
    {
        m_secrets->write(SecretStore::apiKeyKey(m_fake->url(), QStringLiteral("admin@example.com")),
                         QStringLiteral("sk-revoked"), this, [](const SecretStore::Result&) {});
        TrayController controller(m_secrets.get());
        openMenu(controller);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), TrayController::State::Error, 10000);
        QVERIFY(controller.entries().first().toolTip.contains(QStringLiteral("sign in")));
    }

    void testNowReportsWhichModelAnswered()
    {
        QJsonObject config = m_fake->taskConfig();
        config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b"));
        m_fake->setTaskConfig(config);
        TrayController controller(m_secrets.get());
        QSignalSpy notes(&controller, &TrayController::notify);
        controller.testNow(m_fake->url());
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 15000);
        QVERIFY2(notes.first().at(1).toString().contains(QStringLiteral("qwen2.5:3b")), qPrintable(notes.first().at(1).toString()));
        QVERIFY(!notes.first().at(2).toBool());
    }

    // Test now on a server whose Ollama cannot hold the chat model next to the task model: the
    // test still passes as a task, but the notification says the change pushes the chat model
    // out of memory, as a problem, with what to do instead.
    void testNowWarnsWhenTheChatModelIsUnloaded()
    {
        QJsonObject config = m_fake->taskConfig();
        config.insert(QStringLiteral("TASK_MODEL"), QStringLiteral("qwen2.5:3b"));
        m_fake->setTaskConfig(config);
        m_fake->setOllamaMemory(0, 43LL * 1000 * 1000 * 1000); // 42.5 GB + 1.9 GB do not fit
        m_fake->preloadOllamaModel(QStringLiteral("llama3.1:70b"));
        TrayController controller(m_secrets.get());
        QSignalSpy notes(&controller, &TrayController::notify);
        controller.testNow(m_fake->url());
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 15000);
        const QString text = notes.first().at(1).toString();
        QVERIFY2(text.contains(QStringLiteral("cannot hold both")) &&
                     text.contains(QStringLiteral("42.5 GB")),
                 qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("Chats with local models: ")) &&
                     text.contains(QStringLiteral("qwen2.5:3b")) &&
                     text.contains(QStringLiteral(" wrote a title in ")),
                 qPrintable(text)); // one sentence for the slot, the name isolated as the server's text
        QVERIFY(notes.first().at(2).toBool()); // shown as a problem
        QCOMPARE(m_fake->ollamaEvictions(), QStringList{QStringLiteral("0:llama3.1:70b")});
    }

    void savesCurrentSettingsAsPreset()
    {
        TrayController controller(m_secrets.get());
        openMenu(controller);
        controller.saveCurrentAsPreset(m_fake->url(), QStringLiteral("My evening setup"));
        PresetStore store;
        QVERIFY(store.load());
        QVERIFY(store.find(QStringLiteral("my-evening-setup")));
        QVERIFY(find(controller.entries(), QStringLiteral("my-evening-setup")));
        QCOMPARE(checkedPreset(controller), QStringLiteral("my-evening-setup"));
    }

    // Hostile server and model names: menu entries, section and tooltips show them as text, a long
    // id is cut so the menu keeps a sensible width, notifications carry no control character.
    void hostileNamesAreShownAsText()
    {
        const QList<FakeModel> hostile = FakeOpenWebUi::hostileModels();
        const QString html = hostile.at(0).id;
        const QString longId = hostile.at(4).id;
        m_fake->addHostileNames();
        QJsonObject config = m_fake->taskConfig();
        config.insert(QStringLiteral("TASK_MODEL"), html);
        config.insert(QStringLiteral("TASK_MODEL_EXTERNAL"), html);
        m_fake->setTaskConfig(config);
        ServerProfiles::rememberApplied(m_fake->url(), Preset::local(longId).toJson());
        TrayController controller(m_secrets.get());
        openMenu(controller);
        controller.saveCurrentAsPreset(m_fake->url(), QStringLiteral("<b>Mine</b>"));

        const QList<TrayEntry> entries = controller.entries();
        QVERIFY2(entries.first().text.contains(QStringLiteral("<img src=")),
                 qPrintable(entries.first().text));
        const std::optional<TrayEntry> mine = find(entries, QStringLiteral("<b>mine</b>"));
        QVERIFY(mine);
        const QString tip = shownToolTip(mine->toolTip);
        QVERIFY2(tip.contains(QStringLiteral("<img src=\"file:///etc/hostname\">:1b")), qPrintable(tip));
        QVERIFY2(isInert(tip), qPrintable(tip));
        const std::optional<TrayEntry> local = find(entries, QStringLiteral("local"));
        QVERIFY(local);
        QVERIFY2(!local->text.contains(longId) && local->text.contains(QChar(0x2026)),
                 qPrintable(local->text));
        for (const TrayEntry& entry : entries) {
            QVERIFY2(isInert(entry.text), qPrintable(entry.text));
            QVERIFY2(isInert(shownToolTip(entry.toolTip)), qPrintable(entry.toolTip));
        }
        QVERIFY2(shownToolTip(controller.toolTip()).contains(html), qPrintable(controller.toolTip()));
        QVERIFY(isInert(controller.toolTip()));

        QMenu menu;
        TrayMenuBuilder::build(&menu, entries, &controller);
        QVERIFY2(menu.sizeHint().width() < 700, qPrintable(QString::number(menu.sizeHint().width())));

        QSignalSpy notes(&controller, &TrayController::notify);
        controller.testNow(m_fake->url());
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 15000);
        const QString message = notes.first().at(1).toString();
        QVERIFY2(message.contains(html) && isInert(message), qPrintable(message));
    }

    // A server that is gone keeps the icon red until it is forgotten. Forgetting it takes it out of
    // the menu and out of the icon's state, and removes its sign-in but not the other server's.
    void forgottenServerLeavesTheMenu()
    {
        const QUrl gone(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
        ServerProfile profile;
        profile.url = gone;
        profile.account = QStringLiteral("admin@example.com");
        profile.method = AuthMethod::ApiKey;
        ServerProfiles::save(profile);
        const QString goneKey = SecretStore::apiKeyKey(gone, profile.account);
        m_secrets->write(goneKey, QStringLiteral("sk-gone"), this, [](const SecretStore::Result&) {});
        QTRY_VERIFY(m_secrets->entries().contains(goneKey));

        TrayController controller(m_secrets.get());
        auto headers = [&controller] {
            QStringList texts;
            for (const TrayEntry& entry : controller.entries()) {
                if (entry.kind == TrayEntry::Kind::ServerHeader)
                    texts << entry.text;
            }
            return texts;
        };
        controller.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!headers().join(QString()).contains(QStringLiteral("reading")), 10000);
        QCOMPARE(headers().size(), 2);
        QCOMPARE(controller.state(), TrayController::State::Error);
        QMenu menu;
        TrayMenuBuilder::build(&menu, controller.entries(), &controller);
        menu.popup(QPoint(10, 10));
        QTRY_VERIFY(menu.isVisible());
        saveShot(&menu, QStringLiteral("tray-menu-two-servers"));
        menu.hide();

        // The menu offers it for each server; activating it asks (the app shows the question).
        QSignalSpy asked(&controller, &TrayController::forgetServerRequested);
        std::optional<TrayEntry> forget;
        for (const TrayEntry& entry : controller.entries()) {
            if (entry.kind == TrayEntry::Kind::ForgetServer && entry.server == gone)
                forget = entry;
        }
        QVERIFY(forget);
        QVERIFY(forget->text.contains(QStringLiteral("Forget")));
        controller.activate(*forget);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toUrl(), gone);
        QVERIFY(ServerProfiles::find(gone)); // nothing forgotten before the user says so

        QSignalSpy notes(&controller, &TrayController::notify);
        controller.forgetServer(gone);
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QVERIFY2(!notes.first().at(2).toBool(), qPrintable(notes.first().at(1).toString()));
        QCOMPARE(headers().size(), 1);
        for (const TrayEntry& entry : controller.entries())
            QVERIFY(entry.server != gone);
        QCOMPARE(controller.state(), TrayController::State::Unknown); // the other server: read, no preset yet
        QVERIFY(!ServerProfiles::find(gone));
        QVERIFY(!m_secrets->entries().contains(goneKey));
        QVERIFY(m_secrets->entries().contains(SecretStore::apiKeyKey(m_fake->url(), profile.account)));

        controller.refresh(); // reopening the menu does not bring it back
        QTRY_VERIFY_WITH_TIMEOUT(!headers().join(QString()).contains(QStringLiteral("reading")), 10000);
        QCOMPARE(headers().size(), 1);
        QCOMPARE(controller.state(), TrayController::State::Unknown);
    }

    // Task settings that are JSON but not an object are not "all settings empty": the server's
    // entry says there is a problem (and why), the icon shows an error, no preset is claimed, and
    // "Test now" fails instead of testing settings it never read.
    void settingsThatAreNotAnObjectAreAProblem()
    {
        OneRouteOverride proxy(m_fake->url(), "/api/v1/tasks/config", "[]");
        QVERIFY(proxy.listen());
        ServerProfiles::remove(m_fake->url());
        ServerProfile profile;
        profile.url = proxy.url();
        profile.account = QStringLiteral("admin@example.com");
        profile.method = AuthMethod::ApiKey;
        ServerProfiles::save(profile);
        const QString key = SecretStore::apiKeyKey(proxy.url(), profile.account);
        m_secrets->write(key, QStringLiteral("sk-admin-key"), this, [](const SecretStore::Result&) {});
        QTRY_VERIFY(m_secrets->entries().contains(key));

        TrayController controller(m_secrets.get());
        openMenu(controller);
        const QList<TrayEntry> entries = controller.entries();
        QCOMPARE(entries.first().server, proxy.url());
        QVERIFY2(entries.first().text.contains(QStringLiteral("problem")), qPrintable(entries.first().text));
        QVERIFY2(entries.first().toolTip.contains(QStringLiteral("not Open WebUI")),
                 qPrintable(entries.first().toolTip));
        QCOMPARE(controller.state(), TrayController::State::Error);
        QCOMPARE(checkedPreset(controller), QString());

        QSignalSpy notes(&controller, &TrayController::notify);
        controller.testNow(proxy.url());
        QTRY_COMPARE_WITH_TIMEOUT(notes.count(), 1, 10000);
        QCOMPARE(notes.first().at(0).toString(), QStringLiteral("Test failed"));
        QVERIFY(notes.first().at(2).toBool());
        QVERIFY(!controller.isBusy());
    }

    void noPollingWhileIdle()
    {
        TrayController controller(m_secrets.get());
        openMenu(controller);
        const int requests = static_cast<int>(m_fake->requests().size());
        QTest::qWait(1500);
        QCOMPARE(static_cast<int>(m_fake->requests().size()), requests);
        // Opening the menu again reads the settings once, reusing the session.
        controller.refresh();
        QTRY_COMPARE(static_cast<int>(m_fake->requests().size()), requests + 1);
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
