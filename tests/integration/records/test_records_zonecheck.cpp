// The BIND snippet as the zone-file consumers read it: kzonecheck (Knot's semantic checks) and
// ldns-read-zone (which, unlike Knot, rejects character-strings over 255 octets). The snippet is
// wrapped in a minimal zone with SOA and NS, as shared/labs/dns.md §6 shows.
#include "TestEnv.h"
#include "records/BindExporter.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::records;
using namespace sts::test;

class TestRecordsZonecheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_dir;
    int m_files = 0;

    static QByteArray wrap(const QByteArray &snippet)
    {
        return "$ORIGIN example.test.\n$TTL 300\n"
               "@ SOA ns.invalid. hostmaster.invalid. 1 3600 600 86400 300\n@ NS ns.invalid.\n" +
               snippet;
    }
    QString write(const QByteArray &zone)
    {
        const QString name = u"zone-%1"_s.arg(++m_files);
        m_dir->writeFile(name, zone);
        return m_dir->filePath(name);
    }
    static RecordSetInput input()
    {
        RecordSetInput in;
        in.domain = u"example.test"_s;
        in.policyId = u"20240101000000"_s;
        // Long enough to be split, and with `"` and `\` that must be escaped.
        for (int i = 0; i < 10; ++i)
            in.rua << u"mailto:tls-reports-%1@reports.example.test"_s.arg(i);
        in.rua << u"mailto:odd\"quote\\slash@example.test"_s;
        in.policyHost.addresses = {u"192.0.2.10"_s, u"2001:db8::10"_s};
        MxHostInput mx = MxHostInput::withDigests(u"mx1.example.test"_s, QByteArray(32, '\x11'),
                                                  QByteArray(32, '\x22'));
        mx.hostTlsReporting = true;
        in.mxHosts = {mx, MxHostInput::withDigests(u"mx2.example.test"_s, QByteArray(32, '\x33'))};
        return in;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : {u"kzonecheck"_s, u"ldns-read-zone"_s})
            if (!haveProgram(tool))
                QSKIP(qPrintable(tool + u" is not installed (knot-dnssecutils, ldnsutils)"_s));
        m_dir = std::make_unique<LabDir>(u"zonecheck"_s);
        QVERIFY(m_dir->isValid());
    }

    void accepted_data()
    {
        QTest::addColumn<bool>("cname");
        QTest::newRow("addresses") << false;
        QTest::newRow("cname") << true;
    }
    void accepted()
    {
        QFETCH(bool, cname);
        RecordSetInput in = input();
        if (cname) {
            in.policyHost.addresses.clear();
            in.policyHost.cname = u"pages.hoster.example.net"_s;
        }
        auto set = RecordSet::build(in);
        if (!set)
            QFAIL(qPrintable(set.error().describe()));
        const QString file = write(wrap(BindExporter().render(*set)));
        const ToolRun knot = runTool(u"kzonecheck"_s, {u"-v"_s, u"-o"_s, u"example.test."_s, file});
        QVERIFY2(knot.exitCode == 0, qPrintable(knot.describe()));
        const ToolRun ldns = runTool(u"ldns-read-zone"_s, {file});
        QVERIFY2(ldns.exitCode == 0, qPrintable(ldns.describe()));
        // ldns prints every record it read: 2 (SOA, NS) + ours.
        const QStringList lines =
            QString::fromUtf8(ldns.out).split(u'\n', Qt::SkipEmptyParts).filter(u"\tIN\t"_s);
        QCOMPARE(lines.size(), 2 + set->records().size());
        // The TLS-RPT record came back as two strings, the quote and backslash still escaped.
        const QStringList rpt = lines.filter(u"_smtp._tls.example.test."_s);
        QCOMPARE(rpt.size(), 1);
        QVERIFY2(rpt[0].contains(u"mailto:odd\\\"quote\\\\slash@example.test\""_s),
                 qPrintable(rpt[0]));
        QCOMPARE(rpt[0].count(u"\" \""_s), 1);
    }

    // The checks bite: what the exporter must never produce is rejected by the same tools.
    void controls()
    {
        QByteArray longTxt = "_mta-sts TXT \"" + QByteArray(300, 'a') + "\"\n";
        const ToolRun ldns = runTool(u"ldns-read-zone"_s, {write(wrap(longTxt))});
        QVERIFY2(ldns.exitCode != 0, qPrintable(ldns.describe()));
        const ToolRun beside = runTool(
            u"kzonecheck"_s, {u"-o"_s, u"example.test."_s,
                              write(wrap("mta-sts.example.test. 300 IN CNAME x.example.net.\n"
                                         "mta-sts.example.test. 300 IN A 192.0.2.1\n"))});
        QVERIFY2(beside.exitCode != 0, qPrintable(beside.describe()));
        const ToolRun badHex =
            runTool(u"kzonecheck"_s, {u"-o"_s, u"example.test."_s,
                                      write(wrap("_25._tcp.mx1 300 IN TLSA 3 1 1 zz\n"))});
        QVERIFY2(badHex.exitCode != 0, qPrintable(badHex.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRecordsZonecheck)
#include "test_records_zonecheck.moc"
