#pragma once

#include <QByteArrayView>

namespace sts::tlsrpt {

// An upper estimate of the memory that parsing `json` and building its rows takes, beyond the
// document itself. The parsers' trees are many times the text for documents made of tiny
// values: measured per structural byte, an empty object ("{}") cost about 650 bytes, an
// element of an array of numbers or arrays about 180, a tiny string about 75, padding nothing.
// The estimate charges each byte that opens a value the most it was seen to cost, so it is
// pessimistic (2 to 3 times) for ordinary reports, which are small anyway.
qint64 parseCostEstimate(QByteArrayView json);

} // namespace sts::tlsrpt
