// The PDF runbook of a fully populated engagement, written by stsdesk-cli without a display and
// read back with poppler's tools: every section heading, the exact DNS records, the policy id,
// the charts as images, a sane page count, and no private key material anywhere.
#include "RunbookFixture.h"
#include "TestEnv.h"
#include "records/BindExporter.h"
#include "records/RecordSet.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestRunbookPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    test::RunbookFixture m_fixture;

    // Blanks squeezed, and code lines the page wrapped joined again (the mark and its blank out).
    static QString squeeze(const QString &text)
    {
        return QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s).remove(u"\u21aa "_s);
    }

    // Lines of text that end one page and start the next: a line the layout drew twice, once
    // hidden behind the clip. The running header (with the customer's name) and the page number
    // are left out, and short lines ("fi", "}") may rightly repeat.
    static QStringList repeatedAtPageBreaks(const QString &plainText)
    {
        const QStringList pages = plainText.split(u'\f');
        const auto body = [](const QString &page) {
            QStringList out;
            for (const QString &line : page.split(u'\n')) {
                const QString l = line.trimmed();
                if (l.size() > 20 && !l.contains(u"Runbook Maschinenbau GmbH –"_s) &&
                    !l.startsWith(u"Page "_s) && !l.startsWith(u"Seite "_s))
                    out.append(l);
            }
            return out;
        };
        QStringList repeated;
        for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
            const QStringList before = body(pages.at(i)).mid(qMax(0, body(pages.at(i)).size() - 4));
            for (const QString &line : body(pages.at(i + 1)).mid(0, 4))
                if (before.contains(line))
                    repeated.append(u"page %1: %2"_s.arg(i + 2).arg(line));
        }
        return repeated;
    }

    // Runs the CLI with no display at all and returns the PDF's path.
    QString writeRunbook(const QString &language, const QStringList &extra = {})
    {
        const QString out = m_dir.filePath(u"runbook-%1.pdf"_s.arg(language));
        const test::ToolRun run = test::runTool(
            test::cliPath(),
            QStringList{u"runbook"_s, QString::number(m_fixture.engagementId), u"--out"_s, out,
                        u"--lang"_s, language, u"--database"_s, m_database} +
                extra,
            120000, {}, {}, {u"DISPLAY="_s, u"WAYLAND_DISPLAY="_s, u"QT_QPA_PLATFORM="_s});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        // To look at the pages by hand: STSDESK_KEEP_RUNBOOK=/some/dir keeps PDFs and database.
        if (const QString keep = qEnvironmentVariable("STSDESK_KEEP_RUNBOOK");
            !keep.isEmpty() && run.exitCode == 0) {
            QFile::remove(keep + u"/runbook-%1.pdf"_s.arg(language));
            QFile::copy(out, keep + u"/runbook-%1.pdf"_s.arg(language));
            QFile::remove(keep + u"/runbook.sqlite"_s);
            QFile::copy(m_database, keep + u"/runbook.sqlite"_s);
        }
        return run.exitCode == 0 ? out : QString();
    }

    static QString pdfText(const QString &pdf)
    {
        const test::ToolRun run = test::runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
    }

    static QString pdfPlainText(const QString &pdf)
    {
        const test::ToolRun run = test::runTool(u"pdftotext"_s, {pdf, u"-"_s});
        return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
    }

    static int imageCount(const QString &pdf)
    {
        const test::ToolRun run = test::runTool(u"pdfimages"_s, {u"-list"_s, pdf});
        if (run.exitCode != 0)
            return -1;
        return int(QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts).size()) - 2;
    }

    static int pageCount(const QString &pdf)
    {
        const test::ToolRun run = test::runTool(u"pdfinfo"_s, {pdf});
        const QRegularExpressionMatch m =
            QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(run.out));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    // The records exactly as the customer publishes them, built from the fixture's inputs.
    QStringList expectedRecords() const
    {
        records::RecordSetInput in;
        in.domain = m_fixture.domain;
        in.policyId = m_fixture.enforcePolicyId;
        in.rua = {u"mailto:tlsrpt@"_s + m_fixture.domain};
        in.policyHost.addresses = {u"192.0.2.80"_s};
        // mx1's served key and the staged next key (the record set of a rollover in progress).
        in.mxHosts = {records::MxHostInput::withDigests(
            u"mx1."_s + m_fixture.domain, QByteArray::fromHex(m_fixture.mx1SpkiSha256Hex),
            QByteArray::fromHex(m_fixture.stagedNextSpkiSha256Hex))};
        in.mxHosts.first().hostTlsReporting = true;
        auto set = records::RecordSet::build(in);
        if (!set)
            return {};
        QStringList lines = QString::fromUtf8(records::BindExporter().render(*set)).split(u'\n');
        lines.removeIf([](const QString &l) { return l.isEmpty() || l.startsWith(u';'); });
        return lines;
    }

    void checkRunbook(const QString &pdf, const QStringList &headings)
    {
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QString flat = squeeze(text);
        for (const QString &heading : headings)
            QVERIFY2(flat.contains(heading), qPrintable(u"missing heading: "_s + heading));
        for (const QString &record : expectedRecords())
            QVERIFY2(flat.contains(squeeze(record)), qPrintable(u"missing record: "_s + record));
        QVERIFY(!expectedRecords().isEmpty());
        QVERIFY(flat.contains(m_fixture.enforcePolicyId));
        QVERIFY(flat.contains(m_fixture.testingPolicyId));
        QVERIFY2(imageCount(pdf) >= 3, "two charts and the timeline are embedded as images");
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 8 && pages <= 40, qPrintable(QString::number(pages)));
        const QString plain = pdfPlainText(pdf);
        QVERIFY(plain.contains(u"#!/bin/sh"_s));
        const QStringList repeated = repeatedAtPageBreaks(plain);
        QVERIFY2(repeated.isEmpty(), qPrintable(repeated.join(u'\n')));
        checkNoKeyMaterial(pdf, text);
    }

    void checkNoKeyMaterial(const QString &pdf, const QString &text)
    {
        QFile keyFile(m_fixture.privateKeyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray key = keyFile.readAll();
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(!text.contains(u"PRIVATE KEY"_s));
        QVERIFY(!bytes.contains("PRIVATE KEY"));
        for (const QByteArray &line : key.split('\n')) {
            if (line.startsWith("-----") || line.size() < 16)
                continue;
            QVERIFY(!bytes.contains(line));
            QVERIFY(!text.contains(QString::fromLatin1(line.left(24))));
            QVERIFY(!bytes.contains(QByteArray::fromBase64(line).left(16)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The staged key goes where the CLI looks for it (its secrets folder).
        QCoreApplication::setApplicationName(u"stsdesk"_s);
        QCoreApplication::setOrganizationName(u"stsdesk"_s);
        for (const QString &tool : {u"pdftotext"_s, u"pdfimages"_s, u"pdfinfo"_s})
            QVERIFY2(test::haveProgram(tool), qPrintable(tool + u" (poppler-utils) is needed"_s));
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"runbook.sqlite"_s);
        m_database = location.sqlitePath;
        auto db = storage::Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY2(m_fixture.populate(*db, m_dir.path(), QDateTime::currentDateTimeUtc()),
                 qPrintable(m_fixture.error));
    }

    void englishRunbook()
    {
        QStringList headings{u"Contents"_s,
                             u"Executive summary"_s,
                             u"How your incoming e-mail is protected"_s,
                             u"Appendix: scripts and configuration files"_s,
                             u"MX inventory and DNSSEC"_s,
                             u"Certificate inventory"_s,
                             u"MTA-STS policy versions"_s,
                             u"DNS records to publish"_s,
                             u"DANE TLSA and key rotation"_s,
                             u"TLS reporting summary"_s,
                             u"Rollout timeline"_s,
                             u"Incident response"_s,
                             u"Rollback and removal"_s,
                             u"BSI TR-03108 checklist"_s,
                             u"Runbook Maschinenbau GmbH"_s,
                             u"Erika Mustermann"_s,
                             u"STARTTLS stripped"_s,
                             u"Policy fetch failure"_s,
                             u"DANE mismatch"_s};
        headings << u"Hosting the policy"_s << u"Certificate renewal automation"_s;
        // 3 senders x 20 clean days x 100 sessions + 50: grouped as the language writes numbers.
        headings << u"6,050 successful"_s;
        checkRunbook(writeRunbook(u"en"_s, {u"--bsi"_s}), headings);
    }

    void germanRunbook()
    {
        QStringList headings{u"Inhalt"_s,
                             u"Zusammenfassung für die Geschäftsleitung"_s,
                             u"MX-Inventar und DNSSEC"_s,
                             u"Zertifikatsinventar"_s,
                             u"MTA-STS-Richtlinienversionen"_s,
                             u"Zu veröffentlichende DNS-Einträge"_s,
                             u"DANE-TLSA und Schlüsselwechsel"_s,
                             u"Zusammenfassung der TLS-Berichte"_s,
                             u"Zeitplan der Einführung"_s,
                             u"Reaktion auf Störungen"_s,
                             u"Rücknahme und Entfernung"_s,
                             u"Seite 2 von"_s,
                             u"6.050 erfolgreiche"_s};
        checkRunbook(writeRunbook(u"de"_s), headings);
    }

    void refusesBadArguments()
    {
        const test::ToolRun run =
            test::runTool(test::cliPath(), {u"runbook"_s, QString::number(m_fixture.engagementId),
                                            u"--out"_s, m_dir.filePath(u"x.pdf"_s), u"--lang"_s,
                                            u"fr"_s, u"--database"_s, m_database});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRunbookPdf)
#include "test_runbook_pdf.moc"
