#pragma once

#include "import/ReportSource.h"
#include "tlsrpt/ImapSession.h"
#include "util/CancelToken.h"

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

// An IMAP folder as a report source: the messages above the last imported UID of its
// UIDVALIDITY, fetched in small groups (ordinary mail is skipped, not quarantined; messages over
// the size limit are not fetched). Its cursor is {"uidValidity": N, "lastUid": M}, per account and
// folder (IMAPS and STARTTLS reach the same mailbox). Blocking network I/O: a worker thread.
class ImapSource : public ReportSource
{
public:
    ImapSource(ImapSettings settings, ExtractionLimits limits = {});

    // Told after each message (done, new messages in all); `cancel` is looked at before each
    // message, so a cancelled sync ends with the batch read so far (imported, its cursor stored).
    void watch(ImportProgress progress, CancelToken cancel);

    QString kind() const override;
    QString id() const override;
    Status open(const QString &cursor) override;
    Result<std::optional<SourceBatch>> next() override;
    Status imported(const SourceBatch &batch, const ImportSummary &summary) override;
    void close() override;

    // What this sync saw, for its summary (`import` left empty).
    ImapSyncSummary progress() const { return m_seen; }

private:
    QString cursorAt(qint64 uid) const;

    ImapSettings m_settings;
    ExtractionLimits m_limits;
    ImapSession m_session;
    QList<qint64> m_uids;        // new UIDs not handed out yet
    QList<qint64> m_withReports; // of the batch last handed out: marked seen once imported
    qint64 m_batchHighest = 0;
    ImapSyncSummary m_seen;
    ImportProgress m_progress;
    CancelToken m_cancel;
    qint64 m_total = 0; // new messages found by open()
};

} // namespace sts::tlsrpt
