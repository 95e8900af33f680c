#pragma once

#include "TestEnv.h"
#include "postgres/PostgresServer.h"

#include <QStringList>
#include <QTemporaryDir>

namespace sts::test {

// The CLI tests that run each case on both engines: a fresh SQLite file and a fresh database on
// one real PostgreSQL server per test case, as a "database" data column.
class EngineWorkspaces
{
public:
    // Empty when ready, else why not (QVERIFY2 it in initTestCase).
    QString start();
    // Adds the "database" column and the rows "sqlite" and "postgresql" (call in a _data slot).
    void addRows(const QString &prefix);
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // The built stsdesk-cli on `database`.
    static ToolRun cli(const QString &database, const QStringList &args);

private:
    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    int m_count = 0;
};

} // namespace sts::test
