#include "storage/AssignmentRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::AssignmentRepository", text);
}

AssignmentRepository::AssignmentRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<QHash<qint64, QString>> AssignmentRepository::all() const
{
    const QString what = tr("reading who the engagements are assigned to");
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT engagement_id, assignee FROM engagement_assignments"_s))
        return Database::sqlError(q.lastError(), what);
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (Status read = Database::rowsRead(q, what); !read)
        return read.error();
    return out;
}

Result<QString> AssignmentRepository::assigneeOf(qint64 engagementId) const
{
    const QString what = tr("reading who the engagement is assigned to");
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT assignee FROM engagement_assignments WHERE engagement_id = ?"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    Result<bool> row = Database::nextRow(q, what);
    if (!row)
        return row.error();
    return *row ? q.value(0).toString() : QString();
}

Status AssignmentRepository::set(qint64 engagementId, const QString &assignee, const QDateTime &at)
{
    // An upsert both engines speak (SQLite ≥ 3.24, PostgreSQL ≥ 9.5).
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO engagement_assignments (engagement_id, assignee, assigned_at) "
              "VALUES (?, ?, ?) ON CONFLICT (engagement_id) DO UPDATE SET "
              "assignee = excluded.assignee, assigned_at = excluded.assigned_at"_s);
    q.addBindValue(engagementId);
    q.addBindValue(assignee);
    q.addBindValue(toIsoUtc(at));
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("assigning the engagement"));
    return Status::success();
}

Status AssignmentRepository::clear(qint64 engagementId)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"DELETE FROM engagement_assignments WHERE engagement_id = ?"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("unassigning the engagement"));
    return Status::success();
}

Result<QString> AssignmentRepository::currentRole() const
{
    if (!m_db->isPostgres())
        return QString();
    const QString what = tr("asking the server for the database role");
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT current_user"_s))
        return Database::sqlError(q.lastError(), what);
    Result<bool> row = Database::nextRow(q, what);
    if (!row)
        return row.error();
    return *row ? q.value(0).toString() : QString();
}

Result<bool> AssignmentRepository::roleExists(const QString &role) const
{
    if (!m_db->isPostgres())
        return true;
    const QString what = tr("looking up the database role");
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
    q.addBindValue(role);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    return Database::nextRow(q, what);
}

} // namespace sts::storage
