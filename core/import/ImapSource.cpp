#include "import/ImapSource.h"

#include "tlsrpt/InputExtractor.h"

#include <QJsonDocument>
#include <QJsonObject>

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

ImapSource::ImapSource(ImapSettings settings, ExtractionLimits limits)
    : m_settings(std::move(settings)), m_limits(limits), m_session(m_settings)
{
    m_limits.maxMessageBytes = m_settings.maxMessageBytes;
}

void ImapSource::watch(ImportProgress progress, CancelToken cancel)
{
    m_progress = std::move(progress);
    m_cancel = std::move(cancel);
}

QString ImapSource::kind() const
{
    return u"imap"_s;
}

QString ImapSource::id() const
{
    // The mailbox, not the way to it: IMAPS and STARTTLS ports share one cursor.
    return u"%1@%2/%3"_s.arg(m_settings.user, m_settings.host, m_settings.folder);
}

QString ImapSource::cursorAt(qint64 uid) const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"uidValidity"_s, m_seen.uidValidity}, {u"lastUid"_s, uid}})
            .toJson(QJsonDocument::Compact));
}

Status ImapSource::open(const QString &cursor)
{
    if (Status opened = m_session.open(); !opened)
        return opened;
    Result<qint64> validity = m_session.select();
    if (!validity)
        return validity.error();
    m_seen.uidValidity = *validity;
    // UIDs of another UIDVALIDITY mean nothing now: start again from the first (what was
    // imported then comes back as duplicates).
    const QJsonObject stored = QJsonDocument::fromJson(cursor.toUtf8()).object();
    if (stored.value(u"uidValidity"_s).toInteger() == *validity)
        m_seen.lastUid = stored.value(u"lastUid"_s).toInteger();
    Result<QList<qint64>> uids = m_session.uidsAbove(m_seen.lastUid);
    if (!uids)
        return uids.error();
    m_uids = *uids;
    m_total = m_uids.size();
    if (m_progress)
        m_progress(0, m_total);
    return Status::success();
}

Result<std::optional<SourceBatch>> ImapSource::next()
{
    if (m_uids.isEmpty() || m_cancel.isCancelled())
        return std::optional<SourceBatch>();
    // Small groups, so that the stored UID never runs far behind what is imported.
    constexpr int kGroup = 50;
    const QList<qint64> group = m_uids.mid(0, kGroup);
    const InputExtractor extractor(m_limits);
    const QString where = u"imap://%1/%2"_s.arg(m_settings.host, m_settings.folder);
    SourceBatch batch;
    m_withReports.clear();
    m_batchHighest = m_seen.lastUid;
    for (const qint64 uid : group) {
        if (m_cancel.isCancelled())
            break; // what is read so far is imported, and the cursor stops there
        m_uids.removeFirst();
        ++m_seen.messages;
        m_batchHighest = qMax(m_batchHighest, uid);
        Result<qint64> size = m_session.messageSize(uid);
        if (!size)
            return size.error();
        if (*size > m_settings.maxMessageBytes) {
            ++m_seen.skippedTooLarge;
            if (m_progress)
                m_progress(m_seen.messages, m_total);
            continue;
        }
        Result<QByteArray> message = m_session.fetch(uid);
        if (!message)
            return message.error();
        Origin origin;
        origin.path = where;
        origin.item = u"UID %1"_s.arg(uid);
        Extraction e = extractor.extractBytes(*message, origin, true);
        if (!e.documents.isEmpty())
            m_withReports << uid;
        batch.inputs << std::move(e);
        if (m_progress)
            m_progress(m_seen.messages, m_total);
    }
    batch.cursor = cursorAt(m_batchHighest);
    return std::optional<SourceBatch>(std::move(batch));
}

Status ImapSource::imported(const SourceBatch &batch, const ImportSummary &summary)
{
    Q_UNUSED(batch);
    Q_UNUSED(summary);
    m_seen.lastUid = m_batchHighest;
    if (m_settings.markSeen) {
        for (const qint64 uid : std::as_const(m_withReports)) {
            if (Status s = m_session.markSeen(uid); !s)
                return s;
        }
    }
    return Status::success();
}

void ImapSource::close()
{
    m_session.close();
}

} // namespace sts::tlsrpt
