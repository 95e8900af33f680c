#include "tlsrpt/BudgetedBuffer.h"

namespace sts::tlsrpt {

BudgetedBuffer::~BudgetedBuffer()
{
    m_bytes = QByteArray();
    m_allowance.release(m_reserved);
}

bool BudgetedBuffer::reserve(qint64 capacity)
{
    if (capacity <= m_bytes.size())
        return true;
    if (!m_allowance.reserve(capacity - m_reserved))
        return false;
    m_reserved = capacity;
    m_bytes.resize(capacity);
    return true;
}

bool BudgetedBuffer::makeRoom(qint64 used, qint64 more, qint64 limit)
{
    if (used + more <= m_bytes.size())
        return true;
    const qint64 wanted = qMax(used + more, qMax<qint64>(m_bytes.size() * 2, 4096));
    return reserve(qMin(wanted, limit + 1));
}

QByteArray BudgetedBuffer::take(qint64 size, HeldBytes &held)
{
    m_bytes.truncate(size);
    // A buffer that doubled may be up to half empty: a large report held until it is written
    // should not hold that too (shrinking a large block moves no bytes, glibc remaps it). A
    // small one is not worth the reallocation.
    const qint64 spare = m_bytes.capacity() - size;
    if (spare > 64 * 1024 && spare > size / 8)
        m_bytes.squeeze();
    const qint64 kept = qMax<qint64>(m_bytes.capacity(), size);
    if (kept < m_reserved)
        m_allowance.release(m_reserved - kept);
    held = m_allowance.hold(qMin(kept, m_reserved));
    m_reserved = 0;
    return std::exchange(m_bytes, QByteArray());
}

} // namespace sts::tlsrpt
