// The artifacts of a real workspace engagement (buildEngagementArtifacts + writeArtifacts, as
// the wizard and the handover bundle call them), checked by their consumers: nginx -t on the
// server blocks, kzonecheck on the zone snippet, systemd-analyze verify on the units, dash on
// every script, and the DANE decisions taken from the discovery.
#include "SeededWorkspace.h"
#include "TestEnv.h"
#include "deploy/Artifacts.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"
#include "services/DeployInputLoader.h"
#include "tls/PrivateKey.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

class TestDeployConsumers : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::shared_ptr<storage::Database> m_db;
    qint64 m_id = 0;
    QString m_digest;
    QString m_out;

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<LabDir>(u"consumers"_s);
        QVERIFY(m_lab->isValid());
        QDir().mkpath(m_lab->filePath(u"pki"_s));
        m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        const TestPki::Leaf mx = m_pki->valid(u"mx1"_s, {u"mx1.example.test"_s});
        auto key = tls::PrivateKey::load(mx.keyPath);
        QVERIFY(key.ok());
        m_digest = QString::fromLatin1(key->spkiSha256().toHex());
        const TestPki::Leaf web = m_pki->valid(u"web"_s, {u"mta-sts.example.test"_s});
        const QString tls = m_lab->filePath(u"tls/mta-sts.example.test"_s);
        QDir().mkpath(tls);
        QVERIFY(QFile::copy(web.fullchainPath, tls + u"/fullchain.pem"_s));
        QVERIFY(QFile::copy(web.keyPath, tls + u"/privkey.pem"_s));
        QString error;
        const QString database = m_lab->filePath(u"ws.sqlite"_s);
        m_id = seedDeployWorkspace(database, m_digest, error);
        QVERIFY2(m_id > 0, qPrintable(error));
        storage::DatabaseLocation location;
        location.sqlitePath = database;
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_db = *db;

        deploy::ArtifactOptions options;
        options.tlsDir = m_lab->filePath(u"tls"_s);
        options.webroot = m_lab->filePath(u"www"_s);
        m_out = m_lab->filePath(u"out"_s);
        options.scriptDir = m_out;
        auto artifacts = deploy::buildEngagementArtifacts(m_db, m_id, options);
        QVERIFY2(artifacts.ok(), artifacts.ok() ? "" : qPrintable(artifacts.error().describe()));
        auto written = deploy::writeArtifacts(*artifacts, m_out);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        QCOMPARE(written->size(), artifacts->size());
    }

    void nginxAcceptsServerBlocks()
    {
        if (!NginxServer::available())
            QSKIP("nginx is not installed");
        NginxServer nginx(m_lab->filePath(u"nginx"_s));
        QVERIFY(nginx.writeConfig(read(m_out + u"/nginx/mta-sts.example.test.conf"_s)));
        const ToolRun test = nginx.configTest();
        QVERIFY2(test.exitCode == 0, qPrintable(test.describe()));
    }

    void kzonecheckAcceptsZone()
    {
        if (!haveProgram(u"kzonecheck"_s))
            QSKIP("kzonecheck is not installed (knot-dnssecutils)");
        const QByteArray snippet = read(m_out + u"/dns/zone-snippet.zone"_s);
        QVERIFY(snippet.contains("v=STSv1; id=20261101080000;"));
        QVERIFY(snippet.contains("TLSA"));
        QVERIFY(snippet.contains(m_digest.toLatin1()));
        QVERIFY(m_lab->writeFile(
            u"zone"_s,
            "$ORIGIN example.test.\n$TTL 300\n"
            "@ SOA ns.invalid. hostmaster.invalid. 1 3600 600 86400 300\n@ NS ns.invalid.\n" +
                snippet));
        const ToolRun knot =
            runTool(u"kzonecheck"_s, {u"-o"_s, u"example.test."_s, m_lab->filePath(u"zone"_s)});
        QVERIFY2(knot.exitCode == 0, qPrintable(knot.describe()));
    }

    // One service per host with a certificate of its own (the provider's MX has none), each
    // verified beside the shared timer.
    void systemdAcceptsUnits()
    {
        if (!haveProgram(u"systemd-analyze"_s))
            QSKIP("systemd-analyze is not installed");
        const QStringList hosts =
            QDir(m_out + u"/systemd"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(hosts, (QStringList{u"mta-sts.example.test"_s, u"mx1.example.test"_s}));
        for (const QString &host : hosts) {
            const QString service = m_out + u"/systemd/"_s + host + u"/stsdesk-renewal.service"_s;
            QVERIFY(read(service).contains("expiry-alert.sh --host " + host.toUtf8() + "\n"));
            const ToolRun verify =
                runTool(u"systemd-analyze"_s,
                        {u"verify"_s, service, m_out + u"/systemd/stsdesk-renewal.timer"_s});
            // Unknown keys only warn: demand silence, not just exit 0.
            QVERIFY2(verify.exitCode == 0 && verify.err.trimmed().isEmpty(),
                     qPrintable(host + verify.describe()));
        }
    }

    void dashParsesScripts()
    {
        int scripts = 0;
        QDirIterator it(m_out, {u"*.sh"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QVERIFY2(QFileInfo(file).isExecutable(), qPrintable(file));
            const ToolRun syntax = runTool(u"/bin/sh"_s, {u"-n"_s, file});
            QVERIFY2(syntax.exitCode == 0, qPrintable(file + syntax.describe()));
            ++scripts;
        }
        // certbot x2, hooks x2, alert.
        QCOMPARE(scripts, 5);
    }

    void daneFromDiscovery()
    {
        QVERIFY(read(m_out + u"/certbot/issue-mx1.example.test.sh"_s).contains("--reuse-key"));
        QVERIFY(read(m_out + u"/tlsa/mx1.example.test.accepted"_s).contains(m_digest.toLatin1()));
        QVERIFY(read(m_out + u"/hooks/deploy-mx1.example.test.sh"_s).contains("ACCEPTED_FILE"));
        QVERIFY(!QFileInfo::exists(m_out + u"/certbot/issue-aspmx.l.google.com.sh"_s));
        QVERIFY(read(m_out + u"/README.txt"_s).contains("aspmx.l.google.com is run by a provider"));

        deploy::ArtifactOptions off;
        off.daneFromDiscovery = false;
        auto artifacts = deploy::buildEngagementArtifacts(m_db, m_id, off);
        QVERIFY(artifacts.ok());
        for (const deploy::Artifact &a : *artifacts) {
            QVERIFY2(!a.relativePath.startsWith(u"tlsa/"_s), qPrintable(a.relativePath));
            QVERIFY2(!a.content.contains("--reuse-key"), qPrintable(a.relativePath));
        }
    }

    // A customer's zone that also publishes the SHA-256 of empty input (a script that hashed
    // nothing): the exports and the renewal hook keep the real key and leave that one out.
    void digestOfNothingIsLeftOut()
    {
        const QString nothing =
            u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
        QString error;
        const QString database = m_lab->filePath(u"broken.sqlite"_s);
        const qint64 id = seedDeployWorkspace(database, m_digest, error, {nothing});
        QVERIFY2(id > 0, qPrintable(error));
        storage::DatabaseLocation location;
        location.sqlitePath = database;
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        deploy::ArtifactOptions options;
        auto artifacts = deploy::buildEngagementArtifacts(*db, id, options);
        QVERIFY(artifacts.ok());
        bool zone = false;
        for (const deploy::Artifact &a : *artifacts) {
            QVERIFY2(a.relativePath != u"dns/ERROR.txt"_s, a.content.constData());
            // (The deploy hook names that digest on purpose: it refuses a key that hashes to it.)
            if (a.relativePath.startsWith(u"dns/"_s) || a.relativePath.startsWith(u"tlsa/"_s))
                QVERIFY2(!a.content.contains(nothing.toLatin1()), qPrintable(a.relativePath));
            if (a.relativePath.endsWith(u".zone"_s)) {
                zone = true;
                QVERIFY(a.content.contains(m_digest.toLatin1()));
            }
            if (a.relativePath == u"tlsa/mx1.example.test.accepted"_s)
                QVERIFY(a.content.contains(m_digest.toLatin1()));
        }
        QVERIFY(zone);
    }

    // Only a stored version's id is announced: the enforce and remove files made from the
    // current policy are previews whose id STS Desk gives when it stores them. (Announcing a
    // made-up id told customers to switch to an id no version had, or to the one already live.)
    void onlyStoredIdsAreAnnounced()
    {
        const QString txt = QString::fromLatin1(read(m_out + u"/policy/txt-records.txt"_s));
        QStringList ids;
        static const QRegularExpression idField(u"id=([0-9A-Za-z]+);"_s);
        for (auto it = idField.globalMatch(txt); it.hasNext();)
            ids.append(it.next().captured(1));
        QCOMPARE(ids.size(), 1);
        QVERIFY(
            txt.contains(u"enforce: v=STSv1; id=<the id STS Desk gives the enforce version>"_s));
        const QString readme = QString::fromUtf8(read(m_out + u"/README.txt"_s));
        static const QRegularExpression anyId(u"\\b20[0-9]{12}\\b"_s);
        for (auto it = anyId.globalMatch(readme); it.hasNext();)
            QCOMPARE(it.next().captured(0), ids.first());
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestDeployConsumers)
#include "test_deploy_consumers.moc"
