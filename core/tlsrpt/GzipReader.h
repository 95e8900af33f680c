#pragma once

#include "tlsrpt/InputAllowance.h"
#include "util/Result.h"

#include <QByteArray>
#include <QStringList>

namespace sts::tlsrpt {

// gzip (RFC 1952) with the leniency real senders need: several members are concatenated, bytes
// after the last member (a stray CRLF) are ignored with a warning, a zero mtime is fine.
class GzipReader
{
public:
    static bool looksLikeGzip(const QByteArray &data);
    // Refuses output over `maxBytes` as soon as it is reached, so a gzip bomb costs little.
    // Every allocation is reserved from `allowance` first; `held` keeps the output's share.
    // Fails with InputAllowance::deferral() when the budget refused.
    static Result<QByteArray> decompress(const QByteArray &data, qint64 maxBytes,
                                         InputAllowance &allowance, HeldBytes &held,
                                         QStringList *warnings = nullptr);
};

} // namespace sts::tlsrpt
