#pragma once

#include "dns/MxAnalysis.h"
#include "util/MessageText.h"

#include <QString>

namespace sts::dns {

// The one place where a discovery finding becomes a sentence: its code picks the sentence, its
// arguments fill it, in the language of the installed translators (wizard, runbook, CLI text) or
// in English (JSON). Findings stored as text only (see Finding::storedText) read as stored.
QString findingText(const Finding &finding, TextLanguage language = TextLanguage::Translated);

// True for a code findingText() can phrase (discovery's own and the TXT parsers' problems).
bool isFindingCode(const QString &code);

} // namespace sts::dns
