// Each exporter against output written by hand from RFC 1035 §5.1 (zone files), RFC 4180 (CSV),
// RFC 2136 / nsupdate(1), the Cloudflare API v4 `dns_records` body and the Route 53 ChangeBatch.
#include "TestEnv.h"
#include "records/BindExporter.h"
#include "records/CloudflareExporter.h"
#include "records/CsvExporter.h"
#include "records/ExportFormats.h"
#include "records/NsupdateExporter.h"
#include "records/Route53Exporter.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::records;

namespace {

// TXT with a `"` and a `\` inside a rua URI (neither is percent-encoded by RFC 8460 §3), a
// CNAME policy host, a rollover pair, and one MX host outside the customer's zone.
RecordSet fixture()
{
    RecordSetInput in;
    in.domain = u"example.com"_s;
    in.policyId = u"20240101000000"_s;
    in.rua = {u"mailto:a\"b\\c@example.com"_s, u"https://r.example.net/tlsrpt"_s};
    in.policyHost.cname = u"sts.hoster.example.net"_s;
    in.mxHosts = {MxHostInput::withDigests(u"mx1.example.com"_s, QByteArray(32, '\xab'),
                                           QByteArray(32, '\xcd')),
                  MxHostInput::withDigests(u"mx.provider.net"_s, QByteArray(32, '\xef'))};
    in.ttl = 300;
    auto set = RecordSet::build(in);
    if (!set)
        qFatal("fixture: %s", qPrintable(set.error().describe()));
    return *set;
}

QString hex(const char *pair)
{
    return QString::fromLatin1(pair).repeated(32);
}

QString fill(QString text)
{
    return text.replace(u"<AB>"_s, hex("ab"))
        .replace(u"<CD>"_s, hex("cd"))
        .replace(u"<EF>"_s, hex("ef"));
}

// Expected output, written by hand, in tests/data/records/.
QString fixtureText(const QString &name)
{
    QFile file(sts::test::testDataDir() + u"/records/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return fill(QString::fromUtf8(file.readAll()));
}

QJsonDocument json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("expected JSON: %s", qPrintable(error.errorString()));
    return doc;
}

} // namespace

class TestRecordExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bind()
    {
        const QString expected = fixtureText(u"bind.zone"_s);
        QCOMPARE(QString::fromUtf8(BindExporter().render(fixture())), expected);
    }

    void csv()
    {
        QString expected = fixtureText(u"csv.csv"_s);
        expected.replace(u"\n"_s, u"\r\n"_s); // RFC 4180 §2: CRLF
        QCOMPARE(QString::fromUtf8(CsvExporter().render(fixture())), expected);
    }

    void cloudflare()
    {
        const QJsonDocument expected = json(fixtureText(u"cloudflare.json"_s));
        const QJsonDocument actual =
            QJsonDocument::fromJson(CloudflareExporter().render(fixture()));
        QCOMPARE(actual, expected);
    }

    void route53()
    {
        const QJsonDocument expected = json(fixtureText(u"route53.json"_s));
        const QJsonDocument actual = QJsonDocument::fromJson(Route53Exporter().render(fixture()));
        QCOMPARE(actual, expected);
    }

    void route53OctalEscapes()
    {
        // A split TXT RR is one Value with several quoted strings; non-ASCII octets in octal.
        RecordSet set = fixture();
        DnsRecordSpec r = set.records().first();
        r.txt = {QByteArray("caf\xc3\xa9"), QByteArray("x")};
        QCOMPARE(r.rdata(EscapeStyle::Octal), u"\"caf\\303\\251\" \"x\""_s);
        QCOMPARE(r.rdata(), u"\"caf\\195\\169\" \"x\""_s);
    }

    void nsupdate()
    {
        NsupdateOptions options;
        options.server = u"192.0.2.53"_s;
        options.port = 5353;
        options.zone = u"Example.com"_s;
        options.keyName = u"upd-key"_s;
        options.keySecret = u"c2VjcmV0"_s;
        const QString expected = fixtureText(u"nsupdate.nsu"_s);
        QCOMPARE(QString::fromUtf8(NsupdateExporter(options).render(fixture())), expected);
    }

    void nsupdateMinimal()
    {
        RecordSetInput in;
        in.domain = u"example.org"_s;
        in.policyId = u"1"_s;
        in.policyHost.addresses = {u"192.0.2.1"_s, u"2001:db8::1"_s};
        auto set = RecordSet::build(in);
        QVERIFY(set);
        // No server line (nsupdate then asks the SOA's primary), no key; at the policy host only
        // the address types added and a CNAME are deleted, each once (other types stay).
        QCOMPARE(QString::fromUtf8(NsupdateExporter().render(*set)),
                 fixtureText(u"nsupdate-minimal.nsu"_s));
    }

    // The one table (ExportFormats.cpp): every row complete, keys unique, each key making the
    // exporter whose hand-written output is above (the nsupdate options reach it).
    void table()
    {
        const QMap<QString, QString> expectedFirstLine{
            {u"bind"_s, u"; MTA-STS, TLS-RPT and DANE records for example.com."_s},
            {u"csv"_s, u"owner,ttl,type,value\r"_s},
            {u"cloudflare"_s, u"["_s},
            {u"route53"_s, u"{"_s},
            {u"nsupdate"_s, u"server 192.0.2.53"_s}};
        QStringList keys, artifactPaths;
        NsupdateOptions options;
        options.server = u"192.0.2.53"_s;
        for (const ExportFormat &format : exportFormats()) {
            QVERIFY2(!keys.contains(format.key), qPrintable(format.key));
            keys.append(format.key);
            QVERIFY(!format.displayName().isEmpty() && !format.displayDescription().isEmpty());
            QVERIFY(format.displayFileFilter().contains(u"(*"_s));
            QVERIFY(format.saveSuffix.contains(u'.'));
            QVERIFY(format.artifactPath.startsWith(u"dns/"_s));
            QVERIFY(!artifactPaths.contains(format.artifactPath));
            artifactPaths.append(format.artifactPath);
            QCOMPARE(findExportFormat(format.key), &format);
            auto exporter = makeExporter(format.key, options);
            QVERIFY(exporter);
            QVERIFY2(expectedFirstLine.contains(format.key),
                     qPrintable(format.key + u": add its hand-written case to this test"_s));
            const QString first =
                QString::fromUtf8(exporter->render(fixture())).section(u'\n', 0, 0);
            QCOMPARE(first, expectedFirstLine.value(format.key));
        }
        QCOMPARE(keys.size(), expectedFirstLine.size());
        QVERIFY(!makeExporter(u"tinydns"_s));
        QVERIFY(!findExportFormat(u"tinydns"_s));
    }
};

QTEST_GUILESS_MAIN(TestRecordExporters)
#include "test_record_exporters.moc"
