#pragma once

#include "services/Findings.h"
#include "services/Monitor.h"
#include "util/Task.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sts::ui {

class Workspace;

// The engagement's monitoring findings (its "Findings" section): severity, since when, what
// (FindingText), state; Acknowledge for an open one; "Run checks now" runs the monitor for this
// engagement as a task (off the GUI thread, with Stop) and shows what it found. When monitoring
// last ran (any desk, any engagement) is said above the list.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, SinceColumn, TextColumn, StateColumn, ColumnCount };

    explicit FindingsPanel(QWidget *parent = nullptr);
    ~FindingsPanel() override;

    void setWorkspace(Workspace *workspace);
    void showEngagement(qint64 engagementId);
    void refresh();

    // Where "Run checks now" looks; unset: Settings (resolver, trust anchor, CA file, policy
    // host override) and the pre-flight's SMTP port. Tests point it at their labs.
    void setOptionsOverride(std::optional<MonitorOptions> options);
    // The mailbox step of a run (services::MailboxSync), wired by the shell; none by default.
    void setMailboxSync(MailboxSyncStep step) { m_mailboxSync = std::move(step); }

    const QList<Finding> &findings() const { return m_findings; }
    QTableWidget *table() const { return m_table; }
    void runChecks();
    void stopChecks();
    bool isRunning() const { return m_run.isRunning(); }
    void acknowledgeSelected();
    QString messageText() const;

Q_SIGNALS:
    // A run or an acknowledgement changed the engagement's findings.
    void changed();

private:
    void showFindings();
    void updateButtons();
    void onRunFinished(const Result<MonitorRunResult> &run);
    void setMessage(const QString &text, bool error);
    Result<MonitorOptions> options() const;

    Workspace *m_workspace = nullptr;
    qint64 m_engagementId = 0;
    QList<Finding> m_findings;
    std::optional<MonitorOptions> m_override;
    MailboxSyncStep m_mailboxSync;
    const QString m_holder = Monitor::newHolder(); // the same for every run of this panel

    TaskRunner *m_tasks;
    Task<MonitorRunResult> m_run{m_tasks};

    QLabel *m_lastRun;
    QTableWidget *m_table;
    QCheckBox *m_showResolved;
    QPushButton *m_acknowledge;
    QPushButton *m_runButton;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_message;
};

} // namespace sts::ui
