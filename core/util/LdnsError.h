#pragma once

#include "util/Result.h"

#include <QString>

namespace sts {

// ldns reports failures as ldns_status values; these helpers turn one into readable text without
// making callers include ldns.h (the status is passed as its integer value).
QString ldnsStatusText(int status);

// An Error whose message names what was attempted and ldns' own explanation.
Error ldnsError(const QString &code, int status, const QString &context);

} // namespace sts
