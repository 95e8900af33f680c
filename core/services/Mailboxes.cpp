#include "services/Mailboxes.h"

#include "engagement/DomainName.h"
#include "engagement/EventKinds.h"
#include "services/ChangedValues.h"
#include "storage/EventLog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services::Mailboxes", text);
}

} // namespace

// One entry of the engagement's history, written in the caller's transaction.
Status Mailboxes::log(qint64 engagementId, QLatin1StringView kind, const QDateTime &at,
                      const QJsonObject &payload) const
{
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = at;
    event.kind = QString(kind);
    event.actor = m_context.actor;
    event.payload = payload;
    Result<qint64> appended = storage::EventLog(m_context.database).append(event);
    return appended ? Status::success() : Status(appended.error());
}

Mailboxes::Mailboxes(ServiceContext context) : m_context(std::move(context)) {}

secrets::SecretKey Mailboxes::passwordKey(const StoredMailbox &mailbox)
{
    return {u"stsdesk-imap"_s, u"%1@%2"_s.arg(mailbox.user, mailbox.host.toLower())};
}

quint16 Mailboxes::defaultPort(tlsrpt::ImapSettings::Security security)
{
    return security == tlsrpt::ImapSettings::Security::StartTls ? 143 : 993;
}

StoredMailbox Mailboxes::normalised(StoredMailbox m)
{
    m.host = m.host.trimmed();
    m.user = m.user.trimmed();
    m.folder = m.folder.trimmed();
    if (m.folder.isEmpty())
        m.folder = u"INBOX"_s;
    m.caFile = m.caFile.trimmed();
    return m;
}

Status Mailboxes::validate(const StoredMailbox &m)
{
    const bool address =
        QHostAddress(m.host).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol;
    if (m.host.isEmpty() || (!address && !DomainName::fromUserInput(m.host)))
        return Error{kHostError, tr("“%1” is not a host name or address.").arg(m.host)};
    if (m.port == 0)
        return Error{kPortError, tr("The port must be a number from 1 to 65535.")};
    if (m.user.isEmpty())
        return Error{kUserError, tr("The user name is missing.")};
    if (m.folder.contains(u'"') || m.folder.contains(u'\r') || m.folder.contains(u'\n'))
        return Error{kFolderError, tr("A folder name cannot contain quotes or line breaks.")};
    if (!m.caFile.isEmpty() && !QFileInfo(m.caFile).isReadable())
        return Error{kCaFileError, tr("The CA file “%1” cannot be read.").arg(m.caFile)};
    return Status::success();
}

tlsrpt::ImapSettings Mailboxes::imapSettings(const StoredMailbox &m, const QString &password)
{
    tlsrpt::ImapSettings s;
    s.host = m.host;
    s.port = m.port;
    s.security = m.security;
    s.user = m.user;
    s.password = password;
    s.folder = m.folder;
    s.caFile = m.caFile;
    s.markSeen = m.markSeen;
    return s;
}

QJsonObject Mailboxes::toJson(const StoredMailbox &m)
{
    return {{u"host"_s, m.host},
            {u"port"_s, int(m.port)},
            {u"tls"_s, m.security == tlsrpt::ImapSettings::Security::StartTls ? u"starttls"_s
                                                                              : u"implicit"_s},
            {u"user"_s, m.user},
            {u"folder"_s, m.folder},
            {u"ca-file"_s, m.caFile},
            {u"mark-seen"_s, m.markSeen}};
}

Result<std::optional<StoredMailbox>> Mailboxes::load(qint64 engagementId) const
{
    return storage::MailboxRepository(m_context.database).get(engagementId);
}

Result<StoredMailbox> Mailboxes::save(qint64 engagementId, StoredMailbox mailbox)
{
    mailbox = normalised(std::move(mailbox));
    if (Status valid = validate(mailbox); !valid)
        return valid.error();
    storage::MailboxRepository repository(m_context.database);
    Result<std::optional<StoredMailbox>> before = repository.get(engagementId);
    if (!before)
        return before.error();
    if (*before && (*before)->sameValues(mailbox))
        return **before;
    mailbox.updatedAt = m_context.clock->now();
    if (*before)
        mailbox.lastSync = (*before)->lastSync;
    Status stored = m_context.database->inTransaction([&]() -> Status {
        if (Status put = repository.put(engagementId, mailbox); !put)
            return put;
        return log(engagementId, events::kMailboxChanged, mailbox.updatedAt,
                   changedValues(*before ? toJson(**before) : QJsonObject{}, toJson(mailbox)));
    });
    if (!stored)
        return stored.error();
    return mailbox;
}

Status Mailboxes::remove(qint64 engagementId)
{
    storage::MailboxRepository repository(m_context.database);
    Result<std::optional<StoredMailbox>> before = repository.get(engagementId);
    if (!before)
        return before.error();
    if (!*before)
        return Error{u"mailbox.not-set"_s, tr("Engagement %1 has no mailbox.").arg(engagementId)};
    return m_context.database->inTransaction([&]() -> Status {
        Result<bool> removed = repository.remove(engagementId);
        if (!removed)
            return removed.error();
        return log(engagementId, events::kMailboxRemoved, m_context.clock->now(), toJson(**before));
    });
}

Status Mailboxes::recordSync(qint64 engagementId, const MailboxSyncRecord &record,
                             const QJsonObject &summary)
{
    storage::MailboxRepository repository(m_context.database);
    return m_context.database->inTransaction([&]() -> Status {
        if (Status recorded = repository.recordSync(engagementId, record); !recorded)
            return recorded;
        if (summary.value(u"imported"_s).toInt() == 0 &&
            summary.value(u"quarantined"_s).toInt() == 0)
            return Status::success();
        return log(engagementId, events::kMailboxSynced, record.at, summary);
    });
}

} // namespace sts::services
