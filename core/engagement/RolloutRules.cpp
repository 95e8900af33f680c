#include "engagement/RolloutRules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sts {

// A count goes third, as in QObject::tr(): lupdate marks a message as a plural only when the call
// passes the count third (and a message without a count passes only the language second).
static QString tr(const char *text, const char *disambiguation, int n, TextLanguage language)
{
    return language.translate("sts::RolloutRules", text, disambiguation, n);
}

static QString tr(const char *text, TextLanguage language)
{
    return language.translate("sts::RolloutRules", text);
}

static bool sameSender(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Failed sessions of one observation that no acknowledgement covers. Failure details need not sum
// to the summary (RFC 8460 counts are not exclusive), so acknowledged types are subtracted from the
// summary's total and what cannot be attributed stays blocking.
static qint64 unacknowledged(const DayObservation &observation,
                             const QList<Acknowledgement> &acknowledgements)
{
    qint64 acknowledged = 0;
    for (const Acknowledgement &ack : acknowledgements) {
        if (ack.day != observation.day || !sameSender(ack.sender, observation.sender))
            continue;
        if (ack.resultType.isEmpty())
            return 0;
        acknowledged += observation.failuresByResultType.value(ack.resultType, 0);
    }
    return std::max<qint64>(0, observation.failedSessions - acknowledged);
}

QList<DayVerdict> RolloutRules::classify(const QList<DayObservation> &observations,
                                         const QStringList &majorSenders,
                                         const QList<Acknowledgement> &acknowledgements,
                                         const QDate &from, const QDate &to)
{
    QList<DayVerdict> verdicts;
    if (!from.isValid() || !to.isValid() || from > to)
        return verdicts;
    QMap<QDate, QList<const DayObservation *>> byDay;
    for (const DayObservation &observation : observations) {
        if (observation.day >= from && observation.day <= to)
            byDay[observation.day].append(&observation);
    }
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        DayVerdict verdict;
        verdict.day = day;
        const QList<const DayObservation *> seen = byDay.value(day);
        for (const DayObservation *observation : seen) {
            const qint64 open = unacknowledged(*observation, acknowledgements);
            if (open > 0)
                verdict.failuresBySender[observation->sender] += open;
            if (observation->failedSessions > open)
                verdict.acknowledgedBySender[observation->sender] +=
                    observation->failedSessions - open;
        }
        for (const QString &major : majorSenders) {
            const bool reported = std::any_of(seen.begin(), seen.end(), [&](auto *observation) {
                return sameSender(observation->sender, major);
            });
            if (!reported)
                verdict.missingSenders << major;
        }
        verdict.state = !verdict.failuresBySender.isEmpty() ? DayState::Failing
                        : !verdict.missingSenders.isEmpty() ? DayState::Unknown
                                                            : DayState::Clean;
        verdicts << verdict;
    }
    return verdicts;
}

Readiness RolloutRules::evaluate(const QList<DayObservation> &observations,
                                 const QStringList &majorSenders,
                                 const QList<Acknowledgement> &acknowledgements,
                                 const QDateTime &testingSince, const QDateTime &now,
                                 TextLanguage language)
{
    Readiness readiness;
    if (!testingSince.isValid()) {
        readiness.blockingReasons << tr("No testing policy has been published yet.", language);
        return readiness;
    }
    const QDate start = testingSince.toUTC().date();
    const QDate today = now.toUTC().date();
    const QDate lastComplete = today.addDays(-1); // today's reports are not in yet
    readiness.daysInTesting = int(std::max<qint64>(0, start.daysTo(today)));

    const QList<DayVerdict> verdicts =
        classify(observations, majorSenders, acknowledgements, start, lastComplete);
    QMap<QDate, DayState> state;
    for (const DayVerdict &verdict : verdicts)
        state.insert(verdict.day, verdict.state);
    for (auto it = verdicts.crbegin(); it != verdicts.crend() && it->state == DayState::Clean; ++it)
        ++readiness.cleanStreak;

    // Ready "on" a day T: 14 days of testing before T, and the 7 days before T all clean.
    auto readyOn = [&](const QDate &t) {
        if (start.daysTo(t) < kMinimumTestingDays)
            return false;
        for (int back = 1; back <= kCleanDaysNeeded; ++back) {
            if (state.value(t.addDays(-back), DayState::Unknown) != DayState::Clean)
                return false;
        }
        return true;
    };
    readiness.ready = readyOn(today);
    if (readiness.ready) {
        QDate since = today;
        while (readyOn(since.addDays(-1)))
            since = since.addDays(-1);
        readiness.readySince = since;
        return readiness;
    }

    const QLocale locale;
    if (readiness.daysInTesting >= kFlagAfterDays) {
        readiness.flagged = true;
        readiness.blockingReasons << tr(
            "In testing for %n day(s) without becoming ready (the limit is 30).", nullptr,
            readiness.daysInTesting, language);
    }
    if (readiness.daysInTesting < kMinimumTestingDays)
        readiness.blockingReasons
            << tr("In testing for %n of at least 14 day(s); enforce is possible from %1 at the "
                  "earliest.",
                  nullptr, readiness.daysInTesting, language)
                   .arg(locale.toString(start.addDays(kMinimumTestingDays), QLocale::ShortFormat));
    for (auto it = verdicts.crbegin(); it != verdicts.crend(); ++it) {
        if (it->day < today.addDays(-kCleanDaysNeeded))
            break;
        const QString day = locale.toString(it->day, QLocale::ShortFormat);
        if (it->state == DayState::Failing) {
            QStringList senders;
            for (auto failure = it->failuresBySender.cbegin();
                 failure != it->failuresBySender.cend(); ++failure)
                senders << u"%1 (%2)"_s.arg(failure.key()).arg(failure.value());
            readiness.blockingReasons << tr("%1: failed sessions reported by %2.", language)
                                             .arg(day, senders.join(u", "_s));
        } else if (it->state == DayState::Unknown) {
            readiness.blockingReasons << tr("%1: no report from %2.", language)
                                             .arg(day, it->missingSenders.join(u", "_s));
        }
    }
    return readiness;
}

} // namespace sts
