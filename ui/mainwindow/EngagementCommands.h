#pragma once

#include "util/Result.h"

#include <QUndoCommand>

namespace sts::ui {

class Workspace;

// Undoable engagement changes for the main window's Edit menu. Each records the first error it
// met, which the caller shows; the change itself is logged by EngagementService.
class EngagementCommand : public QUndoCommand
{
public:
    const std::optional<Error> &lastError() const { return m_error; }

protected:
    EngagementCommand(Workspace *workspace, qint64 id, const QString &text);
    void report(const Status &status);

    Workspace *m_workspace;
    qint64 m_id;

private:
    std::optional<Error> m_error;
};

class ArchiveCommand final : public EngagementCommand
{
public:
    // archive == false restores.
    ArchiveCommand(Workspace *workspace, qint64 id, const QString &title, bool archive);
    void redo() override;
    void undo() override;

private:
    void apply(bool archive);
    bool m_archive;
};

class RenameCommand final : public EngagementCommand
{
public:
    RenameCommand(Workspace *workspace, qint64 id, const QString &from, const QString &to);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &name);
    QString m_from;
    QString m_to;
};

} // namespace sts::ui
