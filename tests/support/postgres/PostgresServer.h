#pragma once

#include "TestEnv.h"

#include <QString>
#include <QTemporaryFile>
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

    // Serve TLS (ssl=on) with this certificate and key (PEM); call before start().
    void enableTls(const QString &certPath, const QString &keyPath);

    // Empty when the server is up; otherwise why it could not start (binaries missing, ...).
    // The application role's password goes into a libpq password file that $PGPASSFILE names
    // for this test program (and the tools it starts): URLs carry no password, as in real use.
    QString start();
    bool isRunning() const { return m_running; }

    quint16 port() const { return m_port; }
    // postgresql://app@127.0.0.1:PORT/DB for a fresh database named `database` (the password
    // is in passFile()).
    QString createDatabase(const QString &database, QString *error = nullptr);
    // Another login role with all rights on `database`'s tables, its password in passFile(); empty
    // when it worked, else why not.
    QString createRole(const QString &role, const QString &database);
    // The password file this server's roles are in ($PGPASSFILE).
    QString passFile() const;
    // The password of the application role "app", for tests of the password file itself.
    static QString appPassword();
    // Runs SQL as the superuser through psql; returns psql's output.
    ToolRun psql(const QString &database, const QString &sql) const;

    static QString binDir();

private:
    QStringList asPostgres(const QString &program, const QStringList &args) const;

    bool addPassword(const QString &role, const QString &password) const;

    std::unique_ptr<LabDir> m_lab;
    QString m_tlsCert;
    QString m_tlsKey;
    std::unique_ptr<QTemporaryFile> m_passFile;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
};

} // namespace sts::test
