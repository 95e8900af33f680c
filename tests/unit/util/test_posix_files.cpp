// readWholeFile() and listFilesBelow(): the system-call paths the bulk import reads files with.
#include "util/PosixFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

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

        QStringList files = listFilesBelow(
            root + u"/"_s, [](const QString &dir) { return dir.endsWith(u"/skip"_s); },
            [](QStringView name) { return name.startsWith(u"dovecot"); });
        std::sort(files.begin(), files.end());
        // A link to a file is a file; a link to a folder is not walked (no cycles, no escape).
        QCOMPARE(files, (QStringList{a, root + u"/linked.json"_s, b}));
    }

    void listingAMissingFolderIsEmpty()
    {
        QVERIFY(listFilesBelow(m_dir.filePath(u"no-such-folder"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPosixFiles)
#include "test_posix_files.moc"
