#include "TestEnv.h"
#include "pki/TestPki.h"
#include "services/EngagementService.h"
#include "storage/ProbeRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestProbeRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesAndReadsBack();
};

void TestProbeRepository::storesAndReadsBack()
{
    test::LabDir lab(u"prepo"_s);
    test::TestPki pki(lab.path());
    QVERIFY(pki.isValid());
    const auto leaf = pki.valid(u"mx1"_s, {u"mx1.lab.test"_s});
    Result<storage::DatabaseLocation> location =
        storage::DatabaseLocation::parse(lab.filePath(u"ws.sqlite"_s));
    QVERIFY(location.ok());
    Result<std::shared_ptr<storage::Database>> db = storage::Database::open(*location);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    EngagementService service(*db, Clock::system(), u"test"_s);
    Engagement draft;
    draft.customer = u"ACME"_s;
    draft.domain = DomainName::fromUserInput(u"lab.test"_s).value();
    draft.consultant = u"Eve"_s;
    Result<Engagement> engagement = service.create(draft);
    QVERIFY2(engagement.ok(), qPrintable(engagement.ok() ? QString() : engagement.error().message));

    tls::AddressProbe good;
    good.host = u"mx1.lab.test"_s;
    good.address = u"192.0.2.1"_s;
    good.stage = tls::AddressProbe::Stage::Done;
    good.starttlsOffered = true;
    good.tlsEstablished = true;
    good.chain = tls::CertificateChain::fromFile(leaf.fullchainPath).value();
    good.verification.trusted = true;
    good.verification.nameChecked = good.verification.nameMatches = true;
    tls::AddressProbe plain;
    plain.host = u"mx2.lab.test"_s;
    plain.address = u"192.0.2.2"_s;
    plain.stage = tls::AddressProbe::Stage::Done;

    storage::ProbeRepository repository(*db);
    const QDateTime first(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    const Status stored1 = repository.store(engagement->id, first, {{good, plain}, false});
    QVERIFY2(stored1.ok(), qPrintable(stored1.ok() ? QString() : stored1.error().describe()));
    tls::AddressProbe later = plain;
    later.starttlsOffered = true;
    later.stage = tls::AddressProbe::Stage::Handshake;
    later.errorCode = u"tls-handshake"_s;
    QVERIFY(repository.store(engagement->id, first.addDays(1), {{later}, false}).ok());

    Result<QList<storage::StoredProbe>> history = repository.history(engagement->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    const storage::StoredProbe &stored = history->first();
    QCOMPARE(stored.verdict, u"ok"_s);
    QCOMPARE(stored.probedAt, first);
    QCOMPARE(stored.leafNotAfter.toSecsSinceEpoch(), leaf.notAfter.toSecsSinceEpoch());
    QCOMPARE(stored.leafSha256, QString::fromLatin1(good.chain.leaf().sha256().toHex()));
    QCOMPARE(stored.detail.value(u"verdict"_s).toString(), u"ok"_s);
    QVERIFY(!history->at(1).leafNotAfter.isValid());
    QCOMPARE(history->at(1).verdict, u"starttls-not-supported"_s);

    Result<QList<storage::StoredProbe>> latest = repository.latest(engagement->id);
    QVERIFY(latest.ok());
    QCOMPARE(latest->size(), 2);
    QCOMPARE(latest->at(1).host, u"mx2.lab.test"_s);
    QCOMPARE(latest->at(1).verdict, u"validation-failure"_s);
    QCOMPARE(latest->at(1).probedAt, first.addDays(1));
}

QTEST_GUILESS_MAIN(TestProbeRepository)
#include "test_probe_repository.moc"
