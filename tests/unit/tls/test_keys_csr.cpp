#include "TestEnv.h"
#include "tls/CsrBuilder.h"
#include "tls/KeyGenerator.h"
#include "tls/PemKeyDigest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace sts::tls;
using sts::Result;
using sts::test::runTool;

namespace {

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// The DNS names `openssl req -text` lists for a CSR.
QStringList csrDnsNames(const QString &csrPath)
{
    const auto text = runTool(u"openssl"_s, {u"req"_s, u"-in"_s, csrPath, u"-noout"_s, u"-text"_s});
    QStringList names;
    static const QRegularExpression dns(u"DNS:([^,\\s]+)"_s);
    for (auto it = dns.globalMatch(QString::fromUtf8(text.out)); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

QByteArray toolSpkiSha256(const QString &keyPath, const QString &passphrase = {})
{
    QStringList args{u"pkey"_s, u"-in"_s, keyPath, u"-pubout"_s, u"-outform"_s, u"DER"_s};
    if (!passphrase.isEmpty())
        args << u"-passin"_s << u"pass:"_s + passphrase;
    const auto der = runTool(u"openssl"_s, args);
    if (der.exitCode != 0 || der.out.isEmpty())
        return {};
    return QCryptographicHash::hash(der.out, QCryptographicHash::Sha256);
}

} // namespace

class TestKeysCsr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<sts::test::LabDir>(u"keys"_s);
        QVERIFY(m_lab->isValid());
    }

    void ecdsaKeyAndCsr()
    {
        const QString dir = m_lab->filePath(u"secrets"_s);
        KeyGenerator generator(dir);
        const QStringList hosts{u"mx1.example.com"_s, u"MX2.example.com"_s, u"mx.müller.de"_s};
        Result<GeneratedKey> key = generator.generate(u"mx"_s, KeyAlgorithm::EcdsaP256, hosts);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(key->keyPath), 0600);
        const auto verify =
            runTool(u"openssl"_s, {u"req"_s, u"-in"_s, key->csrPath, u"-verify"_s, u"-noout"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        // Exactly the requested hosts, in A-label form and lower case.
        QCOMPARE(csrDnsNames(key->csrPath), (QStringList{u"mx1.example.com"_s, u"mx2.example.com"_s,
                                                         u"mx.xn--mller-kva.de"_s}));
        QCOMPARE(key->spkiSha256, toolSpkiSha256(key->keyPath));
        const auto text =
            runTool(u"openssl"_s, {u"pkey"_s, u"-in"_s, key->keyPath, u"-noout"_s, u"-text"_s});
        QVERIFY(text.out.contains("prime256v1"));
        QVERIFY2(!generator.generate(u"mx"_s, KeyAlgorithm::EcdsaP256).ok(),
                 "an existing key must never be overwritten");
    }

    void rsaKey()
    {
        KeyGenerator generator(m_lab->filePath(u"rsa"_s));
        Result<GeneratedKey> key =
            generator.generate(u"rsa"_s, KeyAlgorithm::Rsa3072, {u"mx1.example.com"_s});
        QVERIFY(key.ok());
        const auto text =
            runTool(u"openssl"_s, {u"req"_s, u"-in"_s, key->csrPath, u"-noout"_s, u"-text"_s});
        QVERIFY2(text.out.contains("3072 bit"), text.out.constData());
        QCOMPARE(modeOf(key->keyPath), 0600);
    }

    void passphraseEncryptedKey()
    {
        KeyGenerator generator(m_lab->filePath(u"enc"_s));
        Result<GeneratedKey> key =
            generator.generate(u"enc"_s, KeyAlgorithm::EcdsaP256, {}, "correct horse");
        QVERIFY(key.ok());
        QFile file(key->keyPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QCOMPARE(toolSpkiSha256(key->keyPath, u"correct horse"_s), key->spkiSha256);
        QVERIFY(toolSpkiSha256(key->keyPath, u"wrong"_s).isEmpty());
        Result<PrivateKey> loaded = PrivateKey::load(key->keyPath, "correct horse");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->spkiSha256(), key->spkiSha256);
        QVERIFY(!PrivateKey::load(key->keyPath, "wrong").ok());
        QVERIFY(!PrivateKey::load(key->keyPath).ok());
    }

    void stagedNextKey()
    {
        KeyGenerator generator(m_lab->filePath(u"staged"_s));
        Result<StagedKeys> keys = generator.generateWithNext(u"mx"_s, KeyAlgorithm::EcdsaP256);
        QVERIFY(keys.ok());
        QCOMPARE(modeOf(keys->next.keyPath), 0600);
        QVERIFY(keys->next.keyPath.endsWith(u"mx-next.key"_s));
        QCOMPARE(keys->current.spkiSha256, toolSpkiSha256(keys->current.keyPath));
        QCOMPARE(keys->next.spkiSha256, toolSpkiSha256(keys->next.keyPath));
        QVERIFY(keys->current.spkiSha256 != keys->next.spkiSha256);
    }

    void rejectsBadInput()
    {
        KeyGenerator generator(m_lab->filePath(u"bad"_s));
        QVERIFY(!generator.generate(u"x"_s, KeyAlgorithm::EcdsaP256, {u"not a host"_s}).ok());
        QVERIFY2(!QFileInfo::exists(m_lab->filePath(u"bad/x.key"_s)), "no stray key on failure");
        QVERIFY(!generator.generate(u"../escape"_s, KeyAlgorithm::EcdsaP256).ok());
        Result<PrivateKey> key = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(key.ok());
        QVERIFY(!CsrBuilder().buildPem(*key).ok());
        QVERIFY(!CsrBuilder().setHosts({u"*.example.com"_s}).buildPem(*key).ok());
    }

    void longDomainsGetValidKeyNames()
    {
        const QDateTime at(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(KeyGenerator::keyName(u"example.com"_s, at), u"example.com-20260101T120000Z"_s);
        // 94 and 253 characters: valid domains, too long for a key name as they are.
        const QString longDomain = QString(60, u'a') + u'.' + QString(25, u'b') + u".example"_s;
        const QString longest = QString(63, u'c') + u'.' + QString(63, u'd') + u'.' +
                                QString(63, u'e') + u'.' + QString(61, u'f');
        QCOMPARE(longest.size(), 253);
        QStringList names;
        for (const QString &domain : {longDomain, longest, longDomain + u"x"_s}) {
            const QString name = KeyGenerator::keyName(domain, at);
            QVERIFY2(name.size() + 5 <= 101, qPrintable(name)); // "-next" still fits
            QVERIFY(name.startsWith(domain.left(60)));
            QVERIFY(name.endsWith(u"-20260101T120000Z"_s));
            names << name;
        }
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 3); // no two alike
        KeyGenerator generator(m_lab->filePath(u"long"_s));
        Result<StagedKeys> keys =
            generator.generateWithNext(KeyGenerator::keyName(longDomain, at),
                                       KeyAlgorithm::EcdsaP256, {u"mx."_s + longDomain});
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().message));
        QCOMPARE(csrDnsNames(keys->next.csrPath), QStringList{u"mx."_s + longDomain});
    }

    void csrSubjectTakesTheFirstNameThatFits()
    {
        Result<PrivateKey> key = PrivateKey::generate(KeyAlgorithm::EcdsaP256);
        QVERIFY(key.ok());
        const QString longHost = u"mx."_s + QString(60, u'a') + u".example"_s; // 71 characters
        const QString dir = m_lab->filePath(u"subject"_s);
        QDir().mkpath(dir);
        auto subjectOf = [&](const QStringList &hosts) {
            Result<QByteArray> pem = CsrBuilder().setHosts(hosts).buildPem(*key);
            if (!pem)
                return u"error: "_s + pem.error().message;
            const QString path = dir + u"/req.pem"_s;
            QFile::remove(path);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*pem) != pem->size())
                return u"unwritable"_s;
            file.close();
            return QString::fromUtf8(
                       runTool(u"openssl"_s, {u"req"_s, u"-in"_s, path, u"-noout"_s, u"-subject"_s})
                           .out)
                .trimmed();
        };
        QCOMPARE(subjectOf({longHost, u"mx2.example.com"_s}), u"subject=CN = mx2.example.com"_s);
        QCOMPARE(subjectOf({longHost}), u"subject="_s);
    }

    void pemDigestTellsWhichKeyAFileHolds()
    {
        KeyGenerator generator(m_lab->filePath(u"digest"_s));
        Result<GeneratedKey> plain =
            generator.generate(u"plain"_s, KeyAlgorithm::EcdsaP256, {u"mx.example.com"_s});
        Result<GeneratedKey> locked =
            generator.generate(u"locked"_s, KeyAlgorithm::EcdsaP256, {}, "secret");
        QVERIFY(plain.ok() && locked.ok());
        auto bytes = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(*pemSpkiSha256(bytes(plain->keyPath)), plain->spkiSha256);
        QCOMPARE(*pemSpkiSha256(bytes(plain->csrPath)), plain->spkiSha256);
        const Result<QByteArray> encrypted = pemSpkiSha256(bytes(locked->keyPath));
        QVERIFY(!encrypted.ok());
        QCOMPARE(encrypted.error().code, u"tls.key-encrypted"_s);
        QCOMPARE(QCryptographicHash::hash(bytes(locked->keyPath), QCryptographicHash::Sha256),
                 locked->keyFileSha256);
        QVERIFY(!pemSpkiSha256("not a pem").ok());
    }

private:
    std::unique_ptr<sts::test::LabDir> m_lab;
};

QTEST_GUILESS_MAIN(TestKeysCsr)
#include "test_keys_csr.moc"
