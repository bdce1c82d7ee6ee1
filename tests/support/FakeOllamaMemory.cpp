#include "FakeOllamaMemory.h"

#include <algorithm>

namespace tma::test::fake {

FakeOllamaMemory::Node& FakeOllamaMemory::node(int index)
{
    while (m_nodes.size() <= index)
        m_nodes.append(Node());
    return m_nodes[index];
}

void FakeOllamaMemory::setBudget(int index, qint64 bytes)
{
    node(index).budget = bytes;
    makeRoom(index, 0);
}

void FakeOllamaMemory::preload(int index, const QString& model, qint64 size)
{
    use(index, model, size);
}

void FakeOllamaMemory::makeRoom(int index, qint64 size)
{
    Node& target = node(index);
    if (target.budget <= 0)
        return;
    // sched.go: when the new model does not fit, the runner used least recently is unloaded
    // first, then the next, until it fits (or nothing is left to unload).
    auto used = [&target]() {
        qint64 total = 0;
        for (const Loaded& loaded : std::as_const(target.loaded))
            total += loaded.size;
        return total;
    };
    while (!target.loaded.isEmpty() && used() + size > target.budget) {
        const auto oldest =
            std::min_element(target.loaded.begin(), target.loaded.end(),
                             [](const Loaded& a, const Loaded& b) { return a.lastUsed < b.lastUsed; });
        m_evictions << QStringLiteral("%1:%2").arg(index).arg(oldest->model);
        target.loaded.erase(oldest);
    }
}

int FakeOllamaMemory::use(int index, const QString& model, qint64 size)
{
    Node& target = node(index);
    for (Loaded& loaded : target.loaded) {
        if (loaded.model == model) {
            loaded.lastUsed = ++m_clock;
            return 0;
        }
    }
    makeRoom(index, size);
    node(index).loaded.append(Loaded{model, size, ++m_clock});
    return m_loadMs;
}

void FakeOllamaMemory::unload(int index, const QString& model)
{
    Node& target = node(index);
    target.loaded.erase(std::remove_if(target.loaded.begin(), target.loaded.end(),
                                       [&model](const Loaded& loaded) { return loaded.model == model; }),
                        target.loaded.end());
}

QList<FakeOllamaMemory::Loaded> FakeOllamaMemory::loaded(int index) const
{
    return index < m_nodes.size() ? m_nodes.at(index).loaded : QList<Loaded>();
}

} // namespace tma::test::fake
