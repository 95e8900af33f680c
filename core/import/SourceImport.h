#pragma once

#include "import/ReportSource.h"
#include "util/Clock.h"

#include <atomic>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts::tlsrpt {

// Imports everything new from one report source (see ReportSource): its cursor read from the
// workspace, each batch imported and its cursor stored before the next batch is fetched. Blocking:
// use it on the thread that opened `database`.
class SourceImport
{
public:
    SourceImport(std::shared_ptr<const storage::Database> database, ImportOptions options = {},
                 std::shared_ptr<const Clock> clock = Clock::system());

    // `cancel` is looked at between batches (and inside a batch of files); what is committed
    // stays, and the cursor covers exactly that.
    Result<ImportSummary> run(ReportSource &source, const std::atomic_bool *cancel = nullptr,
                              const ImportProgress &progress = {});

private:
    std::shared_ptr<const storage::Database> m_db;
    ImportOptions m_options;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace sts::tlsrpt
