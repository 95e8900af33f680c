#pragma once

#include "import/Importer.h"
#include "tlsrpt/ImapSession.h"

namespace sts::tlsrpt {

struct ImapSyncSummary
{
    qint64 uidValidity = 0;
    qint64 lastUid = 0;      // highest UID handled, stored for the next sync
    int messages = 0;        // new messages looked at
    int skippedTooLarge = 0; // over ImapSettings::maxMessageBytes, not fetched
    ImportSummary import;    // mails without a report are counted in import.mailsWithoutReport

    QJsonObject toJson() const;
};

// Fetches the messages above the last imported UID (per account, folder and UIDVALIDITY) and
// imports the reports in them; ordinary mail is skipped, not quarantined. Blocking: run it on a
// worker thread with its own Database connection.
class ImapSync
{
public:
    ImapSync(std::shared_ptr<const storage::Database> database, ImapSettings settings,
             ImportOptions options = {}, std::shared_ptr<const Clock> clock = Clock::system());

    // Cancelling stops before the next group of messages; the stored UID covers what was imported.
    Result<ImapSyncSummary> run(const CancelToken &cancel = {});

private:
    std::shared_ptr<const storage::Database> m_db;
    ImapSettings m_settings;
    ImportOptions m_options;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace sts::tlsrpt
