#pragma once

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace sts::ui {

class Workspace;

// The engagement list's context menu for a team: "Assign to me", "Assign to…" and "Unassign"
// through services::Assignments, on the engagement `currentId` names. A consultant is the
// database role on PostgreSQL and the login name on SQLite.
class AssignmentActions : public QObject
{
    Q_OBJECT
public:
    // The actions are added to `view` (whose context menu policy becomes ActionsContextMenu).
    AssignmentActions(QWidget *view, std::function<qint64()> currentId);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    // Enables the actions for the engagement selected now.
    void update();

    // For "Assign to…": asks for the consultant, prefilled with `current`; empty when cancelled.
    // A seam for tests, which answer without a dialog.
    std::function<QString(QWidget *parent, const QString &current)> askConsultant;

Q_SIGNALS:
    void changed(qint64 engagementId);

private:
    void assignToMe();
    void assignTo();
    void unassign();
    void finish(qint64 id, const QString &problem);

    QWidget *m_view;
    std::function<qint64()> m_currentId;
    Workspace *m_workspace = nullptr;
    QAction *m_assignToMe;
    QAction *m_assignTo;
    QAction *m_unassign;
};

} // namespace sts::ui
