#pragma once

#include "engagement/Engagement.h"
#include "services/WizardProgress.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace sts::ui {

class FindingsPanel;
class ReportsView;
class RolloutView;
class WizardStepList;
class Workspace;

// The right side of the main window for one open engagement: a header and a navigation between
// its sections (Wizard, Timeline, Reports, Runbook, Findings). Sections that later capabilities
// bring are shown disabled with a line saying what they arrive with.
class EngagementView : public QWidget
{
    Q_OBJECT
public:
    enum Section {
        WizardSection = 0,
        TimelineSection,
        ReportsSection,
        RunbookSection,
        FindingsSection
    };

    explicit EngagementView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    RolloutView *rolloutView() const { return m_rollout; }
    ReportsView *reportsView() const { return m_reports; }
    FindingsPanel *findingsPanel() const { return m_findings; }

    void showEngagement(const Engagement &engagement);
    qint64 engagementId() const { return m_engagement.id; }
    void setCurrentSection(Section section);
    Section currentSection() const;
    bool isSectionEnabled(Section section) const;

Q_SIGNALS:
    void editRequested(qint64 id);

private:
    QWidget *buildOverview();
    // A step clicked on the overview: the wizard, on that step's page.
    void openWizardAt(services::WizardStep step);
    void addSection(const QString &title, QWidget *page);

    Engagement m_engagement;
    QLabel *m_title;
    QLabel *m_subtitle;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QFormLayout *m_details = nullptr;
    WizardStepList *m_steps = nullptr;
    Workspace *m_workspace = nullptr;
    RolloutView *m_rollout;
    ReportsView *m_reports;
    FindingsPanel *m_findings;
};

} // namespace sts::ui
