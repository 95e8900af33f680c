#pragma once

#include <QString>

namespace sts::ui {

// An error as a page shows it: what happened, what it means for the customer, and what to do
// next, always in that order and rendered the same way on every page.
struct GuidedMessage
{
    QString what;
    QString meaning; // empty when `what` already says it
    QString next;

    // "What. Meaning.\nNext: next" — empty parts left out.
    QString text() const;
};

// The next step for every problem of the DNS resolver or trust anchor: where the consultant
// changes them. `resolverInUse` is ResolverConfig::describe() of the resolver that was asked.
QString lookupSettingsStep(const QString &resolverInUse);

} // namespace sts::ui
