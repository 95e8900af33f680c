#pragma once

#include "mtasts/Policy.h"
#include "mtasts/Problem.h"

#include <QByteArray>
#include <optional>

namespace sts::mtasts {

struct PolicyParse
{
    std::optional<Policy> policy; // set only when there is no error
    QList<Problem> problems;      // errors and warnings, with 1-based line numbers
};

// Strict parser for a served `mta-sts.txt` (RFC 8461 §3.2). LF or CRLF, final terminator
// optional. Keys and the mode are case-sensitive; the first of a duplicated non-mx key wins
// (warning); unknown keys are ignored (warning). Thread-safe.
PolicyParse parsePolicy(const QByteArray &body);

} // namespace sts::mtasts
