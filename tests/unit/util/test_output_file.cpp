// AtomicFile, writeFileAtomically(), writeNewFile() and the folder checks: every output STS Desk
// writes goes through them, so none may write through a device, a FIFO, a folder or a link.
#include "util/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sts;

class TestOutputFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString fresh(const QString &name)
    {
        return m_dir.filePath(u"%1-%2"_s.arg(++m_count).arg(name));
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static mode_t modeOf(const QString &path)
    {
        struct stat st;
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
    }
    // No temporary file may be left beside a refused or failed output.
    static QStringList leftovers(const QString &dir)
    {
        return QDir(dir).entryList({u".*.tmp-*"_s}, QDir::Files | QDir::Hidden | QDir::System);
    }
    QString makeSpecial(const QString &kind)
    {
        const QString path = fresh(kind);
        const QByteArray native = QFile::encodeName(path);
        if (kind == u"fifo"_s && ::mkfifo(native.constData(), 0644) == 0)
            return path;
        if (kind == u"folder"_s && ::mkdir(native.constData(), 0755) == 0)
            return path;
        if (kind == u"link"_s && ::symlink(QFile::encodeName(fresh(u"elsewhere"_s)).constData(),
                                           native.constData()) == 0)
            return path;
        if (kind == u"device"_s &&
            ::mknod(native.constData(), S_IFCHR | 0644, makedev(1, 3)) == 0) // like /dev/null
            return path;
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesAndReplacesRegularFiles()
    {
        const QString path = fresh(u"out.txt"_s);
        QVERIFY(writeFileAtomically(path, "first").ok());
        QCOMPARE(read(path), "first"_ba);
        QVERIFY(writeFileAtomically(path, "second", 0755, true).ok());
        QCOMPARE(read(path), "second"_ba);
        QCOMPARE(modeOf(path) & 07777, mode_t(0755)); // exact, whatever the umask
        QVERIFY(writeFileAtomically(path, "secret", 0600, true).ok());
        QCOMPARE(modeOf(path) & 07777, mode_t(0600));
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("named");
        QTest::newRow("fifo") << u"fifo"_s << u"FIFO"_s;
        QTest::newRow("folder") << u"folder"_s << u"folder"_s;
        QTest::newRow("symbolic link") << u"link"_s << u"symbolic link"_s;
        if (::geteuid() == 0) // only root may make device nodes
            QTest::newRow("character device") << u"device"_s << u"character device"_s;
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, named);
        const QString path = makeSpecial(kind);
        QVERIFY2(!path.isEmpty(), "cannot make the special file");
        const mode_t before = modeOf(path);
        const Status written = writeFileAtomically(path, "content");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"file.not-regular"_s);
        QVERIFY2(written.error().message.contains(named), qPrintable(written.error().message));
        QCOMPARE(modeOf(path), before); // still what it was
        QCOMPARE(checkOutputTarget(path).error().code, u"file.not-regular"_s);
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

    void targetReplacedWhileWritingIsRefusedAtCommit()
    {
        const QString path = fresh(u"late.txt"_s);
        AtomicFile file(path);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("partial").ok());
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        const Status committed = file.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().code, u"file.not-regular"_s);
        QVERIFY(S_ISFIFO(modeOf(path)));
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

    void uncommittedFileLeavesNothing()
    {
        const QString path = fresh(u"abandoned.txt"_s);
        {
            AtomicFile file(path);
            QVERIFY(file.open().ok());
            QVERIFY(file.write("never committed").ok());
        }
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

    void newFilesNeverReplaceOrFollow()
    {
        const QString path = fresh(u"key.pem"_s);
        QVERIFY(writeNewFile(path, "key", 0600).ok());
        QCOMPARE(modeOf(path) & 07777, mode_t(0600));
        QVERIFY(!writeNewFile(path, "other", 0600).ok());
        QCOMPARE(read(path), "key"_ba);
        const QString link = makeSpecial(u"link"_s);
        QVERIFY(!writeNewFile(link, "through the link", 0600).ok());
        QVERIFY(S_ISLNK(modeOf(link)));
    }

    void foldersBelowARootStayBelowIt()
    {
        const QString root = fresh(u"root"_s);
        const QString outside = fresh(u"outside"_s);
        QVERIFY(QDir().mkpath(root) && QDir().mkpath(outside));
        QVERIFY(makeFoldersBelow(root, u"a/b"_s).ok());
        QVERIFY(QFileInfo(root + u"/a/b"_s).isDir());
        QVERIFY(checkPathBelow(root, u"a/b/file.txt"_s).ok());
        QVERIFY(checkPathBelow(root, u"missing/file.txt"_s).ok());

        QCOMPARE(::symlink(QFile::encodeName(outside).constData(),
                           QFile::encodeName(root + u"/linked"_s).constData()),
                 0);
        const Status made = makeFoldersBelow(root, u"linked/deeper"_s);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, u"file.not-folder"_s);
        QVERIFY(!QFileInfo::exists(outside + u"/deeper"_s));
        QCOMPARE(checkPathBelow(root, u"linked/file.txt"_s).error().code, u"file.not-folder"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "test_output_file.moc"
