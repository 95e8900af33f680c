#include "PublishedEngagement.h"

#include "LivePolicy.h"
#include "services/EngagementService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace sts::test {

qint64 seedPublishedEngagement(const QString &sqlitePath, const QString &customer,
                               const QString &domain, const QString &mxHost, QString &error)
{
    storage::DatabaseLocation location;
    location.sqlitePath = sqlitePath;
    auto db = storage::Database::open(location);
    if (!db) {
        error = db.error().describe();
        return 0;
    }
    auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC));
    Engagement draft;
    draft.customer = customer;
    draft.domain.ace = domain;
    auto created = EngagementService(*db, clock, u"tester"_s).create(draft);
    if (!created) {
        error = created.error().describe();
        return 0;
    }
    if (Result<QString> published = publishTestingPolicy(*db, created->id, clock, mxHost);
        !published) {
        error = published.error().describe();
        return 0;
    }
    return created->id;
}

} // namespace sts::test
