#include "postgres/EngineWorkspaces.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sts::test {

QString EngineWorkspaces::start()
{
    if (!m_dir.isValid())
        return u"no temporary directory"_s;
    if (!QFileInfo(cliPath()).isExecutable())
        return u"not built: "_s + cliPath();
    return m_postgres.start();
}

void EngineWorkspaces::addRows(const QString &prefix)
{
    const QString name = prefix + QString::number(++m_count);
    QString error;
    const QString postgres = m_postgres.createDatabase(name, &error);
    QTest::addColumn<QString>("database");
    QTest::newRow("sqlite") << m_dir.filePath(name + u".sqlite"_s);
    QVERIFY2(!postgres.isEmpty(), qPrintable(error));
    QTest::newRow("postgresql") << postgres;
}

ToolRun EngineWorkspaces::cli(const QString &database, const QStringList &args)
{
    return runTool(cliPath(), args + QStringList{u"--database"_s, database}, 120000);
}

} // namespace sts::test
