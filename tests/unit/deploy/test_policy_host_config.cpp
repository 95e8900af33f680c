// The consultant's policy host composed without a database (deploy::composePolicyHost) and the
// folder sync that writes only what changed (deploy::syncFolder).
#include "deploy/FolderSync.h"
#include "deploy/PolicyHostConfig.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::deploy;

namespace {

HostedPolicy site(const QString &domain, mtasts::PolicyMode mode, bool retiring = false)
{
    mtasts::PolicyVersion v;
    v.id = u"20261201090000"_s;
    v.policy.mode = mode;
    v.policy.maxAge = 86400;
    v.policy.mx = {*mtasts::MxPattern::parse(u"mail."_s + domain)};
    return HostedPolicy{1, domain + u" GmbH"_s, domain, v, retiring};
}

PolicyHostOptions options()
{
    PolicyHostOptions o;
    o.installDir = u"/srv/policy-host"_s;
    return o;
}

QByteArray contentOf(const QList<PolicyHostFile> &files, const QString &path)
{
    for (const PolicyHostFile &f : files)
        if (f.artifact.relativePath == path)
            return f.artifact.content;
    return {};
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPolicyHostConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneConfigurationWithABlockPerCustomer()
    {
        const QList<PolicyHostFile> files =
            composePolicyHost({site(u"b.example"_s, mtasts::PolicyMode::Enforce),
                               site(u"a.example"_s, mtasts::PolicyMode::Testing)},
                              options());
        const QByteArray nginx = contentOf(files, policyHostNginxPath());
        for (const QByteArray &domain : {QByteArray("a.example"), QByteArray("b.example")}) {
            // One HTTPS block serving only the policy, one port-80 block for ACME.
            QCOMPARE(nginx.count("server_name mta-sts." + domain + ";"), 2);
            QVERIFY(nginx.contains("root \"/srv/policy-host/policies/" + domain + "\";"));
            QVERIFY(nginx.contains("ssl_certificate     \"/etc/nginx/tls/mta-sts." + domain +
                                   "/fullchain.pem\";"));
        }
        QCOMPARE(nginx.count("location = /.well-known/mta-sts.txt"), 2);
        QCOMPARE(nginx.count("default_type text/plain;"), 4);
        QVERIFY(nginx.indexOf("mta-sts.a.example") < nginx.indexOf("mta-sts.b.example"));
        QVERIFY(!nginx.contains("return 301"));

        QCOMPARE(contentOf(files, policyFilePath(u"b.example"_s)),
                 QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mail.b.example\r\n"
                            "max_age: 86400\r\n"));
        const QByteArray hook = contentOf(files, u"hooks/deploy-mta-sts.a.example.sh"_s);
        QVERIFY(hook.contains("TLS_DIR='/etc/nginx/tls/mta-sts.a.example'"));
        const QByteArray script = contentOf(files, u"certbot/mta-sts.a.example.sh"_s);
        QVERIFY(script.contains("--webroot -w '/srv/policy-host/acme'"));
        QVERIFY(
            script.contains("--deploy-hook '/srv/policy-host/hooks/deploy-mta-sts.a.example.sh'"));
        QVERIFY(script.contains("-m 'postmaster@a.example'"));
        const QByteArray all = contentOf(files, u"certbot/obtain-all.sh"_s);
        QVERIFY(all.contains("sh '/srv/policy-host/certbot/mta-sts.a.example.sh' \"$@\""));
        QVERIFY(all.contains("sh '/srv/policy-host/certbot/mta-sts.b.example.sh' \"$@\""));
        const QByteArray reload = contentOf(files, policyHostReloadPath());
        QVERIFY(reload.contains("-t -q"));
        QVERIFY(reload.contains("-s reload"));
        QVERIFY(reload.contains("TLS_DIR='/etc/nginx/tls/mta-sts.b.example'"));

        // The input's order does not matter: the same workspace gives the same bytes.
        QCOMPARE(composePolicyHost({site(u"a.example"_s, mtasts::PolicyMode::Testing),
                                    site(u"b.example"_s, mtasts::PolicyMode::Enforce)},
                                   options())
                     .size(),
                 files.size());
        QCOMPARE(contentOf(composePolicyHost({site(u"a.example"_s, mtasts::PolicyMode::Testing),
                                              site(u"b.example"_s, mtasts::PolicyMode::Enforce)},
                                             options()),
                           policyHostNginxPath()),
                 nginx);
    }

    void optionsReachEveryFile()
    {
        PolicyHostOptions o = options();
        o.webroot = u"/var/www/acme"_s;
        o.tlsDir = u"/etc/ssl/hosted"_s;
        o.certbotConfigDir = u"/etc/le"_s;
        o.contactEmail = u"ops@consultant.example"_s;
        o.httpsListen = {u"127.0.0.1:8443"_s};
        o.httpListen = {u"127.0.0.1:8080"_s};
        const QList<PolicyHostFile> files =
            composePolicyHost({site(u"a.example"_s, mtasts::PolicyMode::Testing)}, o);
        const QByteArray nginx = contentOf(files, policyHostNginxPath());
        QVERIFY(nginx.contains("listen 127.0.0.1:8443 ssl;"));
        QVERIFY(nginx.contains("listen 127.0.0.1:8080;"));
        QVERIFY(!nginx.contains("listen 443"));
        QVERIFY(nginx.contains("\"/etc/ssl/hosted/mta-sts.a.example/privkey.pem\""));
        QVERIFY(nginx.contains("root \"/var/www/acme\";"));
        const QByteArray script = contentOf(files, u"certbot/mta-sts.a.example.sh"_s);
        QVERIFY(script.contains("--config-dir '/etc/le'"));
        QVERIFY(script.contains("-m 'ops@consultant.example'"));
    }

    void retiringCustomerIsMarked()
    {
        const QList<PolicyHostFile> files =
            composePolicyHost({site(u"a.example"_s, mtasts::PolicyMode::None, true)}, options());
        QVERIFY(contentOf(files, policyHostNginxPath()).contains("a.example is retiring"));
        QVERIFY(contentOf(files, policyFilePath(u"a.example"_s)).contains("mode: none"));
        for (const PolicyHostFile &f : files)
            QVERIFY(f.domain.isEmpty() || f.domain == u"a.example"_s);
    }

    void syncWritesOnlyChangesAndRemovesWhatItWrote()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<PolicyHostFile> files =
            composePolicyHost({site(u"a.example"_s, mtasts::PolicyMode::Testing),
                               site(u"b.example"_s, mtasts::PolicyMode::Testing)},
                              options());
        Result<QList<SyncedFile>> first = syncFolder(files, dir.path());
        QVERIFY(first.ok());
        QCOMPARE(first->size(), files.size());
        for (const SyncedFile &f : *first)
            QCOMPARE(f.change, SyncedFile::Change::Added);
        QVERIFY(QFileInfo(dir.filePath(u"reload.sh"_s)).isExecutable());
        QVERIFY(!QFileInfo(dir.filePath(policyFilePath(u"a.example"_s))).isExecutable());
        QVERIFY(QFileInfo(dir.filePath(syncManifestName())).size() > 0);

        // Nothing changed: nothing written, not even the manifest.
        const QDateTime stamp = QFileInfo(dir.filePath(syncManifestName())).lastModified();
        Result<QList<SyncedFile>> again = syncFolder(files, dir.path());
        QVERIFY(again.ok() && again->isEmpty());
        QCOMPARE(QFileInfo(dir.filePath(syncManifestName())).lastModified(), stamp);

        // A file the consultant keeps in the folder is never touched.
        QFile own(dir.filePath(u"policies/notes.txt"_s));
        QVERIFY(own.open(QIODevice::WriteOnly) && own.write("mine") == 4);
        own.close();

        // One customer gone: its files go, the shared ones change, the other stays.
        files = composePolicyHost({site(u"a.example"_s, mtasts::PolicyMode::Enforce)}, options());
        Result<QList<SyncedFile>> gone = syncFolder(files, dir.path());
        QVERIFY(gone.ok());
        QStringList changes;
        for (const SyncedFile &f : *gone)
            changes << changeKey(f.change) + u' ' + f.path + u' ' + f.domain;
        QCOMPARE(changes, (QStringList{u"removed certbot/mta-sts.b.example.sh b.example"_s,
                                       u"changed certbot/obtain-all.sh "_s,
                                       u"removed hooks/deploy-mta-sts.b.example.sh b.example"_s,
                                       u"changed nginx/mta-sts-hosting.conf "_s,
                                       u"changed policies/a.example/.well-known/mta-sts.txt "
                                       "a.example"_s,
                                       u"removed policies/b.example/.well-known/mta-sts.txt "
                                       "b.example"_s,
                                       u"changed reload.sh "_s}));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"policies/b.example"_s)));
        QCOMPARE(read(dir.filePath(u"policies/notes.txt"_s)), QByteArray("mine"));
        QVERIFY(read(dir.filePath(policyFilePath(u"a.example"_s))).contains("mode: enforce"));
    }

    void manifestCannotReachOutsideTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile outside(dir.filePath(u"victim"_s));
        QVERIFY(outside.open(QIODevice::WriteOnly) && outside.write("keep") == 4);
        outside.close();
        QDir().mkpath(dir.filePath(u"host"_s));
        QFile manifest(dir.filePath(u"host/"_s + syncManifestName()));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(R"({"files":[{"path":"../victim","domain":"x"},{"path":"/etc/passwd"}]})");
        manifest.close();
        Result<QList<SyncedFile>> synced =
            syncFolder(composePolicyHost({}, options()), dir.filePath(u"host"_s));
        QVERIFY(synced.ok());
        QCOMPARE(read(dir.filePath(u"victim"_s)), QByteArray("keep"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyHostConfig)
#include "test_policy_host_config.moc"
