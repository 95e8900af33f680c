#include "storage/SourceCursors.h"

#include "util/IsoTime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::SourceCursors", text);
}

SourceCursors::SourceCursors(std::shared_ptr<const Database> database) : m_db(std::move(database))
{}

Result<QString> SourceCursors::cursor(const QString &kind, const QString &source) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT cursor FROM report_source_cursors WHERE kind = ? AND source = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(Database::nonNull(source));
    if (!q.exec())
        return Database::sqlError(q.lastError(),
                                  tr("reading the sync position of a report source"));
    Result<bool> row = Database::nextRow(q, tr("reading the sync position of a report source"));
    if (!row)
        return row.error();
    return *row ? q.value(0).toString() : QString();
}

Status SourceCursors::setCursor(const QString &kind, const QString &source, const QString &cursor,
                                const QDateTime &at)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO report_source_cursors (kind, source, cursor, updated_at) "
              "VALUES (?, ?, ?, ?) ON CONFLICT (kind, source) "
              "DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"_s);
    for (const QVariant &v : {QVariant(kind), QVariant(Database::nonNull(source)),
                              QVariant(Database::nonNull(cursor)), QVariant(toIsoUtc(at))})
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("saving the sync position of a report source"));
    return Status::success();
}

} // namespace sts::storage
