#pragma once

#include "storage/Database.h"
#include "storage/Finding.h"

#include <QList>
#include <memory>

namespace sts::storage {

// A finding no digest has carried yet, with what the mail says about its engagement.
struct PendingFinding
{
    Finding finding;
    QString customer;
    QString domain; // for display
    QString consultant;
};

// The notifications' own view of the findings table (migration 0017), kept apart from the
// monitor's FindingRepository: which findings still need a mail, and the mark that one carried
// them. Acknowledged findings are still mailed: acknowledging in the GUI before the digest went
// out means someone saw it, but the digest is the record that the consultant was told.
class NotificationFindings
{
public:
    explicit NotificationFindings(std::shared_ptr<const Database> database);

    // Unresolved, never notified, of engagements not archived; by consultant, customer, id.
    Result<QList<PendingFinding>> pending() const;
    // Sets notified_at of `ids` that are still unnotified; returns how many it set. Call in the
    // transaction that records the sent mail, so a finding is marked exactly when a mail says so.
    Result<int> markNotified(const QList<qint64> &ids, const QDateTime &at);

    // For the desktop: unresolved findings with an id above `afterId` (ids only grow), and the
    // highest id there is (0 without findings), where a window starts watching.
    Result<QList<PendingFinding>> unresolvedAfter(qint64 afterId) const;
    Result<qint64> latestId() const;

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage
