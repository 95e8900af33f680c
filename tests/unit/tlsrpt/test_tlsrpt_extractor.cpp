// Extraction from every container format; expected values come from make_fixtures.py and the
// shared sample mails.
#include "TestEnv.h"
#include "tlsrpt/InputExtractor.h"
#include "tlsrpt/MemoryBudget.h"
#include "tlsrpt/ReportParser.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::tlsrpt;
using sts::Result;

static QString local(const QString &name)
{
    return sts::test::testDataDir() + u"/tlsrpt/"_s + name;
}

// Extracts one file as the importer does: within `budget`, as the work the writer waits for
// (`front`) or not. A deferred input is not handed over: it comes back with `deferred` set.
static Extraction extractBudgeted(const QString &path, MemoryBudget &budget, bool front,
                                  ExtractionLimits limits = {})
{
    const std::atomic<quint64> frontId{front ? 1u : 2u};
    Extraction out;
    const qsizetype done = InputExtractor(limits).extractFiles(
        {QFile::encodeName(path)}, MemoryScope{&budget, &frontId, 1},
        [&](Extraction &&e, InputAllowance &) {
            out = std::move(e);
            return InputExtractor::Next::Continue;
        });
    out.deferred = done == 0;
    return out;
}

static QStringList reportIds(const Extraction &e)
{
    QStringList ids;
    for (const ExtractedDocument &d : e.documents) {
        Result<Report> r = ReportParser::parse(d.json, d.origin);
        ids << (r.ok() ? r->reportId : u"<unparsable>"_s);
    }
    ids.sort();
    return ids;
}

class TestTlsrptExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gzipWithTrailingGarbage()
    {
        const Extraction e =
            InputExtractor().extractFile(local(u"quirks/google-crlf-trailing.json.gz"_s));
        QCOMPARE(e.rejected.size(), 0);
        QCOMPARE(e.documents.size(), 1);
        QCOMPARE(reportIds(e), QStringList{u"2024-03-01T00:00:00Z_crlf.example"_s});
        QCOMPARE(e.documents[0].warnings.size(), 1);
        QVERIFY(e.documents[0].warnings[0].contains(u"2 bytes"_s));
    }

    void truncatedGzipRejected()
    {
        const Extraction e = InputExtractor().extractFile(local(u"bad/truncated.json.gz"_s));
        QCOMPARE(e.documents.size(), 0);
        QCOMPARE(e.rejected.size(), 1);
        QCOMPARE(e.rejected[0].reason.code, u"tlsrpt.gzip-truncated"_s);
        // The input is kept as it came, for the quarantine; the refused piece holds nothing.
        QVERIFY(e.rejected[0].bytes.isEmpty());
        QCOMPARE(e.original.size(), QFileInfo(local(u"bad/truncated.json.gz"_s)).size());
    }

    void zip()
    {
        const Extraction e = InputExtractor().extractFile(local(u"containers/reports.zip"_s));
        QCOMPARE(e.rejected.size(), 0);
        QCOMPARE(reportIds(e), (QStringList{u"zip-1"_s, u"zip-2"_s}));
        QStringList entries;
        for (const ExtractedDocument &d : e.documents)
            entries << d.origin.entry;
        QVERIFY(entries.contains(u"sub/comcast!zip.example!1706832000!1706918399.json.gz"_s));
    }

    void sharedMails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reportId");
        QTest::addColumn<QString>("messageId");
        QTest::newRow("google") << u"google-sts-ok.eml"_s << u"2022-09-15T00:00:00Z_test.xmox.nl"_s
                                << u"000000000000f47cc505e8c8905c@google.com"_s;
        QTest::newRow("microsoft")
            << u"microsoft-no-timezone.eml"_s << u"133198585438131172+test.xmox.nl"_s
            << u"133198585438131172+test.xmox.nl@test.xmox.nl"_s;
        QTest::newRow("uncompressed") << u"uncompressed-application-tlsrpt.eml"_s
                                      << u"2020-01-01T00:00:00Z_example.com"_s << QString();
    }
    void sharedMails()
    {
        QFETCH(QString, file);
        QFETCH(QString, reportId);
        QFETCH(QString, messageId);
        const Extraction e =
            InputExtractor().extractFile(sts::test::testDataDir() + u"/tlsrpt/published/"_s + file);
        QCOMPARE(e.rejected.size(), 0);
        QCOMPARE(reportIds(e), QStringList{reportId});
        QCOMPARE(e.documents[0].origin.messageId, messageId);
    }

    void mboxSkipsOrdinaryMail()
    {
        const Extraction e = InputExtractor().extractFile(local(u"containers/reports.mbox"_s));
        QCOMPARE(e.rejected.size(), 0);
        QCOMPARE(reportIds(e), (QStringList{u"mbox-1"_s, u"mbox-3"_s}));
        QCOMPARE(e.mailsWithoutReport, 1);
        // The second report is named only by Content-Description.
        QCOMPARE(e.documents[1].origin.entry,
                 u"yahoo.com!mbox.example!1707091200!1707177599.json.gz"_s);
        QCOMPARE(e.documents[1].origin.messageId, u"m3@sender.example"_s);
    }

    void nestedMultipartsAndAttachedMessage()
    {
        const Extraction e = InputExtractor().extractFile(local(u"containers/nested.eml"_s));
        QCOMPARE(e.rejected.size(), 0);
        QCOMPARE(reportIds(e), (QStringList{u"nested-1"_s, u"nested-2"_s}));
    }

    void maildirFolder()
    {
        QStringList missing;
        const QStringList files = InputExtractor::collectFiles(
            {local(u"maildir"_s), local(u"does-not-exist"_s)}, &missing);
        QCOMPARE(missing, QStringList{local(u"does-not-exist"_s)});
        QCOMPARE(files.size(), 3); // tmp/ and dovecot-uidlist are skipped
        Extraction all;
        for (const QString &f : files) {
            const Extraction e = InputExtractor().extractFile(f);
            all.documents << e.documents;
            all.rejected << e.rejected;
        }
        // A single ordinary mail given as a file is rejected, so nothing vanishes silently.
        QCOMPARE(all.rejected.size(), 1);
        QCOMPARE(all.rejected[0].reason.code, u"tlsrpt.no-report-in-mail"_s);
        QCOMPARE(reportIds(all), (QStringList{u"mbox-1"_s, u"mbox-3"_s}));
    }

    void notAReport()
    {
        const Extraction e = InputExtractor().extractFile(local(u"bad/dmarc.xml"_s));
        QCOMPARE(e.documents.size(), 0);
        QCOMPARE(e.rejected.size(), 1);
        QCOMPARE(e.rejected[0].reason.code, u"tlsrpt.unknown-format"_s);
    }

    void gzipBombRefusedQuickly()
    {
        const Extraction e = InputExtractor().extractFile(local(u"bombs/zeros-1gib.json.gz"_s));
        QCOMPARE(e.documents.size(), 0);
        QCOMPARE(e.rejected.size(), 1);
        QCOMPARE(e.rejected[0].reason.code, u"tlsrpt.too-large"_s);
        QVERIFY(e.rejected[0].reason.message.contains(u"32.0 MiB"_s));
    }

    void zipBombs()
    {
        const Extraction big = InputExtractor().extractFile(local(u"bombs/zeros-1gib.zip"_s));
        QCOMPARE(big.documents.size(), 0);
        QCOMPARE(big.rejected.size(), 1);
        QCOMPARE(big.rejected[0].reason.code, u"tlsrpt.too-large"_s);
        const Extraction many = InputExtractor().extractFile(local(u"bombs/many-entries.zip"_s));
        QCOMPARE(many.documents.size(), 0);
        QCOMPARE(many.rejected.size(), 1);
        QCOMPARE(many.rejected[0].reason.code, u"tlsrpt.zip-entries"_s);
    }

    // A zip of zips: the nested archives count against the one input's limit, so unpacking
    // stops there (before: 2.6 GB for this 8 KB file). A refused input holds nothing after.
    void nestedArchivesCountAgainstOneInput()
    {
        MemoryBudget budget(64ll << 20);
        const ExtractionLimits limits;
        {
            const Extraction e = extractBudgeted(local(u"bombs/zip-of-zips.zip"_s), budget, true);
            QCOMPARE(e.documents.size(), 0);
            QCOMPARE(e.rejected.size(), 1);
            QCOMPARE(e.rejected[0].reason.code, u"tlsrpt.too-large"_s);
            QVERIFY2(e.rejected[0].reason.message.contains(u"in all"_s),
                     qPrintable(e.rejected[0].reason.message));
            // Only the input as it came is held now.
            QCOMPARE(budget.used(), e.original.size());
        }
        QCOMPARE(budget.used(), 0);
        QVERIFY2(budget.highWater() <= limits.maxInputBytes + (2 << 20),
                 qPrintable(QString::number(budget.highWater())));
    }

    // gzip in gzip, 32 MiB at each of six levels: the levels are held at once, and count
    // against the input together.
    void nestedGzipCountsAgainstOneInput()
    {
        MemoryBudget budget(64ll << 20);
        const Extraction e = extractBudgeted(local(u"bombs/nested-gzip.gz"_s), budget, true);
        QCOMPARE(e.documents.size(), 0);
        QCOMPARE(e.rejected.size(), 1);
        QCOMPARE(e.rejected[0].reason.code, u"tlsrpt.too-large"_s);
        QVERIFY(budget.highWater() <= ExtractionLimits().maxInputBytes + (2 << 20));
    }

    // Work the writer does not wait for yet stops when the budget is spent, holds nothing, and
    // is neither a document nor a refusal: it is read again later.
    void deferredWhenBudgetSpent()
    {
        MemoryBudget budget(1 << 20);
        const Extraction e = extractBudgeted(local(u"bombs/zeros-32mib.json.gz"_s), budget, false);
        QVERIFY(e.deferred);
        QCOMPARE(e.documents.size(), 0);
        QCOMPARE(e.rejected.size(), 0);
        QCOMPARE(budget.used(), 0);
        QVERIFY(budget.highWater() <= 1 << 20);
        // The same input, waited for: unpacked beyond the budget, refused as no report.
        const Extraction front =
            extractBudgeted(local(u"bombs/zeros-32mib.json.gz"_s), budget, true);
        QVERIFY(!front.deferred);
        QCOMPARE(front.rejected.size(), 1);
        QCOMPARE(front.rejected[0].reason.code, u"tlsrpt.unknown-format"_s);
    }

    // One size limit for a report whatever its container: a plain file over it is refused
    // from its first bytes, not read into memory.
    void plainReportOverLimitRefusedUnread()
    {
        sts::test::LabDir lab(u"tlsbig"_s);
        ExtractionLimits limits;
        limits.maxDocumentBytes = 1 << 20;
        const QByteArray report = "{\"organization-name\": \"Big\"}";
        QVERIFY(lab.writeFile(u"big.json"_s, report + QByteArray(3 << 20, ' ')));
        QVERIFY(lab.writeFile(u"fits.json"_s, report + QByteArray((1 << 20) - 100, ' ')));
        MemoryBudget budget(64ll << 20);
        const Extraction big = extractBudgeted(lab.filePath(u"big.json"_s), budget, true, limits);
        QCOMPARE(big.documents.size(), 0);
        QCOMPARE(big.rejected.size(), 1);
        QCOMPARE(big.rejected[0].reason.code, u"tlsrpt.too-large"_s);
        QVERIFY2(big.rejected[0].reason.message.contains(u"1 MiB"_s),
                 qPrintable(big.rejected[0].reason.message));
        QCOMPARE(budget.highWater(), 0);
        const Extraction fits = extractBudgeted(lab.filePath(u"fits.json"_s), budget, true, limits);
        QCOMPARE(fits.documents.size(), 1);
        QCOMPARE(fits.rejected.size(), 0);
    }

    void depthLimit()
    {
        // gzip inside gzip inside gzip … deeper than the limit.
        ExtractionLimits limits;
        limits.maxDepth = 2;
        const Extraction e = InputExtractor(limits).extractFile(local(u"containers/nested.eml"_s));
        QCOMPARE(e.documents.size(), 0);
        QVERIFY(!e.rejected.isEmpty());
        QCOMPARE(e.rejected[0].reason.code, u"tlsrpt.too-deep"_s);
    }
};

QTEST_GUILESS_MAIN(TestTlsrptExtractor)
#include "test_tlsrpt_extractor.moc"
