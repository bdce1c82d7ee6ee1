#include "FakeGenerationSlots.h"

#include <algorithm>

namespace tma::test::fake {

QString FakeGenerationSlots::key(int node, const QString& model)
{
    return QStringLiteral("%1:%2").arg(node).arg(model);
}

FakeGenerationSlots::Booking FakeGenerationSlots::book(int node, const QString& model, int loadMs,
                                                       const QStringList& unloaded, int generationMs)
{
    const qint64 now = m_clock.elapsed();
    Booking booking;
    booking.key = key(node, model);
    qint64 start = std::max(now, m_busyUntil.value(booking.key));
    for (const QString& other : unloaded)
        start = std::max(start, m_busyUntil.value(key(node, other)));
    start += std::max(0, loadMs);
    booking.startsInMs = static_cast<int>(start - now);
    booking.endsAt = start + std::max(0, generationMs);
    m_busyUntil.insert(booking.key, booking.endsAt);
    return booking;
}

void FakeGenerationSlots::release(const Booking& booking)
{
    if (m_busyUntil.value(booking.key) == booking.endsAt)
        m_busyUntil.insert(booking.key, std::min(booking.endsAt, m_clock.elapsed()));
}

} // namespace tma::test::fake
