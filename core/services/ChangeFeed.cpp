#include "services/ChangeFeed.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChangeFeed, "stsdesk.services.changes")

namespace sts {

ChangeFeed::ChangeFeed(std::shared_ptr<const storage::Database> database, QObject *parent)
    : QObject(parent), m_db(std::move(database)), m_probe(m_db)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeFeed::flush);
    if (m_db->isPostgres()) {
        m_watchdog.setInterval(qEnvironmentVariableIntValue("STSDESK_LISTEN_CHECK_MS") > 0
                                   ? qEnvironmentVariableIntValue("STSDESK_LISTEN_CHECK_MS")
                                   : 5000);
        connect(&m_watchdog, &QTimer::timeout, this, &ChangeFeed::checkListener);
        m_watchdog.start();
        startPostgres();
    } else {
        startSqlite();
    }
}

ChangeFeed::~ChangeFeed()
{
    if (m_listener)
        m_listener->sql().driver()->unsubscribeFromNotification(storage::ChangeProbe::channel());
}

void ChangeFeed::fail(const QString &problem)
{
    m_problem = problem;
    qCWarning(lcChangeFeed) << "changes made elsewhere are not shown:" << problem;
}

void ChangeFeed::startSqlite()
{
    Result<qint64> version = m_probe.dataVersion();
    Result<qint64> newest = m_probe.newestEventId();
    if (!version || !newest)
        return fail(version ? newest.error().message : version.error().message);
    m_dataVersion = *version;
    m_lastEventId = *newest;
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::pollSqlite);
    m_poll.start();
}

void ChangeFeed::pollSqlite()
{
    Result<qint64> version = m_probe.dataVersion();
    if (!version || *version == m_dataVersion)
        return; // unchanged, or busy: the next tick asks again
    m_dataVersion = *version;
    Result<QSet<qint64>> engagements = m_probe.engagementsWithEventsAfter(m_lastEventId);
    if (engagements && !engagements->isEmpty())
        m_pending.unite(*engagements);
    else
        m_pending.insert(0); // a change without an event names no engagement
    flush();
}

void ChangeFeed::startPostgres()
{
    Result<qint64> pid = m_probe.backendPid();
    if (!pid)
        return fail(pid.error().message);
    m_ownPid = *pid;
    Result<std::shared_ptr<storage::Database>> listener = m_probe.listen();
    if (!listener)
        return fail(listener.error().message);
    m_listener = *listener;
    connect(m_listener->sql().driver(), &QSqlDriver::notification, this,
            &ChangeFeed::onNotification);
}

void ChangeFeed::checkListener()
{
    if (m_listener && storage::ChangeProbe::alive(*m_listener))
        return;
    const bool lost = m_listener != nullptr;
    if (m_listener) {
        m_listener->sql().driver()->disconnect(this);
        m_listener.reset();
        fail(QStringLiteral("the connection that listens for changes was lost; opening it again"));
    }
    startPostgres();
    if (!m_listener)
        return; // still unreachable: the next check tries again
    m_problem.clear();
    if (lost) {
        m_pending.insert(0); // what was announced meanwhile is gone: reload everything
        m_coalesce.start();
    }
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                const QVariant &payload)
{
    if (name != storage::ChangeProbe::channel())
        return;
    const auto [engagementId, writer] = storage::ChangeProbe::parsePayload(payload.toString());
    if (writer != 0 && writer == m_ownPid)
        return; // the window wrote it and has shown it already
    m_pending.insert(engagementId);
    m_coalesce.start();
}

void ChangeFeed::flush()
{
    const QSet<qint64> ids = std::exchange(m_pending, {});
    for (qint64 id : ids)
        Q_EMIT changed(id);
}

} // namespace sts
