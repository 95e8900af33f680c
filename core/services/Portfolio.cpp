// Portfolio::load: the rows of every engagement from a fixed handful of set-based queries.
#include "services/Portfolio.h"

#include "engagement/RolloutRules.h"
#include "services/Assignments.h"
#include "services/DayObservations.h"
#include "services/PortfolioAttention.h"
#include "services/RolloutFold.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "storage/FindingRepository.h"
#include "storage/PolicyRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text, TextLanguage language)
{
    return language.translate("sts::Portfolio", text);
}

Portfolio::Portfolio(ServiceContext context) : m_context(std::move(context)) {}

static bool isDriftKind(const QString &kind)
{
    return kind.startsWith(u"drift."_s) || kind == u"policy.unfetchable"_s;
}

// The nearest certificate expiry known for `row`: probes of MX and policy host, and the
// cert.expiry findings of the monitoring (which may have seen a newer certificate).
static void takeCertificate(PortfolioRow &row, const QString &host, const QDateTime &notAfter,
                            const QDateTime &now)
{
    if (!notAfter.isValid())
        return;
    if (row.certificateNotAfter.isValid() && row.certificateNotAfter <= notAfter)
        return;
    row.certificateNotAfter = notAfter;
    row.certificateHost = host;
    const qint64 seconds = now.secsTo(notAfter);
    row.certificateDaysLeft = int(seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400));
}

Result<PortfolioSnapshot> Portfolio::load(const PortfolioOptions &options) const
{
    const auto &db = m_context.database;
    PortfolioSnapshot snapshot;
    snapshot.now = m_context.clock->now();
    const QDate today = snapshot.now.toUTC().date();

    storage::EngagementRepository::Filter filter;
    filter.includeArchived = options.includeArchived;
    Result<QList<Engagement>> engagements = storage::EngagementRepository(db).list(filter);
    if (!engagements)
        return engagements.error();
    Result<QHash<qint64, QList<storage::EngagementEvent>>> events =
        storage::EventLog(db).ofKinds(rolloutEventKinds());
    if (!events)
        return events.error();

    // Phase and readiness inputs from the log; who is in testing since when.
    QList<qint64> ids;
    QHash<qint64, QStringList> majors;
    QHash<qint64, RolloutHistory> histories;
    QHash<qint64, QDate> testingFrom;
    for (const Engagement &e : std::as_const(*engagements)) {
        ids << e.id;
        majors.insert(e.id, e.majorSenders);
        RolloutHistory history = foldRolloutEvents(events->value(e.id), e.createdAt);
        if (history.phase == RolloutPhase::Testing)
            testingFrom.insert(e.id, history.testingSince.toUTC().date());
        histories.insert(e.id, std::move(history));
    }

    storage::PortfolioQuery query(db);
    auto lastReports = query.lastReportDays(majors);
    if (!lastReports)
        return lastReports.error();
    auto sessions = query.sessions(ids, today);
    if (!sessions)
        return sessions.error();
    auto certificates = query.latestCertificates();
    if (!certificates)
        return certificates.error();
    auto findings = storage::FindingRepository(db).listUnresolved();
    if (!findings)
        return findings.error();
    auto lastRun = query.lastMonitorRun();
    if (!lastRun)
        return lastRun.error();
    snapshot.lastMonitorRun = *lastRun;
    QStringList majorLower; // of the engagements in testing
    for (auto it = testingFrom.cbegin(); it != testingFrom.cend(); ++it)
        for (const QString &name : majors.value(it.key()))
            if (!majorLower.contains(name.trimmed().toLower()))
                majorLower << name.trimmed().toLower();
    auto applied = query.appliedPolicies(testingFrom, today, majorLower);
    if (!applied)
        return applied.error();
    auto failures = query.failureBreakdown(testingFrom, today);
    if (!failures)
        return failures.error();
    auto versions = storage::PolicyRepository(db).forEngagements(testingFrom.keys());
    if (!versions)
        return versions.error();
    const services::Assignments assignments(m_context);
    auto assignees = assignments.assignees();
    if (!assignees)
        return assignees.error();
    auto me = assignments.currentConsultant();
    if (!me)
        return me.error();
    snapshot.me = *me;

    QHash<qint64, qsizetype> rowOf;
    for (const Engagement &e : std::as_const(*engagements)) {
        PortfolioRow row;
        row.engagementId = e.id;
        row.customer = e.customer;
        row.domain = e.domain.display.isEmpty() ? e.domain.ace : e.domain.display;
        row.archived = e.archived;
        row.assignee = assignees->value(e.id);
        const RolloutHistory &history = histories[e.id];
        row.phase = history.phase;
        row.phaseSince = history.phaseSince;
        for (const QString &major : e.majorSenders) {
            PortfolioSender sender{major, lastReports->value({e.id, major.trimmed().toLower()}),
                                   false};
            for (const SenderExclusion &exclusion : history.excludedSenders)
                sender.excluded = sender.excluded || exclusion.sender.trimmed().compare(
                                                         major.trimmed(), Qt::CaseInsensitive) == 0;
            row.majorSenders << sender;
        }
        row.sessions = sessions->value(e.id);
        if (history.phase == RolloutPhase::Testing) {
            const QList<DayObservation> observations = buildDayObservations(
                applied->value(e.id), failures->value(e.id), versions->value(e.id));
            const Readiness readiness = RolloutRules::evaluate(
                observations, e.majorSenders, history.acknowledgements, history.excludedSenders,
                history.testingSince, snapshot.now, options.language);
            row.testingDay = readiness.daysInTesting;
            row.cleanStreak = readiness.cleanStreak;
            row.ready = readiness.ready;
            row.flagged = readiness.flagged;
            if (!readiness.ready)
                row.blockedReason = readiness.blockingReasons.value(
                    0, tr("Not ready for enforce yet.", options.language));
        }
        rowOf.insert(e.id, snapshot.rows.size());
        snapshot.rows << row;
    }
    for (const storage::PortfolioCertificate &certificate : std::as_const(*certificates)) {
        if (auto it = rowOf.constFind(certificate.engagementId); it != rowOf.cend())
            takeCertificate(snapshot.rows[*it], certificate.host, certificate.notAfter,
                            snapshot.now);
    }
    for (const storage::Finding &finding : std::as_const(*findings)) {
        auto it = rowOf.constFind(finding.engagementId);
        if (it == rowOf.cend())
            continue;
        PortfolioRow &row = snapshot.rows[*it];
        row.findings << finding;
        if (finding.severity == storage::Finding::Severity::Critical)
            ++row.openCritical;
        else if (finding.severity == storage::Finding::Severity::Warning)
            ++row.openWarnings;
        else
            ++row.openInfo;
        if (isDriftKind(finding.kind) && !row.driftFlags.contains(finding.kind))
            row.driftFlags << finding.kind;
        if (finding.kind.startsWith(u"cert.expiry"_s))
            takeCertificate(
                row, finding.details.value(u"host"_s).toString(finding.subject),
                QDateTime::fromString(finding.details.value(u"notAfter"_s).toString(), Qt::ISODate),
                snapshot.now);
    }
    for (PortfolioRow &row : snapshot.rows)
        row.attention = PortfolioAttention::reasons(row, snapshot.now, options.language);
    return snapshot;
}

} // namespace sts
