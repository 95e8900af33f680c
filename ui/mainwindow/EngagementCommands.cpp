#include "mainwindow/EngagementCommands.h"

#include "mainwindow/Workspace.h"

#include <QCoreApplication>

namespace sts::ui {

EngagementCommand::EngagementCommand(Workspace *workspace, qint64 id, const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_id(id)
{}

void EngagementCommand::report(const Status &status)
{
    if (!status && !m_error)
        m_error = status.error();
    m_workspace->notifyChanged(m_id);
}

ArchiveCommand::ArchiveCommand(Workspace *workspace, qint64 id, const QString &title, bool archive)
    : EngagementCommand(
          workspace, id,
          archive
              ? QCoreApplication::translate("sts::ui::ArchiveCommand", "Archive “%1”").arg(title)
              : QCoreApplication::translate("sts::ui::ArchiveCommand", "Restore “%1”").arg(title)),
      m_archive(archive)
{}

void ArchiveCommand::apply(bool archive)
{
    Result<Engagement> result = archive ? m_workspace->engagements().archive(m_id)
                                        : m_workspace->engagements().restore(m_id);
    report(result ? Status::success() : Status(result.error()));
}

void ArchiveCommand::redo()
{
    apply(m_archive);
}
void ArchiveCommand::undo()
{
    apply(!m_archive);
}

RenameCommand::RenameCommand(Workspace *workspace, qint64 id, const QString &from,
                             const QString &to)
    : EngagementCommand(
          workspace, id,
          QCoreApplication::translate("sts::ui::RenameCommand", "Rename to “%1”").arg(to)),
      m_from(from), m_to(to)
{}

void RenameCommand::apply(const QString &name)
{
    Result<Engagement> result = m_workspace->engagements().rename(m_id, name);
    report(result ? Status::success() : Status(result.error()));
}

void RenameCommand::redo()
{
    apply(m_to);
}
void RenameCommand::undo()
{
    apply(m_from);
}

} // namespace sts::ui
