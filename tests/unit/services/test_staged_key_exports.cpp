// A key staged with `stsdesk-cli csr --next` (KeyService) reaches what the engagement hands
// over: the TLSA 3 1 1 records of every export (current AND next during a rollover) and the
// deploy hook's accepted list. They scanned only the default secrets folder, so a pair written
// with --out, or one under a passphrase, never reached them, and the hook refused the staged key.
#include "PublishPlanEngagement.h"
#include "deploy/DeployHooks.h"
#include "records/ExportFormats.h"
#include "services/DeployInputLoader.h"
#include "services/KeyService.h"
#include "services/PublishPlanner.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestStagedKeyExports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    std::shared_ptr<storage::Database> m_db;
    test::PublishPlanEngagement m_engagement;

    // `stsdesk-cli csr --engagement ID --hosts … --next --out DIR [--passphrase-file F]`.
    QByteArray stageNext(const QString &folder, const QByteArray &passphrase)
    {
        const ServiceContext context{m_db, std::make_shared<FixedClock>(m_now), u"tester"_s};
        KeyRequest request;
        request.hosts = {u"mx1."_s + m_engagement.domain, u"mx2."_s + m_engagement.domain};
        request.stageNext = true;
        request.passphrase = passphrase;
        request.secretsDir = m_dir.filePath(folder);
        Result<QJsonObject> generated =
            KeyService(context).generate(m_engagement.engagementId, request);
        if (!generated)
            qFatal("%s", qPrintable(generated.error().describe()));
        return QByteArray::fromHex(
            generated->value(u"next"_s).toObject().value(u"spkiSha256"_s).toString().toLatin1());
    }

    void verifyEverywhere(const QByteArray &next)
    {
        QCOMPARE(next.size(), 32);
        const QString hex = QString::fromLatin1(next.toHex());
        auto plan = services::PublishPlanner(m_db).plan(m_engagement.engagementId);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().describe()));
        QCOMPARE(plan->daneHosts.size(), 2);
        for (const services::HostDigests &host : plan->daneHosts) {
            QCOMPARE(host.next, next);
            QVERIFY(!host.current.isEmpty()); // the served key stays published beside it
        }
        // Every TLSA export: the current key and the staged one at each DANE host.
        auto set = plan->recordSet();
        QVERIFY2(set, qPrintable(set ? QString() : set.error().describe()));
        for (const QString &host : {u"mx1."_s, u"mx2."_s}) {
            const QString owner = u"_25._tcp."_s + host + m_engagement.domain + u'.';
            QStringList tlsa;
            for (const records::DnsRecordSpec &record : set->records())
                if (record.owner == owner)
                    tlsa.append(record.rdata());
            QVERIFY2(tlsa.contains(u"3 1 1 "_s + hex), qPrintable(tlsa.join(u" | "_s)));
            QVERIFY2(tlsa.size() >= 2, qPrintable(tlsa.join(u" | "_s)));
        }
        for (const records::ExportFormat &format : records::exportFormats())
            QVERIFY2(
                QString::fromUtf8(format.make({})->render(*set)).contains(hex, Qt::CaseInsensitive),
                qPrintable(format.key));
        // The deploy hook's accepted list.
        deploy::ArtifactOptions options;
        options.clock = std::make_shared<FixedClock>(m_now);
        auto input = deploy::loadDeployInput(m_db, m_engagement.engagementId, options);
        QVERIFY2(input, qPrintable(input ? QString() : input.error().describe()));
        for (const QString &host : {u"mx1."_s, u"mx2."_s}) {
            const QString name = host + m_engagement.domain;
            QVERIFY2(input->renewal.acceptedSpkiDigests.value(name).contains(hex),
                     qPrintable(input->renewal.acceptedSpkiDigests.value(name).join(u' ')));
            QVERIFY(deploy::acceptedDigestsFile(input->renewal, name).contains(hex.toLatin1()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"ws.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().describe()));
        m_db = *db;
        QDir().mkpath(m_dir.filePath(u"pki"_s));
        // Leaves an older staged pair in the default secrets folder.
        QVERIFY2(m_engagement.populate(m_db, m_dir.filePath(u"pki"_s), m_now),
                 qPrintable(m_engagement.error));
    }

    void stagedWithOutFolder()
    {
        const QByteArray next = stageNext(u"out"_s, {});
        QVERIFY(next != m_engagement.stagedNext);
        verifyEverywhere(next);
    }

    void stagedUnderAPassphrase()
    {
        m_now = m_now.addSecs(60); // a newer key name
        verifyEverywhere(stageNext(u"locked"_s, "correct horse battery staple"));
    }
};

QTEST_GUILESS_MAIN(TestStagedKeyExports)
#include "test_staged_key_exports.moc"
