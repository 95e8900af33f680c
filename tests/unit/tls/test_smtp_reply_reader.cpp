// SmtpReplyReader is what the STARTTLS probe makes of a server's bytes; the hostile servers of
// test_starttls_probe cover it end to end, these cover each rule on its own.
#include "probe/SmtpReplyReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sts::tls::SmtpReplyReader;
using Status = SmtpReplyReader::Status;

class TestSmtpReplyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiLineReplyInPieces()
    {
        SmtpReplyReader reader(2048, 65536);
        const QByteArray ehlo = "250-mx.example.com\r\n250-PIPELINING\r\n250 STARTTLS\r\n"_ba;
        SmtpReplyReader::Reply reply;
        for (const char c : ehlo.chopped(1)) {
            reader.feed(QByteArray(1, c));
            QCOMPARE(reader.next(&reply), Status::NeedMore);
        }
        reader.feed("\n"_ba);
        QCOMPARE(reader.next(&reply), Status::Reply);
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines, QStringList({u"mx.example.com"_s, u"PIPELINING"_s, u"STARTTLS"_s}));
        QVERIFY(!reader.hasBufferedBytes());
        QCOMPARE(reader.next(&reply), Status::NeedMore);
    }
    void bareCodeAndLfOnly()
    {
        SmtpReplyReader reader(2048, 65536);
        reader.feed("220\n554 5.7.1 go away\n"_ba);
        SmtpReplyReader::Reply reply;
        QCOMPARE(reader.next(&reply), Status::Reply);
        QCOMPARE(reply.code, 220);
        QCOMPARE(reply.lines, QStringList({QString()}));
        QVERIFY(reader.hasBufferedBytes()); // the next reply is already there
        QCOMPARE(reader.next(&reply), Status::Reply);
        QCOMPARE(reply.code, 554);
        QCOMPARE(reply.lines, QStringList({u"5.7.1 go away"_s}));
    }
    void bytesAfterReplyStayBuffered()
    {
        SmtpReplyReader reader(2048, 65536);
        reader.feed("220 Ready to start TLS\r\n\x16\x03\x01"_ba);
        SmtpReplyReader::Reply reply;
        QCOMPARE(reader.next(&reply), Status::Reply);
        QVERIFY(reader.hasBufferedBytes());
        reader.discardBuffered();
        QVERIFY(!reader.hasBufferedBytes());
    }
    void lineTooLongWithAndWithoutNewline()
    {
        SmtpReplyReader::Reply reply;
        SmtpReplyReader unterminated(16, 65536);
        unterminated.feed(QByteArray(16, '2'));
        QCOMPARE(unterminated.next(&reply), Status::NeedMore);
        unterminated.feed("2"_ba);
        QCOMPARE(unterminated.next(&reply), Status::LineTooLong);
        SmtpReplyReader terminated(16, 65536);
        terminated.feed("250 " + QByteArray(13, 'x') + "\n");
        QCOMPARE(terminated.next(&reply), Status::LineTooLong);
    }
    void replyTooLarge()
    {
        SmtpReplyReader reader(2048, 30);
        reader.feed("250-0123456789\r\n250-0123456789\r\n250 x\r\n"_ba);
        SmtpReplyReader::Reply reply;
        QCOMPARE(reader.next(&reply), Status::TooLarge);
    }
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("http") << "HTTP/1.1 400 Bad Request\r\n"_ba;
        QTest::newRow("no separator") << "2201 hello\r\n"_ba;
        QTest::newRow("short") << "22\r\n"_ba;
        QTest::newRow("letters") << "2x0 hello\r\n"_ba;
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        SmtpReplyReader reader(2048, 65536);
        reader.feed(bytes);
        SmtpReplyReader::Reply reply;
        QCOMPARE(reader.next(&reply), Status::Malformed);
        QCOMPARE(reader.malformedLine(), bytes.chopped(2));
    }
};

QTEST_GUILESS_MAIN(TestSmtpReplyReader)
#include "test_smtp_reply_reader.moc"
