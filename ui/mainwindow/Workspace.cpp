#include "mainwindow/Workspace.h"

using namespace Qt::StringLiterals;

namespace sts::ui {

static QString actorName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? u"stsdesk"_s : user;
}

Workspace::Workspace(std::shared_ptr<storage::Database> database,
                     std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock), m_actor(actorName()),
      m_engagements(database, clock, m_actor)
{}

} // namespace sts::ui
