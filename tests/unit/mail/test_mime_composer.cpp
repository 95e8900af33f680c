// The MIME composer's encodings, decoded back: quoted-printable text parts survive long lines,
// trailing blanks, '=' and UTF-8; non-ASCII subjects become RFC 2047 words of UTF-8.
#include "mail/MimeComposer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sts::mail::MimeComposer;

static QByteArray decodeQp(QByteArray qp)
{
    qp.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp[i] == '=') {
            out += char(qp.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += qp[i];
    }
    return out;
}

class TestMimeComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotedPrintableRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("long") << QString(200, u'x');
        QTest::newRow("trailing blank") << u"end with blank \nnext\t"_s;
        QTest::newRow("equals") << u"a=b ==c"_s;
        QTest::newRow("utf8") << u"Grüße – ✓ Zeile\nzweite"_s;
        QTest::newRow("dot") << u".\n..\n"_s;
    }
    void quotedPrintableRoundTrips()
    {
        QFETCH(QString, text);
        const QByteArray qp = MimeComposer::quotedPrintable(text.toUtf8());
        for (const QByteArray &line : qp.split('\n')) {
            QVERIFY(line.size() <= 77); // 76 + the CR
            QVERIFY(!line.endsWith(" \r") && !line.endsWith("\t\r"));
        }
        QCOMPARE(QString::fromUtf8(decodeQp(qp).replace("\r\n", "\n")), text);
    }

    void nonAsciiSubjectIsEncodedInWords()
    {
        const QString subject = u"Wöchentlicher TLS-Bericht für müller.de (01.12. – 07.12.)"_s;
        const QByteArray header = MimeComposer::encodedHeader(subject);
        QByteArray decoded;
        for (const QByteArray &word : header.split('\n')) {
            const QByteArray w = word.trimmed();
            QVERIFY(w.startsWith("=?UTF-8?B?") && w.endsWith("?="));
            QVERIFY(w.size() <= 75);
            decoded += QByteArray::fromBase64(w.mid(10, w.size() - 12));
        }
        QCOMPARE(QString::fromUtf8(decoded), subject);
        QCOMPARE(MimeComposer::encodedHeader(u"plain ASCII"_s), QByteArray("plain ASCII"));
    }

    void textOnlyMessageHasNoMultipart()
    {
        sts::mail::MailContent c;
        c.from = u"desk@lab.test"_s;
        c.to = {u"a@lab.test"_s, u"b@lab.test"_s};
        c.subject = u"Hi"_s;
        c.text = u"body"_s;
        c.date = QDateTime(QDate(2026, 12, 7), QTime(6, 30), Qt::UTC);
        const QByteArray m = MimeComposer::compose(c);
        QVERIFY(m.contains("To: a@lab.test, b@lab.test\r\n"));
        QVERIFY(m.contains("Date: Mon, 07 Dec 2026 06:30:00 +0000\r\n"));
        QVERIFY(m.contains("Message-ID: <"));
        QVERIFY(m.contains("@lab.test>\r\n"));
        QVERIFY(m.contains("Content-Type: text/plain; charset=utf-8\r\n"));
        QVERIFY(!m.contains("multipart"));
        QVERIFY(!m.contains("\n\n") || m.contains("\r\n\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMimeComposer)
#include "test_mime_composer.moc"
