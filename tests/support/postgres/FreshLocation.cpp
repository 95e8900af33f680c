#include "postgres/FreshLocation.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sts::test {

storage::DatabaseLocation freshLocation(const QString &dir, PostgresServer *server, int &counter)
{
    const QString name =
        QString::fromLatin1(QTest::currentTestFunction()).toLower() + u"_%1"_s.arg(++counter);
    if (server) {
        QString error;
        const QString url = server->createDatabase(name, &error);
        if (url.isEmpty())
            qFatal("cannot create database: %s", qPrintable(error));
        return *storage::DatabaseLocation::parse(url);
    }
    storage::DatabaseLocation location;
    location.sqlitePath = QDir(dir).filePath(name + u".sqlite"_s);
    return location;
}

} // namespace sts::test
