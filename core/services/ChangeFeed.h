#pragma once

#include "storage/ChangeProbe.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>
#include <memory>

namespace sts {

// Tells a window what other connections changed in its workspace: the CLI, monitoring, a worker
// thread's import, a colleague on a shared PostgreSQL workspace. Lives on the thread of
// `database` (the window's connection) and leaves out what that connection wrote itself.
// SQLite is asked once a second (a PRAGMA read, a few microseconds); PostgreSQL pushes NOTIFY,
// and its listening connection is checked every few seconds and opened again when it was lost
// (a server restart), after which the whole workspace counts as changed: notifications sent
// meanwhile are gone. STSDESK_LISTEN_CHECK_MS overrides the check interval (5000 ms).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(std::shared_ptr<const storage::Database> database,
                        QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Empty while changes are watched; otherwise why they are not (also logged).
    QString problem() const { return m_problem; }

Q_SIGNALS:
    // Once per changed engagement; 0 when the change concerns the workspace, or no engagement
    // can be told (a report import, an unassigned report).
    void changed(qint64 engagementId);

private:
    void startSqlite();
    void startPostgres();
    void pollSqlite();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void flush();
    void fail(const QString &problem);
    void checkListener(); // PostgreSQL: reconnects a lost LISTEN connection

    std::shared_ptr<const storage::Database> m_db;
    storage::ChangeProbe m_probe;
    std::shared_ptr<storage::Database> m_listener; // PostgreSQL: the LISTEN connection
    QTimer m_poll;
    QTimer m_watchdog; // PostgreSQL: how often the LISTEN connection is checked
    QTimer m_coalesce; // a burst of notifications becomes one signal per engagement
    QSet<qint64> m_pending;
    qint64 m_dataVersion = 0;
    qint64 m_lastEventId = 0;
    qint64 m_ownPid = 0;
    QString m_problem;
};

} // namespace sts
