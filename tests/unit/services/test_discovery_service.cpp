// Discover and store: a finished run becomes the engagement's newest snapshot with
// "discovery.completed" by the context's actor (the actor rule, never the consultant), and a run
// for another domain is refused without storing anything.
#include "ServiceFixture.h"
#include "engagement/EventKinds.h"
#include "services/DiscoveryService.h"

using namespace Qt::StringLiterals;
using namespace sts;

namespace {

dns::DiscoveryReport report(const QString &domain, const QDateTime &at, const QString &mx)
{
    dns::DiscoveryReport r;
    r.domain = domain;
    r.resolver = u"127.0.0.1:5353"_s;
    r.finishedAt = at;
    r.mx.name = domain;
    r.mx.type = dns::RrType::MX;
    r.mx.verdict = dns::DnssecVerdict::secure(domain);
    dns::MxHostReport host;
    host.name = mx;
    host.preference = 10;
    r.hosts.append(host);
    return r;
}

QList<storage::EngagementEvent> discoveryEvents(const ServiceContext &context, qint64 id)
{
    QList<storage::EngagementEvent> out;
    for (const storage::EngagementEvent &e : EngagementService(context).events(id).valueOr({}))
        if (e.kind == events::kDiscoveryCompleted)
            out << e;
    return out;
}

} // namespace

class TestDiscoveryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesWithTheContextsActor()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        DiscoveryService service(f.context);
        const QDateTime at = f.clock->now().addSecs(-60);
        Result<qint64> saved = service.store(
            f.engagementId, report(u"lab.test"_s, at, u"mx1.lab.test"_s), u"/etc/anchor.key"_s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

        const QList<storage::EngagementEvent> logged = discoveryEvents(f.context, f.engagementId);
        QCOMPARE(logged.size(), 1);
        // The person who ran it, as the face names them; the consultant may not be the one.
        QCOMPARE(logged.first().actor, u"tester"_s);
        QCOMPARE(logged.first().payload.value(u"snapshotId"_s).toInteger(), *saved);

        Result<DiscoveryHistory> history = service.history(f.engagementId);
        QVERIFY(history);
        QVERIFY(history->latest);
        QVERIFY(!history->previous);
        QCOMPARE(history->latest->id, *saved);
        QCOMPARE(history->latest->trustAnchor, u"/etc/anchor.key"_s);
        QCOMPARE(history->latest->takenAt, at);

        QVERIFY(service.store(f.engagementId,
                              report(u"lab.test"_s, at.addSecs(30), u"mx2.lab.test"_s), {}));
        history = service.history(f.engagementId);
        QVERIFY(history && history->latest && history->previous);
        QCOMPARE(history->latest->report.hosts.first().name, u"mx2.lab.test"_s);
        QCOMPARE(history->previous->id, *saved);
        QCOMPARE(service.latest(f.engagementId)->value().id, history->latest->id);
    }

    void refusesAnotherDomainsRun()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        DiscoveryService service(f.context);
        Result<qint64> saved = service.store(
            f.engagementId, report(u"other.test"_s, f.clock->now(), u"mx.other.test"_s), {});
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, u"discovery.domain-mismatch"_s);
        QVERIFY(!service.latest(f.engagementId)->has_value());
        QVERIFY(discoveryEvents(f.context, f.engagementId).isEmpty());
    }

    void domainForTheEngagement()
    {
        test::ServiceFixture f;
        QVERIFY(f.open(u"Müller.test"_s));
        DiscoveryService service(f.context);
        auto own = service.domainFor(f.engagementId);
        QVERIFY2(own, qPrintable(own ? QString() : own.error().message));
        QCOMPARE(own->ace, u"xn--mller-kva.test"_s);
        // The same domain typed as a person would, or as an A-label: the engagement's.
        auto typed = service.domainFor(f.engagementId, u"MÜLLER.test"_s);
        QVERIFY2(typed, qPrintable(typed ? QString() : typed.error().message));
        QCOMPARE(typed->ace, u"xn--mller-kva.test"_s);
        QVERIFY(service.domainFor(f.engagementId, u"xn--mller-kva.test"_s));
        QCOMPARE(service.domainFor(f.engagementId, u"other.test"_s).error().code,
                 u"discovery.domain-mismatch"_s);
        QCOMPARE(service.domainFor(f.engagementId, u"not a domain"_s).error().code,
                 u"domain.invalid"_s);
        QCOMPARE(service.domainFor(4711).error().code, u"engagement.not-found"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryService)
#include "test_discovery_service.moc"
