// Findings are kept as code and arguments and phrased where they are shown: the same stored
// finding reads in English in the JSON and in German under the German catalogue, and findings
// stored as sentences by older versions are phrased again when their analysis still agrees.
#include "discovery/FindingsReport.h"
#include "dns/Discovery.h"
#include "dns/FindingText.h"
#include "mtasts/ProblemText.h"
#include "mtasts/TlsRptTxtRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::dns;

class TestFindingText : public QObject
{
    Q_OBJECT

    QTranslator m_german;

    static DiscoveryReport rich()
    {
        return test::reportWithManyFindings(u"example.org"_s,
                                            QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    }
    // The findings a domain cannot have beside those of rich(): no usable MX set at all.
    static QList<DiscoveryReport> exclusive()
    {
        QList<DiscoveryReport> out;
        for (int kind = 0; kind < 4; ++kind) {
            DiscoveryReport r;
            r.domain = u"other.example"_s;
            r.mx.name = r.domain;
            r.mx.rcode = kind == 0 ? -1 : kind == 1 ? 3 : 0;
            r.mx.error = kind == 0 ? u"timeout"_s : QString();
            r.mx.verdict =
                kind == 2 ? DnssecVerdict::bogus(BogusReason::BadSignature, r.domain, u"detail"_s)
                          : DnssecVerdict::insecure(r.domain);
            r.nullMx = kind == 2;
            r.implicitMx = kind == 3;
            analyzeReport(r);
            out.append(r);
        }
        return out;
    }
    // "%2C" and "%21" are part of two sentences about URI encoding; any other marker left is an
    // argument that went missing.
    static bool hasUnfilledMarker(QString text)
    {
        text.remove(u"%2C"_s).remove(u"%21"_s);
        static const QRegularExpression marker(u"%[0-9]"_s);
        return marker.match(text).hasMatch();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_german.load(u":/i18n/stsdesk_de.qm"_s)); }
    void cleanup() { QCoreApplication::removeTranslator(&m_german); }

    void argumentsAreFilledInOnePass()
    {
        QCOMPARE(fillArguments(u"%1 and %2"_s, {u"%2"_s, u"x"_s}), u"%2 and x"_s);
        QCOMPARE(fillArguments(u"“%1” … write its comma as “%2C”."_s, {u"a,b"_s}),
                 u"“a,b” … write its comma as “%2C”."_s);
        QCOMPARE(fillArguments(u"“%1” must be written “%21”."_s, {u"a!b"_s}),
                 u"“a!b” must be written “%21”."_s);
        QCOMPARE(fillArguments(u"100% sure, %1"_s, {u"yes"_s}), u"100% sure, yes"_s);
        QCOMPARE(fillArguments(u"%1%2"_s, {}), u"%1%2"_s);
    }

    void everyFindingHasASentence()
    {
        QSet<QString> codes;
        QList<DiscoveryReport> reports = exclusive();
        reports.prepend(rich());
        for (const DiscoveryReport &r : std::as_const(reports)) {
            for (const Finding &f : r.findings) {
                codes.insert(f.code);
                QVERIFY2(isFindingCode(f.code), qPrintable(f.code));
                QVERIFY(f.storedText.isEmpty());
                const QString english = f.text(TextLanguage::English);
                QVERIFY2(english.size() > 15 && !hasUnfilledMarker(english),
                         qPrintable(f.code + u": "_s + english));
            }
        }
        // Every kind of finding discovery makes, so that the GUI test sees them all in German.
        for (const char *code : {"mx.ip-literal",
                                 "mx.provider",
                                 "mx.cname-target",
                                 "mx.host-without-address",
                                 "dane.broken",
                                 "dane.secure-host-insecure-mx",
                                 "mx.lookup-failed",
                                 "domain.nxdomain",
                                 "dnssec.mx-bogus",
                                 "mx.null",
                                 "mx.implicit",
                                 "mx.duplicate-host",
                                 "tlsrpt.old-name",
                                 "tlsa.empty-input-digest",
                                 "tlsa.digest-length",
                                 "tlsa.pkix-usage",
                                 "sts-txt.id-invalid",
                                 "sts-txt.near-miss",
                                 "tlsrpt-txt.rua-not-uri",
                                 "tlsrpt-txt.rua-invalid"})
            QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
    }

    // Found by the English CLI, stored, read back by the German wizard or runbook.
    void storedEnglishRunReadsInGerman()
    {
        const DiscoveryReport found = rich(); // no translator: the CLI under LANG=C
        const QJsonObject stored = found.toJson();
        QCoreApplication::installTranslator(&m_german);
        const DiscoveryReport read = DiscoveryReport::fromJson(stored);
        QVERIFY(read == found);
        for (const Finding &f : read.findings) {
            const QString german = f.text();
            QVERIFY2(german != f.text(TextLanguage::English) && !hasUnfilledMarker(german),
                     qPrintable(f.code + u": "_s + german));
            for (const QString &arg : f.args)
                if (f.code != u"mx.provider"_s && f.code != u"dane.broken"_s)
                    QVERIFY2(german.contains(arg), qPrintable(f.code + u": "_s + german));
        }
        const auto find = [&read](const QString &code) {
            for (const Finding &f : read.findings)
                if (f.code == code)
                    return f.text();
            return QString();
        };
        QCOMPARE(find(u"mx.provider"_s),
                 u"„contoso-com.mail.protection.outlook.com“ wird von Microsoft 365 betrieben."_s);
        QVERIFY2(find(u"dane.broken"_s).contains(u"Signatur abgelaufen"_s),
                 qPrintable(find(u"dane.broken"_s)));
    }

    // The JSON (workspace, `discover --json`) keeps code, arguments and the English sentence,
    // whatever language the program speaks.
    void jsonHasCodeArgumentsAndEnglish()
    {
        QCoreApplication::installTranslator(&m_german);
        const DiscoveryReport r = rich();
        const QJsonArray findings = r.toJson().value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), r.findings.size());
        for (int i = 0; i < findings.size(); ++i) {
            const QJsonObject json = findings.at(i).toObject();
            const Finding &f = r.findings.at(i);
            QCOMPARE(json.value(u"code"_s).toString(), f.code);
            QCOMPARE(json.value(u"args"_s).toArray().toVariantList(), QVariant(f.args).toList());
            QCOMPARE(json.value(u"message"_s).toString(), f.text(TextLanguage::English));
            QVERIFY(json.value(u"message"_s).toString() != f.text());
        }
    }

    void sentencesStoredByOlderVersions()
    {
        // Older versions stored the sentence only, in the language of the run.
        const DiscoveryReport found = rich();
        QJsonObject json = found.toJson();
        QJsonArray legacy;
        for (const QJsonValue &v : json.value(u"findings"_s).toArray()) {
            QJsonObject f = v.toObject();
            f.remove(u"args"_s);
            f.insert(u"message"_s, u"Satz der alten Version"_s);
            legacy.append(f);
        }
        json.insert(u"findings"_s, legacy);
        // The analysis of the stored records still gives the same findings: phrased anew.
        const DiscoveryReport rephrased = DiscoveryReport::fromJson(json);
        QVERIFY(rephrased.findings == found.findings);

        // One finding the analysis no longer makes: every stored sentence is kept as it is.
        QJsonObject gone{{u"code"_s, u"sts.missing"_s},
                         {u"severity"_s, u"warning"_s},
                         {u"message"_s, u"No MTA-STS record was found."_s}};
        legacy.append(gone);
        json.insert(u"findings"_s, legacy);
        const DiscoveryReport kept = DiscoveryReport::fromJson(json);
        QCOMPARE(kept.findings.size(), found.findings.size() + 1);
        QCOMPARE(kept.findings.last().text(), u"No MTA-STS record was found."_s);
        QCOMPARE(kept.findings.first().text(), u"Satz der alten Version"_s);
        // ... and written back as it was read.
        QVERIFY(DiscoveryReport::fromJson(kept.toJson()) == kept);
    }

    void parserProblemsArePhrasedByCode()
    {
        QCoreApplication::installTranslator(&m_german);
        const mtasts::TlsRptTxtLookup lookup =
            mtasts::parseTlsRptTxtRecords({"v=TLSRPTv1; rua=mailto:a,b!c@example.org"_ba});
        QVERIFY(!lookup.problems.isEmpty());
        for (const mtasts::Problem &p : lookup.problems) {
            QCOMPARE(p.message, mtasts::problemText(p.code, p.args));
            QVERIFY2(!p.message.isEmpty() &&
                         p.message != mtasts::problemText(p.code, p.args, TextLanguage::English),
                     qPrintable(p.code));
        }
        QCOMPARE(
            mtasts::problemText(u"tlsrpt-txt.rua-not-uri"_s, {u"b%2"_s}, TextLanguage::English),
            u"“b%2” in rua is not a URI. If it belongs to the previous URI, write its comma "
            "as “%2C”."_s);
    }
};

QTEST_GUILESS_MAIN(TestFindingText)
#include "test_finding_text.moc"
