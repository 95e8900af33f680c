// The runbook's pages as laid out for the PDF: no line of the body, scripts included, runs past
// the text width of the page (where it would be cut off at the margin; the measurement itself is
// checked on a line known to be too long), and no line is in the PDF's text twice where a page
// breaks.
#include "RunbookFixture.h"
#include "TestEnv.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookPages.h"
#include "runbook/RunbookWriter.h"
#include "storage/Database.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestRunbookLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    test::RunbookFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_fixture.openPopulated(m_dir.path(), QDateTime::currentDateTimeUtc());
        QVERIFY2(m_db, qPrintable(m_fixture.error));
    }

    void noLineWiderThanThePage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }
    void noLineWiderThanThePage()
    {
        QFETCH(QString, language);
        render::RunbookOptions options;
        options.language = language;
        options.bsiChecklist = true;
        render::RunbookTargets targets;
        targets.pdf = false;
        targets.document = true;
        Result<render::RunbookRendering> rendering =
            render::renderRunbook(m_db, m_fixture.engagementId, options, targets);
        QVERIFY2(rendering.ok(), rendering ? "" : qPrintable(rendering.error().message));
        const render::RunbookPages pages(*rendering->document, rendering->figures);
        QString widest;
        const qreal right = pages.widestBodyLine(&widest);
        QVERIFY(right > pages.textWidth() / 2); // something was measured
        QVERIFY2(right <= pages.textWidth(),
                 qPrintable(u"%1 > %2: %3"_s.arg(right).arg(pages.textWidth()).arg(widest)));
    }

    // Paragraphs, list items and table cells of several lines fall on page breaks everywhere in a
    // long document; in the PDF's text every line is there once (none drawn again, hidden, at the
    // top of the next page), and nothing is lost.
    void noLineTwiceInThePdfText()
    {
        if (!test::haveProgram(u"pdftotext"_s))
            QSKIP("pdftotext (poppler-utils) is needed");
        QStringList words;
        const auto text = [&words](const QString &tag, int n) {
            QStringList out;
            for (int i = 0; i < n; ++i)
                out.append(u"%1w%2"_s.arg(tag).arg(i));
            words += out;
            return out.join(u' ');
        };
        QString html;
        QList<QStringList> rows;
        for (int i = 0; i < 60; ++i) {
            html += runbook::html::para(text(u"p%1"_s.arg(i), 20 + i % 7 * 9));
            html += runbook::html::list({text(u"l%1"_s.arg(i), 25)}, true);
            rows.append({text(u"a%1"_s.arg(i), 3), text(u"c%1"_s.arg(i), 12 + i % 5 * 6)});
            if (i % 20 == 19) {
                html += runbook::html::table({u"Key"_s, u"Value"_s}, rows, {30, 70});
                rows.clear();
            }
        }
        runbook::RunbookDocument document;
        document.headerText = u"Header"_s;
        document.pageTemplate = u"Page %1 of %2"_s;
        document.sections.append({u"x"_s, u"X"_s, html, {}});
        const render::RunbookPages pages(document, {});
        QVERIFY(pages.pageCount() > 5);

        const QString pdf = m_dir.filePath(u"breaks.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(pages.writePdf(&file, u"breaks"_s).ok());
        file.close();
        const test::ToolRun run = test::runTool(u"pdftotext"_s, {pdf, u"-"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList seen = QString::fromUtf8(run.out).split(QRegularExpression(u"\\s+"_s));
        seen.removeIf([](const QString &w) { return !w.contains(u'w'); });
        QMap<QString, int> count;
        for (const QString &word : seen)
            ++count[word];
        QStringList twice;
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            if (it.value() > 1)
                twice.append(it.key());
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u' ')));
        for (const QString &word : std::as_const(words))
            QVERIFY2(count.contains(word), qPrintable(u"lost: "_s + word));
    }

    // A preformatted line as the runbook printed scripts before: wider than the page, and seen.
    void measuresAClippedLine()
    {
        runbook::RunbookDocument document;
        document.sections.append(
            {u"x"_s,
             u"X"_s,
             u"<pre style=\"font-size:7.5pt\">%1</pre>"_s.arg(QString(150, u'x')),
             {}});
        const render::RunbookPages pages(document, {});
        QVERIFY(pages.widestBodyLine() > pages.textWidth());
    }
};

QTEST_MAIN(TestRunbookLayout)
#include "test_runbook_layout.moc"
