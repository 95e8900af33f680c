#pragma once

#include "runbook/RunbookWriter.h"
#include "util/Task.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace sts::ui {

class Workspace;
using render::RunbookOptions;
using render::RunbookRendering;

// The engagement's runbook: page previews painted exactly like the PDF, the PDF's options
// (language, consultant, BSI checklist), "Export PDF…" and "Export bundle…". Rendering (charts
// included) runs as a task with progress and cancel; closing the view cancels it and waits.
class RunbookView : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void showEngagement(qint64 engagementId);
    RunbookOptions options() const;
    bool isBusy() const { return m_job.isRunning(); }
    int previewCount() const;

public Q_SLOTS:
    void refreshPreview();
    void exportPdf(const QString &path = {});
    void exportBundle(const QString &path = {});
    void cancel();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        RunbookRendering rendering;
        bool preview = false;
    };
    using Job = std::function<Outcome(std::shared_ptr<const storage::Database>,
                                      const std::function<void(int, int)> &, const CancelToken &)>;
    void start(const QString &what, Job job);
    // The engagement or an option changed: renders again now, after the running job, or when the
    // view is next shown.
    void previewIsStale();
    void onFinished(const Outcome &outcome);
    void setBusy(bool busy);

    Workspace *m_workspace = nullptr;
    qint64 m_engagementId = 0;
    qint64 m_jobEngagementId = 0; // the engagement the running job works on
    bool m_previewRunning = false;
    bool m_refreshPending = false; // another engagement was opened while a job ran
    QComboBox *m_language;
    QLineEdit *m_consultant;
    QCheckBox *m_bsi;
    QCheckBox *m_includeKeys;
    QPushButton *m_refresh;
    QPushButton *m_exportPdf;
    QPushButton *m_exportBundle;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_pages;
    // Cancel and another engagement interrupt the job: it stops early and its outcome (an error
    // saying so) still arrives, so the status line and finished() tell what happened.
    TaskRunner *m_tasks;
    Task<Outcome> m_job{m_tasks};
};

} // namespace sts::ui
