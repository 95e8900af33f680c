#pragma once

#include "util/Result.h"

#include <QString>

namespace sts::mtasts {

// One `mx:` value of a policy (RFC 8461 §3.2, §4.1): a host name, or "*." + host name where the
// star stands for exactly one whole left-most label. Stored in A-label form, lower case, no
// trailing dot.
class MxPattern
{
public:
    // Validates what a policy or a person wrote. Accepts mixed case and one trailing dot
    // (both normalised); rejects U-labels (the error suggests the A-label), misplaced stars,
    // empty or over-long labels and characters outside letters, digits and hyphens.
    static Result<MxPattern> parse(const QString &text);

    QString text() const { return m_text; }
    bool isWildcard() const { return m_text.startsWith(QStringLiteral("*.")); }

    // True when `host` (an MX host name, any case, optional trailing dot, U- or A-labels) is
    // covered by this pattern.
    bool matches(const QString &host) const;

    bool operator==(const MxPattern &) const = default;

private:
    QString m_text;
};

// Normalises an MX host name for comparison: A-labels, lower case, no trailing dot.
QString normalizeHostName(const QString &host);

} // namespace sts::mtasts
