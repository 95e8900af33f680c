#include "storage/PgPassFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sts::storage::DatabaseLocation;
using sts::storage::PgPassFile;

class TestPgPassFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static DatabaseLocation location(const QString &url)
    {
        return DatabaseLocation::parse(url).value();
    }
    QString read(const QString &path) const
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void pathFollowsLibpq()
    {
        qputenv("PGPASSFILE", m_dir.filePath(u"env.pgpass"_s).toLocal8Bit());
        QCOMPARE(PgPassFile::pathFor(location(u"postgresql://a@h/d"_s)),
                 m_dir.filePath(u"env.pgpass"_s));
        QCOMPARE(PgPassFile::pathFor(location(u"postgresql://a@h/d?passfile=/x/own"_s)),
                 u"/x/own"_s);
        qunsetenv("PGPASSFILE");
        QCOMPARE(PgPassFile::pathFor(location(u"postgresql://a@h/d"_s)),
                 QDir::home().filePath(u".pgpass"_s));
    }

    // Added first (libpq takes the first match), replaced in place, escaped, mode 0600; other
    // lines are kept.
    void storeAddsAndReplaces()
    {
        const QString path = m_dir.filePath(u"store.pgpass"_s);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("*:*:*:*:wildcard\n");
        existing.close();
        const DatabaseLocation db =
            location(u"postgresql://app@db.example:6543/ws?passfile="_s + path);
        QVERIFY(PgPassFile::store(db, u"pa:ss\\word"_s));
        QCOMPARE(read(path), u"db.example:6543:ws:app:pa\\:ss\\\\word\n*:*:*:*:wildcard\n"_s);
        QVERIFY(PgPassFile::store(db, u"new"_s));
        QCOMPARE(read(path), u"db.example:6543:ws:app:new\n*:*:*:*:wildcard\n"_s);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(path).testFlags(QFile::ReadOwner | QFile::WriteOwner));
        // No port in the URL: any port (libpq's default or the service file's) matches.
        QVERIFY(PgPassFile::store(location(u"postgresql://bob@h/d?passfile="_s + path), u"b"_s));
        QVERIFY(read(path).startsWith(u"h:*:d:bob:b\n"_s));
        QVERIFY(!PgPassFile::store(db, u"two\nlines"_s));
        QVERIFY(!PgPassFile::store(db, QString()));
    }
};

QTEST_GUILESS_MAIN(TestPgPassFile)
#include "test_pgpass_file.moc"
