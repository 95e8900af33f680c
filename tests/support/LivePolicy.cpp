#include "LivePolicy.h"

#include "mtasts/PolicyGenerator.h"
#include "storage/PolicyRepository.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

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

Result<QString> publishTestingPolicy(const std::shared_ptr<storage::Database> &db,
                                     qint64 engagementId, const std::shared_ptr<const Clock> &clock,
                                     const QString &mxHost)
{
    const QString id = mtasts::PolicyGenerator(clock).newId();
    if (!makeLivePolicy(db, engagementId, id, mtasts::PolicyMode::Testing, clock->now(), mxHost))
        return Error{u"test.policy"_s, u"cannot store a live testing policy %1"_s.arg(id)};
    return id;
}

} // namespace sts::test
