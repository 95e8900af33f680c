#include "storage/WalCheckpointer.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <string>

namespace sts::storage {

// SQLite's default: a checkpoint whenever the log passes 1000 pages.
static constexpr int defaultAutoCheckpoint = 1000;

WalCheckpointer::WalCheckpointer(const Database &writer)
{
    if (writer.isPostgres())
        return;
    const QVariant handle = writer.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_writer = *static_cast<sqlite3 *const *>(handle.constData());
    const char *path = sqlite3_db_filename(m_writer, "main");
    if (!path || !*path) {
        m_writer = nullptr; // an in-memory database has no log to copy
        return;
    }
    sqlite3_wal_autocheckpoint(m_writer, 0);
    m_thread = std::thread(&WalCheckpointer::run, this, std::string(path));
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_writer)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_writer, defaultAutoCheckpoint);
}

void WalCheckpointer::committed()
{
    if (!m_writer)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run(std::string path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        // Without a connection of its own the log is copied when the writer closes, as usual.
        sqlite3_close(db);
        return;
    }
    sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    for (;;) {
        bool stop = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_pending || m_stop; });
            m_pending = false;
            stop = m_stop;
        }
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (stop)
            break;
    }
    sqlite3_close(db);
}

} // namespace sts::storage
