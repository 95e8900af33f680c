// The generated expiry-alert script run by /bin/sh (dash on Debian, so POSIX only) against
// certificates 40, 25, 10 and 3 days from notAfter, made by TestPki: nothing, notice,
// escalation, critical. The mail command is replaced through STSDESK_MAIL_COMMAND so the message
// that sendmail -t would get is captured and checked, and STSDESK_STATE_DIR keeps each test's
// last levels apart. Issue 16: each host checks only its own certificate, a level is mailed once
// (when reached or changed, and once when fine again), to the address of that level.
#include "TestEnv.h"
#include "deploy/ExpiryAlertScript.h"
#include "pki/TestPki.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::deploy;
using namespace sts::test;

class TestDeployExpiryAlert : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    RenewalSettings m_settings;
    QString m_script;
    int m_runs = 0;
    int m_certs = 0;

    struct Alert
    {
        ToolRun run;
        QByteArray mail; // empty when no mail was sent
        QString out() const { return QString::fromUtf8(run.out); }
        QString header(const QByteArray &name) const
        {
            for (const QByteArray &line : mail.split('\n')) {
                if (line.isEmpty())
                    break;
                if (line.startsWith(name + ": "))
                    return QString::fromUtf8(line.mid(name.size() + 2));
            }
            return {};
        }
    };

    // `state` empty: a fresh state folder, as on a host's first run.
    Alert runAlert(const QStringList &args, const QString &state = {}, const QStringList &env = {})
    {
        const QString mailFile = m_lab->filePath(u"mail-%1.txt"_s.arg(++m_runs));
        const QString stateDir =
            state.isEmpty() ? m_lab->filePath(u"state-%1"_s.arg(m_runs)) : state;
        Alert alert;
        alert.run = runTool(u"/bin/sh"_s, QStringList{m_script} + args, 30000, {}, {},
                            QStringList{u"STSDESK_MAIL_COMMAND=cat > "_s + mailFile,
                                        u"STSDESK_STATE_DIR="_s + stateDir} +
                                env);
        QFile mail(mailFile);
        if (mail.open(QIODevice::ReadOnly))
            alert.mail = mail.readAll();
        return alert;
    }

    QString certificate(int daysLeft)
    {
        const QString name = u"mx-%1d-%2"_s.arg(daysLeft).arg(++m_certs);
        // Half a day more, so "N days left" is unambiguous whatever the test's own runtime.
        const QDateTime notAfter =
            QDateTime::currentDateTimeUtc().addDays(daysLeft).addSecs(12 * 3600);
        const TestPki::Leaf leaf = m_pki->expiringAt(name, {name + u".example.test"_s}, notAfter);
        return leaf.isValid() ? leaf.certPath : QString();
    }

    // Puts a certificate `daysLeft` from expiry at `path`, as a deploy hook would.
    bool install(int daysLeft, const QString &path)
    {
        const QString cert = certificate(daysLeft);
        QDir().mkpath(QFileInfo(path).path());
        QFile::remove(path);
        return !cert.isEmpty() && QFile::copy(cert, path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveProgram(u"openssl"_s))
            QSKIP("openssl is not installed");
        m_lab = std::make_unique<LabDir>(u"alert"_s);
        QVERIFY(m_lab->isValid());
        m_pki = std::make_unique<TestPki>(m_lab->path());
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        m_settings.domain = u"example.test"_s;
        m_settings.mxHosts = {u"mx1.example.test"_s, u"mx2.example.test"_s};
        m_settings.alerts = AlertAddresses{u"tls-alerts@example.test"_s, u"lead@example.test"_s,
                                           u"oncall@example.test"_s}
                                .resolved({});
        m_settings.scriptDir = m_lab->path();
        m_settings.tlsDir = m_lab->filePath(u"tls"_s);
        m_settings.certbotConfigDir = m_lab->filePath(u"certbot"_s);
        m_script = m_lab->filePath(u"expiry-alert.sh"_s);
        QVERIFY(m_lab->writeFile(u"expiry-alert.sh"_s, expiryAlertScript(m_settings)));
        const ToolRun syntax = runTool(u"/bin/sh"_s, {u"-n"_s, m_script});
        QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.describe()));
    }

    // Each level goes to its own address, the lower levels' addresses in copy.
    void levels_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<QString>("level"); // empty: nothing at all
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("cc");
        QTest::newRow("40 days") << 40 << QString() << QString() << QString();
        QTest::newRow("25 days") << 25 << u"notice"_s << u"tls-alerts@example.test"_s << QString();
        QTest::newRow("10 days") << 10 << u"escalation"_s << u"lead@example.test"_s
                                 << u"tls-alerts@example.test"_s;
        QTest::newRow("3 days") << 3 << u"critical"_s << u"oncall@example.test"_s
                                << u"tls-alerts@example.test, lead@example.test"_s;
    }
    void levels()
    {
        QFETCH(int, daysLeft);
        QFETCH(QString, level);
        QFETCH(QString, to);
        QFETCH(QString, cc);
        const QString cert = certificate(daysLeft);
        QVERIFY(!cert.isEmpty());
        const Alert alert = runAlert({cert});
        QVERIFY2(alert.run.exitCode == 0, qPrintable(alert.run.describe()));
        if (level.isEmpty()) {
            QVERIFY2(alert.run.out.isEmpty(), alert.run.out.constData());
            QVERIFY2(alert.mail.isEmpty(), alert.mail.constData());
            return;
        }
        const QString out = alert.out();
        QVERIFY2(out.startsWith(level + u": "_s + cert), qPrintable(out));
        QVERIFY2(out.contains(u"(%1 days left)"_s.arg(daysLeft)), qPrintable(out));
        QCOMPARE(alert.header("To"), to);
        QCOMPARE(alert.header("Cc"), cc);
        QCOMPARE(alert.header("Subject").section(u" on "_s, 0, 0),
                 u"[%1] TLS certificate expiry for example.test"_s.arg(level));
        QVERIFY2(alert.mail.contains(out.section(u'\n', 0, 0).toUtf8()), alert.mail.constData());
    }

    // One mail for several certificates, with the worst level in the subject; the recipients can
    // be replaced; an expired or missing certificate is critical.
    void worstLevelWins()
    {
        const QString missing = m_lab->filePath(u"tls/nope/fullchain.pem"_s);
        const Alert alert = runAlert({certificate(40), certificate(25), missing}, {},
                                     {u"STSDESK_ALERT_ADDRESS=oncall@example.test"_s});
        QVERIFY2(alert.run.exitCode == 0, qPrintable(alert.run.describe()));
        const QStringList lines = alert.out().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(u"notice: "_s));
        QVERIFY(lines[1].startsWith(u"critical: "_s + missing + u": is missing"_s));
        QVERIFY(lines[2].startsWith(u"mail: [critical] to oncall@example.test"_s));
        QCOMPARE(alert.header("To"), u"oncall@example.test"_s);
        QCOMPARE(alert.header("Cc"), QString());
        QVERIFY(alert.header("Subject").startsWith(u"[critical]"_s));

        const TestPki::Leaf expired = m_pki->expired(u"old"_s, {u"old.example.test"_s});
        const Alert old = runAlert({expired.certPath});
        QVERIFY2(old.run.out.startsWith("critical: ") && old.run.out.contains("EXPIRED"),
                 old.run.out.constData());
    }

    // Issue 16: the same script on MX1, MX2 and the policy host. Each host's unit names the
    // host; the other hosts' certificates do not exist there and are never an alert. A host's
    // own missing certificate is.
    void onlyTheHostsOwnCertificate()
    {
        QVERIFY(install(40, m_settings.installedChain(u"mx1.example.test"_s)));
        const Alert own = runAlert({u"--host"_s, u"mx1.example.test"_s});
        QVERIFY2(own.run.exitCode == 0, qPrintable(own.run.describe()));
        QVERIFY2(own.run.out.isEmpty(), own.run.out.constData());
        QVERIFY2(own.mail.isEmpty(), own.mail.constData());

        // Without --host: the hosts whose folder or certbot lineage is on this machine (mx1).
        const Alert found = runAlert({});
        QVERIFY2(found.run.exitCode == 0 && found.mail.isEmpty(),
                 qPrintable(found.run.describe() + QString::fromUtf8(found.mail)));

        const QString mx2 = m_settings.installedChain(u"mx2.example.test"_s);
        const Alert missing = runAlert({u"--host"_s, u"mx2.example.test"_s});
        QVERIFY2(missing.run.exitCode == 0, qPrintable(missing.run.describe()));
        QVERIFY2(missing.out().startsWith(u"critical: "_s + mx2 + u": is missing"_s),
                 qPrintable(missing.out()));
        QVERIFY(!missing.mail.isEmpty());
        for (const QString &host : {u"mx1.example.test"_s, u"mta-sts.example.test"_s})
            QVERIFY(!missing.mail.contains(m_settings.installedChain(host).toUtf8()));

        const Alert unknown = runAlert({u"--host"_s, u"mx9.example.test"_s});
        QCOMPARE(unknown.run.exitCode, 2);
        QVERIFY2(unknown.run.err.contains("not a host of example.test (known: "
                                          "mta-sts.example.test, mx1.example.test, "
                                          "mx2.example.test)"),
                 qPrintable(unknown.run.describe()));
        QVERIFY(unknown.mail.isEmpty());

        // A machine serving two names checks both.
        QVERIFY(install(25, mx2));
        const Alert both =
            runAlert({u"--host"_s, u"mx1.example.test"_s, u"--host"_s, u"mx2.example.test"_s});
        QVERIFY2(both.out().startsWith(u"notice: "_s + mx2), qPrintable(both.out()));
        QVERIFY(!both.mail.isEmpty());
    }

    // The timer runs twice a day: a level is mailed when reached, not every run; a change is
    // mailed (with the level it was); the recovery once, to everyone alerted before.
    void mailsOnlyChanges()
    {
        const QString state = m_lab->filePath(u"state-changes"_s);
        const QString cert = m_lab->filePath(u"tls/changes/fullchain.pem"_s);
        const QStringList args{cert};

        QVERIFY(install(40, cert));
        QVERIFY(runAlert(args, state).mail.isEmpty());

        QVERIFY(install(25, cert));
        Alert a = runAlert(args, state);
        QCOMPARE(a.header("To"), u"tls-alerts@example.test"_s);
        QVERIFY2(a.mail.contains("notice: " + cert.toUtf8()) && !a.mail.contains("(was"),
                 a.mail.constData());
        a = runAlert(args, state);
        QVERIFY2(a.mail.isEmpty(), a.mail.constData());
        QVERIFY2(a.out().startsWith(u"notice: "_s + cert), qPrintable(a.out()));
        QVERIFY2(a.out().contains(u"(no mail: no level changed since the last run)"_s),
                 qPrintable(a.out()));

        QVERIFY(install(10, cert));
        a = runAlert(args, state);
        QCOMPARE(a.header("To"), u"lead@example.test"_s);
        QVERIFY2(a.mail.contains("escalation: " + cert.toUtf8()) && a.mail.contains("(was notice)"),
                 a.mail.constData());
        QVERIFY(runAlert(args, state).mail.isEmpty());

        QVERIFY(install(3, cert));
        a = runAlert(args, state);
        QCOMPARE(a.header("To"), u"oncall@example.test"_s);
        QCOMPARE(a.header("Cc"), u"tls-alerts@example.test, lead@example.test"_s);
        QVERIFY(runAlert(args, state).mail.isEmpty());

        // Renewed: one "resolved" mail to everyone who heard of it, then silence.
        QVERIFY(install(80, cert));
        a = runAlert(args, state);
        QVERIFY2(a.run.exitCode == 0, qPrintable(a.run.describe()));
        QVERIFY(a.header("Subject").startsWith(u"[resolved]"_s));
        QCOMPARE(a.header("To"), u"oncall@example.test"_s);
        QCOMPARE(a.header("Cc"), u"tls-alerts@example.test, lead@example.test"_s);
        QVERIFY2(a.mail.contains("fine again: " + cert.toUtf8()) &&
                     a.mail.contains("(was critical)"),
                 a.mail.constData());
        a = runAlert(args, state);
        QVERIFY(a.mail.isEmpty() && a.run.out.isEmpty());

        QFile file(state + u"/expiry-alert.state"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "0 " + cert.toUtf8() + "\n");
    }

    // A mail that could not be sent is tried again next run (the state is saved only after it
    // went out); another certificate's line in the state (a second name on this machine) stays.
    void failedMailIsRetried()
    {
        const QString state = m_lab->filePath(u"state-retry"_s);
        const QString other = certificate(25);
        QVERIFY(!runAlert({other}, state).mail.isEmpty());

        const QString cert = certificate(10);
        const ToolRun failed =
            runTool(u"/bin/sh"_s, {m_script, cert}, 30000, {}, {},
                    {u"STSDESK_MAIL_COMMAND=exit 75"_s, u"STSDESK_STATE_DIR="_s + state});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("sending the alert to lead@example.test failed"),
                 qPrintable(failed.describe()));
        const Alert retried = runAlert({cert}, state);
        QCOMPARE(retried.header("To"), u"lead@example.test"_s);

        QFile file(state + u"/expiry-alert.state"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray lines = file.readAll();
        QVERIFY2(lines.contains("1 " + other.toUtf8() + "\n"), lines.constData());
        QVERIFY2(lines.contains("2 " + cert.toUtf8() + "\n"), lines.constData());
    }

    // A state folder that cannot be written is not silent: the run fails and says the alert
    // will repeat.
    void unwritableState()
    {
        QVERIFY(m_lab->writeFile(u"not-a-folder"_s, "x"));
        const Alert alert = runAlert({certificate(25)}, m_lab->filePath(u"not-a-folder"_s));
        QCOMPARE(alert.run.exitCode, 1);
        QVERIFY(!alert.mail.isEmpty());
        QVERIFY2(alert.run.err.contains("the next run mails the same alert again"),
                 qPrintable(alert.run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestDeployExpiryAlert)
#include "test_deploy_expiry_alert.moc"
