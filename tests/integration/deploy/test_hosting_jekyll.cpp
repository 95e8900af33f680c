// The GitHub Pages folder (deploy::GitHubPagesBundle, what the "github-pages" hosting writes),
// built by the consumer GitHub Pages runs: Jekyll, offline, with a private HOME. The policy must
// come out byte for byte at .well-known/mta-sts.txt, and CNAME must be kept.
#include "TestEnv.h"
#include "deploy/GitHubPagesBundle.h"
#include "mtasts/PolicyGenerator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

class TestHostingJekyll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jekyllKeepsThePolicyAndCname();
    void withoutTheConfigJekyllDropsIt();

private:
    // Writes `files` into a fresh source folder, runs jekyll build; the _site folder or empty.
    QString build(const QString &name, const QList<deploy::BundleFile> &files);
    static QByteArray read(const QString &path);

    QTemporaryDir m_dir;
    QByteArray m_policy;
    QList<deploy::BundleFile> m_files;
};

void TestHostingJekyll::initTestCase()
{
    if (!haveProgram(u"jekyll"_s))
        QSKIP("jekyll is not installed");
    QVERIFY(m_dir.isValid());
    const mtasts::PolicyGenerator generator;
    m_policy = generator.testing(generator.suggestPatterns({u"mx1.lab.test"_s}).patterns).file();
    m_files = deploy::GitHubPagesBundle::files(u"lab.test"_s, m_policy);
}

QByteArray TestHostingJekyll::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestHostingJekyll::build(const QString &name, const QList<deploy::BundleFile> &files)
{
    const QString source = m_dir.filePath(name + u"/src"_s);
    const QString site = m_dir.filePath(name + u"/_site"_s);
    for (const deploy::BundleFile &file : files) {
        const QString path = source + u'/' + file.path;
        if (!QDir().mkpath(QFileInfo(path).path()))
            return {};
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size())
            return {};
    }
    const QString home = m_dir.filePath(name + u"/home"_s);
    QDir().mkpath(home);
    const ToolRun run = runTool(
        u"jekyll"_s, {u"build"_s, u"--safe"_s, u"--source"_s, source, u"--destination"_s, site},
        60000, {}, m_dir.path(), {u"HOME="_s + home, u"JEKYLL_ENV=production"_s});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    return site;
}

void TestHostingJekyll::jekyllKeepsThePolicyAndCname()
{
    const QString site = build(u"pages"_s, m_files);
    QVERIFY(!site.isEmpty());
    QCOMPARE(read(site + u"/.well-known/mta-sts.txt"_s), m_policy);
    QCOMPARE(read(site + u"/CNAME"_s), "mta-sts.lab.test\n"_ba);
    QVERIFY(!QFile::exists(site + u"/_config.yml"_s));
}

// The control: it is _config.yml that keeps .well-known (Jekyll leaves out dot-folders).
void TestHostingJekyll::withoutTheConfigJekyllDropsIt()
{
    QList<deploy::BundleFile> files;
    for (const deploy::BundleFile &file : m_files)
        if (file.path != u"_config.yml"_s)
            files.append(file);
    const QString site = build(u"plain"_s, files);
    QVERIFY(!site.isEmpty());
    QVERIFY(QFile::exists(site + u"/CNAME"_s));
    QVERIFY(!QFile::exists(site + u"/.well-known/mta-sts.txt"_s));
}

QTEST_GUILESS_MAIN(TestHostingJekyll)
#include "test_hosting_jekyll.moc"
