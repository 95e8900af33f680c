#pragma once

#include "CliContext.h"

namespace sts::cli {

// After `discover --engagement ID` stored a run: each mail server entered by hand against it
// ("DNS has it now …", "not in DNS (yet)") on stderr, and what to do when DNS has one now.
// Nothing when the engagement has no hand entries.
void printHandEntriesAgainstScan(Context &ctx, const ServiceContext &workspace,
                                 qint64 engagementId);

} // namespace sts::cli
