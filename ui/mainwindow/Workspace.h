#pragma once

#include "services/EngagementService.h"
#include "storage/Database.h"

#include <QObject>
#include <memory>

namespace sts::ui {

// The open workspace the main window works on: its database connection (GUI thread) and the
// engagement use cases. Emits `changed` after every write so views refresh.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(std::shared_ptr<storage::Database> database, std::shared_ptr<const Clock> clock,
              QObject *parent = nullptr);

    EngagementService &engagements() { return m_engagements; }
    const storage::Database &database() const { return *m_database; }
    std::shared_ptr<storage::Database> databasePtr() const { return m_database; }
    std::shared_ptr<const Clock> clock() const { return m_clock; }
    // Who the event log names for what is done here (the login name).
    QString actor() const { return m_actor; }

    // Call after a write through engagements(); views listening to `changed` reload.
    void notifyChanged(qint64 engagementId) { Q_EMIT changed(engagementId); }

Q_SIGNALS:
    void changed(qint64 engagementId);

private:
    std::shared_ptr<storage::Database> m_database;
    std::shared_ptr<const Clock> m_clock;
    QString m_actor;
    EngagementService m_engagements;
};

} // namespace sts::ui
