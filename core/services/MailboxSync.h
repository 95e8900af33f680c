#pragma once

#include "import/ImapSource.h"
#include "secrets/SecretStore.h"
#include "services/Mailboxes.h"
#include "util/CancelToken.h"

#include <memory>
#include <optional>

namespace sts::services {

// Syncing an engagement's stored mailbox: the password from the keychain (or given, read from a
// password file by the face), the new mail imported as the engagement's reports, and how it ended
// recorded with the mailbox. Headless and blocking: the GUI runs it as a task, the CLI and the
// monitoring call it directly. Use it on the thread of the context's connection.
class MailboxSync
{
public:
    MailboxSync(ServiceContext context, std::shared_ptr<secrets::SecretStore> secrets);

    // Errors: mailbox.not-set, mailbox.no-password, secrets.* (no keychain: the message says to use
    // a password file), imap.*, engagement.not-found, SQL. `progress` counts messages; a cancel
    // ends after the message being read, with what was read imported (summary.import.cancelled).
    Result<tlsrpt::ImapSyncSummary> syncEngagement(qint64 engagementId,
                                                   const tlsrpt::ImportProgress &progress = {},
                                                   const CancelToken &cancel = {},
                                                   const std::optional<QString> &password = {});

    // Connects, logs in and opens the folder, importing nothing: the dialog's "Test connection".
    // Returns how many messages the folder holds.
    static Result<int> testConnection(const StoredMailbox &mailbox, const QString &password);

    // The mailbox's password from the store. Errors: mailbox.no-password, secrets.*.
    Result<QString> storedPassword(const StoredMailbox &mailbox) const;

private:
    ServiceContext m_context;
    std::shared_ptr<secrets::SecretStore> m_secrets;
};

} // namespace sts::services
