#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sts::tlsrpt {

// The reports of one policy domain no engagement holds: imported, stored, counted in no
// engagement until the consultant assigns the domain to one.
struct UnassignedDomain
{
    QString policyDomain; // as the senders wrote it (lower case)
    int reports = 0;      // distinct reports with a policy for the domain
    int days = 0;         // distinct UTC days they cover
    QStringList organizations;
    QDate firstDay;
    QDate lastDay;
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
};

// A policy domain an engagement takes reports for besides its own domain.
struct ExtraReportDomain
{
    qint64 engagementId = 0;
    QString domainAce;
    QDateTime addedAt;
    QString addedBy;
};

} // namespace sts::tlsrpt
