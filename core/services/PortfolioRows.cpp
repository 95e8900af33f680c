// The portfolio's rows as values: rates, JSON with stable keys, filtering and the sort order the
// CLI and the GUI share.
#include "services/Portfolio.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sts {

static std::optional<double> rate(qint64 success, qint64 failure)
{
    const double all = double(success) + double(failure);
    if (all <= 0)
        return std::nullopt;
    return double(failure) / all;
}

std::optional<double> PortfolioRow::recentFailureRate() const
{
    return rate(sessions.recentSuccess, sessions.recentFailure);
}

std::optional<double> PortfolioRow::baselineFailureRate() const
{
    return rate(sessions.baselineSuccess, sessions.baselineFailure);
}

const PortfolioSender *PortfolioRow::silentLongest() const
{
    const PortfolioSender *stalest = nullptr;
    for (const PortfolioSender &sender : majorSenders) {
        if (sender.excluded)
            continue;
        if (!sender.lastReport.isValid())
            return &sender;
        if (!stalest || sender.lastReport < stalest->lastReport)
            stalest = &sender;
    }
    return stalest;
}

static QJsonValue optionalRate(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject PortfolioRow::toJson() const
{
    QJsonArray senders;
    for (const PortfolioSender &sender : majorSenders)
        senders.append(
            QJsonObject{{u"sender"_s, sender.name},
                        {u"lastReport"_s, sender.lastReport.isValid()
                                              ? QJsonValue(sender.lastReport.toString(Qt::ISODate))
                                              : QJsonValue()},
                        {u"excluded"_s, sender.excluded}});
    QJsonArray reasons;
    for (const AttentionReason &reason : attention)
        reasons.append(QJsonObject{{u"key"_s, reason.key}, {u"text"_s, reason.text}});
    QJsonValue certificate;
    if (certificateNotAfter.isValid())
        certificate = QJsonObject{{u"host"_s, certificateHost},
                                  {u"notAfter"_s, toIsoUtc(certificateNotAfter)},
                                  {u"daysLeft"_s, certificateDaysLeft}};
    return {{u"id"_s, engagementId},
            {u"customer"_s, customer},
            {u"domain"_s, domain},
            {u"archived"_s, archived},
            {u"assignee"_s, assignee},
            {u"phase"_s, toKey(phase)},
            {u"phaseSince"_s, toIsoUtc(phaseSince)},
            {u"testingDay"_s, testingDay},
            {u"cleanStreak"_s, cleanStreak},
            {u"ready"_s, ready},
            {u"flagged"_s, flagged},
            {u"blockedReason"_s, blockedReason},
            {u"majorSenders"_s, senders},
            {u"failureRate"_s,
             QJsonObject{{u"recent"_s, optionalRate(recentFailureRate())},
                         {u"baseline"_s, optionalRate(baselineFailureRate())},
                         {u"recentSessions"_s,
                          double(sessions.recentSuccess) + double(sessions.recentFailure)},
                         {u"baselineSessions"_s,
                          double(sessions.baselineSuccess) + double(sessions.baselineFailure)}}},
            {u"certificate"_s, certificate},
            {u"drift"_s, QJsonArray::fromStringList(driftFlags)},
            {u"findings"_s, QJsonObject{{u"info"_s, openInfo},
                                        {u"warning"_s, openWarnings},
                                        {u"critical"_s, openCritical}}},
            {u"attention"_s, reasons}};
}

QJsonObject PortfolioSnapshot::toJson() const
{
    QJsonArray list;
    for (const PortfolioRow &row : rows)
        list.append(row.toJson());
    return {{u"now"_s, toIsoUtc(now)},
            {u"lastMonitorRun"_s,
             lastMonitorRun.isValid() ? QJsonValue(toIsoUtc(lastMonitorRun)) : QJsonValue()},
            {u"me"_s, me},
            {u"engagements"_s, list}};
}

bool PortfolioFilter::accepts(const PortfolioRow &row) const
{
    if (attentionOnly && !row.needsAttention())
        return false;
    if (mineOnly && (me.isEmpty() || row.assignee.compare(me, Qt::CaseInsensitive) != 0))
        return false;
    const QString needle = text.trimmed();
    return needle.isEmpty() || row.customer.contains(needle, Qt::CaseInsensitive) ||
           row.domain.contains(needle, Qt::CaseInsensitive);
}

QStringList Portfolio::sortKeys()
{
    return {u"customer"_s,    u"domain"_s,    u"phase"_s,    u"testing-day"_s,
            u"streak"_s,      u"readiness"_s, u"reports"_s,  u"failure-rate"_s,
            u"certificate"_s, u"drift"_s,     u"findings"_s, u"attention"_s};
}

// Severity first, then how many: a critical outranks any number of warnings.
static std::tuple<int, int, int> findingWeight(const PortfolioRow &row)
{
    return {row.openCritical, row.openWarnings, row.openInfo};
}

// The oldest last report of the major senders that count (the one that worries most).
static QDate oldestReport(const PortfolioRow &row)
{
    QDate oldest(9999, 12, 31);
    for (const PortfolioSender &sender : row.majorSenders) {
        if (!sender.excluded)
            oldest =
                std::min(oldest, sender.lastReport.isValid() ? sender.lastReport : QDate(1, 1, 1));
    }
    return oldest;
}

bool Portfolio::less(const PortfolioRow &a, const PortfolioRow &b, const QString &key)
{
    auto byName = [&] {
        const int c = a.customer.compare(b.customer, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.domain.compare(b.domain, Qt::CaseInsensitive) < 0;
    };
    auto then = [&](const auto &x, const auto &y) { return x != y ? x < y : byName(); };
    if (key == u"domain"_s)
        return then(a.domain.toLower(), b.domain.toLower());
    if (key == u"phase"_s)
        return then(int(a.phase), int(b.phase));
    if (key == u"testing-day"_s)
        return then(a.testingDay, b.testingDay);
    if (key == u"streak"_s)
        return then(a.cleanStreak, b.cleanStreak);
    if (key == u"readiness"_s) // ready first, then blocked, then not in testing
        return then(a.phase == RolloutPhase::Testing ? (a.ready ? 0 : 1) : 2,
                    b.phase == RolloutPhase::Testing ? (b.ready ? 0 : 1) : 2);
    if (key == u"reports"_s)
        return then(oldestReport(a), oldestReport(b));
    if (key == u"failure-rate"_s)
        return then(a.recentFailureRate().value_or(-1), b.recentFailureRate().value_or(-1));
    if (key == u"certificate"_s) // soonest first, unknown last
        return then(a.certificateNotAfter.isValid() ? a.certificateNotAfter.toSecsSinceEpoch()
                                                    : std::numeric_limits<qint64>::max(),
                    b.certificateNotAfter.isValid() ? b.certificateNotAfter.toSecsSinceEpoch()
                                                    : std::numeric_limits<qint64>::max());
    if (key == u"drift"_s)
        return then(a.driftFlags.size(), b.driftFlags.size());
    if (key == u"findings"_s)
        return then(findingWeight(a), findingWeight(b));
    if (key == u"attention"_s)
        return then(a.attention.size(), b.attention.size());
    return byName();
}

Status Portfolio::sort(QList<PortfolioRow> &rows, const QString &key)
{
    if (!sortKeys().contains(key))
        return Error{u"portfolio.sort"_s,
                     QCoreApplication::translate("sts::Portfolio",
                                                 "Unknown column “%1”; sort by one of: %2.")
                         .arg(key, sortKeys().join(u", "_s))};
    // Columns where more is worse read best descending (most findings, longest in testing first).
    const bool descending = key == u"findings"_s || key == u"attention"_s || key == u"drift"_s ||
                            key == u"failure-rate"_s || key == u"testing-day"_s;
    std::stable_sort(rows.begin(), rows.end(), [&](const PortfolioRow &a, const PortfolioRow &b) {
        return descending ? less(b, a, key) : less(a, b, key);
    });
    return {};
}

} // namespace sts
