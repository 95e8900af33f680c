// Keys and CSRs of an engagement: files on disk recorded as the engagement's, one
// "tls.csr-created" by the context's actor with where they are and their public digests, for the
// key dialog and `stsdesk-cli csr` alike.
#include "ServiceFixture.h"
#include "engagement/EventKinds.h"
#include "services/DiscoveryService.h"
#include "services/KeyService.h"
#include "storage/KeyFileRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace sts;

class TestKeyService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generateRecordsFilesAndEvent()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        KeyRequest request;
        request.hosts = {u"mx1.lab.test"_s, u"mta-sts.lab.test"_s};
        request.stageNext = true;
        request.secretsDir = f.dir.filePath(u"secrets"_s);
        Result<QJsonObject> generated = KeyService(f.context).generate(f.engagementId, request);
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message));

        // Named after the domain and the context's clock.
        const QJsonObject current = generated->value(u"current"_s).toObject();
        const QString keyPath = current.value(u"keyPath"_s).toString();
        QCOMPARE(QFileInfo(keyPath).fileName(), u"lab.test-20260504T100000Z.key"_s);
        QCOMPARE(QFile::permissions(keyPath),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser); // 0600
        QVERIFY(QFileInfo::exists(current.value(u"csrPath"_s).toString()));
        const QString spki = current.value(u"spkiSha256"_s).toString();
        QCOMPARE(spki.size(), 64);
        QCOMPARE(current.value(u"tlsa"_s).toString(), u"3 1 1 "_s + spki);
        QCOMPARE(current.value(u"algorithm"_s).toString(), u"ecdsa-p256"_s);
        QVERIFY(generated->value(u"next"_s)
                    .toObject()
                    .value(u"keyPath"_s)
                    .toString()
                    .endsWith(u"-next.key"_s));
        QCOMPARE(generated->value(u"engagement"_s).toInteger(), f.engagementId);
        QCOMPARE(generated->value(u"hosts"_s).toVariant().toStringList(), request.hosts);

        // The event is what was returned, by the actor of the context, never the key itself.
        QList<storage::EngagementEvent> logged;
        for (const auto &e : EngagementService(f.context).events(f.engagementId).valueOr({}))
            if (e.kind == events::kCsrCreated)
                logged << e;
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().actor, u"tester"_s);
        QCOMPARE(logged.first().at, f.clock->now());
        QCOMPARE(logged.first().payload, *generated);
        QVERIFY(!QJsonDocument(logged.first().payload).toJson().contains("PRIVATE KEY"));

        // Two keys with a CSR each: the engagement's files (what its handover bundle takes).
        auto files = storage::KeyFileRepository(f.context.database).forEngagement(f.engagementId);
        QVERIFY(files);
        QCOMPARE(files->size(), 4);

        // The staged key is found where the request put it.
        auto staged = tls::StagedKeyFinder::find(request.secretsDir);
        QVERIFY(staged);
        QCOMPARE(QString::fromLatin1(staged->currentSpkiSha256.toHex()), spki);
    }

    void withoutNextOnlyTheCurrentKey()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        KeyRequest request;
        request.hosts = {u"mx1.lab.test"_s};
        request.algorithm = tls::KeyAlgorithm::Rsa2048;
        Result<tls::StagedKeys> keys =
            KeyService::writeKeys(f.dir.filePath(u"k"_s), u"single"_s, request);
        QVERIFY(keys);
        QVERIFY(keys->next.keyPath.isEmpty());
        Result<QJsonObject> recorded =
            KeyService(f.context).record(f.engagementId, request.hosts, *keys);
        QVERIFY(recorded);
        QVERIFY(!recorded->contains(u"next"_s));
        QCOMPARE(recorded->value(u"current"_s).toObject().value(u"algorithm"_s).toString(),
                 u"rsa-2048"_s);
        QCOMPARE(
            storage::KeyFileRepository(f.context.database).forEngagement(f.engagementId)->size(),
            2);
    }

    void unknownEngagementWritesNothing()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        KeyRequest request;
        request.hosts = {u"mx1.lab.test"_s};
        request.secretsDir = f.dir.filePath(u"none"_s);
        Result<QJsonObject> generated = KeyService(f.context).generate(4711, request);
        QVERIFY(!generated);
        QCOMPARE(generated.error().code, u"engagement.not-found"_s);
        QVERIFY(!QDir(request.secretsDir).exists());
    }

    void suggestedHostsFromTheNewestScan()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        KeyService keys(f.context);
        QCOMPARE(*keys.suggestedHosts(f.engagementId), QStringList{u"mta-sts.lab.test"_s});

        dns::DiscoveryReport report;
        report.domain = u"lab.test"_s;
        report.finishedAt = f.clock->now();
        for (const auto &[name, literal] :
             QList<std::pair<QString, bool>>{{u"mx1.lab.test"_s, false},
                                             {u"192.0.2.7"_s, true},
                                             {u"mx2.lab.test"_s, false},
                                             {u"mx1.lab.test"_s, false}}) {
            dns::MxHostReport host;
            host.name = name;
            host.ipLiteral = literal;
            report.hosts << host;
        }
        QVERIFY(DiscoveryService(f.context).store(f.engagementId, report, {}));
        QCOMPARE(*keys.suggestedHosts(f.engagementId),
                 (QStringList{u"mx1.lab.test"_s, u"mx2.lab.test"_s, u"mta-sts.lab.test"_s}));
    }
};

QTEST_GUILESS_MAIN(TestKeyService)
#include "test_key_service.moc"
