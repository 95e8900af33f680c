#pragma once

#include "services/PolicyHostingSync.h"
#include "util/Task.h"
#include "util/TaskRunner.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sts::ui {

class Workspace;

// The consultant's policy host for all customers (services::PolicyHostingSync): the hosted
// customers with their live policy ids and pending removals, the host name customers point
// mta-sts.<domain> at by CNAME, and "Write configuration…", which syncs a folder off the GUI
// thread and shows what changed, as `stsdesk-cli hosting sync` does.
class PolicyHostingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PolicyHostingDialog(Workspace *workspace, QWidget *parent = nullptr);

    // Syncs `dir` (what the folder chooser of "Write configuration…" leads to).
    void writeTo(const QString &dir);
    bool isBusy() const { return m_sync.isRunning(); }

Q_SIGNALS:
    void written(bool ok);

private:
    void reload();
    void saveHostName();
    void chooseFolder();
    void onSynced(const QString &dir, const Result<services::HostingSyncReport> &report);

    Workspace *m_workspace;
    QLineEdit *m_hostName;
    QLineEdit *m_reloadCommand;
    QTableWidget *m_customers;
    QLabel *m_summary;
    QPushButton *m_write;
    QPlainTextEdit *m_result;
    TaskRunner *m_tasks;
    Task<services::HostingSyncReport> m_sync{m_tasks};
};

} // namespace sts::ui
