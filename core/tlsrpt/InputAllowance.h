#pragma once

#include "tlsrpt/MemoryBudget.h"
#include "util/Result.h"

#include <atomic>

namespace sts::tlsrpt {

// What one input may still use while it is read, unpacked and parsed: its share of the
// import's MemoryBudget, and the per-input limit on all bytes it unpacks (ExtractionLimits::
// maxInputBytes), which nested archives count against as much as the outer one.
//
// `front`, when given, names the work the writer waits for: while it holds `self`, this input
// may go beyond the budget; otherwise a refusal by the budget makes the input "deferred": its
// unpacking stops, what it holds is given back, and the importer reads it again later.
class InputAllowance
{
public:
    // No budget: only the per-input limit applies (inputs already in memory, tests).
    explicit InputAllowance(qint64 maxInputBytes, MemoryBudget *budget = nullptr,
                            const std::atomic<quint64> *front = nullptr, quint64 self = 0)
        : m_budget(budget), m_front(front), m_self(self), m_maxInputBytes(maxInputBytes)
    {}

    // Memory for `bytes` about to be allocated; false when the budget refused them now (the
    // input is deferred from then on).
    bool reserve(qint64 bytes);
    // Gives back memory reserved but not kept (a buffer that shrank or was freed unheld).
    void release(qint64 bytes);
    // Ties `bytes` already reserved to a buffer that outlives this call.
    HeldBytes hold(qint64 bytes) const { return HeldBytes(m_budget, bytes); }

    // Counts `bytes` more unpacked for this input; an error once the input exceeds its limit.
    Status unpacked(qint64 bytes);

    bool deferred() const { return m_deferred; }
    // The error that stops the unpacking when the budget refused (never shown to a user).
    static Error deferral();
    static bool isDeferral(const Error &error);

private:
    MemoryBudget *m_budget;
    const std::atomic<quint64> *m_front;
    quint64 m_self;
    qint64 m_maxInputBytes;
    qint64 m_unpacked = 0;
    bool m_deferred = false;
};

// Where the inputs of one import get their allowances: the import's budget and which work the
// writer waits for (see InputAllowance). The default has no budget.
struct MemoryScope
{
    MemoryBudget *budget = nullptr;
    const std::atomic<quint64> *front = nullptr;
    quint64 self = 0;

    InputAllowance allowance(qint64 maxInputBytes) const
    {
        return InputAllowance(maxInputBytes, budget, front, self);
    }
};

} // namespace sts::tlsrpt
