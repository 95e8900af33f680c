#pragma once

#include "engagement/Engagement.h"
#include "storage/Database.h"

#include <QList>
#include <memory>

namespace sts::storage {

// Reads and writes engagements. Validation and event logging live in EngagementService; this
// class only maps rows.
class EngagementRepository
{
public:
    explicit EngagementRepository(std::shared_ptr<const Database> database);

    struct Filter
    {
        QString search; // matches customer, domain or consultant, case-insensitively
        bool includeArchived = false;
        bool archivedOnly = false;
    };

    Result<qint64> insert(const Engagement &engagement);
    Status update(const Engagement &engagement);
    Result<Engagement> get(qint64 id) const;
    Result<QList<Engagement>> list(const Filter &filter) const;
    // The most recently opened engagements that are not archived, newest first.
    Result<QList<Engagement>> recent(int limit) const;
    Status setArchived(qint64 id, bool archived, const QDateTime &at);
    Status markOpened(qint64 id, const QDateTime &at);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage
