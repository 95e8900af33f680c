// printable(): what others wrote is shown with its control characters escaped, so that it can
// neither drive the terminal nor forge lines; ordinary text, accents included, stays as it is.
#include "util/PrintableText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestPrintableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesControlCharacters_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"Google LLC"_s << u"Google LLC"_s;
        QTest::newRow("accents") << u"Bäckerei Straße – 東京"_s << u"Bäckerei Straße – 東京"_s;
        QTest::newRow("escape sequence") << u"a\x1b[2Kb"_s << u"a\\x1b[2Kb"_s;
        QTest::newRow("forged line")
            << u"x.json\r\nImported: 9999"_s << u"x.json\\r\\nImported: 9999"_s;
        QTest::newRow("tab, NUL, DEL")
            << QString::fromUtf16(u"a\tb\0c\x7f", 6) << u"a\\tb\\x00c\\x7f"_s;
        QTest::newRow("C1 control (CSI)") << u"a\u009b31mb"_s << u"a\\x9b31mb"_s;
        QTest::newRow("bidirectional override")
            << u"invoice\u202Efdp.exe"_s << u"invoice\\u202efdp.exe"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
    }
    void escapesControlCharacters()
    {
        QFETCH(QString, raw);
        QFETCH(QString, shown);
        QCOMPARE(printable(raw), shown);
    }

    void documentsKeepTheirLines()
    {
        QCOMPARE(printableLines(u"version: STSv1\r\nmode: testing\r\n"_s),
                 u"version: STSv1\nmode: testing\n"_s);
        QCOMPARE(printableLines(u"mx: a\x1b]0;title\x07\nmx: b\rc"_s),
                 u"mx: a\\x1b]0;title\\x07\nmx: b\\rc"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrintableText)
#include "test_printable_text.moc"
