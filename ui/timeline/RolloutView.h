#pragma once

#include "services/RolloutService.h"

#include <QWidget>

class QLabel;

namespace sts::ui {

class DayStrip;
class TimelineView;
class ImportPanel;
class PolicyVersionsPanel;
class RolloutControls;
class Workspace;

// The engagement's rollout at a glance: readiness banner ("Ready for enforce since …" or the
// reasons why not), the rollout controls and the policy versions they publish, the whole rollout
// on a timeline, one marker per day of the current testing
// stretch, and report import (button or drag and drop) that runs on a worker thread with progress
// and cancel.
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
    bool isImporting() const;
    void cancelImport();
    QString bannerText() const;
    QString lastImportSummary() const;
    // What the day strip says instead of days (empty while it shows days).
    QString stretchPlaceholder() const;
    TimelineView *timeline() const { return m_timeline; }
    PolicyVersionsPanel *versionsPanel() const { return m_versions; }
    RolloutControls *controls() const { return m_controls; }

Q_SIGNALS:
    // A day was clicked on the timeline or the testing strip: show its reports.
    void dayActivated(const QDate &day);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showStatus(const RolloutStatus &status);
    void showDays(const RolloutStatus &status); // the strip under the timeline, per phase
    void editSenderScope();                     // the "Senders…" button

    Workspace *m_workspace = nullptr;
    qint64 m_engagementId = 0;
    QLabel *m_phase;
    QLabel *m_banner;
    PolicyVersionsPanel *m_versions;
    RolloutControls *m_controls;
    TimelineView *m_timeline;
    DayStrip *m_days;
    QLabel *m_stretchTitle = nullptr;
    ImportPanel *m_importPanel; // shared with the Reports view
};

} // namespace sts::ui
