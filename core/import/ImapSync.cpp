#include "import/ImapSync.h"

#include "storage/ReportRepository.h"
#include "tlsrpt/InputExtractor.h"

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

QJsonObject ImapSyncSummary::toJson() const
{
    QJsonObject json = import.toJson();
    json.insert(u"uid_validity"_s, uidValidity);
    json.insert(u"last_uid"_s, lastUid);
    json.insert(u"messages"_s, messages);
    json.insert(u"skipped_too_large"_s, skippedTooLarge);
    return json;
}

ImapSync::ImapSync(std::shared_ptr<const storage::Database> database, ImapSettings settings,
                   ImportOptions options, std::shared_ptr<const Clock> clock)
    : m_db(std::move(database)), m_settings(std::move(settings)), m_options(options),
      m_clock(std::move(clock))
{}

Result<ImapSyncSummary> ImapSync::run(const CancelToken &cancel)
{
    // The mailbox, not the way to it: IMAPS and STARTTLS ports share one sync state.
    const QString account = u"%1@%2"_s.arg(m_settings.user, m_settings.host);
    storage::ReportRepository state(m_db);
    ImapSession session(m_settings);
    if (Status opened = session.open(); !opened)
        return opened.error();
    ImapSyncSummary summary;
    Result<qint64> validity = session.select();
    if (!validity)
        return validity.error();
    summary.uidValidity = *validity;
    Result<qint64> last = state.lastImapUid(account, m_settings.folder, *validity);
    if (!last)
        return last.error();
    summary.lastUid = *last;
    Result<QList<qint64>> uids = session.uidsAbove(*last);
    if (!uids)
        return uids.error();

    ExtractionLimits limits = m_options.limits;
    limits.maxMessageBytes = m_settings.maxMessageBytes;
    const InputExtractor extractor(limits);
    Importer importer(m_db, m_options, m_clock);
    const QString where = u"imap://%1/%2"_s.arg(m_settings.host, m_settings.folder);
    // Import in small groups so that the stored UID never runs ahead of what is imported.
    constexpr int kGroup = 50;
    for (qsizetype start = 0; start < uids->size(); start += kGroup) {
        if (cancel.isCancelled()) {
            summary.import.cancelled = true;
            break;
        }
        QList<Extraction> inputs;
        QList<qint64> withReports;
        qint64 highest = summary.lastUid;
        for (const qint64 uid : uids->mid(start, kGroup)) {
            ++summary.messages;
            highest = qMax(highest, uid);
            Result<qint64> size = session.messageSize(uid);
            if (!size)
                return size.error();
            if (*size > m_settings.maxMessageBytes) {
                ++summary.skippedTooLarge;
                continue;
            }
            Result<QByteArray> message = session.fetch(uid);
            if (!message)
                return message.error();
            Origin origin;
            origin.path = where;
            origin.imapUid = uid;
            Extraction e = extractor.extractBytes(*message, origin, true);
            if (!e.documents.isEmpty())
                withReports << uid;
            inputs << std::move(e);
        }
        Result<ImportSummary> imported = importer.importExtractions(inputs);
        if (!imported)
            return imported.error();
        summary.import.add(*imported);
        summary.import.files += int(inputs.size());
        if (Status s = state.setLastImapUid(account, m_settings.folder, summary.uidValidity,
                                            highest, m_clock->now());
            !s)
            return s.error();
        summary.lastUid = highest;
        if (m_settings.markSeen) {
            for (const qint64 uid : withReports) {
                if (Status s = session.markSeen(uid); !s)
                    return s.error();
            }
        }
    }
    session.close();
    return summary;
}

} // namespace sts::tlsrpt
