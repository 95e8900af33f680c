#pragma once

// A workspace with one engagement (example.test) as the deploy tests need it: a stored testing
// policy, and a discovery that found an own MX host with a secure "3 1 1" TLSA record of
// `spkiDigest` (so DANE is active), a Google MX host, a TLS-RPT address and mta-sts A record;
// the MX RRset is secure.
#include "dns/DiscoveryReport.h"
#include "mtasts/PolicyGenerator.h"
#include "services/EngagementService.h"
#include "storage/DiscoveryRepository.h"
#include "storage/PolicyRepository.h"

#include <QString>

namespace sts::test {

inline dns::LookupResult secureLookup(const QString &name, quint16 type,
                                      const QList<dns::DnsRecord> &records)
{
    dns::LookupResult r;
    r.name = name;
    r.type = type;
    r.rcode = 0;
    r.records = records;
    r.verdict = dns::DnssecVerdict::secure(QStringLiteral("example.test"));
    return r;
}

// Returns the engagement id, or 0 with `error` set. `alsoPublished`: more "3 1 1" digests in the
// same TLSA RRset, after `spkiDigest`.
inline qint64 seedDeployWorkspace(const QString &sqlitePath, const QString &spkiDigest,
                                  QString &error, const QStringList &alsoPublished = {})
{
    storage::DatabaseLocation location;
    location.sqlitePath = sqlitePath;
    auto db = storage::Database::open(location);
    if (!db) {
        error = db.error().describe();
        return 0;
    }
    EngagementService service(*db, Clock::system(), QStringLiteral("tester"));
    Engagement draft;
    draft.customer = QStringLiteral("Example");
    draft.domain = *DomainName::fromUserInput(QStringLiteral("example.test"));
    auto created = service.create(draft);
    if (!created) {
        error = created.error().describe();
        return 0;
    }
    const qint64 id = created->id;

    dns::DiscoveryReport report;
    report.domain = QStringLiteral("example.test");
    report.finishedAt = QDateTime::currentDateTimeUtc();
    report.tlsRptRua = {QStringLiteral("mailto:tlsrpt@example.test")};
    dns::DnsRecord a;
    a.owner = QStringLiteral("mta-sts.example.test");
    a.type = 1;
    a.address = QStringLiteral("192.0.2.10");
    report.policyHostA = secureLookup(a.owner, 1, {a});
    dns::MxHostReport own;
    own.name = QStringLiteral("mx1.example.test");
    own.preference = 10;
    dns::DnsRecord tlsa;
    tlsa.owner = QStringLiteral("_25._tcp.mx1.example.test");
    tlsa.type = 52;
    tlsa.tlsaUsage = 3;
    tlsa.tlsaSelector = 1;
    tlsa.tlsaMatching = 1;
    tlsa.tlsaData = QByteArray::fromHex(spkiDigest.toLatin1());
    QList<dns::DnsRecord> tlsaRecords{tlsa};
    for (const QString &digest : alsoPublished) {
        tlsa.tlsaData = QByteArray::fromHex(digest.toLatin1());
        tlsaRecords.append(tlsa);
    }
    own.tlsa = secureLookup(tlsa.owner, 52, tlsaRecords);
    own.dane = dns::DaneState::Usable;
    dns::MxHostReport provider;
    provider.name = QStringLiteral("aspmx.l.google.com");
    provider.preference = 20;
    provider.provider = QStringLiteral("google");
    report.hosts = {own, provider};
    // The zone is signed: the MX RRset validates (DANE needs it, services/PublishPlan.h).
    QList<dns::DnsRecord> mxRecords;
    for (const dns::MxHostReport &host : report.hosts) {
        dns::DnsRecord mx;
        mx.owner = report.domain;
        mx.type = 15;
        mx.preference = host.preference;
        mx.target = host.name;
        mxRecords.append(mx);
    }
    report.mx = secureLookup(report.domain, 15, mxRecords);
    storage::DiscoverySnapshot snapshot;
    snapshot.engagementId = id;
    snapshot.report = report;
    auto saved = storage::DiscoveryRepository(*db).save(snapshot, QStringLiteral("tester"));
    if (!saved) {
        error = saved.error().describe();
        return 0;
    }
    const mtasts::PolicyGenerator generator(
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC)));
    const auto suggestion = generator.suggestPatterns({QStringLiteral("mx1.example.test")});
    auto added = storage::PolicyRepository(*db).add(id, generator.testing(suggestion.patterns));
    if (!added) {
        error = added.error().describe();
        return 0;
    }
    return id;
}

} // namespace sts::test
