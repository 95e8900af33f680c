// Pure parts of discovery: provider names, IP literals, TLSA rdata checks, resolver syntax,
// verdict ordering and JSON round trips.
#include "discovery/FindingsReport.h"
#include "dns/DiscoveryReport.h"
#include "dns/MxAnalysis.h"
#include "dns/ResolverConfig.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::dns;

static DnsRecord tlsa(int usage, int selector, int matching, const QByteArray &data)
{
    return sts::test::tlsaRecord({}, usage, selector, matching, data);
}

class TestMxAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providers_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("provider");
        QTest::newRow("m365") << u"contoso-com.mail.protection.outlook.com"_s << u"microsoft365"_s;
        QTest::newRow("m365 dot, case")
            << u"Contoso-com.MAIL.protection.outlook.com."_s << u"microsoft365"_s;
        QTest::newRow("m365 new") << u"contoso-com.o-v1.mx.microsoft"_s << u"microsoft365"_s;
        QTest::newRow("bare suffix") << u"mail.protection.outlook.com"_s << QString();
        QTest::newRow("lookalike") << u"evilmail.protection.outlook.com"_s << QString();
        QTest::newRow("google") << u"aspmx.l.google.com"_s << u"google-workspace"_s;
        QTest::newRow("google alt") << u"alt1.aspmx.l.google.com"_s << u"google-workspace"_s;
        QTest::newRow("google smtp") << u"smtp.google.com"_s << u"google-workspace"_s;
        QTest::newRow("gmail-smtp-in") << u"gmail-smtp-in.l.google.com"_s << QString();
        QTest::newRow("other") << u"mx1.example.org"_s << QString();
    }
    void providers()
    {
        QFETCH(QString, host);
        QFETCH(QString, provider);
        QCOMPARE(recognizeProvider(host), provider);
    }

    void ipLiterals()
    {
        QVERIFY(isIpLiteral(u"127.0.0.1."_s));
        QVERIFY(isIpLiteral(u"192.0.2.25"_s));
        QVERIFY(isIpLiteral(u"[2001:db8::1]"_s));
        QVERIFY(isIpLiteral(u"2001:db8::1"_s));
        QVERIFY(!isIpLiteral(u"mx1.example.org"_s));
        QVERIFY(!isIpLiteral(u"127.example.org"_s));
    }

    void tlsaChecks()
    {
        const QByteArray empty = QCryptographicHash::hash({}, QCryptographicHash::Sha256);
        const QByteArray good = QCryptographicHash::hash("key", QCryptographicHash::Sha256);
        const QByteArray good512 = QCryptographicHash::hash("key", QCryptographicHash::Sha512);
        auto codes = [](const QList<Finding> &fs) {
            QStringList out;
            for (const Finding &f : fs)
                out << f.code;
            return out;
        };
        QVERIFY(checkTlsaRecords(u"h"_s, {tlsa(3, 1, 1, good)}).isEmpty());
        QVERIFY(checkTlsaRecords(u"h"_s, {tlsa(2, 1, 2, good512)}).isEmpty());
        QCOMPARE(codes(checkTlsaRecords(u"h"_s, {tlsa(3, 1, 1, empty)})),
                 QStringList{u"tlsa.empty-input-digest"_s});
        QCOMPARE(codes(checkTlsaRecords(u"h"_s, {tlsa(3, 1, 2, good)})),
                 QStringList{u"tlsa.digest-length"_s});
        QCOMPARE(codes(checkTlsaRecords(u"h"_s, {tlsa(3, 1, 1, good.left(4))})),
                 QStringList{u"tlsa.digest-length"_s});
        QCOMPARE(codes(checkTlsaRecords(u"h"_s, {tlsa(1, 1, 1, good)})),
                 QStringList{u"tlsa.pkix-usage"_s});
        QCOMPARE(codes(checkTlsaRecords(u"h"_s, {tlsa(0, 0, 1, good)})),
                 QStringList{u"tlsa.pkix-usage"_s});
        QVERIFY(isUsableTlsa(tlsa(3, 1, 1, good)));
        QVERIFY(isUsableTlsa(tlsa(2, 0, 2, good512)));
        QVERIFY(!isUsableTlsa(tlsa(3, 1, 1, empty)));
        QVERIFY(!isUsableTlsa(tlsa(1, 1, 1, good)));
        QVERIFY(!isUsableTlsa(tlsa(3, 1, 2, good)));
        QVERIFY(!isUsableTlsa(tlsa(3, 2, 1, good)));
    }

    void resolverSyntax()
    {
        auto v4 = ResolverConfig::parse(u"127.0.0.1:5353"_s);
        QVERIFY(v4);
        QCOMPARE(v4->host, u"127.0.0.1"_s);
        QCOMPARE(v4->port, quint16(5353));
        auto v6 = ResolverConfig::parse(u"[::1]:53530"_s);
        QVERIFY(v6);
        QCOMPARE(v6->host, u"::1"_s);
        QCOMPARE(v6->port, quint16(53530));
        QCOMPARE(v6->describe(), u"[::1]:53530"_s);
        auto bare6 = ResolverConfig::parse(u"2001:db8::53"_s);
        QVERIFY(bare6);
        QCOMPARE(bare6->port, quint16(53));
        QVERIFY(ResolverConfig::parse(u"system"_s)->isSystem());
        QVERIFY(!ResolverConfig::parse(u"dns.example:53"_s));
        QVERIFY(!ResolverConfig::parse(u"127.0.0.1:0"_s));
        QVERIFY(!ResolverConfig::parse(u"127.0.0.1:65536"_s));
        QVERIFY(!ResolverConfig::parse(u"[::1"_s));
    }

    void weakestVerdict()
    {
        const auto s = DnssecVerdict::secure(u"a"_s);
        const auto i = DnssecVerdict::insecure(u"b"_s);
        const auto b = DnssecVerdict::bogus(BogusReason::BadSignature, u"c"_s, {});
        const auto x = DnssecVerdict::indeterminate(u"timeout"_s);
        QCOMPARE(weakest(s, i).security, Security::Insecure);
        QCOMPARE(weakest(i, s).security, Security::Insecure);
        QCOMPARE(weakest(x, i).security, Security::Indeterminate);
        QCOMPARE(weakest(b, x).security, Security::Bogus);
        QCOMPARE(weakest(s, s).zone, u"a"_s);
        for (auto reason : {BogusReason::SignatureExpired, BogusReason::UnsignedDenial,
                            BogusReason::NoMatchingDnskey})
            QCOMPARE(DnssecVerdict::reasonFromName(DnssecVerdict::reasonName(reason)), reason);
    }

    void reportJsonRoundTrip()
    {
        DiscoveryReport r;
        r.domain = u"example.org"_s;
        r.resolver = u"127.0.0.1:53"_s;
        r.finishedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        r.mx.name = u"example.org"_s;
        r.mx.type = RrType::MX;
        r.mx.rcode = 0;
        r.mx.verdict =
            DnssecVerdict::bogus(BogusReason::SignatureExpired, u"example.org"_s, u"d"_s);
        DnsRecord txt;
        txt.type = RrType::TXT;
        txt.txt = QByteArray("v=STSv1; id=1\0x", 15);
        r.stsTxt.records.append(txt);
        MxHostReport h;
        h.name = u"mx.example.org"_s;
        h.tlsa.records.append(tlsa(3, 1, 1, QByteArray(32, '\x01')));
        h.dane = DaneState::Broken;
        r.hosts.append(h);
        r.findings.append({u"mx.host-without-address"_s,
                           Finding::Severity::Error,
                           u"mx.example.org"_s,
                           {u"mx.example.org"_s}});
        const DiscoveryReport back = DiscoveryReport::fromJson(r.toJson());
        QVERIFY(back == r);
        QCOMPARE(back.stsTxtStrings().first().size(), 15); // TXT octets survive, NUL included
    }
};

QTEST_GUILESS_MAIN(TestMxAnalysis)
#include "test_mx_analysis.moc"
