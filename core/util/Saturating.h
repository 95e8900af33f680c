#pragma once

#include <QtGlobal>
#include <limits>

namespace sts {

// Session counts add up without overflowing: a sum that would pass int64 stays at its largest
// value. Every count a report gives is bounded (tlsrpt::maxSessionCount), so real sums never get
// there, but nothing bounds how many reports a forger sends, and a signed overflow is undefined
// behaviour (a wrapped, negative total would read as "no failures").
constexpr qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

// `total += value`, saturating.
constexpr void addCount(qint64 &total, qint64 value)
{
    total = saturatingAdd(total, value);
}

} // namespace sts
