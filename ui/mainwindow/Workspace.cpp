#include "mainwindow/Workspace.h"

namespace sts::ui {

Workspace::Workspace(ServiceContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context)),
      m_engagements(m_context.database, m_context.clock, m_context.actor),
      m_externalChanges(std::make_unique<ChangeFeed>(m_context.database))
{}

Workspace::Workspace(std::shared_ptr<storage::Database> database,
                     std::shared_ptr<const Clock> clock, QObject *parent)
    : Workspace(ServiceContext{std::move(database), std::move(clock), actorName(Face::Gui)}, parent)
{}

} // namespace sts::ui
