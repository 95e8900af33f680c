#pragma once

#include <QString>

namespace sts {

// Text that others wrote (file names inside archives, sender names, report ids, quarantine
// reasons, DNS data, certificate names, server replies) shown on a terminal or in a widget. Raw,
// an ESC starts a terminal escape sequence, CR and LF forge whole lines ("Imported: 9999"), and
// bidirectional overrides reorder what is read. Each such character becomes a visible escape:
// "\n", "\r", "\t", "\x1b" (other C0 and C1 controls, DEL), "\u202e" (bidirectional controls,
// line and paragraph separators). Everything else, accented and non-Latin letters included,
// stays as it is.
QString printable(const QString &text);

// The same for a document of several lines (a fetched policy file): line breaks (LF, CRLF) stay,
// a CR elsewhere and every other control character is escaped.
QString printableLines(const QString &text);

} // namespace sts
