#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sts::records {

// How octets outside printable ASCII are written inside a quoted character-string: zone files
// (RFC 1035 §5.1) use three decimal digits, Route 53 uses three octal digits.
enum class EscapeStyle { Decimal, Octal };

// A TXT RR holds character-strings of at most 255 octets each (RFC 1035 §3.3); senders
// concatenate them without separators (RFC 8461 §3.1, RFC 8460 §3), so splitting is lossless.
constexpr qsizetype kMaxCharacterString = 255;

// Cuts `text` into pieces of at most 255 octets (one empty piece for empty input).
QList<QByteArray> splitCharacterStrings(const QByteArray &text);

// `"…"` with `"` and `\` backslash-escaped and other octets outside 0x20..0x7e as \DDD (or \ooo).
QString quoteCharacterString(const QByteArray &string, EscapeStyle style = EscapeStyle::Decimal);

// The strings quoted and joined with one blank: `"v=STSv1; " "id=1;"`.
QString quoteCharacterStrings(const QList<QByteArray> &strings,
                              EscapeStyle style = EscapeStyle::Decimal);

} // namespace sts::records
