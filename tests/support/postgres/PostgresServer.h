#pragma once

#include "TestEnv.h"

#include <QString>
#include <memory>

namespace sts::test {

// A throw-away PostgreSQL 15 server on 127.0.0.1 in a temporary data directory (initdb + pg_ctl,
// run as the `postgres` user when the tests run as root), with an application role and database.
// Started once per test program; stopped and removed on destruction.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    // Empty when the server is up; otherwise why it could not start (binaries missing, ...).
    QString start();
    bool isRunning() const { return m_running; }

    quint16 port() const { return m_port; }
    // postgresql://app:secret@127.0.0.1:PORT/DB for a fresh database named `database`.
    QString createDatabase(const QString &database, QString *error = nullptr);
    // Runs SQL as the superuser through psql; returns psql's output.
    ToolRun psql(const QString &database, const QString &sql) const;

    static QString binDir();

private:
    QStringList asPostgres(const QString &program, const QStringList &args) const;

    std::unique_ptr<LabDir> m_lab;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
};

} // namespace sts::test
