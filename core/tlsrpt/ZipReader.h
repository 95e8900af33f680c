#pragma once

#include "tlsrpt/Extraction.h"
#include "tlsrpt/InputAllowance.h"

#include <functional>

namespace sts::tlsrpt {

// Zip archives (libarchive). Limits: entries per archive, bytes per entry; every entry's bytes
// count against the input's allowance.
class ZipReader
{
public:
    struct Entry
    {
        QString name;
        QByteArray bytes;
        HeldBytes held; // the entry's share of the memory budget
    };

    static bool looksLikeZip(const QByteArray &data);
    // Hands the entries to `each` one at a time, so that one entry is in memory while it is
    // unpacked further, not the whole archive. Stops at the first error (the entries handed
    // over before it are the caller's to drop); InputAllowance::deferral() when the budget
    // refused.
    static Status forEach(const QByteArray &data, const ExtractionLimits &limits,
                          InputAllowance &allowance, const std::function<void(Entry &&)> &each);
};

} // namespace sts::tlsrpt
