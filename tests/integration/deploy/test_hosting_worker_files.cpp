// Writes the Cloudflare Worker of the "cloudflare-worker" hosting (deploy::composeArtifacts) for
// worker_test.mjs, which runs its fetch handler under Node (CTest fixture "hosting_worker"); and
// checks what Node need not: the module parses (node --check), wrangler.toml is TOML with the
// custom-domain route (Python's tomllib).
#include "TestEnv.h"
#include "deploy/DeployInput.h"
#include "mtasts/PolicyGenerator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

#ifndef STSDESK_WORKER_OUT_DIR
#error "STSDESK_WORKER_OUT_DIR: where worker_test.mjs reads the files"
#endif

class TestHostingWorkerFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesTheWorker();
    void moduleParses();
    void wranglerConfigIsToml();

private:
    static QString out(const QString &name)
    {
        return QStringLiteral(STSDESK_WORKER_OUT_DIR) + u'/' + name;
    }
};

static bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

void TestHostingWorkerFiles::writesTheWorker()
{
    const mtasts::PolicyGenerator generator;
    deploy::DeployInput in;
    in.domain = u"lab.test"_s;
    in.current = generator.testing(
        generator.suggestPatterns({u"mx1.lab.test"_s, u"mx2.lab.test"_s}).patterns);
    in.enforce = generator.enforce(in.current.policy);
    in.remove = generator.remove(in.current.policy);
    in.records.domain = in.domain;
    in.records.policyId = in.current.id;
    in.renewal.domain = in.domain;
    in.renewal.policyHost = false;
    in.hosting = deploy::Hosting::CloudflareWorker;
    QDir(out({})).removeRecursively();
    QVERIFY(QDir().mkpath(out({})));
    int found = 0;
    for (const deploy::Artifact &a : deploy::composeArtifacts(in))
        if (a.relativePath.startsWith(u"cloudflare-worker/"_s)) {
            QVERIFY(write(out(a.relativePath.section(u'/', 1)), a.content));
            ++found;
        }
    QCOMPARE(found, 2);
    QVERIFY(write(out(u"policy.txt"_s), in.current.file()));
    QVERIFY(write(out(u"domain"_s), in.domain.toUtf8()));
}

void TestHostingWorkerFiles::moduleParses()
{
    if (!haveProgram(u"node"_s))
        QSKIP("node is not installed");
    const ToolRun run = runTool(u"node"_s, {u"--check"_s, out(u"worker.js"_s)}, 30000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestHostingWorkerFiles::wranglerConfigIsToml()
{
    if (!haveProgram(u"python3"_s))
        QSKIP("python3 is not installed");
    const ToolRun run = runTool(
        u"python3"_s,
        {u"-c"_s,
         u"import sys, tomllib\n"
         "c = tomllib.load(open(sys.argv[1], 'rb'))\n"
         "assert c['main'] == 'worker.js', c\n"
         "assert c['workers_dev'] is False, c\n"
         "assert c['routes'] == [{'pattern': 'mta-sts.lab.test', 'custom_domain': True}], c\n"
         "print(c['name'])\n"_s,
         out(u"wrangler.toml"_s)},
        30000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out.trimmed(), "mta-sts-lab-test"_ba);
}

QTEST_GUILESS_MAIN(TestHostingWorkerFiles)
#include "test_hosting_worker_files.moc"
