#include "engagement/DomainName.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sts::DomainName;

class TestDomainName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("ace");
        QTest::addColumn<QString>("display");
        QTest::newRow("plain") << u"example.com"_s << u"example.com"_s << u"example.com"_s;
        QTest::newRow("case and blanks")
            << u"  Mail.Example.COM "_s << u"mail.example.com"_s << u"mail.example.com"_s;
        // xn--mller-kva is the RFC 3492 encoding of "müller".
        QTest::newRow("idn") << u"müller.de"_s << u"xn--mller-kva.de"_s << u"müller.de"_s;
        QTest::newRow("idn upper") << u"MÜLLER.de"_s << u"xn--mller-kva.de"_s << u"müller.de"_s;
        // Non-transitional IDNA 2008: "ß" is its own character, not "ss".
        QTest::newRow("sharp s") << u"straße.de"_s << u"xn--strae-oqa.de"_s << u"straße.de"_s;
        QTest::newRow("a-label given")
            << u"xn--mller-kva.de"_s << u"xn--mller-kva.de"_s << u"müller.de"_s;
        QTest::newRow("hyphen inside") << u"a-b.example"_s << u"a-b.example"_s << u"a-b.example"_s;
        QTest::newRow("digits") << u"123.example.org"_s << u"123.example.org"_s
                                << u"123.example.org"_s;
    }
    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, ace);
        QFETCH(QString, display);
        const sts::Result<DomainName> name = DomainName::fromUserInput(input);
        QVERIFY2(name.ok(), qPrintable(name.ok() ? QString() : name.error().message));
        QCOMPARE(name->ace, ace);
        QCOMPARE(name->display, display);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("trailing dot") << u"example.com."_s;
        QTest::newRow("single label") << u"localhost"_s;
        QTest::newRow("ipv4") << u"192.0.2.1"_s;
        QTest::newRow("ipv6") << u"2001:db8::1"_s;
        QTest::newRow("bracketed") << u"[192.0.2.1]"_s;
        QTest::newRow("empty label") << u"a..example"_s;
        QTest::newRow("leading hyphen") << u"-a.example"_s;
        QTest::newRow("trailing hyphen") << u"a-.example"_s;
        QTest::newRow("underscore") << u"a_b.example"_s;
        QTest::newRow("space") << u"a b.example"_s;
        QTest::newRow("address") << u"user@example.com"_s;
        QTest::newRow("url") << u"https://example.com/"_s;
        QTest::newRow("long label") << QString(64, u'a') + u".example"_s;
        QTest::newRow("numeric tld") << u"example.123"_s;
    }
    void rejects()
    {
        QFETCH(QString, input);
        const sts::Result<DomainName> name = DomainName::fromUserInput(input);
        QVERIFY2(!name.ok(), qPrintable(u"accepted: "_s + (name.ok() ? name->ace : QString())));
        QCOMPARE(name.error().code, u"domain.invalid"_s);
        QVERIFY(!name.error().message.isEmpty());
    }

    void labelOf63IsAccepted()
    {
        QVERIFY(DomainName::fromUserInput(QString(63, u'a') + u".example"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestDomainName)
#include "test_domain_name.moc"
