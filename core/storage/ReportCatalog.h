#pragma once

#include "storage/Database.h"
#include "tlsrpt/StoredReports.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <memory>

namespace sts::storage {

// Lists, reads and removes stored reports (their policies, failure details and versions go
// with them).
class ReportCatalog
{
public:
    explicit ReportCatalog(std::shared_ptr<const Database> database);

    // Ordered by day, sender and id.
    Result<QList<tlsrpt::StoredReportInfo>> list(const tlsrpt::StoredReportFilter &filter) const;
    Result<tlsrpt::StoredReportInfo> get(qint64 id) const;
    Status remove(qint64 id);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage
