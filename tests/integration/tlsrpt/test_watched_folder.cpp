// The watched folder against a real SQLite workspace and a real folder: files dropped in appear in
// the database and leave the folder, a file still being written is left alone, a broken one is
// quarantined. Scans are started by the test (no timer), and "still being written" is a file whose
// last write is recent: the settle time is an hour, so no timing decides the outcome.
#include "TestEnv.h"
#include "services/WatchedFolder.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::tlsrpt;

static QByteArray reportJson(const QString &id, int successes)
{
    return QStringLiteral(
               R"({"organization-name":"Watch Sender","date-range":{"start-datetime":)"
               R"("2026-03-02T00:00:00Z","end-datetime":"2026-03-02T23:59:59Z"},)"
               R"("contact-info":"tlsrpt@watch.example","report-id":"%1","policies":[{"policy":)"
               R"({"policy-type":"sts","policy-domain":"watch.example"},"summary":)"
               R"({"total-successful-session-count":%2,"total-failure-session-count":0}}]})")
        .arg(id)
        .arg(successes)
        .toUtf8();
}

class TestWatchedFolder : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::LabDir> m_lab;
    std::shared_ptr<storage::Database> m_db;
    std::unique_ptr<WatchedFolder> m_watched;
    QString m_folder;

    ServiceContext context() const { return ServiceContext{m_db, Clock::system(), {}}; }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->sql());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    // Writes `name` as a file last changed long ago, i.e. complete.
    bool dropOld(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_folder + u"/"_s + name);
        // Flushed first: a write still buffered at close would make the file new again.
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return false;
        return file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1),
                                QFileDevice::FileModificationTime);
    }

    // One scan that imports (when something is ready) and waits for it to finish.
    void scanAndWait()
    {
        QSignalSpy done(m_watched.get(), &WatchedFolder::imported);
        m_watched->scanNow();
        if (m_watched->isImporting())
            QVERIFY(done.wait(60000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::LabDir>(u"tlswatch"_s);
        QVERIFY(m_lab->isValid());
        storage::DatabaseLocation location;
        location.sqlitePath = m_lab->filePath(u"ws.sqlite"_s);
        Result<std::shared_ptr<storage::Database>> db = storage::Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = *db;
        m_folder = m_lab->filePath(u"drop"_s);
        QVERIFY(QDir().mkpath(m_folder));
        WatchedFolder::Options options;
        options.scanIntervalMs = 0;
        options.settleMs = 3600 * 1000;
        m_watched = std::make_unique<WatchedFolder>(context(), m_folder, options);
        QSignalSpy failed(m_watched.get(), &WatchedFolder::failed);
        QCoreApplication::processEvents(); // the start-up scan: the folder is empty
        QCOMPARE(failed.count(), 0);
    }

    void droppedFilesAreImportedOnce()
    {
        QVERIFY(dropOld(u"a.json"_s, reportJson(u"watch-a"_s, 10)));
        QVERIFY(dropOld(u"b.json"_s, reportJson(u"watch-b"_s, 20)));
        scanAndWait(); // first look: sizes noted, nothing is complete yet
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 0);
        QSignalSpy imported(m_watched.get(), &WatchedFolder::imported);
        scanAndWait(); // unchanged since the last look and old enough
        QCOMPARE(imported.count(), 1);
        const auto summary = imported.first().first().value<ImportSummary>();
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.quarantined, 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 2);
        QCOMPARE(scalar(u"SELECT SUM(success_count) FROM tlsrpt_policies"_s), 30);
        QVERIFY(!QFile::exists(m_folder + u"/a.json"_s));
        QVERIFY(QFile::exists(m_folder + u"/imported/a.json"_s));
        QVERIFY(QFile::exists(m_folder + u"/imported/b.json"_s));

        // Nothing is left to import: further scans add nothing.
        scanAndWait();
        scanAndWait();
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 2);
    }

    void partialFileWaitsUntilComplete()
    {
        const QByteArray full = reportJson(u"watch-partial"_s, 5);
        const QString path = m_folder + u"/partial.json"_s;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(full.left(full.size() / 2)), full.size() / 2);
        }
        // Still being written (last write just now): several looks leave it alone.
        for (int i = 0; i < 4; ++i)
            scanAndWait();
        QVERIFY(QFile::exists(path));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_reports WHERE report_id = 'watch-partial'"_s),
                 0);

        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            QCOMPARE(file.write(full.mid(full.size() / 2)), full.size() - full.size() / 2);
            QVERIFY(file.flush());
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1),
                                     QFileDevice::FileModificationTime));
        }
        scanAndWait(); // the size changed since the last look
        QVERIFY(QFile::exists(path));
        scanAndWait();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_reports WHERE report_id = 'watch-partial'"_s),
                 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 0);
    }

    void brokenFileIsQuarantined()
    {
        QVERIFY(dropOld(u"broken.json"_s, "{\"organization-name\": \"Watch Sender\", \"report-"));
        scanAndWait();
        QSignalSpy imported(m_watched.get(), &WatchedFolder::imported);
        scanAndWait();
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().value<ImportSummary>().quarantined, 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 1);
        QCOMPARE(
            scalar(u"SELECT COUNT(*) FROM tlsrpt_quarantine WHERE origin LIKE '%broken.json'"_s),
            1);
        QVERIFY(!QFile::exists(m_folder + u"/broken.json"_s));
        QVERIFY(QFile::exists(m_folder + u"/quarantined/broken.json"_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 3);
    }

    void sameNameAgainIsKeptApart()
    {
        // A sender reuses a file name: the earlier file in imported/ is not overwritten, and the
        // same report again is a duplicate, not a second row.
        QVERIFY(dropOld(u"a.json"_s, reportJson(u"watch-a"_s, 10)));
        scanAndWait();
        QSignalSpy imported(m_watched.get(), &WatchedFolder::imported);
        scanAndWait();
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().value<ImportSummary>().duplicates, 1);
        QVERIFY(QFile::exists(m_folder + u"/imported/a.json"_s));
        QVERIFY(QFile::exists(m_folder + u"/imported/a.json.2"_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 3);
    }

    void cleanupTestCase()
    {
        m_watched.reset();
        m_db.reset();
        m_lab.reset();
    }

    // A workspace kept in the watched folder is no input: it is neither imported nor moved
    // away under itself (it went to quarantined/ once it had not changed for two looks).
    void workspaceInTheFolderStaysPut()
    {
        WatchedFolder::Options options;
        options.scanIntervalMs = 0;
        options.settleMs = 0;
        WatchedFolder here(context(), m_lab->path(), options);
        QSignalSpy imported(&here, &WatchedFolder::imported);
        QCoreApplication::processEvents(); // the start-up scan
        for (int look = 0; look < 2; ++look) {
            here.scanNow();
            if (here.isImporting())
                QVERIFY(imported.wait(60000));
        }
        QCOMPARE(imported.count(), 0);
        QVERIFY(QFile::exists(m_lab->filePath(u"ws.sqlite"_s)));
        QVERIFY(!QFile::exists(m_lab->filePath(u"quarantined/ws.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestWatchedFolder)
#include "test_watched_folder.moc"
