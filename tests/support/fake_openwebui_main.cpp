// fake-openwebui: the fake Open WebUI server as a program, for scripts (CLI end-to-end tests)
// and for trying the app without a real server (--demo).

#include "AppVersion.h"
#include "FakeOpenWebUi.h"
#include "ShutdownSignals.h"
#include "TlsProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

#include <functional>
#include <memory>

using tma::test::FakeModel;
using tma::test::FakeOpenWebUi;
using tma::test::FakeProfile;
using tma::test::TlsProxy;

namespace {

// --stats-file (for bench/): how many requests the server received, per "METHOD /path", written
// as JSON on SIGUSR1 (POSIX) and at exit. "dumps" counts the writes, so a script can wait for a fresh one.
// "since_last_dump" is what the requests since the previous write cost a client far away (see
// --round-trip-ms): round trips on the critical path, connections opened, the most at once, and
// how long the server itself was busy (generating, say), the network left out; over HTTPS, the TLS
// handshakes.
class RequestStats
{
public:
    RequestStats(QString path, FakeOpenWebUi* server) : m_path(std::move(path)), m_server(server) {}
    // Over HTTPS (--tls-cert): the handshakes since the last write are counted too.
    void setTlsProxy(const TlsProxy* proxy) { m_proxy = proxy; }

    void count(const QByteArray& method, const QString& path)
    {
        ++m_total;
        ++m_counts[QString::fromLatin1(method) + QLatin1Char(' ') + path];
    }

    void write()
    {
        QJsonObject counts;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonObject interval{{QStringLiteral("requests"), int(m_server->requests().size())},
                             {QStringLiteral("round_trips"), m_server->roundTripsOnCriticalPath()},
                             {QStringLiteral("connections"), m_server->connectionsOpened()},
                             {QStringLiteral("max_concurrent"), m_server->maxConcurrentRequests()},
                             {QStringLiteral("server_busy_ms"), m_server->serverBusyMs()}};
        m_server->clearRequests();
        if (m_proxy) {
            interval.insert(QStringLiteral("tls_handshakes"),
                            m_proxy->handshakesCompleted() - m_handshakesBefore);
            m_handshakesBefore = m_proxy->handshakesCompleted();
        }
        const QJsonObject stats{{QStringLiteral("dumps"), ++m_dumps},
                                {QStringLiteral("total"), m_total},
                                {QStringLiteral("requests"), counts},
                                {QStringLiteral("since_last_dump"), interval}};
        QSaveFile file(m_path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(stats).toJson(QJsonDocument::Indented));
            file.commit();
        }
    }

private:
    QString m_path;
    FakeOpenWebUi* m_server;
    QMap<QString, int> m_counts;
    int m_total = 0;
    int m_dumps = 0;
    const TlsProxy* m_proxy = nullptr;
    int m_handshakesBefore = 0;
};

FakeModel model(const char* id, qint64 size, const char* parameters, int latencyMs)
{
    FakeModel result;
    result.id = QString::fromLatin1(id);
    result.name = result.id;
    result.sizeBytes = size;
    result.parameterSize = QString::fromLatin1(parameters);
    result.latencyMs = latencyMs;
    return result;
}

FakeModel providerModel(const char* id, const char* name, int latencyMs)
{
    FakeModel result;
    result.id = QString::fromLatin1(id);
    result.name = QString::fromLatin1(name);
    result.ownedBy = QStringLiteral("openai");
    result.connectionType = QStringLiteral("external");
    result.latencyMs = latencyMs;
    return result;
}

const char* const kDemoProviderUrl = "https://openrouter.ai/api/v1";
const char* const kDemoProviderKey = "sk-or-v1-demo-key";

// Latencies in the range a real deployment shows, so the app's timing test means something.
// `many`: that many more models on the server and at the provider (a big installation).
void setUpDemo(FakeOpenWebUi* server, int many, qint64 ollamaMemoryGb)
{
    server->setApiKeysEnabled(true);
    server->addModel(model("qwen2.5:3b", 1929912832LL, "3.1B", 850));
    server->addModel(model("llama3.2:3b", 2019393189LL, "3.2B", 950));
    server->addModel(model("llama3.1:70b", 42520412561LL, "70.6B", 9500));
    server->addModel(model("deepseek-r1:32b", 19851336256LL, "32.8B", 14000));
    server->addModels(tma::test::manyModels(many));
    server->setProvider(
        QString::fromLatin1(kDemoProviderUrl), QString::fromLatin1(kDemoProviderKey),
        QList<FakeModel>{
            providerModel("openai/gpt-4o-mini", "OpenAI: GPT-4o-mini", 900),
            providerModel("meta-llama/llama-3.2-3b-instruct", "Meta: Llama 3.2 3B Instruct", 650),
            providerModel("anthropic/claude-3.5-haiku", "Anthropic: Claude 3.5 Haiku", 1100),
            providerModel("deepseek/deepseek-r1", "DeepSeek: R1", 12000)} +
            tma::test::manyModels(many, true));
    // Like the real OpenRouter: the model list needs no key, only a completion checks it.
    server->setProviderModelListOpen(QString::fromLatin1(kDemoProviderUrl), true);
    server->setPullable(QStringLiteral("qwen2.5:1.5b"), 986061892LL, 40, 100); // the first one the wizard offers
    server->setPullable(QStringLiteral("llama3.2:1b"), 1321098329LL, 60, 100);
    server->setPulledModelLatency(600);
    // Ollama's memory: someone has chatted with the 70B model, which stays loaded; a model loads in
    // 1.5 s. 48 GB hold it and a 3B task model together; --ollama-memory-gb 40 shows a server
    // that has to unload the chat model for every task.
    server->setOllamaMemory(0, ollamaMemoryGb * 1000 * 1000 * 1000);
    server->setModelLoadMs(1500);
    server->preloadOllamaModel(QStringLiteral("llama3.1:70b"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-openwebui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TMA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake Open WebUI server (test double) on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Open WebUI generation to imitate: 0.4, 0.5, 0.6 or 0.11."),
                                           QStringLiteral("version"), QStringLiteral("0.11"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Demo mode: API keys on, realistic latencies, a simulated "
                                                       "OpenRouter provider and pullable models."));
    const QCommandLineOption statsOption(QStringLiteral("stats-file"),
                                         QStringLiteral("Write request counts per method and path as JSON to this "
                                                        "file on SIGUSR1 and at exit (for bench/)."),
                                         QStringLiteral("path"));
    parser.addOption(portOption);
    parser.addOption(profileOption);
    parser.addOption(demoOption);
    const QCommandLineOption manyOption(QStringLiteral("many-models"),
                                        QStringLiteral("Demo mode: N more models on the server and at the "
                                                       "provider, as a big installation has."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption roundTripOption(
        QStringLiteral("round-trip-ms"),
        QStringLiteral("Answer as a server N ms away would: one round trip per "
                       "request, one more per new connection."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(statsOption);
    parser.addOption(manyOption);
    parser.addOption(roundTripOption);
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral(
            "Serve HTTPS with this PEM certificate (and --tls-key), through the tests' TLS proxy."),
        QStringLiteral("pem"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The certificate's unencrypted PEM private key."),
                                          QStringLiteral("pem"));
    const QCommandLineOption memoryOption(
        QStringLiteral("ollama-memory-gb"),
        QStringLiteral(
            "Demo mode: what the Ollama server holds in memory, in GB (default 48: the 70B chat model and "
            "a 3B task model fit; 40: the chat model is unloaded for every task)."),
        QStringLiteral("N"), QStringLiteral("48"));
    parser.addOption(memoryOption);
    parser.addOption(tlsCertOption);
    parser.addOption(tlsKeyOption);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "fake-openwebui: invalid --port " << parser.value(portOption) << Qt::endl;
        return 2;
    }
    FakeProfile profile = FakeProfile::V0_11;
    if (!tma::test::profileFromName(parser.value(profileOption), &profile)) {
        err << "fake-openwebui: unknown --profile " << parser.value(profileOption)
            << " (use 0.4, 0.5, 0.6 or 0.11)" << Qt::endl;
        return 2;
    }

    FakeOpenWebUi server(profile);
    std::unique_ptr<RequestStats> stats;
    if (parser.isSet(statsOption)) {
        stats = std::make_unique<RequestStats>(parser.value(statsOption), &server);
        QObject::connect(&server, &FakeOpenWebUi::requestReceived, &app,
                         [&stats](const QByteArray& method, const QString& path) { stats->count(method, path); });
        stats->write();
    }
    tma::test::ShutdownSignals::install(&app, stats ? std::function<void()>([&stats] { stats->write(); })
                                                    : std::function<void()>());

    server.setRoundTrip(parser.value(roundTripOption).toInt());
    const bool demo = parser.isSet(demoOption);
    if (demo) {
        setUpDemo(&server, parser.value(manyOption).toInt(), parser.value(memoryOption).toLongLong());
        server.setServerName(QStringLiteral("Open WebUI DEMO (test double)"));
    }
    // Over HTTPS the proxy takes the port asked for, and the fake listens behind it.
    const bool tls = parser.isSet(tlsCertOption) || parser.isSet(tlsKeyOption);
    if (!server.listen(tls ? 0 : static_cast<quint16>(port))) {
        err << "fake-openwebui: cannot listen on 127.0.0.1:" << port << Qt::endl;
        return 1;
    }
    TlsProxy proxy;
    if (tls) {
        QString error;
        if (!proxy.setCertificateFiles(parser.value(tlsCertOption), parser.value(tlsKeyOption), &error)) {
            err << "fake-openwebui: " << error << Qt::endl;
            return 2;
        }
        proxy.setBackend(static_cast<quint16>(server.url().port()));
        if (!proxy.listen(static_cast<quint16>(port))) {
            err << "fake-openwebui: cannot listen on 127.0.0.1:" << port << " for HTTPS" << Qt::endl;
            return 1;
        }
        if (stats)
            stats->setTlsProxy(&proxy);
    }
    const QString url = (tls ? proxy.url() : server.url()).toString();

    if (demo) {
        out << "DEMO SERVER: a test double of Open WebUI for trying Task Model Assistant. "
               "It is not a real Open WebUI.\n"
            << "  URL:              " << url << "\n"
            << "  Behaves like:     Open WebUI " << server.version() << "\n"
            << "  Admin sign-in:    admin@example.com / admin-pass\n"
            << "  Admin API key:    sk-admin-key\n"
            << "  OpenAI-compatible provider (simulated, nothing leaves this machine): " << kDemoProviderUrl
            << " with key " << kDemoProviderKey << "\n"
            << "  Pullable Ollama models: qwen2.5:1.5b, llama3.2:1b\n"
            << "  Ollama memory:    " << parser.value(memoryOption) << " GB, llama3.1:70b loaded\n";
    }
    out << "listening on " << url << Qt::endl; // scripts wait for this line

    const int status = QCoreApplication::exec();
    if (stats)
        stats->write();
    out << "fake-openwebui: stopped" << Qt::endl;
    return status;
}
