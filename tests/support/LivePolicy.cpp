#include "LivePolicy.h"

#include "mtasts/PolicyGenerator.h"
#include "storage/PolicyRepository.h"
#include "util/Clock.h"

namespace sts::test {

bool makeLivePolicy(const std::shared_ptr<storage::Database> &db, qint64 engagementId,
                    const QString &id, mtasts::PolicyMode mode, const QDateTime &at,
                    const QString &mxPattern)
{
    const auto pattern = mtasts::MxPattern::parse(mxPattern);
    if (!pattern)
        return false;
    mtasts::PolicyVersion version =
        mtasts::PolicyGenerator(std::make_shared<FixedClock>(at))
            .make(mode, {*pattern},
                  mode == mtasts::PolicyMode::Enforce ? mtasts::kEnforceMaxAge
                                                      : mtasts::kTestingMaxAge);
    version.id = id;
    storage::PolicyRepository policies(db);
    const Result<qint64> row = policies.add(engagementId, version);
    return row.ok() && policies.markPublished(*row, at).ok();
}

} // namespace sts::test
