#include "mainwindow/AssignmentActions.h"

#include "mainwindow/Workspace.h"
#include "services/Assignments.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace sts::ui {

AssignmentActions::AssignmentActions(QWidget *view, std::function<qint64()> currentId)
    : QObject(view), m_view(view), m_currentId(std::move(currentId)),
      m_assignToMe(new QAction(tr("Assign to &me"), this)),
      m_assignTo(new QAction(tr("Assign &to…"), this)),
      m_unassign(new QAction(tr("&Unassign"), this))
{
    m_assignToMe->setObjectName(u"assignToMe"_s);
    m_assignTo->setObjectName(u"assignTo"_s);
    m_unassign->setObjectName(u"unassign"_s);
    askConsultant = [](QWidget *parent, const QString &current) {
        return QInputDialog::getText(
            parent, tr("Assign engagement"),
            tr("Consultant (database role on PostgreSQL, login name on SQLite):"),
            QLineEdit::Normal, current);
    };
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions({m_assignToMe, m_assignTo, m_unassign});
    connect(m_assignToMe, &QAction::triggered, this, &AssignmentActions::assignToMe);
    connect(m_assignTo, &QAction::triggered, this, &AssignmentActions::assignTo);
    connect(m_unassign, &QAction::triggered, this, &AssignmentActions::unassign);
    update();
}

void AssignmentActions::update()
{
    const bool any = m_workspace && m_currentId() > 0;
    for (QAction *action : {m_assignToMe, m_assignTo, m_unassign})
        action->setEnabled(any);
}

void AssignmentActions::assignToMe()
{
    const qint64 id = m_currentId();
    if (!m_workspace || id <= 0)
        return;
    Status done = services::Assignments(m_workspace->context()).assignToMe(id);
    finish(id, done ? QString() : done.error().message);
}

void AssignmentActions::assignTo()
{
    const qint64 id = m_currentId();
    if (!m_workspace || id <= 0)
        return;
    services::Assignments service(m_workspace->context());
    const QString consultant = askConsultant(m_view, service.assigneeOf(id).valueOr({}));
    if (consultant.trimmed().isEmpty())
        return;
    Status done = service.assign(id, consultant);
    finish(id, done ? QString() : done.error().message);
}

void AssignmentActions::unassign()
{
    const qint64 id = m_currentId();
    if (!m_workspace || id <= 0)
        return;
    Status done = services::Assignments(m_workspace->context()).unassign(id);
    finish(id, done ? QString() : done.error().message);
}

void AssignmentActions::finish(qint64 id, const QString &problem)
{
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_view, tr("Cannot assign the engagement"), problem);
        return;
    }
    m_workspace->notifyChanged(id);
    Q_EMIT changed(id);
}

} // namespace sts::ui
