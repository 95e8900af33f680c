#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <memory>

namespace sts::storage {

// One thing that happened to an engagement: created, renamed, policy published, phase changed...
struct EngagementEvent
{
    qint64 id = 0;
    qint64 engagementId = 0;
    QDateTime at;
    QString kind;  // stable, dotted: "engagement.created", "rollout.enforced"
    QString actor; // who did it (consultant name or "stsdesk-cli")
    QJsonObject payload;

    QJsonObject toJson() const;
};

// The engagement's append-only log; later capabilities add their own kinds.
class EventLog
{
public:
    explicit EventLog(std::shared_ptr<const Database> database);

    Result<qint64> append(const EngagementEvent &event);
    Result<QList<EngagementEvent>> forEngagement(qint64 engagementId) const;
    // Every engagement's events of `kinds` in one query (the portfolio), each list in log order.
    Result<QHash<qint64, QList<EngagementEvent>>> ofKinds(const QStringList &kinds) const;

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage
