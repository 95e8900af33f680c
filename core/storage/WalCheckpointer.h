#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace sts::storage {

class Database;

// Copies committed WAL frames back into a SQLite database file on a thread of its own while a
// bulk writer goes on: the writer's connection stops checkpointing itself, so the copy (read
// the log, write the file, sync) no longer sits on the writer's path, and the log is reused
// from its start once it has been copied. PASSIVE checkpoints never block the writer or readers.
// Does nothing for PostgreSQL. Create and destroy it on the writer's thread.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const Database &writer);
    ~WalCheckpointer(); // a last checkpoint, then the writer checkpoints itself again
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    void committed(); // the writer committed a transaction: there are frames to copy

private:
    void run(std::string path);

    sqlite3 *m_writer = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace sts::storage
