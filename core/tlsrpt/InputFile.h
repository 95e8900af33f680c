#pragma once

#include "tlsrpt/Extraction.h"
#include "tlsrpt/InputAllowance.h"

namespace sts::tlsrpt {

// Reads one input file whole, within its allowance: the file's size is reserved before a byte
// of it is kept, and a file is refused unread when it is larger than it may be. A plain JSON
// report (told from its first bytes) may be no larger than any other report
// (ExtractionLimits::maxDocumentBytes); other files no larger than ExtractionLimits::
// maxFileBytes, and their bytes count against the input's limit. Fails with
// InputAllowance::deferral() when the budget refused.
Result<QByteArray> readInputFile(const QByteArray &localPath, const ExtractionLimits &limits,
                                 InputAllowance &allowance, HeldBytes &held);

// Whether `bytes` begin like a JSON document (whitespace and a byte order mark skipped).
bool looksLikeJson(QByteArrayView bytes);

} // namespace sts::tlsrpt
