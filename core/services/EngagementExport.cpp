#include "services/EngagementExport.h"

#include "storage/Aggregator.h"
#include "storage/DiscoveryRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "storage/ManualMxRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/ProbeRepository.h"
#include "util/Saturating.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace sts::bundle {

static QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

static Result<QJsonObject> reportSummary(const std::shared_ptr<const storage::Database> &db,
                                         qint64 engagementId)
{
    tlsrpt::AggregateFilter filter;
    filter.engagementId = engagementId;
    tlsrpt::Aggregator aggregator(db);
    Result<QList<tlsrpt::DailySummary>> daily = aggregator.dailySummaries(filter);
    if (!daily)
        return daily.error();
    Result<QList<tlsrpt::FailureBreakdown>> failures = aggregator.failureBreakdown(filter);
    if (!failures)
        return failures.error();

    struct Totals
    {
        qint64 reports = 0, successful = 0, failed = 0;
    };
    QMap<QString, Totals> bySender;
    QMap<QString, Totals> byDay;
    Totals all;
    QDate first, last;
    for (const tlsrpt::DailySummary &s : *daily) {
        for (Totals *t : {&bySender[s.sender], &byDay[s.day.toString(Qt::ISODate)], &all}) {
            t->reports += s.reports;
            addCount(t->successful, s.successfulSessions);
            addCount(t->failed, s.failedSessions);
        }
        first = first.isValid() ? std::min(first, s.day) : s.day;
        last = last.isValid() ? std::max(last, s.day) : s.day;
    }
    QMap<QString, qint64> byResultType;
    for (const tlsrpt::FailureBreakdown &f : *failures)
        addCount(byResultType[f.resultType], f.failedSessions);

    auto toJson = [](const Totals &t) {
        return QJsonObject{{u"reports"_s, t.reports},
                           {u"successfulSessions"_s, t.successful},
                           {u"failedSessions"_s, t.failed}};
    };
    QJsonObject senders, days, results;
    for (auto it = bySender.cbegin(); it != bySender.cend(); ++it)
        senders.insert(it.key(), toJson(it.value()));
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        days.insert(it.key(), toJson(it.value()));
    for (auto it = byResultType.cbegin(); it != byResultType.cend(); ++it)
        results.insert(it.key(), it.value());
    QJsonObject summary = toJson(all);
    summary.insert(u"firstDay"_s, first.toString(Qt::ISODate));
    summary.insert(u"lastDay"_s, last.toString(Qt::ISODate));
    summary.insert(u"bySender"_s, senders);
    summary.insert(u"byDay"_s, days);
    summary.insert(u"failuresByResultType"_s, results);
    return summary;
}

Result<QByteArray> engagementExportJson(std::shared_ptr<const storage::Database> db,
                                        qint64 engagementId, const QDateTime &createdAt)
{
    Result<Engagement> engagement = storage::EngagementRepository(db).get(engagementId);
    if (!engagement)
        return engagement.error();
    Result<QList<storage::EngagementEvent>> events =
        storage::EventLog(db).forEngagement(engagementId);
    if (!events)
        return events.error();
    Result<QList<storage::DiscoverySnapshot>> snapshots =
        storage::DiscoveryRepository(db).list(engagementId);
    if (!snapshots)
        return snapshots.error();
    Result<QList<storage::StoredProbe>> probes = storage::ProbeRepository(db).history(engagementId);
    if (!probes)
        return probes.error();
    Result<QList<storage::StoredPolicyVersion>> policies =
        storage::PolicyRepository(db).forEngagement(engagementId);
    if (!policies)
        return policies.error();
    Result<QList<storage::ManualMxHost>> manualMx =
        storage::ManualMxRepository(db).list(engagementId);
    if (!manualMx)
        return manualMx.error();
    Result<QJsonObject> reports = reportSummary(db, engagementId);
    if (!reports)
        return reports.error();

    QJsonArray eventArray;
    for (const storage::EngagementEvent &event : *events)
        eventArray << event.toJson();
    QJsonArray snapshotArray;
    for (const storage::DiscoverySnapshot &s : *snapshots)
        snapshotArray << QJsonObject{{u"id"_s, s.id},
                                     {u"takenAt"_s, isoUtc(s.takenAt)},
                                     {u"resolver"_s, s.resolver},
                                     {u"trustAnchor"_s, s.trustAnchor},
                                     {u"report"_s, s.report.toJson()}};
    QJsonArray manualMxArray; // mail servers entered by hand, apart from what discovery found
    for (const storage::ManualMxHost &h : *manualMx)
        manualMxArray << QJsonObject{{u"id"_s, h.id},
                                     {u"host"_s, h.host},
                                     {u"priority"_s, h.priority},
                                     {u"addresses"_s, QJsonArray::fromStringList(h.addresses)},
                                     {u"note"_s, h.note},
                                     {u"createdAt"_s, isoUtc(h.createdAt)},
                                     {u"updatedAt"_s, isoUtc(h.updatedAt)}};
    QJsonArray probeArray;
    for (const storage::StoredProbe &p : *probes)
        probeArray << QJsonObject{{u"id"_s, p.id},
                                  {u"probedAt"_s, isoUtc(p.probedAt)},
                                  {u"protocol"_s, p.protocol},
                                  {u"host"_s, p.host},
                                  {u"address"_s, p.address},
                                  {u"port"_s, p.port},
                                  {u"verdict"_s, p.verdict},
                                  {u"leafSha256"_s, p.leafSha256},
                                  {u"leafSpkiSha256"_s, p.leafSpkiSha256},
                                  {u"leafNotAfter"_s, isoUtc(p.leafNotAfter)},
                                  {u"detail"_s, p.detail}};
    QJsonArray policyArray;
    for (const storage::StoredPolicyVersion &p : *policies)
        policyArray << QJsonObject{{u"id"_s, p.version.id},
                                   {u"createdAt"_s, isoUtc(p.version.createdAt)},
                                   {u"publishedAt"_s, isoUtc(p.publishedAt)},
                                   {u"supersededAt"_s, isoUtc(p.supersededAt)},
                                   {u"file"_s, QString::fromUtf8(p.body)}};

    const QJsonObject root{{u"format"_s, u"stsdesk-engagement-export"_s},
                           {u"formatVersion"_s, 1},
                           {u"exportedAt"_s, isoUtc(createdAt)},
                           {u"engagement"_s, engagement->toJson()},
                           {u"events"_s, eventArray},
                           {u"discoverySnapshots"_s, snapshotArray},
                           {u"manualMxHosts"_s, manualMxArray},
                           {u"probes"_s, probeArray},
                           {u"policyVersions"_s, policyArray},
                           {u"reportSummary"_s, *reports}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sts::bundle
