#include "storage/MailboxRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::MailboxRepository", text);
}

QString tlsModeKey(tlsrpt::ImapSettings::Security security)
{
    return security == tlsrpt::ImapSettings::Security::StartTls ? u"starttls"_s : u"implicit"_s;
}

} // namespace

bool StoredMailbox::sameValues(const StoredMailbox &other) const
{
    return host == other.host && port == other.port && security == other.security &&
           user == other.user && folder == other.folder && caFile == other.caFile &&
           markSeen == other.markSeen;
}

MailboxRepository::MailboxRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<std::optional<StoredMailbox>> MailboxRepository::get(qint64 engagementId) const
{
    const QString what = tr("reading the mailbox");
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT m.host, m.port, m.tls_mode, m.user_name, m.folder, m.ca_file, m.mark_seen, "
              "m.updated_at, m.last_sync_at, m.last_sync_ok, m.last_sync_result "
              "FROM engagements e LEFT JOIN engagement_mailboxes m ON m.engagement_id = e.id "
              "WHERE e.id = ?"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    Result<bool> row = Database::nextRow(q, what);
    if (!row)
        return row.error();
    if (!*row)
        return Error{u"engagement.not-found"_s, tr("There is no engagement %1.").arg(engagementId)};
    if (q.value(0).isNull())
        return std::optional<StoredMailbox>();
    StoredMailbox m;
    m.host = q.value(0).toString();
    m.port = quint16(q.value(1).toUInt());
    m.security = q.value(2).toString() == u"starttls"_s
                     ? tlsrpt::ImapSettings::Security::StartTls
                     : tlsrpt::ImapSettings::Security::ImplicitTls;
    m.user = q.value(3).toString();
    m.folder = q.value(4).toString();
    m.caFile = q.value(5).toString();
    m.markSeen = q.value(6).toInt() != 0;
    m.updatedAt = fromIsoUtc(q.value(7).toString());
    if (!q.value(8).isNull()) {
        m.lastSync.at = fromIsoUtc(q.value(8).toString());
        m.lastSync.ok = q.value(9).toInt() != 0;
        m.lastSync.result = q.value(10).toString();
    }
    return std::optional<StoredMailbox>(std::move(m));
}

Status MailboxRepository::put(qint64 engagementId, const StoredMailbox &m)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO engagement_mailboxes (engagement_id, host, port, tls_mode, user_name, "
              "folder, ca_file, mark_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (engagement_id) DO UPDATE SET host = excluded.host, "
              "port = excluded.port, tls_mode = excluded.tls_mode, "
              "user_name = excluded.user_name, folder = excluded.folder, "
              "ca_file = excluded.ca_file, mark_seen = excluded.mark_seen, "
              "updated_at = excluded.updated_at"_s);
    for (const QVariant &v :
         QVariantList{QVariant(engagementId), QVariant(m.host), QVariant(int(m.port)),
                      QVariant(tlsModeKey(m.security)), QVariant(m.user), QVariant(m.folder),
                      QVariant(Database::nonNull(m.caFile)), QVariant(m.markSeen ? 1 : 0),
                      QVariant(toIsoUtc(m.updatedAt))})
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("saving the mailbox"));
    return Status::success();
}

Result<bool> MailboxRepository::remove(qint64 engagementId)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"DELETE FROM engagement_mailboxes WHERE engagement_id = ?"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("removing the mailbox"));
    return q.numRowsAffected() > 0;
}

Status MailboxRepository::recordSync(qint64 engagementId, const MailboxSyncRecord &record)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"UPDATE engagement_mailboxes SET last_sync_at = ?, last_sync_ok = ?, "
              "last_sync_result = ? WHERE engagement_id = ?"_s);
    q.addBindValue(toIsoUtc(record.at));
    q.addBindValue(record.ok ? 1 : 0);
    q.addBindValue(Database::nonNull(record.result));
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("recording the mailbox sync"));
    return Status::success();
}

} // namespace sts::storage
