#pragma once

#include "mtasts/Policy.h"

#include <QStringList>
#include <optional>

namespace sts::mtasts {

// The policy a TLS-RPT `sts` result names in its `policy-string` (RFC 8460 §4.4: the policy's
// lines as the sender fetched them), read with the strict parser. Empty when there are no lines or
// they are no valid policy (a sender cannot have applied what is not a policy).
std::optional<Policy> policyFromReportLines(const QStringList &lines);

// True when a sender applying `reported` applies `published`: the same mode, max_age and mx
// patterns. The patterns are compared as a set (order, case and a trailing dot aside), since
// the order of the `mx` lines does not change what a sender does.
bool samePolicyApplied(const Policy &reported, const Policy &published);

} // namespace sts::mtasts
