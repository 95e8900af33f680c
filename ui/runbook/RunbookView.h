#pragma once

#include "runbook/RunbookWriter.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
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
// included) runs on a worker thread with progress and cancel.
class RunbookView : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookView(QWidget *parent = nullptr);
    ~RunbookView() override;

    void setWorkspace(Workspace *workspace);
    void showEngagement(qint64 engagementId);
    RunbookOptions options() const;
    bool isBusy() const { return m_watcher.isRunning(); }
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
    using Job =
        std::function<Outcome(std::shared_ptr<const storage::Database>,
                              const std::function<void(int, int)> &, const std::atomic_bool *)>;
    void start(const QString &what, Job job);
    void onFinished();
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
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

} // namespace sts::ui
