#pragma once

#include "util/Result.h"

#include <QString>

namespace sts {

// OpenSSL reports failures through a thread-local queue that must be emptied after every failing
// call, or a later, unrelated call picks the stale entries up. Every OpenSSL caller in core goes
// through these helpers so that the queue is always drained and the user sees one readable line.

// Empties the calling thread's error queue and returns its entries joined with "; " (innermost
// first, as OpenSSL queued them), or an empty string when the queue was empty.
QString drainOpenSslErrors();

// Drains the queue and returns an Error whose message is `what` followed by OpenSSL's reasons.
// `what` is already translated and says what was being done ("Could not read the private key").
Error openSslError(const QString &code, const QString &what);

// Discards whatever is queued, e.g. before a call whose failure is expected and handled.
void clearOpenSslErrors();

} // namespace sts
