#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sts::ui {

class AssignDomainDialog;
class Workspace;

// The workspace's reports for domains no engagement holds, per policy domain (reports, days,
// reporting organisations, first and last day), with "Assign to engagement…"; below, the report
// domains already given to engagements, with "Remove from engagement". Reached from the main
// window (View › Unassigned Reports, the welcome page) without opening an engagement. Each
// change goes through tlsrpt::ReportDomains and announces Workspace::changed for the engagement,
// so its views reload. The lists are one GROUP BY over the partial index of unassigned rows:
// read on the GUI thread.
class UnassignedReportsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { DomainColumn, ReportsColumn, DaysColumn, FirstColumn, LastColumn, OrgColumn };

    explicit UnassignedReportsPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reload();

    QTableWidget *table() const { return m_table; }
    QTableWidget *assignedTable() const { return m_assigned; }
    QString statusText() const;
    // Selects the row of `domain` in the unassigned list; false when it is not there.
    bool selectDomain(const QString &domain);
    // Opens the dialog (window-modal, returns at once) for the selected domain; nullptr when
    // none is selected.
    AssignDomainDialog *assignSelected();
    // Takes the selected assigned domain away from its engagement again.
    void removeSelected();

Q_SIGNALS:
    void assigned(qint64 engagementId, const QString &domain);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillUnassigned();
    void fillAssigned();
    void updateButtons();

    Workspace *m_workspace = nullptr;
    bool m_stale = true;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_assign;
    QLabel *m_status;
    QTableWidget *m_assigned;
    QPushButton *m_remove;
};

} // namespace sts::ui
