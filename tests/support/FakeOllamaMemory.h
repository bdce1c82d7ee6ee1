#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tma::test::fake {

// What each Ollama node holds in memory, as Ollama's scheduler keeps it (server/sched.go): a model
// generates only once it is loaded; loading one that does not fit next to those already loaded
// first unloads the least recently used ones, and loading takes time. A node without a budget
// holds everything. GET /ollama/api/ps shows this state (FakeOllamaRoutes).
class FakeOllamaMemory
{
public:
    struct Loaded
    {
        QString model; // Ollama's own name (no Open WebUI prefix)
        qint64 size = 0;
        qint64 lastUsed = 0; // a counter: higher is more recent
    };

    // Bytes a node can hold (0: no limit), and how long loading a model takes.
    void setBudget(int node, qint64 bytes);
    void setLoadMs(int ms) { m_loadMs = ms; }
    // Loaded already, as a server that was in use before (the chat model, typically).
    void preload(int node, const QString& model, qint64 size);
    // A generation with `model` on `node`: the ms it first waits for the model to load (0 when it
    // is loaded); what did not fit next to it is unloaded.
    int use(int node, const QString& model, qint64 size);
    void unload(int node, const QString& model);

    QList<Loaded> loaded(int node) const;
    // "node:model" for every model unloaded to make room, in order (for tests).
    QStringList evictions() const { return m_evictions; }

private:
    struct Node
    {
        qint64 budget = 0;
        QList<Loaded> loaded;
    };
    Node& node(int index);
    void makeRoom(int index, qint64 size);

    QList<Node> m_nodes;
    qint64 m_clock = 0;
    int m_loadMs = 0;
    QStringList m_evictions;
};

} // namespace tma::test::fake
