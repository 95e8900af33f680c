// The SMTP submission client against a real Postfix submission port (STARTTLS, SASL through
// Dovecot), reading what was delivered back from the Maildir.
#include "mail/MimeComposer.h"
#include "mail/SmtpSubmission.h"
#include "postfix/SubmissionLab.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestSmtpSubmission : public QObject
{
    Q_OBJECT
    test::SubmissionLab m_lab;

    mail::SmtpSettings settings() const
    {
        mail::SmtpSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = m_lab.port();
        s.user = m_lab.user();
        s.password = m_lab.password();
        s.caFile = m_lab.caFile();
        s.timeoutMs = 10000;
        return s;
    }

    static QByteArray message(const QString &subject, const QString &text)
    {
        mail::MailContent c;
        c.from = u"desk@lab.test"_s;
        c.to = {u"tester@lab.test"_s};
        c.subject = subject;
        c.text = text;
        c.html = u"<p>"_s + text + u"</p>"_s;
        c.images.append({u"chart@stsdesk"_s, QByteArray("\x89PNG\r\n\x1a\n-not-really", 19)});
        return mail::MimeComposer::compose(c);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = test::SubmissionLab::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(m_lab.start(&error), qPrintable(error));
    }

    void deliversWithDotStuffingAndUtf8()
    {
        const QString text = u"Zeile eins\n.beginnt mit Punkt\n.\nGrüße"_s;
        const Status sent =
            mail::SmtpSubmission(settings())
                .send({u"desk@lab.test"_s, {u"tester@lab.test"_s}, message(u"Prüfung"_s, text)});
        QVERIFY2(sent.ok(),
                 qPrintable(sent.ok() ? QString() : sent.error().describe() + m_lab.logText()));
        const QByteArrayList got = m_lab.takeMessages(1);
        QCOMPARE(got.size(), 1);
        const QByteArray &m = got.first();
        QVERIFY(m.contains("Subject: =?UTF-8?B?UHLDvGZ1bmc=?="));
        QVERIFY(m.contains("Content-Type: multipart/alternative;"));
        QVERIFY(m.contains("Content-Type: multipart/related;"));
        QVERIFY(m.contains("Content-ID: <chart@stsdesk>"));
        // The lines starting with a dot arrive as written: the server removed the stuffing.
        QVERIFY(m.contains("\n.beginnt mit Punkt\n.\nGr=C3=BC=C3=9Fe") ||
                m.contains("\r\n.beginnt mit Punkt\r\n.\r\nGr=C3=BC=C3=9Fe"));
        // Postfix logged the authenticated submission over TLS.
        QVERIFY(m.contains("with ESMTPSA"));
    }

    void wrongPasswordIsAClearError()
    {
        mail::SmtpSettings s = settings();
        s.password = u"wrong"_s;
        const Status sent = mail::SmtpSubmission(s).send(
            {u"desk@lab.test"_s, {u"tester@lab.test"_s}, message(u"x"_s, u"x"_s)});
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"mail.auth"_s);
        QVERIFY(sent.error().message.contains(u"tester"_s));
        QVERIFY(!sent.error().message.contains(u"wrong"_s)); // the password is never shown
        QCOMPARE(m_lab.waitingCount(), 0);
    }

    void untrustedCertificateStopsBeforeTheLogin()
    {
        mail::SmtpSettings s = settings();
        s.caFile.clear(); // the system store does not know the lab's CA
        const Status sent = mail::SmtpSubmission(s).send(
            {u"desk@lab.test"_s, {u"tester@lab.test"_s}, message(u"x"_s, u"x"_s)});
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"mail.tls"_s);
    }

    void serverWithoutStarttlsNeverSeesThePassword()
    {
        mail::SmtpSettings s = settings();
        s.port = m_lab.plainPort();
        const qsizetype loginsBefore = m_lab.logText().count(u"sasl_method"_s);
        const Status sent = mail::SmtpSubmission(s).send(
            {u"desk@lab.test"_s, {u"tester@lab.test"_s}, message(u"x"_s, u"x"_s)});
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"mail.no-starttls"_s);
        QCOMPARE(m_lab.logText().count(u"sasl_method"_s), loginsBefore);
        QCOMPARE(m_lab.waitingCount(), 0);
    }

    // A peer that accepts the connection and then says nothing (a tarpit, a wrong port) costs
    // one step's timeout and names the step.
    void silentServerTimesOutAtTheGreeting()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        mail::SmtpSettings s = settings();
        s.port = silent.serverPort();
        s.timeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const Status sent = mail::SmtpSubmission(s).send(
            {u"desk@lab.test"_s, {u"tester@lab.test"_s}, message(u"x"_s, u"x"_s)});
        QCOMPARE(sent.error().code, u"mail.timeout"_s);
        QVERIFY(sent.error().message.contains(u"the greeting"_s));
        QVERIFY(clock.elapsed() < 5000);
    }

    void addressThatCouldInjectCommandsIsRefused()
    {
        const Status broken = mail::SmtpSubmission(settings())
                                  .send({u"desk@lab.test"_s,
                                         {u"a>b@lab.test\r\nRCPT TO:<x@lab.test"_s},
                                         message(u"x"_s, u"x"_s)});
        QCOMPARE(broken.error().code, u"mail.address"_s);
        QCOMPARE(m_lab.waitingCount(), 0);
    }

    void dataBlockStuffsDotsAndTerminates()
    {
        QCOMPARE(mail::SmtpSubmission::dataBlock(".a\n..b\nc\n"),
                 QByteArray("..a\r\n...b\r\nc\r\n.\r\n"));
        QCOMPARE(mail::SmtpSubmission::dataBlock("x"), QByteArray("x\r\n.\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpSubmission)
#include "test_smtp_submission.moc"
