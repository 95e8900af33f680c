#pragma once

#include "engagement/RolloutService.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sts::tlsrpt {
struct ImportSummary;
}

namespace sts::ui {

class DayStrip;
class Workspace;

// The engagement's rollout at a glance: readiness banner ("Ready for enforce since …" or the
// reasons why not), one marker per day of testing, and report import (button or drag and drop)
// that runs on a worker thread with progress and cancel.
class RolloutView : public QWidget
{
    Q_OBJECT
public:
    explicit RolloutView(QWidget *parent = nullptr);
    ~RolloutView() override;

    void setWorkspace(Workspace *workspace);
    void showEngagement(qint64 engagementId);
    void refresh();

    // Imports files or folders (JSON, gzip, zip, e-mail, mbox, Maildir) off the GUI thread.
    void importPaths(const QStringList &paths);
    bool isImporting() const { return m_watcher.isRunning(); }
    void cancelImport();
    QString bannerText() const;
    QString lastImportSummary() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void importFinished();
    void showStatus(const RolloutStatus &status);

    Workspace *m_workspace = nullptr;
    qint64 m_engagementId = 0;
    QLabel *m_phase;
    QLabel *m_banner;
    DayStrip *m_days;
    QLabel *m_importSummary;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<QVariant> m_watcher;
};

} // namespace sts::ui
