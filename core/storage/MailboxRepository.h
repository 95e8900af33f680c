#pragma once

#include "storage/Database.h"
#include "tlsrpt/ImapSession.h"

#include <QDateTime>
#include <memory>
#include <optional>

namespace sts::storage {

// How the last sync of a mailbox ended.
struct MailboxSyncRecord
{
    QDateTime at; // invalid: never synced
    bool ok = false;
    QString result; // the summary as JSON, or the error message
};

// An engagement's IMAP mailbox as stored (never its password): validation, the event log and the
// password's place in the keychain are services::Mailboxes'.
struct StoredMailbox
{
    QString host;
    quint16 port = 993;
    tlsrpt::ImapSettings::Security security = tlsrpt::ImapSettings::Security::ImplicitTls;
    QString user;
    QString folder = QStringLiteral("INBOX");
    QString caFile; // empty: the system CA store
    bool markSeen = false;
    QDateTime updatedAt;
    MailboxSyncRecord lastSync;

    // Equal in what was typed (times and the last sync aside).
    bool sameValues(const StoredMailbox &other) const;
};

class MailboxRepository
{
public:
    explicit MailboxRepository(std::shared_ptr<const Database> database);

    // None when the engagement has no mailbox. Errors: engagement.not-found, SQL.
    Result<std::optional<StoredMailbox>> get(qint64 engagementId) const;
    // Inserts or replaces what was typed (the last sync stays); call inside a transaction.
    Status put(qint64 engagementId, const StoredMailbox &mailbox);
    // Whether there was a mailbox to remove.
    Result<bool> remove(qint64 engagementId);
    Status recordSync(qint64 engagementId, const MailboxSyncRecord &record);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage
