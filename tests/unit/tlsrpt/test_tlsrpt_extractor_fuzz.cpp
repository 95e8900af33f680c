// Inputs found by fuzz_input_extractor (tests/fuzz), kept in tests/data/tlsrpt/fuzz: each once
// broke a rule of the extractor, here that nothing vanishes without a reason.
#include "TestEnv.h"
#include "tlsrpt/InputExtractor.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::tlsrpt;

class TestTlsrptExtractorFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejectedWithReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        // libarchive reads a zip whose central directory is broken as an empty archive.
        QTest::newRow("zip read as empty") << u"zip-read-as-empty.zip"_s << u"tlsrpt.zip-empty"_s;
        // A "From " line and nothing after it: an mbox without a message.
        QTest::newRow("mbox without message")
            << u"mbox-without-message.mbox"_s << u"tlsrpt.mbox-empty"_s;
    }
    void rejectedWithReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        const QString path = sts::test::testDataDir() + u"/tlsrpt/fuzz/"_s + file;
        const Extraction e = InputExtractor().extractFile(path);
        QCOMPARE(e.documents.size(), 0);
        QCOMPARE(e.mailsWithoutReport, 0);
        QCOMPARE(e.rejected.size(), 1);
        QCOMPARE(e.rejected[0].reason.code, code);
        QVERIFY(!e.rejected[0].reason.message.isEmpty());
        QCOMPARE(e.rejected[0].origin.path, path);
        QCOMPARE(e.original.size(), QFileInfo(path).size()); // kept for the quarantine
    }
};

QTEST_GUILESS_MAIN(TestTlsrptExtractorFuzz)
#include "test_tlsrpt_extractor_fuzz.moc"
