#pragma once

#include "mtasts/Policy.h"

#include <QByteArray>

namespace sts::mtasts {

// The policy file as STS Desk publishes it: version, mode, one line per mx, max_age, every line
// ended by CRLF (RFC 8461 §3.2 allows LF too; CRLF is what the RFC's examples and most senders
// expect).
QByteArray serializePolicy(const Policy &policy);

} // namespace sts::mtasts
