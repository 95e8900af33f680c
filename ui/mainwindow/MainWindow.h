#pragma once

#include <QMainWindow>
#include <QSet>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace sts::tlsrpt {
class WatchedFolder;
}

namespace sts::ui {

class DeferredChanges;
class DesktopNotifier;
class EngagementListPanel;
class EngagementView;
class EngagementWizard;
class PortfolioView;
class UnassignedReportsPanel;
class WelcomePage;
class Workspace;

// The shell: engagement list on the left, the open engagement (or the welcome page) on the right,
// menus with shortcuts, undo for archive and rename, status bar. It composes; the logic lives in
// core and in the widgets it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace.get(); }
    EngagementListPanel *engagementList() const { return m_list; }
    EngagementView *engagementView() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }

    // Opens the wizard (window-modal, returns at once) for a new engagement or to edit one.
    EngagementWizard *newEngagement();
    EngagementWizard *editEngagement(qint64 id);
    void openEngagement(qint64 id);
    // Back to the portfolio (the home): no engagement open.
    void goHome();
    PortfolioView *portfolio() const { return m_portfolio; }
    void archiveCurrent();
    void restoreCurrent();
    void renameCurrent(const QString &newName); // empty asks with a dialog
    // Installs the translators of the language in Settings and rebuilds every text the window
    // shows, keeping the open engagement, its section and the list's filter.
    void applyLanguage();
    // The workspace's reports for domains no engagement holds, in their own window.
    UnassignedReportsPanel *showUnassignedReports();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void buildCentral(); // the list, the welcome page and the engagement view, connected
    void showExternalChanges(const QSet<qint64> &engagementIds);
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void showSettings();
    void startWatchedFolder(); // the folder from AppSettings, for the current workspace
    void updateActions();
    void refreshRecent();
    void onWorkspaceChanged(qint64 id);
    void runCommand(class EngagementCommand *command);
    EngagementWizard *openWizard(qint64 id);

    std::unique_ptr<Workspace> m_workspace;
    EngagementListPanel *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;     // the home while the workspace has no engagement
    PortfolioView *m_portfolio = nullptr; // the home otherwise
    EngagementView *m_view = nullptr;
    QLabel *m_workspaceLabel;
    QUndoStack *m_undo;
    QObject *m_actions = nullptr; // owns the actions, replaced with them when the language changes
    DeferredChanges *m_externalChanges;
    DesktopNotifier *m_notifier;
    QMenu *m_recentMenu = nullptr;
    std::unique_ptr<tlsrpt::WatchedFolder> m_watchedFolder;
    UnassignedReportsPanel *m_unassigned = nullptr; // made when first shown

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_showArchivedAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_hostingAction = nullptr; // the consultant's policy host (issue 19)
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_unassignedAction = nullptr;
    QAction *m_mailboxAction = nullptr;
    QAction *m_weeklyAction = nullptr;
    QAction *m_homeAction = nullptr;
};

} // namespace sts::ui
