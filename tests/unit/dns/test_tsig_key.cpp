// TSIG key files as the tools that make them write them (tsig-keygen, keymgr -t, nsupdate -y),
// and the files STS Desk must refuse: readable by every user, no key, two keys, an algorithm
// ldns cannot sign with, a secret that is not base64.
#include "dns/DnsTcpExchange.h"
#include "dns/TsigKey.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::dns;

namespace {
const QByteArray kSecret = "zWx+4Bn+9fpbraAfCfawA73IwK1Z03uGdndeFBe3RhM=";
}

class TestTsigKey : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &content,
                  QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"key%1"_s.arg(++n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        QFile::setPermissions(path, mode);
        return path;
    }

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("tsig-keygen")
            << "key \"upd-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"" + kSecret + "\";\n};\n"
            << u"hmac-sha256"_s;
        QTest::newRow("ddns-confgen, one line, sha512")
            << "# comment\nkey upd-key { algorithm HMAC-SHA512; secret \"" + kSecret + "\"; };\n"
            << u"hmac-sha512"_s;
        QTest::newRow("keymgr -t") << "# hmac-sha256:upd-key:" + kSecret +
                                          "\nkey:\n  - id: upd-key\n    algorithm: hmac-sha256\n"
                                          "    secret: " +
                                          kSecret + "\n"
                                   << u"hmac-sha256"_s;
        QTest::newRow("nsupdate -y") << "hmac-sha512:upd-key:" + kSecret + "\n" << u"hmac-sha512"_s;
        QTest::newRow("name:secret") << "upd-key:" + kSecret << u"hmac-sha256"_s;
    }
    void formats()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, algorithm);
        auto key = readTsigKeyFile(write(content));
        QVERIFY2(key, qPrintable(key ? QString() : key.error().describe()));
        QCOMPARE(key->name, u"upd-key"_s);
        QCOMPARE(key->algorithm, algorithm);
        QCOMPARE(key->secret, kSecret);
    }

    void groupMayRead()
    {
        // BIND's own key files are root:bind 0640.
        QVERIFY(readTsigKeyFile(
            write("upd-key:" + kSecret, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup)));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("code");
        const int owner = int(QFile::ReadOwner | QFile::WriteOwner);
        QTest::newRow("0644") << "upd-key:" + kSecret
                              << int(owner | QFile::ReadGroup | QFile::ReadOther)
                              << u"dns.tsig-file-mode"_s;
        QTest::newRow("empty") << QByteArray() << owner << u"dns.tsig-format"_s;
        QTest::newRow("two keys") << "a:" + kSecret + "\nb:" + kSecret + "\n"
                                  << owner << u"dns.tsig-format"_s;
        QTest::newRow("md5") << "hmac-md5:upd-key:" + kSecret << owner << u"dns.tsig-algorithm"_s;
        QTest::newRow("sha384, misspelt in ldns 1.8.3")
            << "hmac-sha384:upd-key:" + kSecret << owner << u"dns.tsig-algorithm"_s;
        QTest::newRow("not base64") << "key \"k\" { algorithm hmac-sha256; secret \"a*b\"; };"_ba
                                    << owner << u"dns.tsig-secret"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, code);
        auto key = readTsigKeyFile(write(content, QFile::Permissions(mode)));
        QVERIFY(!key);
        QCOMPARE(key.error().code, code);
        // The secret never appears in what is shown.
        QVERIFY(!key.error().message.contains(QString::fromLatin1(kSecret)));
    }

    void missingFile()
    {
        auto key = readTsigKeyFile(m_dir.filePath(u"absent"_s));
        QVERIFY(!key);
        QCOMPARE(key.error().code, u"dns.tsig-file"_s);
    }

    void serverSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("name") << u"ns1.example.com"_s << u"ns1.example.com"_s << 53;
        QTest::newRow("v4:port") << u"127.0.0.1:5353"_s << u"127.0.0.1"_s << 5353;
        QTest::newRow("v6") << u"::1"_s << u"::1"_s << 53;
        QTest::newRow("[v6]:port") << u"[::1]:5353"_s << u"::1"_s << 5353;
        QTest::newRow("bad port") << u"127.0.0.1:http"_s << QString() << 0;
        QTest::newRow("port 0") << u"127.0.0.1:0"_s << QString() << 0;
        QTest::newRow("empty") << u" "_s << QString() << 0;
    }
    void serverSpellings()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        auto server = DnsServer::parse(text);
        QCOMPARE(bool(server), !host.isEmpty());
        if (!server) {
            QCOMPARE(server.error().code, u"dns.server"_s);
            return;
        }
        QCOMPARE(server->host, host);
        QCOMPARE(int(server->port), port);
    }
};

QTEST_GUILESS_MAIN(TestTsigKey)
#include "test_tsig_key.moc"
