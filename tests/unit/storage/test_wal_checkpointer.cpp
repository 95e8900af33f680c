// WalCheckpointer: committed frames reach the database file from the checkpointer's own thread,
// while the writer's connection does not checkpoint; new workspaces use 16 KiB pages.
#include "storage/Database.h"
#include "storage/WalCheckpointer.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 scalar(const storage::Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // The rows the database file holds by itself: a copy without its -wal file sees only what
    // has been checkpointed.
    qint64 rowsInFileAlone(const QString &path, const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return -1;
        storage::DatabaseLocation location;
        location.sqlitePath = copy;
        Result<std::shared_ptr<storage::Database>> db = storage::Database::open(location);
        return db ? scalar(**db, u"SELECT COUNT(*) FROM bulk"_s) : -1;
    }

private Q_SLOTS:
    void newWorkspacesUseLargePages()
    {
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"pages.sqlite"_s);
        Result<std::shared_ptr<storage::Database>> db = storage::Database::open(location);
        QVERIFY(db.ok());
        QCOMPARE(scalar(**db, u"PRAGMA page_size"_s), 16384);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
    }

    void committedFramesReachTheFile()
    {
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"bulk.sqlite"_s);
        Result<std::shared_ptr<storage::Database>> opened = storage::Database::open(location);
        QVERIFY(opened.ok());
        const storage::Database &db = **opened;
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT)"_s));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)); // the empty table, in the file
        q.finish();
        QCOMPARE(rowsInFileAlone(location.sqlitePath, u"before.sqlite"_s), 0);
        {
            storage::WalCheckpointer checkpointer(db);
            // The writer leaves checkpoints to the checkpointer while it exists.
            QCOMPARE(scalar(db, u"PRAGMA wal_autocheckpoint"_s), 0);
            for (int batch = 0; batch < 5; ++batch) {
                const Status written = db.inTransaction([&]() -> Status {
                    QSqlQuery insert(db.sql());
                    insert.prepare(u"INSERT INTO bulk (body) VALUES (?)"_s);
                    for (int i = 0; i < 50; ++i) {
                        insert.bindValue(0, QString(200, QChar(u'a' + batch)));
                        if (!insert.exec())
                            return Error{u"test.insert"_s, insert.lastError().text()};
                    }
                    return Status::success();
                });
                QVERIFY2(written.ok(), qPrintable(written.error().message));
                checkpointer.committed();
            }
        }
        QCOMPARE(scalar(db, u"PRAGMA wal_autocheckpoint"_s), 1000);
        // Far below SQLite's own 1000-page threshold: only the checkpointer copied these.
        QCOMPARE(rowsInFileAlone(location.sqlitePath, u"after.sqlite"_s), 250);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM bulk"_s), 250);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "test_wal_checkpointer.moc"
