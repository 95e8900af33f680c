// The generated expiry-alert script run by /bin/sh (dash on Debian, so POSIX only) against
// certificates 40, 25, 10 and 3 days from notAfter, made by TestPki: nothing, notice,
// escalation, critical. The mail command is replaced through STSDESK_MAIL_COMMAND so the message
// that sendmail -t would get is captured and checked.
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
    QString m_script;
    int m_runs = 0;
    int m_certs = 0;

    struct Alert
    {
        ToolRun run;
        QByteArray mail; // empty when no mail was sent
    };

    Alert runAlert(const QStringList &certificates, const QStringList &env = {})
    {
        const QString mailFile = m_lab->filePath(u"mail-%1.txt"_s.arg(++m_runs));
        Alert alert;
        alert.run = runTool(u"/bin/sh"_s, QStringList{m_script} + certificates, 30000, {}, {},
                            QStringList{u"STSDESK_MAIL_COMMAND=cat > "_s + mailFile} + env);
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

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveProgram(u"openssl"_s))
            QSKIP("openssl is not installed");
        m_lab = std::make_unique<LabDir>(u"alert"_s);
        QVERIFY(m_lab->isValid());
        m_pki = std::make_unique<TestPki>(m_lab->path());
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        RenewalSettings settings;
        settings.domain = u"example.test"_s;
        settings.mxHosts = {u"mx1.example.test"_s};
        settings.alerts = AlertAddresses{u"tls-alerts@example.test"_s}.resolved({});
        settings.scriptDir = m_lab->path();
        settings.tlsDir = m_lab->filePath(u"tls"_s);
        m_script = m_lab->filePath(u"expiry-alert.sh"_s);
        QVERIFY(m_lab->writeFile(u"expiry-alert.sh"_s, expiryAlertScript(settings)));
        const ToolRun syntax = runTool(u"/bin/sh"_s, {u"-n"_s, m_script});
        QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.describe()));
    }

    void levels_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<QString>("level"); // empty: nothing at all
        QTest::newRow("40 days") << 40 << QString();
        QTest::newRow("25 days") << 25 << u"notice"_s;
        QTest::newRow("10 days") << 10 << u"escalation"_s;
        QTest::newRow("3 days") << 3 << u"critical"_s;
    }
    void levels()
    {
        QFETCH(int, daysLeft);
        QFETCH(QString, level);
        const QString cert = certificate(daysLeft);
        QVERIFY(!cert.isEmpty());
        const Alert alert = runAlert({cert});
        QVERIFY2(alert.run.exitCode == 0, qPrintable(alert.run.describe()));
        if (level.isEmpty()) {
            QVERIFY2(alert.run.out.isEmpty(), alert.run.out.constData());
            QVERIFY2(alert.mail.isEmpty(), alert.mail.constData());
            return;
        }
        const QString out = QString::fromUtf8(alert.run.out);
        QVERIFY2(out.startsWith(level + u": "_s + cert), qPrintable(out));
        QVERIFY2(out.contains(u"(%1 days left)"_s.arg(daysLeft)), qPrintable(out));
        const QString mail = QString::fromUtf8(alert.mail);
        QVERIFY2(mail.startsWith(u"To: tls-alerts@example.test\n"_s), qPrintable(mail));
        QVERIFY2(
            mail.contains(u"\nSubject: [%1] TLS certificate expiry for example.test"_s.arg(level)),
            qPrintable(mail));
        QVERIFY2(mail.contains(out.trimmed()), qPrintable(mail));
    }

    // One mail for several certificates, with the worst level in the subject; the recipient can
    // be replaced; an expired or missing certificate is critical.
    void worstLevelWins()
    {
        const QString missing = m_lab->filePath(u"tls/nope/fullchain.pem"_s);
        const Alert alert = runAlert({certificate(40), certificate(25), missing},
                                     {u"STSDESK_ALERT_ADDRESS=oncall@example.test"_s});
        QVERIFY2(alert.run.exitCode == 0, qPrintable(alert.run.describe()));
        const QStringList lines = QString::fromUtf8(alert.run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"notice: "_s));
        QVERIFY(lines[1].startsWith(u"critical: "_s + missing));
        QVERIFY(alert.mail.startsWith("To: oncall@example.test\n"));
        QVERIFY(alert.mail.contains("Subject: [critical]"));

        const TestPki::Leaf expired = m_pki->expired(u"old"_s, {u"old.example.test"_s});
        const Alert old = runAlert({expired.certPath});
        QVERIFY2(old.run.out.startsWith("critical: ") && old.run.out.contains("EXPIRED"),
                 old.run.out.constData());
    }

    // Without arguments the script checks the certificates the deploy hooks install.
    void defaultList()
    {
        const Alert alert = runAlert({});
        QVERIFY2(alert.run.exitCode == 0, qPrintable(alert.run.describe()));
        const QString out = QString::fromUtf8(alert.run.out);
        QVERIFY2(out.contains(m_lab->filePath(u"tls/mta-sts.example.test/fullchain.pem"_s)),
                 qPrintable(out));
        QVERIFY2(out.contains(m_lab->filePath(u"tls/mx1.example.test/fullchain.pem"_s)),
                 qPrintable(out));
    }

    // A failing mail command is not silent.
    void mailFailure()
    {
        const ToolRun run = runTool(u"/bin/sh"_s, {m_script, certificate(3)}, 30000, {}, {},
                                    {u"STSDESK_MAIL_COMMAND=exit 75"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("sending the alert to tls-alerts@example.test failed"),
                 qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestDeployExpiryAlert)
#include "test_deploy_expiry_alert.moc"
