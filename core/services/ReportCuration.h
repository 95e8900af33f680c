#pragma once

#include "services/ServiceContext.h"

#include <memory>

namespace sts::storage {
class Database;
}

namespace sts::tlsrpt {

// What the consultant does with stored reports, so that one bad report can never lock an
// engagement: take it out again (removed, or sent back to the quarantine with its bytes) and
// settle a conflict by keeping one version. Each step is one transaction and an event in the log
// of every engagement the report concerns. Used on the thread that owns the connection.
class ReportCuration
{
public:
    // The events name `context.actor`.
    explicit ReportCuration(const ServiceContext &context);

    // The quarantine code of a report the consultant sent back: Retry leaves those alone.
    static QString withdrawnCode();

    // `reportRow`: tlsrpt_reports.id (what `report list` and the Reports view show).
    Status remove(qint64 reportRow, const QString &reason);
    // A report in conflict goes with every version's bytes. Needs a reason.
    Status sendToQuarantine(qint64 reportRow, const QString &reason);
    // `versionId`: a version of a report in conflict; its policies count from now on.
    Status keepVersion(qint64 versionId, const QString &reason);

private:
    Status takeOut(qint64 reportRow, const QString &reason, bool toQuarantine);

    std::shared_ptr<const storage::Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    QString m_actor;
};

} // namespace sts::tlsrpt
