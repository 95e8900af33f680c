#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts::bundle {

// The engagement's memory as one JSON document for the customer's records: the engagement, its
// event log, discovery snapshots, the mail servers entered by hand, probes, policy versions and a
// summary of the imported reports. Nothing secret is in the database, so nothing secret is in the
// export.
Result<QByteArray> engagementExportJson(std::shared_ptr<const storage::Database> db,
                                        qint64 engagementId, const QDateTime &createdAt);

} // namespace sts::bundle
