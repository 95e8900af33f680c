#pragma once

#include "engagement/Engagement.h"
#include "services/ServiceContext.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "util/Clock.h"

#include <memory>

namespace sts {

// Which engagements list() returns.
using EngagementFilter = storage::EngagementRepository::Filter;

// The engagement use cases shared by the wizard, the main window and the CLI: every change is
// validated, stored and written to the event log in one transaction.
class EngagementService
{
public:
    EngagementService(std::shared_ptr<const storage::Database> database,
                      std::shared_ptr<const Clock> clock, QString actor);
    explicit EngagementService(const ServiceContext &context);

    // Checks everything a stored engagement must satisfy; the first problem is returned.
    static Status validate(const Engagement &engagement);

    Result<Engagement> create(Engagement draft);
    Result<Engagement> update(Engagement engagement);
    Result<Engagement> rename(qint64 id, const QString &customer);
    Result<Engagement> archive(qint64 id);
    Result<Engagement> restore(qint64 id);
    Result<Engagement> get(qint64 id) const;
    Result<QList<Engagement>> list(const EngagementFilter &filter) const;
    Result<QList<Engagement>> recent(int limit) const;
    Status markOpened(qint64 id);
    Result<QList<storage::EngagementEvent>> events(qint64 id) const;

    const Clock &clock() const { return *m_clock; }

private:
    Result<Engagement> setArchived(qint64 id, bool archived);
    Status domainFree(const Engagement &engagement) const;
    Status log(qint64 id, const QString &kind, const QJsonObject &payload);

    std::shared_ptr<const storage::Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    QString m_actor;
    storage::EngagementRepository m_repository;
    storage::EventLog m_events;
};

} // namespace sts
