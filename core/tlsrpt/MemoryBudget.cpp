#include "tlsrpt/MemoryBudget.h"

namespace sts::tlsrpt {

bool MemoryBudget::take(qint64 bytes, bool always)
{
    qint64 used = m_used.load(std::memory_order_relaxed);
    qint64 next;
    do {
        next = used + bytes;
        if (!always && next > m_capacity && bytes > 0)
            return false;
    } while (!m_used.compare_exchange_weak(used, next, std::memory_order_relaxed));
    qint64 high = m_highWater.load(std::memory_order_relaxed);
    while (next > high && !m_highWater.compare_exchange_weak(high, next, std::memory_order_relaxed))
        ;
    return true;
}

void MemoryBudget::give(qint64 bytes)
{
    m_used.fetch_sub(bytes, std::memory_order_relaxed);
}

HeldBytes::HeldBytes(MemoryBudget *budget, qint64 bytes)
    : m_held(budget ? std::make_shared<Held>(budget, bytes) : nullptr)
{}

void HeldBytes::add(qint64 bytes)
{
    if (m_held)
        m_held->bytes += bytes;
}

HeldBytes::Held::~Held()
{
    budget->give(bytes);
}

} // namespace sts::tlsrpt
