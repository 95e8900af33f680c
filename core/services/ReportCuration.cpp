#include "services/ReportCuration.h"

#include "engagement/EventKinds.h"
#include "storage/EventLog.h"
#include "storage/ReportCatalog.h"
#include "storage/ReportRepository.h"
#include "storage/ReportVersions.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::ReportCuration", text);
}

ReportCuration::ReportCuration(const ServiceContext &context)
    : m_db(context.database), m_clock(context.clock), m_actor(context.actor)
{}

QString ReportCuration::withdrawnCode()
{
    return storage::withdrawnReasonCode();
}

// One event per engagement the report concerns (an unassigned report concerns none).
static Status record(const storage::Database &db, const QList<qint64> &engagements,
                     const storage::EngagementEvent &event)
{
    const std::shared_ptr<const storage::Database> shared(&db, [](const storage::Database *) {});
    for (const qint64 engagement : engagements) {
        storage::EngagementEvent e = event;
        e.engagementId = engagement;
        if (Result<qint64> appended = storage::EventLog(shared).append(e); !appended)
            return appended.error();
    }
    return Status::success();
}

static QJsonObject reportPayload(const tlsrpt::StoredReportInfo &info, const QString &reason)
{
    return {{u"report"_s, info.id},
            {u"organization"_s, info.organization},
            {u"sender"_s, info.sender},
            {u"reportId"_s, info.reportId},
            {u"day"_s, info.startAt.date().toString(Qt::ISODate)},
            {u"policyDomains"_s, QJsonArray::fromStringList(info.policyDomains)},
            {u"successfulSessions"_s, info.successfulSessions},
            {u"failedSessions"_s, info.failedSessions},
            {u"conflict"_s, info.conflict},
            {u"reason"_s, reason}};
}

Status ReportCuration::remove(qint64 reportRow, const QString &reason)
{
    return takeOut(reportRow, reason.trimmed(), false);
}

Status ReportCuration::sendToQuarantine(qint64 reportRow, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{u"tlsrpt.reason"_s,
                     tr("Say why the report goes back to the quarantine (a reason).")};
    return takeOut(reportRow, reason.trimmed(), true);
}

Status ReportCuration::takeOut(qint64 reportRow, const QString &reason, bool toQuarantine)
{
    return m_db->inTransaction([&]() -> Status {
        storage::ReportCatalog catalog(m_db);
        Result<tlsrpt::StoredReportInfo> info = catalog.get(reportRow);
        if (!info)
            return info.error();
        const QDateTime now = m_clock->now();
        if (toQuarantine) {
            // A report in conflict: every version's bytes (the stored row holds the first's).
            QList<QPair<QString, QByteArray>> inputs{{info->origin, info->raw}};
            if (info->conflict) {
                Result<tlsrpt::ReportConflict> conflict =
                    storage::ReportVersions(m_db).conflictOf(reportRow);
                if (!conflict)
                    return conflict.error();
                inputs.clear();
                for (const tlsrpt::ReportVersion &version : conflict->versions)
                    inputs.append({version.origin, version.raw});
            }
            storage::ReportRepository repository(m_db);
            const Error why{withdrawnCode(),
                            tr("Taken out of the reports by %1: %2").arg(m_actor, reason)};
            for (const auto &[origin, raw] : std::as_const(inputs)) {
                if (Status kept = repository.quarantine(
                        RejectedInput{Origin{origin, {}, {}, {}}, raw, why}, now);
                    !kept)
                    return kept;
            }
        }
        if (Status removed = catalog.remove(reportRow); !removed)
            return removed;
        storage::EngagementEvent event;
        event.at = now;
        event.kind =
            toQuarantine ? QString(events::kReportQuarantined) : QString(events::kReportRemoved);
        event.actor = m_actor;
        event.payload = reportPayload(*info, reason);
        return record(*m_db, info->engagements, event);
    });
}

static QJsonObject versionPayload(const tlsrpt::ReportVersion &version)
{
    return {{u"version"_s, version.id},
            {u"contentSha256"_s, QString::fromLatin1(version.contentSha256)},
            {u"origin"_s, version.origin},
            {u"successfulSessions"_s, version.successfulSessions},
            {u"failedSessions"_s, version.failedSessions}};
}

Status ReportCuration::keepVersion(qint64 versionId, const QString &reason)
{
    return m_db->inTransaction([&]() -> Status {
        storage::ReportVersions versions(m_db);
        Result<tlsrpt::ReportVersion> kept = versions.version(versionId);
        if (!kept)
            return kept.error();
        Result<tlsrpt::ReportConflict> conflict = versions.conflictOf(kept->reportRow);
        if (!conflict)
            return conflict.error();
        storage::ReportRepository repository(m_db);
        if (Status done = versions.keep(versionId, repository); !done)
            return done;
        QJsonArray discarded;
        for (const tlsrpt::ReportVersion &version : conflict->versions) {
            if (version.id != versionId)
                discarded.append(versionPayload(version));
        }
        storage::EngagementEvent event;
        event.at = m_clock->now();
        event.kind = events::kReportConflictResolved;
        event.actor = m_actor;
        event.payload = {{u"report"_s, kept->reportRow},
                         {u"organization"_s, conflict->organization},
                         {u"sender"_s, conflict->sender},
                         {u"reportId"_s, conflict->reportId},
                         {u"day"_s, kept->startAt.date().toString(Qt::ISODate)},
                         {u"kept"_s, versionPayload(*kept)},
                         {u"discarded"_s, discarded},
                         {u"reason"_s, reason.trimmed()}};
        return record(*m_db, conflict->engagements, event);
    });
}

} // namespace sts::tlsrpt
