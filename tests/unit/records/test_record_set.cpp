// The record set: owners, TXT splitting and quoting, TLSA rollover pairs and input validation.
// Expected values are written from RFC 8461 §3.1, RFC 8460 §3, RFC 7672 §3.1 and RFC 1035 §5.1.
#include "dns/DnsRecord.h"
#include "records/RecordSet.h"
#include "records/TxtEncoding.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::records;

namespace {

QByteArray bytes(char first)
{
    QByteArray out;
    for (int i = 0; i < 32; ++i)
        out.append(char(first + i));
    return out;
}

RecordSetInput fullInput()
{
    RecordSetInput in;
    in.domain = u"Example.COM"_s;
    in.policyId = u"20240101000000"_s;
    in.rua = {u"mailto:tlsrpt@example.com"_s};
    in.policyHost.addresses = {u"192.0.2.10"_s, u"2001:DB8::10"_s};
    MxHostInput mx = MxHostInput::withDigests(u"mx1.example.com."_s, bytes(1), bytes(0x21));
    mx.hostTlsReporting = true;
    in.mxHosts = {mx};
    return in;
}

} // namespace

class TestRecordSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("octal");
        QTest::newRow("plain") << QByteArray("v=STSv1; id=1;") << u"\"v=STSv1; id=1;\""_s
                               << u"\"v=STSv1; id=1;\""_s;
        QTest::newRow("quote+backslash")
            << QByteArray("a\"b\\c") << u"\"a\\\"b\\\\c\""_s << u"\"a\\\"b\\\\c\""_s;
        QTest::newRow("newline") << QByteArray("a\nb") << u"\"a\\010b\""_s << u"\"a\\012b\""_s;
        QTest::newRow("utf8 ü") << QByteArray("\xc3\xbc") << u"\"\\195\\188\""_s
                                << u"\"\\303\\274\""_s;
        QTest::newRow("del") << QByteArray("\x7f") << u"\"\\127\""_s << u"\"\\177\""_s;
        QTest::newRow("empty") << QByteArray() << u"\"\""_s << u"\"\""_s;
    }
    void quoting()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, decimal);
        QFETCH(QString, octal);
        QCOMPARE(quoteCharacterString(raw, EscapeStyle::Decimal), decimal);
        QCOMPARE(quoteCharacterString(raw, EscapeStyle::Octal), octal);
    }

    void splitting_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QList<int>>("pieces");
        QTest::newRow("254") << 254 << QList<int>{254};
        QTest::newRow("255") << 255 << QList<int>{255};
        QTest::newRow("256") << 256 << QList<int>{255, 1};
        QTest::newRow("600") << 600 << QList<int>{255, 255, 90};
    }
    void splitting()
    {
        QFETCH(int, length);
        QFETCH(QList<int>, pieces);
        QByteArray text;
        for (int i = 0; i < length; ++i)
            text.append(char('a' + i % 26));
        const QList<QByteArray> parts = splitCharacterStrings(text);
        QCOMPARE(parts.size(), pieces.size());
        qsizetype at = 0;
        for (int i = 0; i < parts.size(); ++i) {
            QCOMPARE(parts[i].size(), pieces[i]);
            QCOMPARE(parts[i], text.mid(at, pieces[i]));
            at += pieces[i];
        }
    }

    void fullSet()
    {
        auto set = RecordSet::build(fullInput());
        if (!set)
            QFAIL(qPrintable(set.error().describe()));
        QCOMPARE(set->domain(), u"example.com."_s);
        QStringList lines;
        for (const DnsRecordSpec &r : set->records())
            lines << u"%1 %2 %3 %4"_s.arg(r.owner).arg(r.ttl).arg(r.typeName(), r.rdata());
        const QString d1 = u"0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"_s;
        const QString d2 = u"2122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f40"_s;
        const QStringList expected{
            u"_mta-sts.example.com. 3600 TXT \"v=STSv1; id=20240101000000;\""_s,
            u"_smtp._tls.example.com. 3600 TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@example.com\""_s,
            u"mta-sts.example.com. 3600 A 192.0.2.10"_s,
            u"mta-sts.example.com. 3600 AAAA 2001:db8::10"_s,
            u"_25._tcp.mx1.example.com. 3600 TLSA 3 1 1 "_s + d1,
            u"_25._tcp.mx1.example.com. 3600 TLSA 3 1 1 "_s + d2,
            u"_smtp._tls.mx1.example.com. 3600 TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@example.com\""_s,
        };
        QCOMPARE(lines, expected);
        QCOMPARE(set->records().at(4).role, RecordRole::Tlsa);
        QCOMPARE(set->records().at(6).role, RecordRole::HostTlsReporting);
        // One RRset each, except the two TLSA records of the rollover.
        const auto rrsets = set->rrsets();
        QCOMPARE(rrsets.size(), 6);
        QCOMPARE(rrsets.at(4).size(), 2);
    }

    void optionalParts()
    {
        RecordSetInput in;
        in.domain = u"müller.de"_s;
        in.policyId = u"A1"_s;
        in.policyHost.cname = u"Pages.Host.Example.NET."_s;
        in.mxHosts = {MxHostInput{u"mx.müller.de"_s, {}, true}};
        in.ttl = 300;
        auto set = RecordSet::build(in);
        if (!set)
            QFAIL(qPrintable(set.error().describe()));
        // No rua: no TLS-RPT record, not even at the host; no digest: no TLSA.
        QCOMPARE(set->records().size(), 2);
        QCOMPARE(set->records().at(0).owner, u"_mta-sts.xn--mller-kva.de."_s);
        QCOMPARE(set->records().at(0).ttl, 300u);
        QCOMPARE(set->records().at(1).owner, u"mta-sts.xn--mller-kva.de."_s);
        QCOMPARE(set->records().at(1).typeName(), u"CNAME"_s);
        QCOMPARE(set->records().at(1).rdata(), u"pages.host.example.net."_s);
    }

    void longRuaIsSplit()
    {
        RecordSetInput in = fullInput();
        in.rua.clear();
        QByteArray expected = "v=TLSRPTv1; rua=";
        for (int i = 0; i < 12; ++i) {
            const QString uri = u"mailto:tls-reports-%1@reports.example.com"_s.arg(i);
            in.rua << uri;
            expected += (i ? "," : "") + uri.toLatin1();
        }
        QVERIFY(expected.size() > 255);
        auto set = RecordSet::build(in);
        if (!set)
            QFAIL(qPrintable(set.error().describe()));
        const DnsRecordSpec &r = set->records().at(1);
        QCOMPARE(r.owner, u"_smtp._tls.example.com."_s);
        QCOMPARE(r.txt.size(), 2);
        QCOMPARE(r.txt.at(0), expected.left(255));
        QCOMPARE(r.txt.at(1), expected.mid(255));
        QCOMPARE(r.txtContent(), expected);
        QCOMPARE(r.rdata(), u"\"%1\" \"%2\""_s.arg(QString::fromLatin1(expected.left(255)),
                                                   QString::fromLatin1(expected.mid(255))));
    }

    void rejected_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::newRow("domain single label") << 0 << u"records.domain"_s;
        QTest::newRow("id with dash") << 1 << u"records.policy-id"_s;
        QTest::newRow("id 33 chars") << 2 << u"records.policy-id"_s;
        QTest::newRow("rua ftp") << 3 << u"records.rua"_s;
        QTest::newRow("address and cname") << 4 << u"records.policy-host"_s;
        QTest::newRow("bad address") << 5 << u"records.policy-host"_s;
        QTest::newRow("empty-input digest") << 6 << u"records.tlsa"_s;
        QTest::newRow("short digest") << 7 << u"records.tlsa"_s;
        QTest::newRow("usage 1") << 8 << u"records.tlsa"_s;
        QTest::newRow("same digest twice") << 9 << u"records.tlsa"_s;
        QTest::newRow("mx twice") << 10 << u"records.mx-host"_s;
        QTest::newRow("mx ip") << 11 << u"records.mx-host"_s;
        QTest::newRow("ttl 0") << 12 << u"records.ttl"_s;
    }
    void rejected()
    {
        QFETCH(int, which);
        QFETCH(QString, code);
        RecordSetInput in = fullInput();
        const QByteArray empty = QCryptographicHash::hash({}, QCryptographicHash::Sha256);
        switch (which) {
        case 0:
            in.domain = u"localhost"_s;
            break;
        case 1:
            in.policyId = u"2024-01-01"_s;
            break;
        case 2:
            in.policyId = QString(33, u'a');
            break;
        case 3:
            in.rua = {u"ftp://example.com/x"_s};
            break;
        case 4:
            in.policyHost.cname = u"host.example.net"_s;
            break;
        case 5:
            in.policyHost.addresses = {u"300.1.2.3"_s};
            break;
        case 6:
            in.mxHosts = {MxHostInput::withDigests(u"mx1.example.com"_s, empty)};
            break;
        case 7:
            in.mxHosts = {MxHostInput::withDigests(u"mx1.example.com"_s, "\x01\x02")};
            break;
        case 8:
            in.mxHosts[0].tlsa[0].usage = 1;
            break;
        case 9:
            in.mxHosts = {MxHostInput::withDigests(u"mx1.example.com"_s, bytes(1), bytes(1))};
            break;
        case 10:
            in.mxHosts.append(MxHostInput{u"MX1.example.com"_s, {}, false});
            break;
        case 11:
            in.mxHosts = {MxHostInput{u"192.0.2.1"_s, {}, false}};
            break;
        case 12:
            in.ttl = 0;
            break;
        }
        auto set = RecordSet::build(in);
        QVERIFY(!set);
        QCOMPARE(set.error().code, code);
        QVERIFY(!set.error().message.isEmpty());
    }

    void zoneMembership()
    {
        QVERIFY(RecordSet::isInZone(u"_mta-sts.example.com."_s, u"example.com."_s));
        QVERIFY(RecordSet::isInZone(u"example.com."_s, u"example.com."_s));
        QVERIFY(!RecordSet::isInZone(u"_25._tcp.mx.notexample.com."_s, u"example.com."_s));
        QVERIFY(!RecordSet::isInZone(u"example.com.evil.net."_s, u"example.com."_s));
    }
};

QTEST_GUILESS_MAIN(TestRecordSet)
#include "test_record_set.moc"
