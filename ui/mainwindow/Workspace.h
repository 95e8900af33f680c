#pragma once

#include "services/ChangeFeed.h"
#include "services/EngagementService.h"
#include "services/ServiceContext.h"

#include <QObject>
#include <memory>

namespace sts::ui {

// The open workspace the main window works on: the use cases' context (database connection of the
// GUI thread, clock, actor) and the engagement use cases. Emits `changed` after every write so
// views refresh.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(ServiceContext context, QObject *parent = nullptr);
    // The GUI's actor (actorName(Face::Gui)) on `database`.
    Workspace(std::shared_ptr<storage::Database> database, std::shared_ptr<const Clock> clock,
              QObject *parent = nullptr);

    // What every use case is built from.
    const ServiceContext &context() const { return m_context; }
    EngagementService &engagements() { return m_engagements; }
    // For the views still waiting for their use case (reports, runbook, artifacts, watched folder).
    std::shared_ptr<storage::Database> databasePtr() const { return m_context.database; }
    std::shared_ptr<const Clock> clock() const { return m_context.clock; }
    // Who the event log names for what is done here (see actorName()).
    QString actor() const { return m_context.actor; }

    // Call after a write through engagements(); views listening to `changed` reload.
    void notifyChanged(qint64 engagementId) { Q_EMIT changed(engagementId); }
    // What other connections (the CLI, monitoring, a colleague, a worker thread) change.
    ChangeFeed *externalChanges() const { return m_externalChanges.get(); }

Q_SIGNALS:
    void changed(qint64 engagementId);

private:
    ServiceContext m_context;
    EngagementService m_engagements;
    std::unique_ptr<ChangeFeed> m_externalChanges;
};

} // namespace sts::ui
