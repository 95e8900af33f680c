// Records pushed by our own RFC 2136 client (services/RecordPush over dns/DnsUpdate) to a real
// Knot with a TSIG-protected, DNSSEC-signed dynamic zone, and read back. What the zone holds
// afterwards is asked of kdig, not of our own re-query; expected values come from the inputs.
#include "PublishedEngagement.h"
#include "TestEnv.h"
#include "dnslab/DnsLabDynamic.h"
#include "engagement/EventKinds.h"
#include "services/RecordPush.h"
#include "storage/EventLog.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::records;
using namespace sts::services;
using namespace sts::test;

class TestDnsUpdate : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_lab;
    std::unique_ptr<LabDir> m_dir;
    std::optional<ServiceContext> m_context;
    qint64 m_engagement = 0;

    QString keyFile(const QString &name, const QByteArray &content,
                    QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner) const
    {
        m_dir->writeFile(name, content);
        QFile::setPermissions(m_dir->filePath(name), mode);
        return m_dir->filePath(name);
    }
    QByteArray labKey() const
    {
        // As tsig-keygen writes it.
        return u"key \"%1\" {\n\talgorithm %2;\n\tsecret \"%3\";\n};\n"_s
            .arg(m_lab->tsigName(), m_lab->tsigAlgorithm(), m_lab->tsigSecret())
            .toLatin1();
    }
    PushTarget target(const QString &key) const
    {
        PushTarget t;
        t.server = m_lab->host() + u':' + QString::number(m_lab->port());
        t.keyFile = key;
        return t;
    }
    static RecordSet recordSet(const QString &policyId, const QList<QByteArray> &digests)
    {
        RecordSetInput in;
        in.domain = u"dyn.test"_s;
        in.policyId = policyId;
        in.rua = {u"mailto:tlsrpt@dyn.test"_s};
        in.policyHost.addresses = {u"127.0.0.5"_s};
        MxHostInput mail =
            MxHostInput::withDigests(u"mail.dyn.test"_s, digests.value(0), digests.value(1));
        mail.hostTlsReporting = true;
        // An MX host at a provider: its zone is not ours to update.
        in.mxHosts = {mail, MxHostInput::withDigests(u"mx.provider.example"_s, digests.value(0))};
        in.ttl = 300;
        auto set = RecordSet::build(in);
        if (!set)
            qFatal("%s", qPrintable(set.error().describe()));
        return *set;
    }
    QList<storage::EngagementEvent> pushEvents() const
    {
        QList<storage::EngagementEvent> out;
        for (const auto &e : *storage::EventLog(m_context->database).forEngagement(m_engagement))
            if (e.kind == events::kRecordsPushed)
                out << e;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        STSDESK_START_DYNAMIC_LAB(m_lab);
        QString error;
        m_dir = std::make_unique<LabDir>(u"dnsupdate"_s);
        const QString workspace = m_dir->filePath(u"ws.sqlite"_s);
        m_engagement =
            seedPublishedEngagement(workspace, u"Dyn"_s, u"dyn.test"_s, u"mail.dyn.test"_s, error);
        QVERIFY2(m_engagement > 0, qPrintable(error));
        auto clock =
            std::make_shared<FixedClock>(QDateTime(QDate(2026, 6, 2), QTime(9, 0), Qt::UTC));
        auto context = openWorkspace(workspace, clock, u"tester"_s);
        QVERIFY2(context, qPrintable(context ? QString() : context.error().describe()));
        m_context = *context;

        // Somebody else's address of the web host, which no push of ours may take away.
        const QByteArray script =
            u"server 127.0.0.1 %1\nzone dyn.test.\nkey %2:%3 %4\n"
            "update add mta-sts.dyn.test. 300 AAAA ::7\nsend\n"_s.arg(m_lab->port())
                .arg(m_lab->tsigAlgorithm(), m_lab->tsigName(), m_lab->tsigSecret())
                .toLatin1();
        const ToolRun added = m_lab->applyScript(script, u"knsupdate"_s);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(m_lab->dig(u"AAAA"_s, u"mta-sts.dyn.test"_s), QStringList{u"::7"_s});
    }
    void cleanupTestCase() { m_lab.reset(); }

    void pushThenReplace()
    {
        const QString key = keyFile(u"lab.key"_s, labKey());
        const QByteArray a(32, '\x41'), b(32, '\x42');
        const qint64 serialBefore = m_lab->serial();
        auto first =
            RecordPush(*m_context).push(m_engagement, recordSet(u"1"_s, {a, b}), target(key));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().describe()));
        QVERIFY(m_lab->serial() > serialBefore);
        QVERIFY2(first->allServed(), QJsonDocument(first->toJson()).toJson().constData());
        // _mta-sts, _smtp._tls, mta-sts A, two TLSA and _smtp._tls of mail; the provider's TLSA
        // is left for its own zone.
        QCOMPARE(first->records.size(), 6);
        QCOMPARE(first->outsideZone.size(), 1);
        QCOMPARE(first->outsideZone.first().owner, u"_25._tcp.mx.provider.example."_s);
        QCOMPARE(m_lab->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                 QStringList{u"\"v=STSv1; id=1;\""_s});
        QCOMPARE(m_lab->dig(u"TLSA"_s, u"_25._tcp.mail.dyn.test"_s),
                 (QStringList{u"3 1 1 "_s + QString::fromLatin1(a.toHex().toUpper()),
                              u"3 1 1 "_s + QString::fromLatin1(b.toHex().toUpper())}));
        QCOMPARE(m_lab->dig(u"A"_s, u"mta-sts.dyn.test"_s), QStringList{u"127.0.0.5"_s});
        QCOMPARE(m_lab->dig(u"AAAA"_s, u"mta-sts.dyn.test"_s), QStringList{u"::7"_s});

        // The second push replaces the RRsets: one id, one TLSA.
        auto second =
            RecordPush(*m_context).push(m_engagement, recordSet(u"2"_s, {b}), target(key));
        QVERIFY2(second && second->allServed(),
                 qPrintable(second ? QString() : second.error().describe()));
        QCOMPARE(m_lab->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                 QStringList{u"\"v=STSv1; id=2;\""_s});
        QCOMPARE(m_lab->dig(u"TLSA"_s, u"_25._tcp.mail.dyn.test"_s),
                 QStringList{u"3 1 1 "_s + QString::fromLatin1(b.toHex().toUpper())});
        QCOMPARE(m_lab->dig(u"AAAA"_s, u"mta-sts.dyn.test"_s), QStringList{u"::7"_s});

        // The log names the server, the key and the records, never the secret.
        const QList<storage::EngagementEvent> logged = pushEvents();
        QCOMPARE(logged.size(), 2);
        const QJsonObject payload = logged.last().payload;
        QCOMPARE(payload.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(payload.value(u"server"_s).toString(), target(key).server);
        QCOMPARE(payload.value(u"key"_s).toString(), m_lab->tsigName());
        QCOMPARE(payload.value(u"keyFile"_s).toString(), key);
        QCOMPARE(payload.value(u"records"_s).toArray().size(), 5);
        QCOMPARE(logged.last().actor, u"tester"_s);
        QVERIFY(!QJsonDocument(payload).toJson().contains(m_lab->tsigSecret().toLatin1()));
    }

    // After pushThenReplace: "id=2;" at TTL 300 is served, nothing at _none.
    void checkTellsDifferentFromMissing()
    {
        dns::UpdateRequest asked;
        asked.zone = u"dyn.test."_s;
        asked.rrsets = {{u"_mta-sts.dyn.test."_s,
                         16,
                         300,
                         {u"\"v=STSv1; id=2;\""_s, u"\"v=STSv1; id=9;\""_s},
                         {}},
                        {u"_smtp._tls.dyn.test."_s,
                         16,
                         60,
                         {u"\"v=TLSRPTv1; rua=mailto:tlsrpt@dyn.test\""_s},
                         {}},
                        {u"_none.dyn.test."_s, 16, 300, {u"\"x\""_s}, {}}};
        dns::CheckPolicy quick;
        quick.windowMs = 300;
        auto served =
            dns::checkServed(*dns::DnsServer::parse(target({}).server), asked, {}, {}, quick);
        QVERIFY2(served, qPrintable(served ? QString() : served.error().describe()));
        QCOMPARE(served->size(), 4);
        QCOMPARE(served->at(0).state, dns::ServedState::Present);
        QCOMPARE(served->at(1).state, dns::ServedState::Different);
        QCOMPARE(served->at(1).found, QStringList{u"300 \"v=STSv1; id=2;\""_s});
        QCOMPARE(served->at(2).state, dns::ServedState::Different); // served at TTL 300, not 60
        QCOMPARE(served->at(3).state, dns::ServedState::Missing);
    }

    // Knot's `keymgr -t` output and the engagement's own publish plan.
    void pushPlanWithKnotKeyFile()
    {
        const QByteArray knot =
            u"# %1:%2:%3\nkey:\n  - id: %2\n    algorithm: %1\n    secret: %3\n"_s
                .arg(m_lab->tsigAlgorithm(), m_lab->tsigName(), m_lab->tsigSecret())
                .toLatin1();
        auto pushed =
            RecordPush(*m_context).push(m_engagement, target(keyFile(u"knot.key"_s, knot)));
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().describe()));
        QVERIFY(pushed->allServed());
        const QStringList txt = m_lab->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s);
        QCOMPARE(txt.size(), 1);
        QVERIFY2(txt.first().startsWith(u"\"v=STSv1; id=20260601"_s), qPrintable(txt.first()));
    }

    void wrongSecretIsBadsig()
    {
        const QByteArray wrong = u"%1:%2:%3\n"_s
                                     .arg(m_lab->tsigAlgorithm(), m_lab->tsigName(),
                                          QString::fromLatin1(QByteArray(32, '\x07').toBase64()))
                                     .toLatin1();
        const qint64 serial = m_lab->serial();
        const qsizetype eventsBefore = pushEvents().size();
        auto pushed =
            RecordPush(*m_context)
                .push(m_engagement, recordSet(u"3"_s, {}), target(keyFile(u"wrong.key"_s, wrong)));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code, u"dns.tsig-badsig"_s);
        QCOMPARE(m_lab->serial(), serial);
        // The refusal is part of the engagement's story.
        const QList<storage::EngagementEvent> logged = pushEvents();
        QCOMPARE(logged.size(), eventsBefore + 1);
        QCOMPARE(logged.last().payload.value(u"result"_s).toString(), u"refused"_s);
    }

    void unknownKeyIsBadkey()
    {
        const QByteArray other = u"hmac-sha256:nobody:%1\n"_s.arg(m_lab->tsigSecret()).toLatin1();
        auto pushed =
            RecordPush(*m_context)
                .push(m_engagement, recordSet(u"3"_s, {}), target(keyFile(u"other.key"_s, other)));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code, u"dns.tsig-badkey"_s);
    }

    // "test." is served by the same Knot, but no ACL lets the key update it (Knot answers
    // NOTAUTH with BADKEY); "example." is not served at all.
    void wrongZone()
    {
        const QString key = m_lab->writeKeyFile(m_dir->filePath(u"zone.key"_s),
                                                QFile::ReadOwner | QFile::WriteOwner);
        PushTarget parent = target(key);
        parent.zone = u"test"_s;
        auto refused = RecordPush(*m_context).push(m_engagement, recordSet(u"6"_s, {}), parent);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"dns.tsig-badkey"_s);
        QVERIFY2(refused.error().message.contains(u"test."_s), qPrintable(refused.error().message));

        PushTarget elsewhere = target(key);
        elsewhere.zone = u"example."_s;
        auto nothing = RecordPush(*m_context).push(m_engagement, recordSet(u"6"_s, {}), elsewhere);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, u"records.push-zone"_s);
    }

    void worldReadableKeyRefused()
    {
        const QString key =
            keyFile(u"open.key"_s, labKey(),
                    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const qsizetype eventsBefore = pushEvents().size();
        auto pushed = RecordPush(*m_context).push(m_engagement, recordSet(u"4"_s, {}), target(key));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code, u"dns.tsig-file-mode"_s);
        QVERIFY2(pushed.error().message.contains(u"0644"_s), qPrintable(pushed.error().message));
        QCOMPARE(pushEvents().size(), eventsBefore);
    }

    // A port nobody listens on is refused at once; one that takes the connection and never
    // answers runs into the read timeout.
    void unreachableServer()
    {
        const QString key = keyFile(u"lab.key"_s, labKey());
        PushTarget closed = target(key);
        closed.server = u"127.0.0.1:%1"_s.arg(freeTcpPort());
        const qsizetype eventsBefore = pushEvents().size();
        auto refused = RecordPush(*m_context).push(m_engagement, recordSet(u"5"_s, {}), closed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"dns.connect"_s);
        QCOMPARE(pushEvents().size(), eventsBefore); // nothing reached a server

        QTcpServer silent; // listens; the kernel completes the handshake, nobody answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        PushTarget mute = target(key);
        mute.server = u"127.0.0.1:%1"_s.arg(silent.serverPort());
        mute.timeoutMs = 1000;
        auto timedOut = RecordPush(*m_context).push(m_engagement, recordSet(u"5"_s, {}), mute);
        QVERIFY(!timedOut);
        QCOMPARE(timedOut.error().code, u"dns.read-timeout"_s);
        // The update went out and nobody said what became of it: that is logged.
        QCOMPARE(pushEvents().size(), eventsBefore + 1);
        QCOMPARE(pushEvents().last().payload.value(u"result"_s).toString(), u"unanswered"_s);
    }
};

QTEST_GUILESS_MAIN(TestDnsUpdate)
#include "test_dns_update.moc"
