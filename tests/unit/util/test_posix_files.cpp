// readWholeFile(), BatchFileReader and listFilesBelow(): how the bulk import finds and reads files.
#include "util/BatchFileReader.h"
#include "util/PosixFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestPosixFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray pattern(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char('a' + (i * 7) % 26);
        return bytes;
    }

private Q_SLOTS:
    void readsSmallLargeAndEmptyFiles_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("small") << qsizetype(517);
        QTest::newRow("exactly the scratch buffer") << qsizetype(64 * 1024);
        QTest::newRow("larger than the scratch buffer") << qsizetype(300 * 1024 + 3);
    }
    void readsSmallLargeAndEmptyFiles()
    {
        QFETCH(qsizetype, size);
        const QByteArray content = pattern(size);
        const QString path = write(u"read/%1.json"_s.arg(size), content);
        QByteArray bytes = "left over";
        const FileRead read = readWholeFile(QFile::encodeName(path), 1 << 20, bytes);
        QCOMPARE(read.outcome, FileRead::Ok);
        QCOMPARE(bytes.size(), content.size());
        QCOMPARE(bytes, content);
    }

    void refusesFilesOverTheLimit()
    {
        QByteArray bytes;
        const QString small = write(u"limit/small.json"_s, pattern(100));
        QCOMPARE(readWholeFile(QFile::encodeName(small), 99, bytes).outcome, FileRead::TooLarge);
        QCOMPARE(readWholeFile(QFile::encodeName(small), 100, bytes).outcome, FileRead::Ok);
        const QString large = write(u"limit/large.json"_s, pattern(200 * 1024));
        QCOMPARE(readWholeFile(QFile::encodeName(large), 100 * 1024, bytes).outcome,
                 FileRead::TooLarge);
    }

    void reportsWhyAFileCannotBeRead()
    {
        QByteArray bytes;
        const FileRead missing =
            readWholeFile(QFile::encodeName(m_dir.filePath(u"nope.json"_s)), 1024, bytes);
        QCOMPARE(missing.outcome, FileRead::Failed);
        QCOMPARE(missing.error, ENOENT);
        const FileRead directory = readWholeFile(QFile::encodeName(m_dir.path()), 1024, bytes);
        QCOMPARE(directory.outcome, FileRead::Failed);
        QCOMPARE(directory.error, EISDIR);
    }

    // The batch reader (io_uring here) must give exactly what reading one by one gives: bytes,
    // refusals and errors, in order, across several rounds of the ring.
    void batchReadsAgreeWithSingleReads()
    {
        QList<QByteArray> paths;
        for (int i = 0; i < 150; ++i) {
            const qsizetype size = i % 50 == 7 ? 40 * 1024 + i : 100 + i * 13;
            paths << QFile::encodeName(write(u"batch/%1.json"_s.arg(i), pattern(size)));
        }
        paths.insert(3, QFile::encodeName(m_dir.filePath(u"batch/missing.json"_s)));
        paths.insert(70, QFile::encodeName(m_dir.filePath(u"batch"_s)));
        paths.insert(71, QFile::encodeName(write(u"batch/middle.json"_s, pattern(3000))));
        const qint64 limit = 40 * 1024; // middle.json is fine, but not the files over 40 KiB
        const QList<BatchFileReader::File> batch = BatchFileReader::read(paths, limit);
        QCOMPARE(batch.size(), paths.size());
        int ok = 0;
        int tooLarge = 0;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            QByteArray single;
            const FileRead expected = readWholeFile(paths.at(i), limit, single);
            QCOMPARE(batch.at(i).read.outcome, expected.outcome);
            QCOMPARE(batch.at(i).read.error, expected.error);
            if (expected.outcome == FileRead::Ok) {
                QCOMPARE(batch.at(i).bytes, single);
                ++ok;
            }
            tooLarge += expected.outcome == FileRead::TooLarge;
        }
        QCOMPARE(batch.at(3).read.error, ENOENT);
        QCOMPARE(batch.at(70).read.error, EISDIR);
        QCOMPARE(ok, 148); // 150 written + huge.json - the over-limit ones
        QCOMPARE(tooLarge, 3);
        qInfo("read through io_uring: %s", BatchFileReader::usesIoUring() ? "yes" : "no");
    }

    void batchReadsLargeFilesWhole()
    {
        const QByteArray content = pattern(200 * 1024 + 5);
        const QList<BatchFileReader::File> batch = BatchFileReader::read(
            {QFile::encodeName(write(u"batch-large/big.json"_s, content))}, 1 << 20);
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.at(0).read.outcome, FileRead::Ok);
        QCOMPARE(batch.at(0).bytes, content);
    }

    void listsRegularFilesRecursively()
    {
        const QString root = m_dir.filePath(u"tree"_s);
        const QString a = write(u"tree/a.json"_s, "{}");
        const QString b = write(u"tree/sub/deeper/b.json.gz"_s, "x");
        write(u"tree/.hidden"_s, "x");
        write(u"tree/.hidden-dir/c.json"_s, "{}");
        write(u"tree/skip/d.json"_s, "{}");
        write(u"tree/dovecot.index"_s, "x");
        const QString outside = write(u"outside/e.json"_s, "{}");
        QVERIFY(QFile::link(outside, root + u"/linked.json"_s));
        QVERIFY(QFile::link(m_dir.filePath(u"outside"_s), root + u"/linked-dir"_s));
        QVERIFY(QFile::link(m_dir.filePath(u"gone"_s), root + u"/dangling.json"_s));

        const QList<QByteArray> files = listFilesBelow(
            root + u"/"_s, [](const QString &dir) { return dir.endsWith(u"/skip"_s); },
            [](QByteArrayView name) { return name.startsWith("dovecot"); });
        // A link to a file is a file; a link to a folder is not walked (no cycles, no escape).
        // Sorted by bytes.
        QCOMPARE(files, (QList<QByteArray>{QFile::encodeName(a),
                                           QFile::encodeName(root + u"/linked.json"_s),
                                           QFile::encodeName(b)}));
    }

    // Each folder is sorted on its own, with a folder sorting as "name/": the result must still
    // be the order of the whole paths' bytes ('-' < '.' < '/' < '0'), with folders and files of
    // the same stem interleaved.
    void listsInTheOrderOfThePathsBytes()
    {
        QList<QByteArray> expected;
        for (const QString &name :
             {u"order/x.json"_s, u"order/x/y.json"_s, u"order/x-1.json"_s, u"order/x.json.gz"_s,
              u"order/x0/z.json"_s, u"order/x.d/w.json"_s, u"order/X.json"_s, u"order/x/a/b.json"_s,
              u"order/x/a.json"_s, u"order/\u00e9t\u00e9.json"_s, u"order/x/-.json"_s})
            expected << QFile::encodeName(write(name, "{}"));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(listFilesBelow(m_dir.filePath(u"order"_s)), expected);
    }

    void listingAMissingFolderIsEmpty()
    {
        QVERIFY(listFilesBelow(m_dir.filePath(u"no-such-folder"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPosixFiles)
#include "test_posix_files.moc"
