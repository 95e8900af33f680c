#pragma once

#include "reports/ReportsLoader.h"

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace sts::ui {

class ConflictsPanel;
class FailureDetailsTable;
class ImportPanel;
class MxHostTable;
class QuarantinePanel;
class SenderTable;
class StoredReportsPanel;
class Workspace;

// The engagement's TLS reports: sessions per day by result type, per sender and per receiving MX
// host, a drill-down to the failure details as sent, the quarantine, and report import. Queries
// run off the GUI thread (ReportsLoader); the date-range and sender filters work on the loaded
// aggregates, so changing them is instant.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { SendersTab, MxHostsTab, DetailsTab, StoredReportsTab, ConflictsTab, QuarantineTab };

    explicit ReportsView(QWidget *parent = nullptr);
    ~ReportsView() override;

    void setWorkspace(Workspace *workspace);
    // Loads when visible (or when shown next); the filters stay when it is the same engagement.
    void showEngagement(qint64 engagementId);
    void reload();
    // Shows already loaded aggregates (also what the benchmark times).
    void setData(const ReportsData &data);

    void importPaths(const QStringList &paths);
    ImportPanel *importPanel() const { return m_importPanel; }
    bool isBusy() const;

    void setRange(QDate from, QDate to);
    QDate rangeFrom() const;
    QDate rangeTo() const;
    // Empty: all senders.
    void setSenderFilter(const QString &sender);
    QString senderFilter() const;
    QStringList senders() const; // what the sender filter offers

    // Opens the failure details for `filter` (engagement and, when unset, range and sender filled
    // in from the view).
    void drillDown(tlsrpt::FailureDetailFilter filter);
    QString detailsTitle() const;

    QChart *dailyChart() const;
    QChart *senderChart() const;
    QChart *mxHostChart() const;
    SenderTable *senderTable() const { return m_senderTable; }
    MxHostTable *mxHostTable() const { return m_mxTable; }
    FailureDetailsTable *detailsTable() const { return m_detailsTable; }
    QuarantinePanel *quarantinePanel() const { return m_quarantine; }
    StoredReportsPanel *storedReportsPanel() const { return m_storedReports; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    QTabWidget *tabs() const { return m_tabs; }
    QString summaryText() const;

public Q_SLOTS:
    // Filters to one UTC day and opens its failure details (the Timeline's day click).
    void showDay(const QDate &day);

Q_SIGNALS:
    void dataShown();    // charts and tables rebuilt for new data or filters
    void detailsShown(); // the drill-down table is filled

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildFilterRow();
    void rebuild();
    void replaceChart(QChartView *view, QChart *chart);
    void showDetails(const FailureDetailsResult &result);
    void importFinished();
    // A report taken out or a conflict settled: recorded, then every view reloads.
    void takeOut(qint64 reportRow, bool toQuarantine, const QString &reason);
    void keepVersion(qint64 versionId, const QString &reason);
    void curated(const Status &done);

    Workspace *m_workspace = nullptr;
    qint64 m_engagementId = 0;
    bool m_stale = false;
    bool m_userRange = false; // keep a range the user or the Timeline chose across reloads
    bool m_updatingFilters = false;
    bool m_tablesFitted = false; // after that, the splitters stay where the user puts them
    ReportsData m_data;
    QDate m_firstDay;
    QDate m_lastDay;
    ReportsLoader *m_loader;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_sender;
    QPushButton *m_wholePeriod;
    QLabel *m_summary;
    QChartView *m_dailyView;
    QChartView *m_senderView;
    QChartView *m_mxView;
    QTabWidget *m_tabs;
    SenderTable *m_senderTable;
    MxHostTable *m_mxTable;
    QLabel *m_detailsTitle;
    FailureDetailsTable *m_detailsTable;
    StoredReportsPanel *m_storedReports;
    ConflictsPanel *m_conflicts;
    QuarantinePanel *m_quarantine;
    ImportPanel *m_importPanel;
};

} // namespace sts::ui
