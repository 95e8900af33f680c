#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sts::ui {

// One failure-details entry of one report, as the sender wrote it (the drill-down table).
struct FailureDetail
{
    QDate day;
    QString sender;
    QString policyType;
    QString resultType;
    QString sendingIp;
    QString receivingMx;
    QString receivingHelo;
    QString receivingIp;
    qint64 failedSessions = 0;
    QString failureReasonCode;
    QString additionalInformation;
};

// What to drill into; empty strings and invalid dates do not restrict.
struct FailureDetailFilter
{
    qint64 engagementId = 0;
    QDate from;
    QDate to;
    QString sender;
    QString resultType;
    QString receivingMx;
    bool receivingMxSet = false; // match receivingMx even when empty ("not reported")
};

// The raw failure details behind the aggregates. The Aggregator groups them away, the drill-down
// needs them as sent: by day, largest failed count first, at most `limit` rows.
Result<QList<FailureDetail>> loadFailureDetails(const storage::Database &database,
                                                const FailureDetailFilter &filter,
                                                int limit = 5000);

} // namespace sts::ui
