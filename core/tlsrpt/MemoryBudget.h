#pragma once

#include <QtGlobal>
#include <atomic>
#include <memory>

namespace sts::tlsrpt {

// The bytes an import holds for its inputs at once: files read, everything decompressed from
// them at every level, reports being parsed and reports waiting to be written. One budget for
// the whole pipeline, so that memory is bounded whatever the inputs' nesting, sizes or count.
//
// A piece asks before it allocates. Work the writer is not waiting for yet is told "not now"
// once the budget is spent, gives back what it holds and is done again later; the input the
// writer waits for is never refused by the budget (only by the per-input limits), so the import
// always progresses. Lock-free: a small report costs two atomic additions.
class MemoryBudget
{
public:
    explicit MemoryBudget(qint64 capacity) : m_capacity(capacity) {}
    MemoryBudget(const MemoryBudget &) = delete;
    MemoryBudget &operator=(const MemoryBudget &) = delete;

    // Takes `bytes` if they fit, or beyond the capacity with `always`.
    bool take(qint64 bytes, bool always);
    void give(qint64 bytes);

    qint64 capacity() const { return m_capacity; }
    qint64 used() const { return m_used.load(std::memory_order_relaxed); }
    // The most ever held at once.
    qint64 highWater() const { return m_highWater.load(std::memory_order_relaxed); }

private:
    const qint64 m_capacity;
    std::atomic<qint64> m_used{0};
    std::atomic<qint64> m_highWater{0};
};

// Bytes held against a budget, given back when the last copy goes (copies share them, as the
// QByteArrays they stand for share their data).
class HeldBytes
{
public:
    HeldBytes() = default;
    // Takes nothing itself: `bytes` must already have been taken from `budget`.
    HeldBytes(MemoryBudget *budget, qint64 bytes);

    bool isNull() const { return !m_held; }
    qint64 bytes() const { return m_held ? m_held->bytes : 0; }
    // Adds bytes already taken from the same budget (a buffer that grew).
    void add(qint64 bytes);

private:
    struct Held
    {
        Held(MemoryBudget *budget, qint64 bytes) : budget(budget), bytes(bytes) {}
        Held(const Held &) = delete;
        Held &operator=(const Held &) = delete;
        ~Held();
        MemoryBudget *budget;
        qint64 bytes;
    };
    std::shared_ptr<Held> m_held;
};

} // namespace sts::tlsrpt
