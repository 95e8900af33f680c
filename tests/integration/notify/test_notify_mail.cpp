// The monitoring's mails end to end: `stsdesk-cli notify settings|digest|weekly` submit through a
// real Postfix submission port (STARTTLS + SASL via Dovecot) that delivers into a Maildir, which
// the test reads back. Findings are written as the monitor writes them (migration 0017).
#include "TestEnv.h"
#include "postfix/SubmissionLab.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/ReportImport.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestNotifyMail : public QObject
{
    Q_OBJECT
    test::SubmissionLab m_lab;
    std::unique_ptr<test::LabDir> m_dir;
    std::shared_ptr<storage::Database> m_db;
    qint64 m_anna = 0; // consultant Anna: her own digest address
    qint64 m_bob = 0;  // consultant Bob: the default digest address

    QString workspace() const { return m_dir->filePath(u"ws.sqlite"_s); }

    test::ToolRun cli(QStringList args)
    {
        args << u"--database"_s << workspace();
        return test::runTool(test::cliPath(), args, 60000);
    }

    qint64 addFinding(qint64 engagement, const QString &kind, const QString &subject,
                      const QString &severity, const QJsonObject &details,
                      const QString &state = u"open"_s, const QString &notifiedAt = {})
    {
        QSqlQuery q(m_db->sql());
        q.prepare(u"INSERT INTO findings (engagement_id, kind, subject, severity, state, details, "
                  "first_seen, last_seen, notified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const QVariant &v : QVariantList{
                 engagement, kind, storage::Database::nonNull(subject), severity, state,
                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), now, now,
                 notifiedAt.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(notifiedAt)})
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }

    int unnotified()
    {
        QSqlQuery q(m_db->sql());
        q.exec(
            u"SELECT COUNT(*) FROM findings WHERE notified_at IS NULL AND state <> 'resolved'"_s);
        q.next();
        return q.value(0).toInt();
    }

    int events(const QString &kind)
    {
        QSqlQuery q(m_db->sql());
        q.prepare(u"SELECT COUNT(*) FROM events WHERE kind = ?"_s);
        q.addBindValue(kind);
        q.exec();
        q.next();
        return q.value(0).toInt();
    }

    // The header's value, unfolded, with RFC 2047 B-words decoded (UTF-8).
    static QByteArray header(const QByteArray &message, const QByteArray &name)
    {
        const QByteArray head = message.left(
            message.indexOf("\n\n") >= 0 ? message.indexOf("\n\n") : message.indexOf("\r\n\r\n"));
        QByteArray value;
        bool in = false;
        for (QByteArray line : head.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (in && (line.startsWith(' ') || line.startsWith('\t'))) {
                value += line.trimmed();
                continue;
            }
            if (in)
                break;
            if (line.startsWith(name + ": ")) {
                value = line.mid(name.size() + 2).trimmed();
                in = true;
            }
        }
        QByteArray out;
        for (qsizetype at = 0; at < value.size();) {
            const qsizetype word = value.indexOf("=?UTF-8?B?", at);
            if (word < 0) {
                out += value.mid(at);
                break;
            }
            out += value.mid(at, word - at);
            const qsizetype end = value.indexOf("?=", word + 10);
            out += QByteArray::fromBase64(value.mid(word + 10, end - word - 10));
            at = end + 2;
        }
        return out;
    }

    // The decoded text of the message's part of `type`.
    static QString part(const QByteArray &message, const QByteArray &type)
    {
        const qsizetype at = message.indexOf("Content-Type: " + type);
        if (at < 0)
            return {};
        const qsizetype body = message.indexOf("\n\n", at) >= 0
                                   ? message.indexOf("\n\n", at) + 2
                                   : message.indexOf("\r\n\r\n", at) + 4;
        const qsizetype end = message.indexOf("\n--=_stsdesk_", body);
        QByteArray qp = message.mid(body, end - body);
        qp.replace("=\r\n", "").replace("=\n", "");
        QByteArray out;
        for (qsizetype i = 0; i < qp.size(); ++i) {
            if (qp[i] == '=' && i + 2 < qp.size()) {
                out += char(qp.mid(i + 1, 2).toInt(nullptr, 16));
                i += 2;
            } else
                out += qp[i];
        }
        return QString::fromUtf8(out);
    }

    QByteArray mailTo(const QByteArrayList &mails, const QByteArray &to)
    {
        for (const QByteArray &m : mails)
            if (header(m, "To") == to)
                return m;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = test::SubmissionLab::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(m_lab.start(&error), qPrintable(error));
        m_dir = std::make_unique<test::LabDir>(u"ntf"_s);
        auto services = openWorkspace(workspace(), Clock::system(), u"test"_s);
        QVERIFY(services.ok());
        m_db = services->database;
        EngagementService engagements(*services);
        for (auto [customer, domain, consultant, id] :
             {std::tuple{u"Anna GmbH"_s, u"anna.example"_s, u"Anna"_s, &m_anna},
              std::tuple{u"Bob AG"_s, u"bob.example"_s, u"Bob"_s, &m_bob}}) {
            Engagement e;
            e.customer = customer;
            auto name = DomainName::fromUserInput(domain);
            QVERIFY2(name.ok(), qPrintable(name.ok() ? QString() : name.error().describe()));
            e.domain = *name;
            e.consultant = consultant;
            auto created = engagements.create(e);
            QVERIFY2(created.ok(),
                     qPrintable(created.ok() ? QString() : created.error().describe()));
            *id = created->id;
        }
        const test::ToolRun set =
            cli({u"notify"_s,     u"settings"_s,
                 u"--host"_s,     u"127.0.0.1"_s,
                 u"--port"_s,     QString::number(m_lab.port()),
                 u"--user"_s,     m_lab.user(),
                 u"--from"_s,     u"desk@lab.test"_s,
                 u"--ca-file"_s,  m_lab.caFile(),
                 u"--critical"_s, u"critical@lab.test"_s,
                 u"--digest"_s,   u"Anna=digest@lab.test"_s,
                 u"--digest"_s,   u"tester@lab.test"_s,
                 u"--weekly"_s,   QString::number(m_anna) + u"=customer@lab.test"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QVERIFY(set.out.contains("digest@lab.test"));

        addFinding(m_anna, u"cert.expiry.14"_s, u"mx1.anna.example"_s, u"warning"_s,
                   {{u"host"_s, u"mx1.anna.example"_s},
                    {u"notAfter"_s, u"2027-01-01T00:00:00Z"_s},
                    {u"daysLeft"_s, 14}});
        addFinding(m_anna, u"rollout.ready"_s, {}, u"info"_s,
                   {{u"cleanStreak"_s, 7}, {u"daysInTesting"_s, 21}});
        // Details as the monitor writes them (services::findingText words them).
        addFinding(m_anna, u"drift.txt-id"_s, {}, u"critical"_s,
                   {{u"txtId"_s, u"20260301T000000"_s}, {u"servedId"_s, u"20260201T000000"_s}});
        addFinding(m_bob, u"policy.unfetchable"_s, u"mta-sts.bob.example"_s, u"warning"_s,
                   {{u"url"_s, u"https://mta-sts.bob.example/.well-known/mta-sts.txt"_s},
                    {u"resultType"_s, u"sts-policy-fetch-error"_s}});
        // Neither of these is mailed: resolved, or carried by an earlier digest.
        addFinding(m_bob, u"drift.tlsa"_s, u"mx.bob.example"_s, u"warning"_s, {}, u"resolved"_s);
        addFinding(m_bob, u"drift.mx-set"_s, {}, u"warning"_s, {}, u"open"_s,
                   u"2026-01-01T00:00:00Z"_s);
    }

    void wrongPasswordSendsAndMarksNothing()
    {
        m_dir->writeFile(u"wrong"_s, "not-the-password\n");
        const test::ToolRun run =
            cli({u"notify"_s, u"digest"_s, u"--password-file"_s, m_dir->filePath(u"wrong"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("did not accept the user name or password of tester"),
                 run.err.constData());
        QVERIFY(!run.err.contains("not-the-password"));
        QCOMPARE(unnotified(), 4);
        QCOMPARE(events(u"notify.digest-sent"_s), 0);
        QCOMPARE(m_lab.waitingCount(), 0);
    }

    void withoutPasswordFileTheCliRefuses()
    {
        // No file and no keychain in this test's session: the error says how to give one.
        const test::ToolRun run = cli({u"notify"_s, u"digest"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("--password-file"));
    }

    void dryRunShowsTheDigestAndMarksNothing()
    {
        const test::ToolRun run = cli({u"notify"_s, u"digest"_s, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray mails = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(mails.size(), 3); // critical escalation + Anna's digest + Bob's digest
        for (const QJsonValue &m : mails)
            QCOMPARE(m[u"sent"_s].toBool(), false);
        QCOMPARE(unnotified(), 4);
    }

    void digestReachesEachConsultantAndTheCriticalAddressOnce()
    {
        const test::ToolRun run =
            cli({u"notify"_s, u"digest"_s, u"--password-file"_s, m_lab.passwordFile()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe() + m_lab.logText()));
        const QByteArrayList mails = m_lab.takeMessages(3);
        QCOMPARE(mails.size(), 3);

        const QByteArray anna = mailTo(mails, "digest@lab.test");
        QVERIFY(!anna.isEmpty());
        QCOMPARE(header(anna, "From"), QByteArray("desk@lab.test"));
        QVERIFY(header(anna, "Subject").startsWith("STS Desk digest: 3 new finding"));
        QVERIFY(anna.contains("Content-Type: multipart/alternative;"));
        const QString text = part(anna, "text/plain");
        const QString html = part(anna, "text/html");
        QVERIFY2(text.contains(u"The certificate of mx1.anna.example expires in 14 day"_s),
                 qPrintable(text));
        QVERIFY(
            text.contains(u"Ready for enforce: 7 clean days in a row after 21 days of testing."_s));
        QVERIFY(text.contains(
            u"[CRITICAL] The _mta-sts TXT record announces id 20260301T000000, but the policy "
            "host serves version 20260201T000000."_s));
        QVERIFY(text.contains(u"Anna GmbH (anna.example)"_s));
        QVERIFY(!text.contains(u"Bob AG"_s)); // each consultant gets their own engagements
        QVERIFY(html.contains(u"<li>[warning] The certificate of mx1.anna.example expires in 14 "
                              "day"_s));

        const QByteArray bob = mailTo(mails, "tester@lab.test");
        QVERIFY(!bob.isEmpty());
        const QString bobText = part(bob, "text/plain");
        QVERIFY(bobText.contains(u"The policy cannot be fetched from "
                                 "https://mta-sts.bob.example/.well-known/mta-sts.txt "
                                 "(sts-policy-fetch-error)."_s));
        QVERIFY(!bobText.contains(u"TLSA"_s));   // resolved
        QVERIFY(!bobText.contains(u"MX set"_s)); // notified before

        const QByteArray critical = mailTo(mails, "critical@lab.test");
        QVERIFY(header(critical, "Subject").startsWith("STS Desk: 1 critical finding"));
        QVERIFY(part(critical, "text/plain").contains(u"_mta-sts TXT record announces"_s));
        QVERIFY(!part(critical, "text/plain").contains(u"certificate"_s));

        QCOMPARE(unnotified(), 0);
        QCOMPARE(events(u"notify.digest-sent"_s), 2); // one per engagement
    }

    void secondRunSendsNothing()
    {
        const test::ToolRun run =
            cli({u"notify"_s, u"digest"_s, u"--password-file"_s, m_lab.passwordFile()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains("Nothing to send."));
        QTest::qWait(500);
        QCOMPARE(m_lab.waitingCount(), 0);
        QCOMPARE(events(u"notify.digest-sent"_s), 2);
    }

    // Decision: a finding acknowledged in the GUI before any digest carried it is still mailed
    // once; the digest is the record that the consultant was told, whoever looked first.
    void acknowledgedButUnnotifiedIsMailedOnce()
    {
        addFinding(m_bob, u"cert.expiry.7"_s, u"mx.bob.example"_s, u"critical"_s,
                   {{u"host"_s, u"mx.bob.example"_s}, {u"daysLeft"_s, 7}}, u"acknowledged"_s);
        for (int round = 0; round < 2; ++round) {
            const test::ToolRun run =
                cli({u"notify"_s, u"digest"_s, u"--password-file"_s, m_lab.passwordFile()});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        const QByteArrayList mails = m_lab.takeMessages(2);
        QCOMPARE(mails.size(), 2); // Bob's digest and the escalation, the second run sent none
        QVERIFY(part(mailTo(mails, "tester@lab.test"), "text/plain")
                    .contains(u"The certificate of mx.bob.example expires in 7 day"_s));
        QVERIFY(!mailTo(mails, "critical@lab.test").isEmpty());
    }

    void weeklySummaryHasTrendChartTopFailuresAndAdvice()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        test::TlsReportWriter writer(m_dir->filePath(u"reports"_s), u"anna.example"_s,
                                     u"mx1.anna.example"_s);
        QDir().mkpath(m_dir->filePath(u"reports"_s));
        QStringList files;
        for (int d = 1; d <= 21; ++d)
            files << writer.write(u"Google"_s, today.addDays(-d), 900, d <= 7 ? 100 : 10);
        files << writer.write(u"Microsoft"_s, today.addDays(-2), 50, 40,
                              u"starttls-not-supported"_s);
        auto services = openWorkspace(workspace(), Clock::system(), u"test"_s);
        QVERIFY(services.ok());
        tlsrpt::ImportOptions options;
        options.engagementId = m_anna;
        auto imported = tlsrpt::ReportImport(*services, options).importPaths(files);
        QVERIFY2(imported.ok(),
                 qPrintable(imported.ok() ? QString() : imported.error().describe()));

        const test::ToolRun run = cli({u"notify"_s, u"weekly"_s, QString::number(m_anna),
                                       u"--password-file"_s, m_lab.passwordFile()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QByteArrayList mails = m_lab.takeMessages(1);
        QCOMPARE(mails.size(), 1);
        const QByteArray &m = mails.first();
        QCOMPARE(header(m, "To"), QByteArray("customer@lab.test"));
        QVERIFY(header(m, "Subject").startsWith("Weekly TLS report for anna.example"));
        QVERIFY(m.contains("Content-Type: multipart/related;"));
        QVERIFY(m.contains("Content-Type: image/png"));
        QVERIFY(m.contains("Content-ID: <trend@stsdesk>"));
        const QString text = part(m, "text/plain");
        const QString html = part(m, "text/html");
        QVERIFY2(text.contains(u"Top failures by category"_s), qPrintable(text));
        QVERIFY(text.contains(u"certificate-host-mismatch: 700 failed session"_s));
        QVERIFY(text.contains(u"starttls-not-supported: 40 failed session"_s));
        QVERIFY(text.contains(u"Google: 700"_s));
        QVERIFY(text.contains(u"Enable STARTTLS on every MX host."_s));
        QVERIFY(text.contains(u"Put every MX host name into its certificate"_s));
        QVERIFY(html.contains(u"<img src=\"cid:trend@stsdesk\""_s));
        // The chart is a real PNG.
        const qsizetype png = m.indexOf("Content-Type: image/png");
        QByteArray b64 = m.mid(m.indexOf("\n\n", png) + 2);
        b64 = b64.left(b64.indexOf("--=_stsdesk_"));
        QVERIFY(
            QByteArray::fromBase64(b64.replace("\r", "").replace("\n", "")).startsWith("\x89PNG"));
        QCOMPARE(events(u"notify.weekly-sent"_s), 1);

        const test::ToolRun all = cli({u"notify"_s, u"weekly"_s, u"--all"_s, u"--dry-run"_s});
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        QVERIFY(all.out.contains("Would send weekly to customer@lab.test"));
    }

    // The GUI's "Send test mail" from the command line: the saved settings, the password file.
    void testMailGoesToTheDefaultDigestAddress()
    {
        const test::ToolRun run =
            cli({u"notify"_s, u"test"_s, u"--password-file"_s, m_lab.passwordFile()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe() + m_lab.logText()));
        QVERIFY(run.out.contains("Sent a test mail to tester@lab.test."));
        const QByteArrayList got = m_lab.takeMessages(1);
        QCOMPARE(got.size(), 1);
        QCOMPARE(header(got.first(), "Subject"), QByteArray("STS Desk test mail"));
        QCOMPARE(header(got.first(), "To"), QByteArray("tester@lab.test"));

        m_dir->writeFile(u"wrong"_s, "not-the-password\n");
        const test::ToolRun wrong = cli({u"notify"_s, u"test"_s, u"--to"_s, u"digest@lab.test"_s,
                                         u"--password-file"_s, m_dir->filePath(u"wrong"_s)});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains("did not accept the user name or password of tester"),
                 qPrintable(wrong.describe()));
        QCOMPARE(m_lab.waitingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotifyMail)
#include "test_notify_mail.moc"
