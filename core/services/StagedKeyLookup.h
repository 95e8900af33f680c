#pragma once

#include "storage/Database.h"
#include "tls/StagedKeyFinder.h"
#include "util/Result.h"

#include <memory>
#include <optional>

namespace sts::services {

// The engagement's staged rollover pair, one answer for the TLSA exports, the deploy hook's
// accepted list and the runbook: the newest next key ("<name>-next.key") the workspace recorded for
// the engagement (`stsdesk-cli csr --next`, the key dialog), wherever its folder is, with the
// digests recorded when it was generated (so a passphrase does not hide it). Only when the
// engagement recorded no staged key, the default secrets folder is searched (pairs staged before
// keys were recorded). Scanning that folder alone missed every pair written with `csr --out DIR`,
// and the folder is named by engagement ID alone, so another workspace's engagement with the same
// ID could lend it its keys.
Result<std::optional<tls::StagedKey>>
stagedKeyOf(const std::shared_ptr<const storage::Database> &db, qint64 engagementId);

} // namespace sts::services
