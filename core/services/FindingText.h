#pragma once

#include "storage/Finding.h"
#include "util/TextLanguage.h"

#include <QString>

namespace sts::services {

// The one place a finding becomes words: from its stable kind and details, in `language`, when it
// is shown (stored findings stay language-free, so a German desk and an English one read the
// same row in their own words). Unknown kinds (from a newer STS Desk) read as their kind.
QString findingText(const storage::Finding &finding,
                    TextLanguage language = TextLanguage::Translated);
// "info", "warning", "critical" for people.
QString severityText(storage::Finding::Severity severity,
                     TextLanguage language = TextLanguage::Translated);
// "open", "acknowledged", "resolved" for people.
QString stateText(storage::Finding::State state, TextLanguage language = TextLanguage::Translated);

} // namespace sts::services
