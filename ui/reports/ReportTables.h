#pragma once

#include "tlsrpt/ReportAggregates.h"

#include <QTableWidget>

namespace sts::ui {

// The reports view's tables: read-only, whole rows selected, alternating colours, one line per
// row.
void prepareReportTable(QTableWidget *table, const QStringList &headers);

// Successful vs failed sessions per sender organisation; the sender name is in Qt::UserRole.
class SenderTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { SenderColumn, ReportsColumn, SuccessfulColumn, FailedColumn, RateColumn };
    explicit SenderTable(QWidget *parent = nullptr);
    void setSummaries(const QList<tlsrpt::DailySummary> &days);
    QSize sizeHint() const override; // every column whole, so a splitter need not cut it
};

// Failed sessions per receiving MX host, split by result type; the host as reported (possibly
// empty) is in Qt::UserRole.
class MxHostTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { HostColumn, FailedColumn, ResultTypesColumn };
    explicit MxHostTable(QWidget *parent = nullptr);
    void setFailures(const QList<tlsrpt::FailureBreakdown> &failures);
    QSize sizeHint() const override;
};

// The drill-down: failure details as the senders reported them.
class FailureDetailsTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column {
        DayColumn,
        SenderColumn,
        ResultTypeColumn,
        SendingIpColumn,
        ReceivingMxColumn,
        ReceivingHeloColumn,
        ReceivingIpColumn,
        FailedColumn,
        ReasonCodeColumn,
        AdditionalInformationColumn
    };
    explicit FailureDetailsTable(QWidget *parent = nullptr);
    void setDetails(const QList<tlsrpt::FailureDetailRow> &details);
};

} // namespace sts::ui
