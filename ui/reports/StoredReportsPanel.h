#pragma once

#include "reports/ReasonDialog.h"
#include "tlsrpt/StoredReports.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sts::ui {

// The engagement's stored reports in the view's range and sender filter, one per row, so that
// a wrong one (forged, broken counts) can be taken out again: removed, or sent back to the
// quarantine with its bytes. Lists only when shown; asks for confirmation and a reason.
class StoredReportsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        DayColumn,
        SenderColumn,
        ReportIdColumn,
        SuccessfulColumn,
        FailedColumn,
        OriginColumn
    };
    static constexpr int listLimit = 1000; // a longer list asks for a narrower range

    explicit StoredReportsPanel(QWidget *parent = nullptr);

    // What to list; asks for the list (loadRequested) now when shown, else when shown next.
    void setFilter(const tlsrpt::StoredReportFilter &filter);
    void setReports(const tlsrpt::StoredReportFilter &filter,
                    const QList<tlsrpt::StoredReportInfo> &reports, const QString &error);
    QTableWidget *table() const { return m_table; }
    qint64 reportAt(int row) const; // 0 when there is none
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }

    // What the buttons and the context menu do with the report in `row`, after confirming.
    void removeRow(int row);
    void quarantineRow(int row);

Q_SIGNALS:
    void loadRequested(const sts::tlsrpt::StoredReportFilter &filter);
    void takeOutRequested(qint64 reportRow, bool toQuarantine, const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void takeOut(int row, bool toQuarantine);
    void requestIfStale();

    QList<tlsrpt::StoredReportInfo> m_reports;
    tlsrpt::StoredReportFilter m_filter;
    bool m_stale = true;
    ReasonPrompt m_prompt;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QPushButton *m_quarantine;
};

} // namespace sts::ui
