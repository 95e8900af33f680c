#include "mainwindow/MainWindow.h"

#include "mainwindow/AboutDialog.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/DeferredChanges.h"
#include "mainwindow/DesktopNotifier.h"
#include "mainwindow/EngagementCommands.h"
#include "mainwindow/EngagementListPanel.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/GuiStartup.h"
#include "mainwindow/MonitoringSettings.h"
#include "mainwindow/PolicyHostingDialog.h"
#include "mainwindow/SettingsDialog.h"
#include "mainwindow/WeeklyRecipientsDialog.h"
#include "mainwindow/WelcomePage.h"
#include "mainwindow/Workspace.h"
#include "portfolio/PortfolioView.h"
#include "reports/ImportPanel.h"
#include "reports/ReportsView.h"
#include "reports/UnassignedReportsPanel.h"
#include "services/WatchedFolder.h"
#include "wizard/EngagementWizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace sts::ui {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent), m_workspaceLabel(new QLabel(this)), m_undo(new QUndoStack(this)),
      m_externalChanges(new DeferredChanges(this)), m_notifier(new DesktopNotifier(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("STS Desk"));
    setWindowIcon(QIcon(u":/icons/stsdesk.svg"_s));
    statusBar()->addPermanentWidget(m_workspaceLabel);
    // Without a system tray the latest announcement stays in the status bar, where the
    // transient messages of list refreshes cannot overwrite it.
    auto *alert = new QLabel(this);
    alert->setObjectName(u"statusAlert"_s);
    alert->hide();
    statusBar()->addWidget(alert);
    connect(m_notifier, &DesktopNotifier::announced, alert,
            [alert](const QString &title, const QString &message, bool inTray) {
                if (inTray)
                    return;
                alert->setText(title + u": "_s + message);
                alert->setToolTip(message);
                alert->show();
            });

    buildCentral();
    createActions();
    createMenus();
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_externalChanges, &DeferredChanges::ready, this, &MainWindow::showExternalChanges);

    setWorkspace(std::move(workspace));
    resize(1240, 760); // fits a 1366 x 768 laptop screen
    restoreGeometry(QSettings().value(u"ui/geometry"_s).toByteArray());
}

void MainWindow::buildCentral()
{
    for (QObject *old : {static_cast<QObject *>(m_list), static_cast<QObject *>(m_welcome),
                         static_cast<QObject *>(m_view)}) {
        if (old) // replaced: nothing it says while it is deleted may reach the window
            old->disconnect(this);
    }
    if (QWidget *old = takeCentralWidget()) { // out of the window at once, deleted when idle
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    m_list = new EngagementListPanel(this);
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    m_view = new EngagementView(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_view);
    m_portfolio = new PortfolioView(this);
    m_stack->addWidget(m_portfolio);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1000}); // names and domains fit; charts and tables get the rest
    setCentralWidget(splitter);

    connect(m_list, &EngagementListPanel::currentChanged, this, &MainWindow::openEngagement);
    connect(m_welcome, &WelcomePage::newEngagementRequested, this, &MainWindow::newEngagement);
    connect(m_welcome, &WelcomePage::openRequested, this,
            [this](qint64 id) { m_list->selectEngagement(id); });
    connect(m_view, &EngagementView::editRequested, this, &MainWindow::editEngagement);
    connect(m_welcome, &WelcomePage::unassignedReportsRequested, this,
            &MainWindow::showUnassignedReports);
    connect(m_portfolio, &PortfolioView::openRequested, this,
            [this](qint64 id) { m_list->selectEngagement(id); });
}

MainWindow::~MainWindow()
{
    m_watchedFolder.reset(); // waits for an import in progress
    // The undo stack is a child and announces its clearing while the window is half destroyed.
    disconnect(m_undo, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    if (m_actions) // the previous language's; one of them may be running this (Settings…)
        m_actions->deleteLater();
    m_actions = new QObject(this);
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &key,
                       auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, m_actions);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(tr("&New Engagement…"), u"document-new"_s, QKeySequence::New,
                       [this] { newEngagement(); });
    m_editAction =
        make(tr("&Edit Details…"), u"document-properties"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
             [this] { editEngagement(m_list->currentId()); });
    m_renameAction = make(tr("&Rename…"), u"edit-rename"_s, QKeySequence(Qt::Key_F2),
                          [this] { renameCurrent({}); });
    m_archiveAction = make(tr("&Archive"), u"archive-insert"_s,
                           QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { archiveCurrent(); });
    m_restoreAction =
        make(tr("Re&store"), u"archive-extract"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
             [this] { restoreCurrent(); });
    m_findAction = make(tr("&Find Engagement"), u"edit-find"_s, QKeySequence::Find,
                        [this] { m_list->focusSearch(); });
    m_showArchivedAction = make(tr("Show &Archived Engagements"), QString(),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                [this](bool on) { m_list->setShowArchived(on); });
    m_showArchivedAction->setCheckable(true);
    m_settingsAction = make(tr("&Settings…"), u"preferences-system"_s, QKeySequence::Preferences,
                            [this] { showSettings(); });
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_quitAction =
        make(tr("&Quit"), u"application-exit"_s, QKeySequence::Quit, [this] { close(); });
    m_aboutAction = make(tr("&About STS Desk"), u"help-about"_s, QKeySequence(),
                         [this] { AboutDialog(this).exec(); });
    m_unassignedAction =
        make(tr("&Unassigned Reports…"), u"mail-mark-unread"_s,
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this] { showUnassignedReports(); });
    m_unassignedAction->setObjectName(u"actionUnassignedReports"_s);
    // Where the engagement's reports arrive: its IMAP mailbox, opened over its Reports view.
    m_mailboxAction = make(tr("&Mailbox…"), u"mail-receive"_s, QKeySequence(), [this] {
        m_view->setCurrentSection(EngagementView::ReportsSection);
        m_view->reportsView()->importPanel()->openMailbox();
    });
    m_mailboxAction->setObjectName(u"actionMailbox"_s);
    // Where the engagement's weekly summary goes: the customer's contacts.
    m_weeklyAction = make(tr("&Weekly Summary…"), u"mail-send"_s, QKeySequence(), [this] {
        const qint64 id = m_list->currentId();
        if (!m_workspace || id == 0)
            return;
        auto *dialog = new WeeklyRecipientsDialog(m_workspace.get(), id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_weeklyAction->setObjectName(u"actionWeeklySummary"_s);
    // Alt+Home as in browsers; Ctrl+Home stays with the table and text views (first row, top).
    m_homeAction = make(tr("&Home: Portfolio"), u"go-home"_s, QKeySequence(Qt::ALT | Qt::Key_Home),
                        [this] { goHome(); });
    m_homeAction->setObjectName(u"actionHome"_s);
    m_newAction->setObjectName(u"actionNewEngagement"_s);
    m_archiveAction->setObjectName(u"actionArchive"_s);
    m_restoreAction->setObjectName(u"actionRestore"_s);
    m_settingsAction->setObjectName(u"actionSettings"_s);
    m_hostingAction = make(tr("Policy &Hosting…"), u"network-server"_s, QKeySequence(), [this] {
        if (m_workspace)
            PolicyHostingDialog(m_workspace.get(), this).exec();
    });
    m_hostingAction->setObjectName(u"actionPolicyHosting"_s);
}

void MainWindow::createMenus()
{
    setMenuBar(new QMenuBar(this)); // deletes the previous language's menus
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_hostingAction);
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(m_actions, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(m_actions, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *engagement = menuBar()->addMenu(tr("E&ngagement"));
    engagement->addAction(m_editAction);
    engagement->addAction(m_renameAction);
    engagement->addAction(m_mailboxAction);
    engagement->addAction(m_weeklyAction);
    engagement->addSeparator();
    engagement->addAction(m_archiveAction);
    engagement->addAction(m_restoreAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_homeAction);
    view->addSeparator();
    view->addAction(m_showArchivedAction);
    view->addAction(m_unassignedAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_undo->clear();
    m_watchedFolder.reset(); // it imports into the workspace being replaced
    m_workspace = std::move(workspace);
    connect(m_workspace.get(), &Workspace::changed, this, &MainWindow::onWorkspaceChanged);
    connect(m_workspace->externalChanges(), &ChangeFeed::changed, m_externalChanges,
            &DeferredChanges::add);
    // New findings from the monitoring (another process or desk) are announced once each.
    m_notifier->setWorkspace(m_workspace->context());
    connect(m_workspace->externalChanges(), &ChangeFeed::changed, m_notifier,
            [this] { m_notifier->check(); });
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace->context().workspaceName()));
    m_list->setWorkspace(m_workspace.get());
    m_view->setWorkspace(m_workspace.get());
    m_portfolio->setWorkspace(m_workspace.get());
    if (m_unassigned)
        m_unassigned->setWorkspace(m_workspace.get());
    refreshRecent();
    // Every morning starts on the portfolio (who needs attention and why); the engagement opened
    // last is one click away in File › Open Recent.
    m_list->selectEngagement(0);
    openEngagement(0);
    startWatchedFolder();
}

void MainWindow::startWatchedFolder()
{
    m_watchedFolder.reset();
    const QString folder = AppSettings::watchedReportFolder();
    if (folder.isEmpty() || !m_workspace)
        return;
    m_watchedFolder = std::make_unique<tlsrpt::WatchedFolder>(m_workspace->context(), folder,
                                                              tlsrpt::WatchedFolder::Options{});
    connect(m_watchedFolder.get(), &tlsrpt::WatchedFolder::imported, this,
            [this](const tlsrpt::ImportSummary &summary) {
                m_workspace->notifyChanged(0); // the timeline and charts reload
                QString text =
                    tr("Watched folder: %1 report(s) imported, %2 duplicate(s), %3 quarantined.")
                        .arg(summary.imported)
                        .arg(summary.duplicates)
                        .arg(summary.quarantined);
                if (summary.conflicts > 0)
                    text += u" "_s + tr("%n report(s) in conflict wait in Reports › Conflicts.",
                                        nullptr, summary.conflicts);
                statusBar()->showMessage(text, 10000);
            });
    connect(m_watchedFolder.get(), &tlsrpt::WatchedFolder::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::openEngagement(qint64 id)
{
    if (id == 0) {
        const bool empty = m_list->count() == 0 && m_list->searchText().isEmpty();
        m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_portfolio);
        updateActions();
        return;
    }
    Result<Engagement> engagement = m_workspace->engagements().get(id);
    if (!engagement) {
        statusBar()->showMessage(engagement.error().message, 8000);
        return;
    }
    if (m_list->currentId() != id)
        m_list->selectEngagement(id);
    m_view->showEngagement(*engagement);
    m_stack->setCurrentWidget(m_view);
    if (Status opened = m_workspace->engagements().markOpened(id); opened)
        refreshRecent();
    updateActions();
}

void MainWindow::goHome()
{
    m_list->selectEngagement(0);
    openEngagement(0);
    if (m_stack->currentWidget() == m_portfolio)
        m_portfolio->setFocus(Qt::OtherFocusReason);
}

UnassignedReportsPanel *MainWindow::showUnassignedReports()
{
    if (!m_unassigned) {
        m_unassigned = new UnassignedReportsPanel(this);
        m_unassigned->setWindowFlag(Qt::Window); // its own window: the engagement stays in view
        m_unassigned->setWorkspace(m_workspace.get());
    }
    m_unassigned->show();
    m_unassigned->raise();
    m_unassigned->activateWindow();
    return m_unassigned;
}

void MainWindow::onWorkspaceChanged(qint64 id)
{
    m_list->reload();
    if (id != 0 && m_list->currentId() != id)
        m_list->selectEngagement(id);
    openEngagement(m_list->currentId());
}

void MainWindow::showExternalChanges(const QSet<qint64> &engagementIds)
{
    // Keeps the selection (the list reselects it) and does not mark the engagement as opened:
    // that write would wake every other window on a shared workspace, which would answer alike.
    m_list->reload();
    m_portfolio->reload();
    refreshRecent();
    const qint64 id = m_list->currentId();
    if (id != 0 && (engagementIds.contains(0) || engagementIds.contains(id))) {
        if (Result<Engagement> engagement = m_workspace->engagements().get(id); engagement)
            m_view->showEngagement(*engagement);
    }
    // Imports arrive as workspace-wide changes: they may bring reports for other domains.
    if (m_unassigned && m_unassigned->isVisible() && engagementIds.contains(0))
        m_unassigned->reload();
    updateActions();
}

void MainWindow::refreshRecent()
{
    Result<QList<Engagement>> recent = m_workspace->engagements().recent(8);
    const QList<Engagement> list = recent ? *recent : QList<Engagement>{};
    m_welcome->setRecent(list);
    m_recentMenu->clear();
    for (const Engagement &e : list) {
        m_recentMenu->addAction(e.title(), this, [this, id = e.id] {
            if (m_list->model().rowOf(id) < 0)
                m_list->setShowArchived(true);
            m_list->selectEngagement(id);
        });
    }
    m_recentMenu->setEnabled(!list.isEmpty());
}

void MainWindow::updateActions()
{
    const qint64 id = m_list->currentId();
    const int row = m_list->model().rowOf(id);
    const bool archived =
        row >= 0 && m_list->model().index(row).data(EngagementListModel::ArchivedRole).toBool();
    m_editAction->setEnabled(id != 0);
    m_renameAction->setEnabled(id != 0);
    m_mailboxAction->setEnabled(id != 0);
    m_weeklyAction->setEnabled(id != 0);
    m_archiveAction->setEnabled(id != 0 && !archived);
    m_restoreAction->setEnabled(id != 0 && archived);
    m_showArchivedAction->setChecked(m_list->showsArchived());
    const int count = m_list->count();
    statusBar()->showMessage(tr("%n engagement(s)", nullptr, count));
}

EngagementWizard *MainWindow::openWizard(qint64 id)
{
    Engagement engagement;
    if (id != 0) {
        Result<Engagement> loaded = m_workspace->engagements().get(id);
        if (!loaded) {
            statusBar()->showMessage(loaded.error().message, 8000);
            return nullptr;
        }
        engagement = *loaded;
    }
    auto *wizard = new EngagementWizard(m_workspace.get(), engagement, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &EngagementWizard::settingsRequested, this, &MainWindow::showSettings);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        m_list->selectEngagement(wizard->engagementId());
        statusBar()->showMessage(tr("Saved."), 4000);
    });
    wizard->open();
    return wizard;
}

EngagementWizard *MainWindow::newEngagement()
{
    return openWizard(0);
}

EngagementWizard *MainWindow::editEngagement(qint64 id)
{
    return id == 0 ? nullptr : openWizard(id);
}

void MainWindow::runCommand(EngagementCommand *command)
{
    m_undo->push(command); // runs redo()
    if (command->lastError())
        QMessageBox::warning(this, tr("STS Desk"), command->lastError()->message);
    updateActions();
}

void MainWindow::archiveCurrent()
{
    const qint64 id = m_list->currentId();
    Result<Engagement> e = m_workspace->engagements().get(id);
    if (id == 0 || !e || e->archived)
        return;
    runCommand(new ArchiveCommand(m_workspace.get(), id, e->title(), true));
    statusBar()->showMessage(tr("Archived %1. Undo with Ctrl+Z.").arg(e->title()), 8000);
}

void MainWindow::restoreCurrent()
{
    const qint64 id = m_list->currentId();
    Result<Engagement> e = m_workspace->engagements().get(id);
    if (id == 0 || !e || !e->archived)
        return;
    runCommand(new ArchiveCommand(m_workspace.get(), id, e->title(), false));
}

void MainWindow::renameCurrent(const QString &newName)
{
    const qint64 id = m_list->currentId();
    Result<Engagement> e = m_workspace->engagements().get(id);
    if (id == 0 || !e)
        return;
    QString name = newName;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename Engagement"), tr("Customer name:"),
                                     QLineEdit::Normal, e->customer, &ok);
        if (!ok)
            return;
    }
    if (name.trimmed() == e->customer)
        return;
    runCommand(new RenameCommand(m_workspace.get(), id, e->customer, name.trimmed()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (m_workspace)
        dialog.addMonitoring(new MonitoringSettings(m_workspace->context()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SettingsDialog::Changes changes = dialog.save();
    if (!changes.monitoringError.isEmpty())
        QMessageBox::warning(this, tr("Notification settings not saved"), changes.monitoringError);
    if (!changes.problem.isEmpty())
        QMessageBox::warning(this, tr("Cannot store the workspace password"), changes.problem);
    if (changes.database) {
        Result<std::unique_ptr<Workspace>> reopened = openWorkspace(QString());
        if (!reopened) {
            QMessageBox::warning(this, tr("Cannot open the workspace"),
                                 reopened.error().message +
                                     tr("\n\nThe current workspace stays open."));
        } else {
            setWorkspace(std::move(*reopened));
        }
    }
    if (changes.watchedFolder)
        startWatchedFolder();
    if (changes.language)
        applyLanguage();
}

void MainWindow::applyLanguage()
{
    // An open wizard (Settings reached through its "DNS settings…") took its texts in the old
    // language: it is opened again on the page it showed. Its pages saved what they hold when
    // they were left, and the page showing saves as it goes (the scan, hand entries).
    QList<std::pair<qint64, int>> wizards;
    for (EngagementWizard *open : findChildren<EngagementWizard *>()) {
        if (!open->isVisible() || open->engagementId() == 0)
            continue;
        wizards.append({open->engagementId(), open->currentId()});
        open->disconnect(this);
        open->hide();
        open->deleteLater();
    }
    installTranslators(*qApp, AppSettings::language());
    // Every widget took its texts when it was built, so the window builds them again rather
    // than each widget keeping a retranslate function in step with its constructor.
    const qint64 id = m_list->currentId();
    const int section = m_view->currentSection();
    const bool archived = m_list->showsArchived();
    const QString search = m_list->searchText();
    const QList<int> sizes = static_cast<QSplitter *>(centralWidget())->sizes();
    buildCentral();
    createActions();
    createMenus();
    static_cast<QSplitter *>(centralWidget())->setSizes(sizes);
    setWindowTitle(tr("STS Desk"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace->context().workspaceName()));
    m_list->setWorkspace(m_workspace.get());
    m_view->setWorkspace(m_workspace.get());
    m_portfolio->setWorkspace(m_workspace.get());
    m_list->setShowArchived(archived);
    m_list->setSearchText(search);
    m_list->selectEngagement(id);
    openEngagement(m_list->currentId());
    m_view->setCurrentSection(EngagementView::Section(section));
    refreshRecent();
    updateActions();
    for (const auto &[engagementId, page] : wizards) {
        if (EngagementWizard *again = openWizard(engagementId))
            again->goToPage(page);
    }
    // Its own window, built in the old language: the next View › Unassigned Reports builds it anew.
    if (m_unassigned) {
        const bool shown = m_unassigned->isVisible();
        m_unassigned->close();
        m_unassigned->deleteLater();
        m_unassigned = nullptr;
        if (shown)
            showUnassignedReports();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(u"ui/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace sts::ui
