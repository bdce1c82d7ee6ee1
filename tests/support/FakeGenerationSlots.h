#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tma::test::fake {

// When each loaded model is free to generate again. Ollama's scheduler (server/sched.go) gives a
// runner OLLAMA_NUM_PARALLEL slots; on a modest single-GPU machine that is one, so a model answers
// one request at a time and the next waits for it. A model that must first unload others to fit
// (FakeOllamaMemory) also waits until those finish what they are generating: sched.go only
// unloads an idle runner. A request that waits is what the contention test measures.
class FakeGenerationSlots
{
public:
    FakeGenerationSlots() { m_clock.start(); }

    struct Booking
    {
        QString key;        // "node:model"
        int startsInMs = 0; // from the booking until the model produces its first token
        qint64 endsAt = 0;  // on the slots' clock
    };

    // Books a generation of `model` on `node` lasting `generationMs`, after a load of `loadMs`
    // (0 when loaded) that must wait for `unloaded` to finish first.
    Booking book(int node, const QString& model, int loadMs, const QStringList& unloaded, int generationMs);
    // The client hung up: Ollama stops generating, so the model is free now, unless another
    // request was booked after this one (it keeps its place: a simplification).
    void release(const Booking& booking);

private:
    static QString key(int node, const QString& model);
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_busyUntil; // "node:model" -> ms on m_clock
};

} // namespace tma::test::fake
