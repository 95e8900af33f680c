#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <memory>

namespace sts::storage {

// Who looks after which engagement (table engagement_assignments, migration 0018).
class AssignmentRepository
{
public:
    explicit AssignmentRepository(std::shared_ptr<const Database> database);

    // The assignee of every assigned engagement, in one query (the portfolio's "mine").
    Result<QHash<qint64, QString>> all() const;
    // "" when the engagement is not assigned.
    Result<QString> assigneeOf(qint64 engagementId) const;
    Status set(qint64 engagementId, const QString &assignee, const QDateTime &at);
    Status clear(qint64 engagementId);
    // The database role of this connection (PostgreSQL's current_user); "" on SQLite.
    Result<QString> currentRole() const;
    // Whether PostgreSQL knows a role of that name (true on SQLite, which has none).
    Result<bool> roleExists(const QString &role) const;

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage
