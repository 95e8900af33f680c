#pragma once

#include "secrets/SecretStore.h"
#include "services/ServiceContext.h"
#include "storage/MailboxRepository.h"

#include <QJsonObject>
#include <optional>

namespace sts::services {

using StoredMailbox = storage::StoredMailbox;
using MailboxSyncRecord = storage::MailboxSyncRecord;

// The IMAP mailbox each engagement's TLS reports arrive in, stored once and used by every face: the
// Mailbox dialog, `stsdesk-cli mailbox`, `imap-sync --engagement` and the monitoring. The password
// is never in the workspace: it is filed in a SecretStore under passwordKey().
class Mailboxes
{
public:
    explicit Mailboxes(ServiceContext context);

    // The field an error of validate()/save() is about, so a dialog can show it by that field.
    static inline const QString kHostError = QStringLiteral("mailbox.host");
    static inline const QString kUserError = QStringLiteral("mailbox.user");
    static inline const QString kFolderError = QStringLiteral("mailbox.folder");
    static inline const QString kCaFileError = QStringLiteral("mailbox.ca-file");
    static inline const QString kPortError = QStringLiteral("mailbox.port");

    // Where a mailbox's password is filed: one per account and server (any port, any folder, any
    // engagement using it), so two engagements reading one mailbox share one password.
    static secrets::SecretKey passwordKey(const StoredMailbox &mailbox);
    // The standard port of a TLS mode: 993 (IMAPS) or 143 (STARTTLS).
    static quint16 defaultPort(tlsrpt::ImapSettings::Security security);
    static StoredMailbox normalised(StoredMailbox mailbox); // trimmed; empty folder: INBOX
    static Status validate(const StoredMailbox &mailbox);
    // What a sync of `mailbox` connects with.
    static tlsrpt::ImapSettings imapSettings(const StoredMailbox &mailbox, const QString &password);
    // For `--json` and the event log; never a password.
    static QJsonObject toJson(const StoredMailbox &mailbox);

    // None when the engagement has no mailbox. Errors: engagement.not-found, SQL.
    Result<std::optional<StoredMailbox>> load(qint64 engagementId) const;
    // Validates and stores `mailbox` and logs "mailbox.changed" with each changed value, in one
    // transaction; nothing is written when nothing changed. Returns what is stored now.
    Result<StoredMailbox> save(qint64 engagementId, StoredMailbox mailbox);
    // Removes the mailbox and logs "mailbox.removed". Errors: mailbox.not-set. The password stays
    // in the keychain (another engagement may read the same mailbox).
    Status remove(qint64 engagementId);
    // How the last sync ended (MailboxSync calls this); logs "mailbox.synced" when the sync
    // brought reports in, so the engagement's history says where they came from.
    Status recordSync(qint64 engagementId, const MailboxSyncRecord &record,
                      const QJsonObject &summary);

private:
    Status log(qint64 engagementId, QLatin1StringView kind, const QDateTime &at,
               const QJsonObject &payload) const;

    ServiceContext m_context;
};

} // namespace sts::services
