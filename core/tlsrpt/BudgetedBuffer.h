#pragma once

#include "tlsrpt/InputAllowance.h"

#include <QByteArray>
#include <utility>

namespace sts::tlsrpt {

// Bytes that unpacking produces, held as one QByteArray whose every allocation is first reserved
// from an InputAllowance: when the allocation is refused, nothing was allocated. What the buffer
// holds goes back to the allowance when it is dropped, or with the HeldBytes given by take().
class BudgetedBuffer
{
public:
    explicit BudgetedBuffer(InputAllowance &allowance) : m_allowance(allowance) {}
    ~BudgetedBuffer();
    BudgetedBuffer(const BudgetedBuffer &) = delete;
    BudgetedBuffer &operator=(const BudgetedBuffer &) = delete;

    // Room for `capacity` bytes (the contents up to `size()` stay); false when refused.
    bool reserve(qint64 capacity);
    // Room for `more` bytes after `used`, growing geometrically up to `limit` + 1 (one more
    // byte than any allowed output, to see when a producer goes over). False when refused.
    bool makeRoom(qint64 used, qint64 more, qint64 limit);
    char *data() { return m_bytes.data(); }
    qint64 capacity() const { return m_bytes.size(); }

    // The first `size` bytes; the spare room given back first.
    QByteArray take(qint64 size, HeldBytes &held);

private:
    InputAllowance &m_allowance;
    QByteArray m_bytes;
    qint64 m_reserved = 0;
};

} // namespace sts::tlsrpt
