// The nsupdate script applied to a real Knot (TSIG, DNSSEC-signed dynamic zone), then read back
// by our discovery with the lab's trust anchor. Expected values come from the inputs: the TXT
// content as RFC 8461 §3.1 / RFC 8460 §3 define it, the TLSA data as the digests given.
#include "TestEnv.h"
#include "dns/Discovery.h"
#include "dnslab/DnsLabDynamic.h"
#include "records/NsupdateExporter.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::dns;
using namespace sts::records;
using namespace sts::test;

namespace {

QByteArray digest(char fill)
{
    return QByteArray(32, fill);
}

struct Tlsa
{
    int usage, selector, matching;
    QByteArray data;
    bool operator==(const Tlsa &) const = default;
};

QList<Tlsa> tlsaOf(const LookupResult &result)
{
    QList<Tlsa> out;
    for (const DnsRecord &r : result.records)
        if (r.type == RrType::TLSA)
            out.append({r.tlsaUsage, r.tlsaSelector, r.tlsaMatching, r.tlsaData});
    std::sort(out.begin(), out.end(), [](const Tlsa &a, const Tlsa &b) { return a.data < b.data; });
    return out;
}

const MxHostReport *hostOf(const DiscoveryReport &report, const QString &name)
{
    for (const MxHostReport &h : report.hosts)
        if (h.name == name)
            return &h;
    return nullptr;
}

} // namespace

class TestRecordsNsupdate : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_lab;

    DiscoveryReport discoverLab()
    {
        DiscoveryOptions options;
        options.resolver = *ResolverConfig::parse(m_lab->resolverSpec());
        options.trustAnchorFile = m_lab->trustAnchorFile();
        auto report = discover(m_lab->domain(), options);
        if (!report)
            qFatal("discovery failed: %s", qPrintable(report.error().describe()));
        return *report;
    }
    QByteArray kdig(const QString &type, const QString &name) const
    {
        const ToolRun run =
            runTool(u"kdig"_s,
                    {u"@127.0.0.1"_s, u"-p"_s, QString::number(m_lab->port()), u"+tcp"_s,
                     u"+norec"_s, u"+time=2"_s, u"+retry=0"_s, u"+short"_s, type, name},
                    10000);
        return run.out.trimmed();
    }
    QByteArray kdigTxt(const QString &name) const { return kdig(u"TXT"_s, name); }

    NsupdateOptions labOptions() const
    {
        NsupdateOptions options;
        options.server = m_lab->host();
        options.port = m_lab->port();
        options.keyName = m_lab->tsigName();
        options.keyAlgorithm = m_lab->tsigAlgorithm();
        options.keySecret = m_lab->tsigSecret();
        return options;
    }
    // The first update tool installed (the script is the same for both).
    static QString anyUpdater()
    {
        for (const QString &tool : {u"knsupdate"_s, u"nsupdate"_s})
            if (haveProgram(tool))
                return tool;
        return {};
    }
    // Publishes `in` and checks that the zone moved.
    void publishSet(const RecordSetInput &in, const QString &tool)
    {
        auto set = RecordSet::build(in);
        if (!set)
            QFAIL(qPrintable(set.error().describe()));
        const qint64 serialBefore = m_lab->serial();
        const ToolRun applied =
            m_lab->applyScript(NsupdateExporter(labOptions()).render(*set), tool);
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
        QVERIFY2(m_lab->serial() > serialBefore, "the zone serial did not move");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!DnsLabDynamic::toolsAvailable(&missing))
            QSKIP(qPrintable(u"missing tools: "_s + missing));
        m_lab = std::make_unique<DnsLabDynamic>();
        QString error;
        QVERIFY2(m_lab->start(&error), qPrintable(error));
        // Nothing of ours is there before the first update.
        const DiscoveryReport before = discoverLab();
        QVERIFY(before.stsTxt.records.isEmpty());
        QCOMPARE(before.hosts.size(), 2);
    }
    void cleanupTestCase() { m_lab.reset(); }

    // Rows run in order against the same zone: the second replaces what the first published
    // (new id, one TLSA instead of the rollover pair, CNAME instead of addresses).
    void publish_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("policyId");
        QTest::addColumn<bool>("rollover");
        QTest::addColumn<bool>("cname");
        QTest::newRow("knsupdate, rollover, addresses")
            << u"knsupdate"_s << u"20240101000000"_s << true << false;
        QTest::newRow("nsupdate, one key, cname")
            << u"nsupdate"_s << u"20240202000000"_s << false << true;
    }
    void publish()
    {
        QFETCH(QString, tool);
        QFETCH(QString, policyId);
        QFETCH(bool, rollover);
        QFETCH(bool, cname);
        if (!haveProgram(tool))
            QSKIP(qPrintable(tool + u" is not installed"_s));

        RecordSetInput in;
        in.domain = m_lab->domain();
        in.policyId = policyId;
        QByteArray rptText = "v=TLSRPTv1; rua=";
        for (int i = 0; i < 8; ++i) {
            const QString uri = u"mailto:tls-reports-%1-%2@reports.dyn.test"_s.arg(policyId).arg(i);
            in.rua << uri;
            rptText += (i ? "," : "") + uri.toLatin1();
        }
        QVERIFY(rptText.size() > 255); // published as two character-strings
        if (cname)
            in.policyHost.cname = u"mail.dyn.test"_s;
        else
            in.policyHost.addresses = {u"127.0.0.5"_s, u"::5"_s};
        const QByteArray current = digest(rollover ? '\x41' : '\x42');
        const QByteArray next = rollover ? digest('\x42') : QByteArray();
        MxHostInput mail = MxHostInput::withDigests(u"mail.dyn.test"_s, current, next);
        mail.hostTlsReporting = true;
        in.mxHosts = {mail, MxHostInput::withDigests(u"mx2.dyn.test"_s, digest('\x43'))};
        in.ttl = 300;
        publishSet(in, tool);
        if (QTest::currentTestFailed())
            return;

        const DiscoveryReport report = discoverLab();
        QVERIFY2(report.stsTxt.verdict.isSecure(), qPrintable(report.stsTxt.verdict.describe()));
        QCOMPARE(report.stsTxtStrings(),
                 QList<QByteArray>{"v=STSv1; id=" + policyId.toLatin1() + ";"});
        QCOMPARE(report.stsId, policyId);
        QVERIFY(report.tlsRptTxt.verdict.isSecure());
        QCOMPARE(report.tlsRptTxtStrings(), QList<QByteArray>{rptText});
        QCOMPARE(report.tlsRptRua, in.rua);

        const MxHostReport *mailHost = hostOf(report, u"mail.dyn.test"_s);
        const MxHostReport *mx2 = hostOf(report, u"mx2.dyn.test"_s);
        QVERIFY(mailHost && mx2);
        QVERIFY(mailHost->tlsa.verdict.isSecure());
        QList<Tlsa> expected{{3, 1, 1, current}};
        if (rollover)
            expected.append({3, 1, 1, next});
        QCOMPARE(tlsaOf(mailHost->tlsa), expected);
        QCOMPARE(tlsaOf(mx2->tlsa), (QList<Tlsa>{{3, 1, 1, digest('\x43')}}));
        QCOMPARE(mailHost->dane, DaneState::Usable);

        // The policy host: addresses as given, or the CNAME followed to mail's address.
        if (cname) {
            QCOMPARE(report.policyHostA.cnameChain, QStringList{u"mail.dyn.test"_s});
            QCOMPARE(report.policyHostA.records.size(), 1);
            QCOMPARE(report.policyHostA.records.first().address, u"127.0.0.1"_s);
        } else {
            QCOMPARE(report.policyHostA.records.size(), 1);
            QCOMPARE(report.policyHostA.records.first().address, u"127.0.0.5"_s);
            QCOMPARE(report.policyHostAaaa.records.size(), 1);
            QCOMPARE(report.policyHostAaaa.records.first().address, u"::5"_s);
        }
        // Host-level TLS-RPT (discovery does not read it): kdig shows the two strings.
        const QByteArray hostRpt = kdigTxt(u"_smtp._tls.mail.dyn.test."_s);
        QCOMPARE(hostRpt, "\"" + rptText.left(255) + "\" \"" + rptText.mid(255) + "\"");
    }

    // Records the customer keeps beside ours at a name we manage (an IPv6 address we were not
    // told about, a site-verification TXT at mta-sts, a TXT at a TLSA name) survive an update:
    // the script deletes only the types it manages there (issue 16: an AAAA was lost).
    void unrelatedRecordsSurvive()
    {
        const QString tool = anyUpdater();
        if (tool.isEmpty())
            QSKIP("neither knsupdate nor nsupdate is installed");
        RecordSetInput in;
        in.domain = m_lab->domain();
        in.policyId = u"20240303000000"_s;
        in.rua = {u"mailto:tls@reports.dyn.test"_s};
        in.policyHost.addresses = {u"127.0.0.6"_s};
        in.mxHosts = {MxHostInput::withDigests(u"mail.dyn.test"_s, digest('\x44'))};
        in.ttl = 300;
        publishSet(in, tool); // addresses, whatever the rows before left there
        if (QTest::currentTestFailed())
            return;

        const QByteArray theirs =
            "server " + m_lab->host().toLatin1() + " " + QByteArray::number(m_lab->port()) +
            "\nzone dyn.test.\nkey " + m_lab->tsigAlgorithm().toLatin1() + ":" +
            m_lab->tsigName().toLatin1() + " " + m_lab->tsigSecret().toLatin1() +
            "\nupdate add mta-sts.dyn.test. 300 AAAA ::7\n"
            "update add mta-sts.dyn.test. 300 TXT \"site-verification=abc\"\n"
            "update add _25._tcp.mail.dyn.test. 300 TXT \"note\"\n"
            "send\n";
        const ToolRun planted = m_lab->applyScript(theirs, tool);
        QVERIFY2(planted.exitCode == 0, qPrintable(planted.describe()));
        QCOMPARE(kdig(u"AAAA"_s, u"mta-sts.dyn.test."_s), "::7"_ba);

        in.policyId = u"20240404000000"_s;
        in.policyHost.addresses = {u"127.0.0.8"_s};
        in.mxHosts = {MxHostInput::withDigests(u"mail.dyn.test"_s, digest('\x45'))};
        publishSet(in, tool);
        if (QTest::currentTestFailed())
            return;
        // Ours replaced ...
        QCOMPARE(kdig(u"A"_s, u"mta-sts.dyn.test."_s), "127.0.0.8"_ba);
        QCOMPARE(kdigTxt(u"_mta-sts.dyn.test."_s), "\"v=STSv1; id=20240404000000;\""_ba);
        QVERIFY(kdig(u"TLSA"_s, u"_25._tcp.mail.dyn.test."_s)
                    .toLower()
                    .contains(QByteArray(32, '\x45').toHex()));
        QVERIFY(!kdig(u"TLSA"_s, u"_25._tcp.mail.dyn.test."_s)
                     .toLower()
                     .contains(QByteArray(32, '\x44').toHex()));
        // ... theirs kept.
        QCOMPARE(kdig(u"AAAA"_s, u"mta-sts.dyn.test."_s), "::7"_ba);
        QCOMPARE(kdigTxt(u"mta-sts.dyn.test."_s), "\"site-verification=abc\""_ba);
        QCOMPARE(kdigTxt(u"_25._tcp.mail.dyn.test."_s), "\"note\""_ba);
    }
};

QTEST_GUILESS_MAIN(TestRecordsNsupdate)
#include "test_records_nsupdate.moc"
