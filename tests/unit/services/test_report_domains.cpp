// ReportDomains against a real SQLite workspace: reports for a domain no engagement holds are
// listed per domain, assigning the domain moves the stored reports (policies and failure details)
// to the engagement and later imports land there too, removing it again gives them back; a
// domain another engagement matches is refused, and longest-match subdomains stay where they are.
#include "ServiceFixture.h"
#include "engagement/EventKinds.h"
#include "reports/TlsReportWriter.h"
#include "services/ReportDomains.h"
#include "services/ReportImport.h"
#include "services/ReportQueries.h"

using namespace Qt::StringLiterals;
using namespace sts;

class TestReportDomains : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    const QDate m_day1{2026, 4, 20};
    const QDate m_day2{2026, 4, 22};
    qint64 m_second = 0; // engagement "Second" for eu.far.test

    tlsrpt::ImportSummary import(const QString &domain, const QString &organization,
                                 const QDate &day)
    {
        static int batch = 0;
        test::TlsReportWriter writer(m_f.dir.filePath(u"in%1"_s.arg(++batch)), domain,
                                     u"mx."_s + domain);
        const QString path =
            writer.writeAs(u"report-%1"_s.arg(batch), organization, day, 10, 2); // ids unique
        Result<tlsrpt::ImportSummary> s = tlsrpt::ReportImport(m_f.context, {}).importPaths({path});
        if (!s)
            qWarning("%s", qPrintable(s.error().describe()));
        return s ? *s : tlsrpt::ImportSummary{};
    }

    int reportsOf(qint64 engagementId)
    {
        tlsrpt::StoredReportFilter filter;
        filter.engagementId = engagementId;
        return int(tlsrpt::ReportQueries(m_f.context).storedReports(filter)->size());
    }

    int failuresOf(qint64 engagementId)
    {
        tlsrpt::FailureDetailFilter filter;
        filter.engagementId = engagementId;
        return int(tlsrpt::ReportQueries(m_f.context).failureDetails(filter)->size());
    }

    const tlsrpt::UnassignedDomain *find(const QList<tlsrpt::UnassignedDomain> &list,
                                         const QString &domain)
    {
        for (const tlsrpt::UnassignedDomain &d : list) {
            if (d.policyDomain == domain)
                return &d;
        }
        return nullptr;
    }

    QStringList eventKinds(qint64 engagementId)
    {
        QStringList kinds;
        for (const storage::EngagementEvent &e :
             *EngagementService(m_f.context).events(engagementId))
            kinds << e.kind;
        return kinds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.open(u"lab.test"_s));
        Engagement draft;
        draft.customer = u"Second"_s;
        draft.domain = DomainName::fromUserInput(u"eu.far.test"_s).value();
        Result<Engagement> second = EngagementService(m_f.context).create(draft);
        QVERIFY(second.ok());
        m_second = second->id;
    }

    void reportsForOtherDomainsAreListed()
    {
        QCOMPARE(import(u"lab.test"_s, u"Google LLC"_s, m_day1).unassigned, 0);
        QCOMPARE(import(u"other.test"_s, u"Google LLC"_s, m_day1).unassigned, 1);
        QCOMPARE(import(u"other.test"_s, u"Microsoft Corporation"_s, m_day2).unassigned, 1);
        QCOMPARE(import(u"mx1.other.test"_s, u"Google LLC"_s, m_day2).unassigned, 1);
        QCOMPARE(import(u"far.test"_s, u"Google LLC"_s, m_day1).unassigned, 1);
        QCOMPARE(import(u"eu.far.test"_s, u"Google LLC"_s, m_day1).unassigned, 0);

        Result<QList<tlsrpt::UnassignedDomain>> list =
            tlsrpt::ReportDomains(m_f.context).unassigned();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        const tlsrpt::UnassignedDomain *other = find(*list, u"other.test"_s);
        QVERIFY(other);
        QCOMPARE(other->reports, 2);
        QCOMPARE(other->days, 2);
        QCOMPARE(other->firstDay, m_day1);
        QCOMPARE(other->lastDay, m_day2);
        QCOMPARE(other->organizations, QStringList({u"Google LLC"_s, u"Microsoft Corporation"_s}));
        QCOMPARE(other->successfulSessions, 20);
        QCOMPARE(other->failedSessions, 4);
        QVERIFY(find(*list, u"mx1.other.test"_s));
        QVERIFY(find(*list, u"far.test"_s));
        QCOMPARE(reportsOf(m_f.engagementId), 1);
    }

    void assigningMovesTheStoredReports()
    {
        tlsrpt::ReportDomains domains(m_f.context);
        Result<int> moved = domains.assign(m_f.engagementId, u" Other.TEST "_s);
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().describe()));
        QCOMPARE(*moved, 3); // other.test twice and its subdomain mx1.other.test
        QCOMPARE(reportsOf(m_f.engagementId), 4);
        QCOMPARE(failuresOf(m_f.engagementId), 4); // the failure details went with them
        const QList<tlsrpt::UnassignedDomain> left = *domains.unassigned();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().policyDomain, u"far.test"_s);
        const QList<tlsrpt::ExtraReportDomain> extra = *domains.extraDomains(m_f.engagementId);
        QCOMPARE(extra.size(), 1);
        QCOMPARE(extra.first().domainAce, u"other.test"_s);
        QCOMPARE(extra.first().addedBy, u"tester"_s);
        QCOMPARE(extra.first().addedAt, m_f.clock->now());
        QVERIFY(eventKinds(m_f.engagementId).contains(QString(events::kReportDomainAdded)));
    }

    void laterImportsLandOnTheEngagement()
    {
        QCOMPARE(import(u"other.test"_s, u"Yahoo"_s, m_day2).unassigned, 0);
        QCOMPARE(import(u"mx2.other.test"_s, u"Yahoo"_s, m_day2).unassigned, 0);
        QCOMPARE(reportsOf(m_f.engagementId), 6);
    }

    void domainsAnotherEngagementMatchesAreRefused()
    {
        tlsrpt::ReportDomains domains(m_f.context);
        // Its own domain and a subdomain of it: it has those reports already.
        QCOMPARE(domains.assign(m_f.engagementId, u"lab.test"_s).error().code,
                 u"reports.domain-held"_s);
        QCOMPARE(domains.assign(m_f.engagementId, u"mx.lab.test"_s).error().code,
                 u"reports.domain-held"_s);
        // Another engagement's extra domain, and a subdomain of it.
        const Result<int> taken = domains.assign(m_second, u"mx1.other.test"_s);
        QVERIFY(!taken.ok());
        QVERIFY2(taken.error().message.contains(u"ACME"_s), qPrintable(taken.error().message));
        QCOMPARE(domains.assign(4711, u"x.test"_s).error().code, u"engagement.not-found"_s);
        QVERIFY(!domains.assign(m_f.engagementId, u"not a domain"_s).ok());
        QCOMPARE(domains.extraDomains(m_second)->size(), 0);
        QCOMPARE(domains.extraDomains(m_f.engagementId)->size(), 1);
        // Nor can a new engagement, or another one's edit, take the domain.
        Engagement draft;
        draft.customer = u"Other"_s;
        draft.domain = DomainName::fromUserInput(u"other.test"_s).value();
        EngagementService engagements(m_f.context);
        QCOMPARE(engagements.create(draft).error().code, u"engagement.domain-assigned"_s);
        Engagement second = *engagements.get(m_second);
        second.domain = draft.domain;
        QCOMPARE(engagements.update(second).error().code, u"engagement.domain-assigned"_s);
    }

    void longestMatchKeepsSubdomainsOfAnotherEngagement()
    {
        tlsrpt::ReportDomains domains(m_f.context);
        QCOMPARE(reportsOf(m_second), 1); // eu.far.test went to Second at import
        Result<int> moved = domains.assign(m_f.engagementId, u"far.test"_s);
        QVERIFY(moved.ok());
        QCOMPARE(*moved, 1); // far.test only; eu.far.test stays with Second
        QCOMPARE(reportsOf(m_second), 1);
        QCOMPARE(reportsOf(m_f.engagementId), 7);
        QVERIFY(domains.unassigned()->isEmpty());
        // Removing gives back only what came through the domain.
        Result<int> back = domains.unassign(m_f.engagementId, u"far.test"_s);
        QVERIFY(back.ok());
        QCOMPARE(*back, 1);
        QCOMPARE(reportsOf(m_second), 1);
        QCOMPARE(domains.unassigned()->size(), 1);
    }

    void removingTheDomainUnassignsItsReports()
    {
        tlsrpt::ReportDomains domains(m_f.context);
        Result<int> back = domains.unassign(m_f.engagementId, u"other.test"_s);
        QVERIFY(back.ok());
        QCOMPARE(*back, 5);
        QCOMPARE(reportsOf(m_f.engagementId), 1); // lab.test's own report stays
        QCOMPARE(failuresOf(m_f.engagementId), 1);
        const QList<tlsrpt::UnassignedDomain> list = *domains.unassigned();
        QCOMPARE(list.size(), 4); // far, mx1.other, mx2.other, other
        QCOMPARE(find(list, u"other.test"_s)->reports, 3);
        QVERIFY(eventKinds(m_f.engagementId).contains(QString(events::kReportDomainRemoved)));
        QCOMPARE(domains.unassign(m_f.engagementId, u"other.test"_s).error().code,
                 u"reports.domain-not-assigned"_s);
        // Imports after that are unassigned again.
        QCOMPARE(import(u"other.test"_s, u"Comcast"_s, m_day2).unassigned, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportDomains)
#include "test_report_domains.moc"
