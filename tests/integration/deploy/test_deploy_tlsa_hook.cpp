// The generated MX deploy hook, run by /bin/sh as certbot would run it (RENEWED_LINEAGE set):
// with DANE active it recomputes the TLSA 3 1 1 digest of the new key with openssl and refuses a
// key that is not published (exit 3, nothing installed, no reload), accepts the current and the
// staged next key, and without DANE installs any key. Digests on our side come from
// tls::PrivateKey, so two implementations have to agree. Also the modes the hooks leave: Exim's
// key readable by its group, Postfix's and nginx's by root only, the folders above searchable.
#include "TestEnv.h"
#include "deploy/DeployHooks.h"
#include "pki/TestPki.h"
#include "tls/PrivateKey.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::deploy;
using namespace sts::test;

class TestDeployTlsaHook : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    TestPki::Leaf m_current, m_next;
    QString m_currentDigest, m_nextDigest;
    int m_cases = 0;

    static const inline QString kHost = u"mx1.example.test"_s;

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A certbot lineage folder holding `certLeaf`'s certificate and `keyLeaf`'s key.
    QString lineage(const TestPki::Leaf &certLeaf, const TestPki::Leaf &keyLeaf)
    {
        const QString dir = m_lab->filePath(u"lineage-%1"_s.arg(++m_cases));
        QDir().mkpath(dir);
        QFile::copy(certLeaf.certPath, dir + u"/cert.pem"_s);
        QFile::copy(certLeaf.fullchainPath, dir + u"/fullchain.pem"_s);
        QFile::copy(keyLeaf.keyPath, dir + u"/privkey.pem"_s);
        return dir;
    }

    struct Case
    {
        RenewalSettings settings;
        QString hook, marker;
    };

    // Writes the hook (and, with DANE, the accepted list) into a fresh folder.
    Case makeCase(bool dane, const QStringList &accepted, bool writeAccepted = true,
                  Mta mta = Mta::Postfix)
    {
        Case c;
        const QString base = m_lab->filePath(u"case-%1"_s.arg(++m_cases));
        c.settings.domain = u"example.test"_s;
        c.settings.mxHosts = {kHost};
        c.settings.alerts = AlertAddresses{u"postmaster@example.test"_s, {}, {}}.resolved({});
        c.settings.scriptDir = base + u"/lib"_s;
        c.settings.tlsDir = base + u"/tls"_s;
        c.settings.daneActive = dane;
        c.settings.mta = mta;
        c.settings.acceptedSpkiDigests.insert(kHost, accepted);
        QDir().mkpath(c.settings.scriptDir + u"/hooks"_s);
        QDir().mkpath(c.settings.scriptDir + u"/tlsa"_s);
        c.hook = c.settings.hookPath(kHost);
        c.marker = base + u"/reloads"_s;
        QFile hook(c.hook);
        if (hook.open(QIODevice::WriteOnly))
            hook.write(mtaDeployHook(c.settings, kHost));
        if (writeAccepted) {
            QFile list(c.settings.acceptedPath(kHost));
            if (list.open(QIODevice::WriteOnly))
                list.write(acceptedDigestsFile(c.settings, kHost));
        }
        return c;
    }

    static ToolRun runHook(const Case &c, const QString &lineageDir, const QStringList &env = {})
    {
        return runTool(u"/bin/sh"_s, {c.hook}, 30000, {}, {},
                       QStringList{u"RENEWED_LINEAGE="_s + lineageDir,
                                   u"STSDESK_RELOAD_COMMAND=echo reloaded >> "_s + c.marker} +
                           env);
    }

    static QFile::Permissions modeOf(const QString &path)
    {
        return QFileInfo(path).permissions() & QFile::Permissions(0x7777);
    }
    static QString ownGroup()
    {
        return QString::fromUtf8(runTool(u"id"_s, {u"-gn"_s}).out.trimmed());
    }
    static constexpr QFile::Permissions kOpenFolder{0x7755}; // 0755
    static constexpr QFile::Permissions kRootFolder{0x7700}; // 0700

    static QString installedChain(const Case &c)
    {
        return c.settings.mtaTlsDir(kHost) + u"/fullchain.pem"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveProgram(u"openssl"_s))
            QSKIP("openssl is not installed");
        m_lab = std::make_unique<LabDir>(u"tlsahook"_s);
        QVERIFY(m_lab->isValid());
        m_pki = std::make_unique<TestPki>(m_lab->path());
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        m_current = m_pki->valid(u"current"_s, {kHost});
        TestPki::LeafOptions rsa = TestPki::LeafOptions::make(u"next"_s, {kHost});
        rsa.key = TestPki::KeyKind::Rsa2048;
        m_next = m_pki->issue(rsa);
        QVERIFY(m_current.isValid() && m_next.isValid());
        for (auto [leaf, digest] :
             {std::pair{&m_current, &m_currentDigest}, std::pair{&m_next, &m_nextDigest}}) {
            auto key = sts::tls::PrivateKey::load(leaf->keyPath);
            QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().describe()));
            *digest = QString::fromLatin1(key->spkiSha256().toHex());
        }
        QVERIFY(m_currentDigest != m_nextDigest);
    }

    void acceptsCurrentKey()
    {
        const Case c = makeCase(true, {m_currentDigest});
        const QString dir = lineage(m_current, m_current);
        const ToolRun run = runHook(c, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(read(installedChain(c)), read(dir + u"/fullchain.pem"_s));
        QCOMPARE(read(c.settings.mtaTlsDir(kHost) + u"/privkey.pem"_s), read(m_current.keyPath));
        // Postfix loads its key as root: key 0600 in a 0700 folder; the folder above (created
        // by the hook) is searchable, as nothing secret is in it.
        QCOMPARE(modeOf(c.settings.mtaTlsDir(kHost) + u"/privkey.pem"_s),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(modeOf(c.settings.mtaTlsDir(kHost)), kRootFolder);
        QCOMPARE(modeOf(c.settings.tlsDir), kOpenFolder);
        QCOMPARE(read(c.marker), QByteArray("reloaded\n"));
    }

    // Exim reads its key as Debian-exim after dropping root (issue 16: the hook created the
    // folder above 0700, so Exim could not load the key). These tests may run without root, so
    // they cannot chgrp to Debian-exim: STSDESK_KEY_GROUP names the test user's own group, which
    // chgrp allows to anyone, and the modes and group are then observed on the real files.
    void eximKeyReadableByItsGroup()
    {
        const Case c = makeCase(false, {}, true, Mta::Exim);
        const QString group = ownGroup();
        QVERIFY(!group.isEmpty());
        const ToolRun run =
            runHook(c, lineage(m_current, m_current), {u"STSDESK_KEY_GROUP="_s + group});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString dir = c.settings.mtaTlsDir(kHost);
        QCOMPARE(modeOf(c.settings.tlsDir), kOpenFolder);
        QCOMPARE(modeOf(dir), QFile::Permissions(0x7750));
        QCOMPARE(QFileInfo(dir).group(), group);
        QCOMPARE(modeOf(dir + u"/privkey.pem"_s), QFile::Permissions(0x6640));
        QCOMPARE(QFileInfo(dir + u"/privkey.pem"_s).group(), group);
        QCOMPARE(modeOf(dir + u"/fullchain.pem"_s), QFile::Permissions(0x6644));
        QCOMPARE(read(dir + u"/privkey.pem"_s), read(m_current.keyPath));
    }

    // A folder above that an earlier hook created 0700 is opened on the next renewal.
    void eximRepairsClosedFolderAbove()
    {
        const Case c = makeCase(false, {}, true, Mta::Exim);
        QVERIFY(QDir().mkpath(c.settings.tlsDir));
        QVERIFY(QFile::setPermissions(c.settings.tlsDir, kRootFolder));
        const ToolRun run =
            runHook(c, lineage(m_current, m_current), {u"STSDESK_KEY_GROUP="_s + ownGroup()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(modeOf(c.settings.tlsDir), kOpenFolder);
        QVERIFY2(run.out.contains("so that Exim can reach its key"), qPrintable(run.describe()));
    }

    // nginx, like Postfix, loads its key as root: the hook keeps it root's alone.
    void nginxKeyStaysRoots()
    {
        Case c = makeCase(false, {});
        c.hook = c.settings.hookPath(c.settings.policyHostName());
        QVERIFY(
            m_lab->writeFile(c.hook.mid(m_lab->path().size() + 1), nginxDeployHook(c.settings)));
        const TestPki::Leaf web = m_pki->valid(u"web"_s, {c.settings.policyHostName()});
        const ToolRun run = runHook(c, lineage(web, web));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString dir = c.settings.nginxTlsDir();
        QCOMPARE(read(dir + u"/fullchain.pem"_s), read(web.fullchainPath));
        QCOMPARE(modeOf(dir + u"/privkey.pem"_s), QFile::Permissions(0x6600));
        QCOMPARE(modeOf(dir), kRootFolder);
        QCOMPARE(modeOf(c.settings.tlsDir), kOpenFolder);
    }

    // Without an Exim group the key stays root's, and the hook says why.
    void eximWithoutGroupWarns()
    {
        for (const QString &group : {u"Debian-exim"_s, u"exim"_s})
            if (runTool(u"getent"_s, {u"group"_s, group}).exitCode == 0)
                QSKIP("this machine has an Exim group");
        const Case c = makeCase(false, {}, true, Mta::Exim);
        const ToolRun run = runHook(c, lineage(m_current, m_current));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("no Debian-exim or exim group"), qPrintable(run.describe()));
        QCOMPARE(modeOf(c.settings.mtaTlsDir(kHost) + u"/privkey.pem"_s),
                 QFile::Permissions(0x6600));
        QCOMPARE(modeOf(c.settings.mtaTlsDir(kHost)), kRootFolder);
    }

    void refusesChangedKey()
    {
        const Case c = makeCase(true, {m_currentDigest});
        QVERIFY(runHook(c, lineage(m_current, m_current)).exitCode == 0);
        const ToolRun run = runHook(c, lineage(m_next, m_next));
        QCOMPARE(run.exitCode, 3);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(u"REFUSED"_s), qPrintable(err));
        QVERIFY2(err.contains(u"new key (TLSA 3 1 1): "_s + m_nextDigest), qPrintable(err));
        QVERIFY2(err.contains(m_currentDigest), qPrintable(err));
        QVERIFY2(err.contains(u"_25._tcp.mx1.example.test. IN TLSA 3 1 1 "_s + m_nextDigest),
                 qPrintable(err));
        QVERIFY2(err.contains(u"--reuse-key"_s), qPrintable(err));
        // The server keeps the current key: nothing installed, no reload.
        QCOMPARE(read(installedChain(c)), read(m_current.fullchainPath));
        QCOMPARE(read(c.marker), QByteArray("reloaded\n"));
    }

    void acceptsStagedKey()
    {
        const Case c = makeCase(true, {m_currentDigest, m_nextDigest.toUpper()});
        const QString dir = lineage(m_next, m_next);
        const ToolRun run = runHook(c, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(read(installedChain(c)), read(m_next.fullchainPath));
        QCOMPARE(read(c.marker), QByteArray("reloaded\n"));
    }

    // Fail closed: with DANE active and no accepted list, nothing goes live.
    void refusesWithoutList()
    {
        const Case c = makeCase(true, {m_currentDigest}, false);
        const ToolRun run = runHook(c, lineage(m_current, m_current));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFileInfo::exists(installedChain(c)));
        QVERIFY(!QFileInfo::exists(c.marker));
    }

    void withoutDaneAnyKey()
    {
        const Case c = makeCase(false, {});
        const QString dir = lineage(m_next, m_next);
        const ToolRun run = runHook(c, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(read(installedChain(c)), read(m_next.fullchainPath));
        QVERIFY(!mtaDeployHook(c.settings, kHost).contains("ACCEPTED_FILE"));
    }

    void keyNotMatchingCertificate()
    {
        const Case c = makeCase(false, {});
        const ToolRun run = runHook(c, lineage(m_current, m_next));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("does not belong to cert.pem"), qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(installedChain(c)));
    }

    void notRunByCertbot()
    {
        const Case c = makeCase(false, {});
        const ToolRun run = runTool(u"/bin/sh"_s, {c.hook});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("RENEWED_LINEAGE is not set"), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestDeployTlsaHook)
#include "test_deploy_tlsa_hook.moc"
