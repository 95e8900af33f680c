// The handover bundle: what goes in, what stays out, and that verifyBundle notices every change.
#include "bundle/BundleManifest.h"
#include "mtasts/PolicyGenerator.h"
#include "services/EngagementService.h"
#include "services/HandoverBundle.h"
#include "storage/Database.h"
#include "storage/KeyFileRepository.h"
#include "storage/PolicyRepository.h"
#include "tls/KeyGenerator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace sts;

class TestHandoverBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    qint64 m_id = 0;
    tls::GeneratedKey m_key;

    bundle::HandoverOptions options(bool keys) const
    {
        bundle::HandoverOptions o;
        o.includePrivateKeys = keys;
        o.clock = m_clock;
        o.artifacts.clock = m_clock;
        return o;
    }

    QString writeBundle(const QString &name, bool keys)
    {
        const QString path = m_dir.filePath(name);
        auto files = bundle::collectHandoverFiles(m_db, m_id, options(keys));
        if (!files)
            qFatal("collect: %s", qPrintable(files.error().describe()));
        auto written = bundle::writeHandoverBundle(m_db, m_id, path, *files, options(keys));
        if (!written)
            qFatal("write: %s", qPrintable(written.error().describe()));
        return path;
    }

    // Records `key` as the engagement's, as `stsdesk-cli csr` and the key dialog do.
    bool record(const tls::GeneratedKey &key) const
    {
        return storage::KeyFileRepository(m_db)
            .record({0, m_id, m_clock->now(), u"tls.csr-created"_s, u"tester"_s, {}},
                    storage::keyFilesOf(key))
            .ok();
    }

    static QHash<QString, QByteArray> contents(const QString &zip)
    {
        auto entries = bundle::readZip(zip, {}, {});
        QStringList all;
        for (const auto &e : *entries)
            all << e.path;
        auto read = bundle::readZip(zip, all, {});
        QHash<QString, QByteArray> out;
        for (const auto &e : *read)
            out.insert(e.path, e.content);
        return out;
    }

    // Rewrites `zip` into `target` after `change` edited the files.
    static void rewrite(const QString &zip, const QString &target,
                        const std::function<void(QList<bundle::BundleFile> &)> &change)
    {
        const QHash<QString, QByteArray> files = contents(zip);
        QList<bundle::BundleFile> list;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            list << bundle::BundleFile{it.key(), it.value(), false, false};
        change(list);
        QVERIFY(bundle::writeZip(target, list, QDateTime::currentDateTimeUtc()).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The CLI's names, so the engagement's secrets folder is where `stsdesk-cli csr` puts it.
        QCoreApplication::setApplicationName(u"stsdesk"_s);
        QCoreApplication::setOrganizationName(u"stsdesk"_s);
        QVERIFY(m_dir.isValid());
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"ws.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_db = *db;
        m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
        Engagement draft;
        draft.customer = u"Bundle AG"_s;
        draft.domain.ace = u"bundle.example"_s;
        auto created = EngagementService(m_db, m_clock, u"tester"_s).create(draft);
        QVERIFY(created.ok());
        m_id = created->id;

        const mtasts::PolicyGenerator generator(m_clock);
        const auto testing =
            generator.testing({*mtasts::MxPattern::parse(u"mx1.bundle.example"_s)});
        auto row = storage::PolicyRepository(m_db).add(m_id, testing);
        QVERIFY(row.ok());
        QVERIFY(storage::PolicyRepository(m_db).markPublished(*row, m_clock->now()).ok());

        tls::KeyGenerator keys(tls::KeyGenerator::engagementSecretsDir(m_id));
        auto key = keys.generate(u"bundle.example-test"_s, tls::KeyAlgorithm::EcdsaP256,
                                 {u"mx1.bundle.example"_s});
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().describe()));
        m_key = *key;
        QVERIFY(record(*key));
    }

    void manifestListsEveryFileWithItsHash()
    {
        const QString zip = writeBundle(u"plain.zip"_s, false);
        const QHash<QString, QByteArray> files = contents(zip);
        QVERIFY(files.contains(u"MANIFEST.json"_s));
        QVERIFY(files.contains(u"SHA256SUMS"_s));
        QVERIFY(files.contains(u"engagement.json"_s));
        QVERIFY(files.contains(u"artifacts/policy/mta-sts.txt"_s));
        QVERIFY(files.contains(u"artifacts/policy/mta-sts.enforce.txt"_s));
        QVERIFY(files.contains(u"csr/bundle.example-test.csr.pem"_s));
        QCOMPARE(files.value(u"csr/bundle.example-test.csr.pem"_s), m_key.csrPem);

        const QJsonObject manifest =
            QJsonDocument::fromJson(files.value(u"MANIFEST.json"_s)).object();
        QCOMPARE(manifest.value(u"toolVersion"_s).toString(), QStringLiteral(STSDESK_VERSION));
        QCOMPARE(manifest.value(u"createdUtc"_s).toString(), u"2026-05-04T10:00:00Z"_s);
        QCOMPARE(manifest.value(u"engagement"_s).toObject().value(u"domain"_s).toString(),
                 u"bundle.example"_s);
        QCOMPARE(manifest.value(u"privateKeysIncluded"_s).toBool(), false);
        const QJsonArray listed = manifest.value(u"files"_s).toArray();
        QCOMPARE(listed.size(), files.size() - 2); // all but MANIFEST.json and SHA256SUMS
        for (const QJsonValue &value : listed) {
            const QJsonObject entry = value.toObject();
            const QByteArray content = files.value(entry.value(u"path"_s).toString());
            QCOMPARE(entry.value(u"size"_s).toInteger(), content.size());
            QCOMPARE(entry.value(u"sha256"_s).toString().toLatin1(),
                     QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        }
        auto verified = bundle::verifyBundle(zip);
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok(), QJsonDocument(verified->toJson()).toJson().constData());
        QCOMPARE(verified->checkedFiles, int(listed.size()));
    }

    void noPrivateKeyUnlessAsked()
    {
        const QString zip = writeBundle(u"nokeys.zip"_s, false);
        QFile keyFile(m_key.keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> keyLines = keyFile.readAll().split('\n');
        const QByteArray keyBody = keyLines.at(1); // a line of the base64 body
        QVERIFY(keyBody.size() > 20);
        const QHash<QString, QByteArray> files = contents(zip);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY2(!it.value().contains("PRIVATE KEY"), qPrintable(it.key()));
            QVERIFY2(!it.value().contains(keyBody), qPrintable(it.key()));
            QVERIFY(!it.key().startsWith(u"private-keys/"_s));
        }
        QVERIFY(QFile::permissions(zip).testFlag(QFile::ReadOther)); // nothing secret: 0644
    }

    void keysPresentWhenAsked()
    {
        const QString zip = writeBundle(u"keys.zip"_s, true);
        const QHash<QString, QByteArray> files = contents(zip);
        QFile keyFile(m_key.keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(files.value(u"private-keys/bundle.example-test.key"_s), keyFile.readAll());
        const QJsonObject manifest =
            QJsonDocument::fromJson(files.value(u"MANIFEST.json"_s)).object();
        QCOMPARE(manifest.value(u"privateKeysIncluded"_s).toBool(), true);
        // A zip with keys is the owner's alone.
        QCOMPARE(QFile::permissions(zip) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QVERIFY(bundle::verifyBundle(zip)->ok());
    }

    // Only recorded files that still hold their key: a key file or CSR lying in the same folder
    // without a record, one changed after it was recorded, and one that became a FIFO stay out;
    // an encrypted key (whose public key needs the passphrase) goes in while its bytes are
    // unchanged.
    void onlyRecordedFilesThatStillHoldTheirKey()
    {
        const QString dir = tls::KeyGenerator::engagementSecretsDir(m_id);
        tls::KeyGenerator keys(dir);
        auto stray =
            keys.generate(u"stray"_s, tls::KeyAlgorithm::EcdsaP256, {u"mx.stray.example"_s});
        auto locked = keys.generate(u"locked"_s, tls::KeyAlgorithm::EcdsaP256,
                                    {u"mx1.bundle.example"_s}, "passphrase");
        auto changed =
            keys.generate(u"changed"_s, tls::KeyAlgorithm::EcdsaP256, {u"mx1.bundle.example"_s});
        auto gone =
            keys.generate(u"gone"_s, tls::KeyAlgorithm::EcdsaP256, {u"mx1.bundle.example"_s});
        QVERIFY(stray.ok() && locked.ok() && changed.ok() && gone.ok());
        QVERIFY(record(*locked) && record(*changed) && record(*gone));
        // Another key written over "changed", and "gone" replaced by a FIFO.
        QVERIFY(QFile::remove(changed->keyPath) && QFile::remove(changed->csrPath));
        QVERIFY(QFile::copy(stray->keyPath, changed->keyPath));
        QVERIFY(QFile::copy(stray->csrPath, changed->csrPath));
        QVERIFY(QFile::remove(gone->csrPath));
        QCOMPARE(::mkfifo(QFile::encodeName(gone->csrPath).constData(), 0600), 0);

        const QHash<QString, QByteArray> files = contents(writeBundle(u"recorded.zip"_s, true));
        QStringList secrets;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            if (it.key().startsWith(u"csr/"_s) || it.key().startsWith(u"private-keys/"_s))
                secrets << it.key();
        secrets.sort();
        QCOMPARE(secrets,
                 (QStringList{u"csr/bundle.example-test.csr.pem"_s, u"csr/locked.csr.pem"_s,
                              u"private-keys/bundle.example-test.key"_s, u"private-keys/gone.key"_s,
                              u"private-keys/locked.key"_s}));
        QFile lockedFile(locked->keyPath);
        QVERIFY(lockedFile.open(QIODevice::ReadOnly));
        QCOMPARE(files.value(u"private-keys/locked.key"_s), lockedFile.readAll());
        lockedFile.close();

        // The encrypted key's bytes changed: it is no longer known to be the recorded key.
        QVERIFY(QFile::remove(locked->keyPath));
        auto other = tls::PrivateKey::generate(tls::KeyAlgorithm::EcdsaP256);
        QVERIFY(other.ok());
        QVERIFY(tls::PrivateKey(*other).save(locked->keyPath, "passphrase").ok());
        QVERIFY(
            !contents(writeBundle(u"relocked.zip"_s, true)).contains(u"private-keys/locked.key"_s));
        for (const auto &key : {*stray, *locked, *changed, *gone})
            for (const QString &path : {key.keyPath, key.csrPath})
                QFile::remove(path);
    }

    void keyMaterialOutsideSecretFilesIsRefused()
    {
        QList<bundle::BundleFile> files{
            {u"notes.txt"_s, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"}};
        auto written = bundle::writeHandoverBundle(m_db, m_id, m_dir.filePath(u"leak.zip"_s), files,
                                                   options(false));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"bundle.secret"_s);
        QVERIFY(!QFile::exists(m_dir.filePath(u"leak.zip"_s)));
        QList<bundle::BundleFile> secret{{u"private-keys/a.key"_s, "x", false, true}};
        QVERIFY(!bundle::writeHandoverBundle(m_db, m_id, m_dir.filePath(u"leak2.zip"_s), secret,
                                             options(false))
                     .ok());
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("altered") << u"altered"_s;
        QTest::newRow("removed") << u"removed"_s;
        QTest::newRow("added") << u"added"_s;
        QTest::newRow("manifest edited") << u"manifest"_s;
    }
    void tamperingIsDetected()
    {
        QFETCH(QString, kind);
        const QString zip = writeBundle(u"orig-%1.zip"_s.arg(kind), false);
        const QString bad = m_dir.filePath(u"bad-%1.zip"_s.arg(kind));
        const QString target = u"artifacts/policy/mta-sts.txt"_s;
        rewrite(zip, bad, [&](QList<bundle::BundleFile> &files) {
            for (qsizetype i = 0; i < files.size(); ++i) {
                bundle::BundleFile &f = files[i];
                if (kind == u"altered"_s && f.path == target)
                    f.content.replace("mode: testing", "mode: enforce");
                if (kind == u"removed"_s && f.path == target) {
                    files.removeAt(i);
                    break;
                }
                // Someone "fixes" the manifest's hash to match an edit: SHA256SUMS still knows.
                if (kind == u"manifest"_s && f.path == u"MANIFEST.json"_s)
                    f.content.replace("Bundle AG", "Other AG");
            }
            if (kind == u"added"_s)
                files << bundle::BundleFile{u"artifacts/extra.sh"_s, "rm -rf /\n"};
        });
        auto verified = bundle::verifyBundle(bad);
        QVERIFY(verified.ok());
        QVERIFY(!verified->ok());
        if (kind == u"altered"_s)
            QCOMPARE(verified->altered, QStringList{target});
        if (kind == u"removed"_s)
            QCOMPARE(verified->missing, QStringList{target});
        if (kind == u"added"_s)
            QCOMPARE(verified->extra, QStringList{u"artifacts/extra.sh"_s});
        if (kind == u"manifest"_s)
            QCOMPARE(verified->altered, QStringList{u"SHA256SUMS"_s});
    }

    void readingIsBounded()
    {
        const QString zip = writeBundle(u"limits.zip"_s, false);
        bundle::BundleLimits few;
        few.maxEntries = 3;
        auto refused = bundle::verifyBundle(zip, few);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"bundle.entries"_s);
        bundle::BundleLimits small;
        small.maxEntryBytes = 100;
        refused = bundle::verifyBundle(zip, small);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"bundle.size"_s);
        // Not a zip at all.
        QFile junk(m_dir.filePath(u"junk.zip"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a zip");
        junk.close();
        QVERIFY(!bundle::verifyBundle(junk.fileName()).ok());
    }

    void unsafePathsAreRefused()
    {
        for (const QString &bad :
             {u"../x"_s, u"/etc/passwd"_s, u"a//b"_s, u"a/./b"_s, u""_s, u"a\\b"_s})
            QVERIFY2(!bundle::isSafeBundlePath(bad), qPrintable(bad));
        QVERIFY(bundle::isSafeBundlePath(u"artifacts/dns/records.csv"_s));
        QVERIFY(!bundle::writeZip(m_dir.filePath(u"evil.zip"_s), {{u"../evil"_s, "x"}}, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestHandoverBundle)
#include "test_handover_bundle.moc"
