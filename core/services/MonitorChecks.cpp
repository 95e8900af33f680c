#include "services/MonitorChecks.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::services {

using Severity = storage::Finding::Severity;

void CheckOutcome::add(const QString &kind, const QString &subject, Severity severity,
                       const QJsonObject &details)
{
    storage::Finding f;
    f.kind = kind;
    f.subject = subject;
    f.severity = severity;
    f.details = details;
    present.append(f);
}

void CheckOutcome::merge(const CheckOutcome &other)
{
    present += other.present;
    coveredKinds += other.coveredKinds;
    unjudgedSubjects += other.unjudgedSubjects;
}

static QStringList mxHosts(const dns::DiscoveryReport &report)
{
    QStringList hosts;
    for (const dns::MxHostReport &host : report.hosts)
        hosts << host.name;
    hosts.sort();
    hosts.removeDuplicates();
    return hosts;
}

QStringList uncoveredHosts(const dns::DiscoveryReport &now,
                           const storage::StoredPolicyVersion &live)
{
    QStringList uncovered;
    for (const QString &host : mxHosts(now))
        if (!live.version.policy.matchesMx(host))
            uncovered << host;
    return uncovered;
}

CheckOutcome checkMxSet(const dns::DiscoveryReport &now, const dns::DiscoveryReport &stored,
                        const std::optional<storage::StoredPolicyVersion> &live,
                        const QString &draftOffered)
{
    CheckOutcome out;
    out.coveredKinds << QString(findingkind::kMxSet);
    const QStringList before = mxHosts(stored);
    const QStringList after = mxHosts(now);
    if (before == after)
        return out;
    // Whether the live policy still covers the new set is kMxUncovered's (checkMxCoverage):
    // this one says the consultant's record of the MX set is out of date.
    const QStringList uncovered = live ? uncoveredHosts(now, *live) : QStringList();
    QJsonObject details{{u"before"_s, QJsonArray::fromStringList(before)},
                        {u"after"_s, QJsonArray::fromStringList(after)},
                        {u"uncovered"_s, QJsonArray::fromStringList(uncovered)}};
    if (!draftOffered.isEmpty())
        details.insert(u"draftPolicyId"_s, draftOffered);
    out.add(findingkind::kMxSet, {}, uncovered.isEmpty() ? Severity::Info : Severity::Warning,
            details);
    return out;
}

CheckOutcome checkMxCoverage(const dns::DiscoveryReport &now,
                             const std::optional<storage::StoredPolicyVersion> &live,
                             const QString &draftOffered)
{
    CheckOutcome out;
    out.coveredKinds << QString(findingkind::kMxUncovered);
    if (!live)
        return out;
    const QStringList uncovered = uncoveredHosts(now, *live);
    if (uncovered.isEmpty())
        return out;
    QJsonObject details{{u"uncovered"_s, QJsonArray::fromStringList(uncovered)},
                        {u"liveId"_s, live->version.id},
                        {u"mode"_s, mtasts::policyModeName(live->version.policy.mode)}};
    if (!draftOffered.isEmpty())
        details.insert(u"draftPolicyId"_s, draftOffered);
    const bool enforcing = live->version.policy.mode == mtasts::PolicyMode::Enforce;
    out.add(findingkind::kMxUncovered, {}, enforcing ? Severity::Critical : Severity::Warning,
            details);
    return out;
}

CheckOutcome checkPolicy(const dns::DiscoveryReport &now, const mtasts::FetchResult &fetched,
                         const std::optional<storage::StoredPolicyVersion> &live,
                         const QList<storage::StoredPolicyVersion> &versions)
{
    CheckOutcome out;
    out.coveredKinds << QString(findingkind::kTxtId) << QString(findingkind::kUnfetchable);
    if (!live)
        return out;
    const bool enforcing = live->version.policy.mode == mtasts::PolicyMode::Enforce;
    if (!fetched.ok()) {
        out.add(findingkind::kUnfetchable, {}, enforcing ? Severity::Critical : Severity::Warning,
                {{u"url"_s, fetched.url},
                 {u"resultType"_s, fetched.error->code},
                 {u"reason"_s, fetched.reason},
                 {u"httpStatus"_s, fetched.httpStatus},
                 {u"liveId"_s, live->version.id}});
        return out;
    }
    // The served file carries no id: it goes with the stored version whose bytes it is ("" when
    // it is none of them, e.g. edited by hand on the server).
    QString servedId;
    for (const storage::StoredPolicyVersion &version : versions)
        if (version.body == fetched.body)
            servedId = version.version.id;
    if (now.stsId != servedId)
        out.add(
            findingkind::kTxtId, {}, Severity::Warning,
            {{u"txtId"_s, now.stsId}, {u"servedId"_s, servedId}, {u"liveId"_s, live->version.id}});
    return out;
}

static QLatin1StringView expiryStep(qint64 days)
{
    if (days <= 7)
        return findingkind::kCertExpiry7;
    if (days <= 14)
        return findingkind::kCertExpiry14;
    return findingkind::kCertExpiry30;
}

CheckOutcome checkCertificates(const tls::ProbeReport &probes, const QDateTime &now,
                               const QList<SeenCertificate> &alsoSeen)
{
    CheckOutcome out;
    out.coveredKinds << QString(findingkind::kCertExpiry30) << QString(findingkind::kCertExpiry14)
                     << QString(findingkind::kCertExpiry7) << QString(findingkind::kTlsa);
    // One finding per host: its soonest expiring certificate over all addresses.
    QHash<QString, qint64> soonest;
    QHash<QString, QPair<QString, QString>> notAfter; // host → (date, protocol)
    QSet<QString> seen, tlsaMismatch;
    const auto consider = [&](const QString &host, const QString &protocol,
                              const tls::Certificate &leaf) {
        seen.insert(host);
        const qint64 days = leaf.daysUntilExpiry(now);
        if (!soonest.contains(host) || days < soonest.value(host)) {
            soonest.insert(host, days);
            notAfter.insert(host, {leaf.notAfter().toString(Qt::ISODate), protocol});
        }
    };
    for (const tls::AddressProbe &probe : probes.addresses) {
        const tls::Certificate leaf = probe.chain.leaf();
        if (leaf.isNull())
            continue;
        consider(probe.host,
                 probe.protocol == tls::AddressProbe::Protocol::Smtp ? u"smtp"_s : u"https"_s,
                 leaf);
        if (probe.dane && !probe.dane->matched)
            tlsaMismatch.insert(probe.host);
    }
    for (const SeenCertificate &other : alsoSeen)
        if (!other.leaf.isNull())
            consider(other.host, other.protocol, other.leaf);
    for (const tls::AddressProbe &probe : probes.addresses)
        if (!seen.contains(probe.host) && !out.unjudgedSubjects.contains(probe.host))
            out.unjudgedSubjects << probe.host; // no certificate seen: nothing learned
    for (auto it = soonest.cbegin(); it != soonest.cend(); ++it) {
        const qint64 days = it.value();
        if (days > 30)
            continue;
        out.add(expiryStep(days), it.key(), days <= 7 ? Severity::Critical : Severity::Warning,
                {{u"daysLeft"_s, days},
                 {u"notAfter"_s, notAfter.value(it.key()).first},
                 {u"protocol"_s, notAfter.value(it.key()).second},
                 {u"escalated"_s, days <= 14}});
    }
    for (const QString &host : std::as_const(tlsaMismatch))
        out.add(findingkind::kTlsa, host, Severity::Critical, {{u"host"_s, host}});
    return out;
}

CheckOutcome checkFailureJump(const QList<DayObservation> &days, const QDate &today,
                              const FailureJumpRule &rule)
{
    CheckOutcome out;
    out.coveredKinds << QString(findingkind::kFailureJump);
    const QDate last = today.addDays(-1); // the last complete UTC day
    const QDate baselineFrom = last.addDays(-rule.baselineDays);
    qint64 lastOk = 0, lastFailed = 0, baseOk = 0, baseFailed = 0;
    for (const DayObservation &d : days) {
        if (d.day == last) {
            lastOk += d.successfulSessions;
            lastFailed += d.failedSessions;
        } else if (d.day >= baselineFrom && d.day < last) {
            baseOk += d.successfulSessions;
            baseFailed += d.failedSessions;
        }
    }
    const qint64 lastTotal = lastOk + lastFailed;
    if (lastTotal < rule.minSessions)
        return out;
    const double lastRate = double(lastFailed) / double(lastTotal);
    const double baseRate =
        baseOk + baseFailed > 0 ? double(baseFailed) / double(baseOk + baseFailed) : 0.0;
    if (lastRate < rule.minRate || lastRate < rule.factor * baseRate)
        return out;
    out.add(findingkind::kFailureJump, {}, Severity::Warning,
            {{u"day"_s, last.toString(Qt::ISODate)},
             {u"rate"_s, lastRate},
             {u"baselineRate"_s, baseRate},
             {u"sessions"_s, lastTotal},
             {u"failed"_s, lastFailed},
             {u"baselineDays"_s, rule.baselineDays}});
    return out;
}

CheckOutcome checkReadiness(bool readyForEnforce, const Readiness &readiness,
                            const QString &policyId)
{
    CheckOutcome out;
    out.coveredKinds << QString(findingkind::kReady);
    if (readyForEnforce)
        out.add(findingkind::kReady, {}, Severity::Info,
                {{u"readySince"_s, readiness.readySince.toString(Qt::ISODate)},
                 {u"cleanStreak"_s, readiness.cleanStreak},
                 {u"daysInTesting"_s, readiness.daysInTesting},
                 {u"policyId"_s, policyId}});
    return out;
}

} // namespace sts::services
