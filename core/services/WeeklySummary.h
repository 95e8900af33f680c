#pragma once

#include "services/ServiceContext.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace sts {

struct WeeklyRate
{
    QDate weekStart;
    qint64 sessions = 0;
    qint64 failed = 0;
    double rate() const { return sessions > 0 ? double(failed) / double(sessions) : 0.0; }
};

struct WeeklyTop
{
    QString name; // a result type, a sender or an MX host
    qint64 failed = 0;
};

// What a customer's weekly summary says, read from the stored TLS reports: the failure rate per
// week for the last eight weeks (the trend), and the week's top failures per category, sender and
// receiving MX (at most five each).
struct WeeklySummary
{
    qint64 engagementId = 0;
    QString customer;
    QString domain;
    QString language; // the engagement's deliverables language: "de" or "en"
    QDate from;       // the reported week, inclusive
    QDate to;
    QList<WeeklyRate> weeks; // oldest first; the last is the reported week
    QList<WeeklyTop> byCategory;
    QList<WeeklyTop> bySender;
    QList<WeeklyTop> byMx;
};

// The summary of the seven days before `today` (UTC).
Result<WeeklySummary> loadWeeklySummary(const ServiceContext &context, qint64 engagementId,
                                        const QDate &today);

} // namespace sts
