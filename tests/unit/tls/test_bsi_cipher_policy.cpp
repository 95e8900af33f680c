// The BSI TR-02102-2 table the probe rates negotiated cipher suites with.
#include "tls/BsiCipherPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::tls;

class TestBsiCipherPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratings_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<QString>("rating");
        QTest::addColumn<QString>("iana");
        // TLS 1.3: the three suites of table 4; ChaCha20 is not assessed, CCM_8 not listed.
        QTest::newRow("1.3 aes128-gcm") << u"TLSv1.3"_s << u"TLS_AES_128_GCM_SHA256"_s
                                        << u"recommended"_s << u"TLS_AES_128_GCM_SHA256"_s;
        QTest::newRow("1.3 aes256-gcm") << u"TLSv1.3"_s << u"TLS_AES_256_GCM_SHA384"_s
                                        << u"recommended"_s << u"TLS_AES_256_GCM_SHA384"_s;
        QTest::newRow("1.3 aes128-ccm") << u"TLSv1.3"_s << u"TLS_AES_128_CCM_SHA256"_s
                                        << u"recommended"_s << u"TLS_AES_128_CCM_SHA256"_s;
        QTest::newRow("1.3 chacha") << u"TLSv1.3"_s << u"TLS_CHACHA20_POLY1305_SHA256"_s
                                    << u"acceptable"_s << u"TLS_CHACHA20_POLY1305_SHA256"_s;
        QTest::newRow("1.3 ccm8") << u"TLSv1.3"_s << u"TLS_AES_128_CCM_8_SHA256"_s
                                  << u"not-recommended"_s << u"TLS_AES_128_CCM_8_SHA256"_s;
        // TLS 1.2 by OpenSSL name, mapped to the IANA name the guideline uses.
        QTest::newRow("1.2 ecdhe-rsa-gcm")
            << u"TLSv1.2"_s << u"ECDHE-RSA-AES256-GCM-SHA384"_s << u"recommended"_s
            << u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s;
        QTest::newRow("1.2 ecdhe-ecdsa-ccm")
            << u"TLSv1.2"_s << u"ECDHE-ECDSA-AES128-CCM"_s << u"recommended"_s
            << u"TLS_ECDHE_ECDSA_WITH_AES_128_CCM"_s;
        QTest::newRow("1.2 dhe-rsa-gcm")
            << u"TLSv1.2"_s << u"DHE-RSA-AES128-GCM-SHA256"_s << u"recommended"_s
            << u"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"_s;
        QTest::newRow("1.2 by iana name")
            << u"TLSv1.2"_s << u"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"_s << u"recommended"_s
            << u"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"_s;
        QTest::newRow("1.2 cbc-sha1") << u"TLSv1.2"_s << u"ECDHE-RSA-AES128-SHA"_s
                                      << u"acceptable"_s << u"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"_s;
        QTest::newRow("1.2 chacha")
            << u"TLSv1.2"_s << u"ECDHE-RSA-CHACHA20-POLY1305"_s << u"acceptable"_s
            << u"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"_s;
        // No forward secrecy, or broken primitives.
        QTest::newRow("1.2 rsa-kex") << u"TLSv1.2"_s << u"AES256-GCM-SHA384"_s
                                     << u"not-recommended"_s << u"AES256-GCM-SHA384"_s;
        QTest::newRow("1.2 3des") << u"TLSv1.2"_s << u"DES-CBC3-SHA"_s << u"not-recommended"_s
                                  << u"DES-CBC3-SHA"_s;
        // Old protocols are not recommended whatever the suite.
        QTest::newRow("1.0 good suite")
            << u"TLSv1"_s << u"ECDHE-RSA-AES128-SHA"_s << u"not-recommended"_s
            << u"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"_s;
        QTest::newRow("1.1") << u"TLSv1.1"_s << u"ECDHE-ECDSA-AES256-SHA"_s << u"not-recommended"_s
                             << u"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"_s;
        // A suite of the other version's form is not what was negotiated.
        QTest::newRow("1.3 with a 1.2 suite")
            << u"TLSv1.3"_s << u"ECDHE-RSA-AES256-GCM-SHA384"_s << u"not-recommended"_s
            << u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s;
        QTest::newRow("1.2 with a 1.3 suite")
            << u"TLSv1.2"_s << u"TLS_AES_128_GCM_SHA256"_s << u"not-recommended"_s
            << u"TLS_AES_128_GCM_SHA256"_s;
    }

    void ratings()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, cipher);
        QFETCH(QString, rating);
        QFETCH(QString, iana);
        const BsiCipherRating rated = rateCipherSuite(protocol, cipher);
        QCOMPARE(toKey(rated.rating), rating);
        QCOMPARE(rated.ianaName, iana);
        QVERIFY(!rated.reason.isEmpty());
    }

    void guidelineIsNamed() { QVERIFY(bsiGuideline().contains(u"TR-02102-2"_s)); }
};

QTEST_GUILESS_MAIN(TestBsiCipherPolicy)
#include "test_bsi_cipher_policy.moc"
