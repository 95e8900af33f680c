#pragma once

#include "util/Result.h"

#include <QString>

namespace sts {

// A customer mail domain, validated: A-label (punycode) form for DNS and protocol use, and the
// form the customer recognises (U-labels) for display.
// True for a DNS label of letters, digits and inner hyphens, 1 to 63 characters (lower case).
bool isLdhLabel(const QString &label);

struct DomainName
{
    QString ace;     // "xn--mller-kva.de"
    QString display; // "müller.de"

    // Accepts what a person types: mixed case, Unicode, surrounding blanks. Rejects a trailing dot,
    // IP literals, single labels, empty labels, labels over 63 octets, names over 253 octets, and
    // characters outside letters, digits and hyphens (no leading or trailing hyphen in a label).
    static Result<DomainName> fromUserInput(const QString &input);

    bool isValid() const { return !ace.isEmpty(); }
    bool operator==(const DomainName &) const = default;
};

} // namespace sts
