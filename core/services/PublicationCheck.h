#pragma once

#include "dns/Discovery.h"
#include "mtasts/PolicyFetcher.h"
#include "mtasts/Problem.h"
#include "services/PublishPlan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::services {

// Where a verification looks: the resolver and trust anchor of the DNS checks (as a validating
// sender would resolve) and how the policy host is reached (as RFC 8461 §3.3 fetches it).
struct PublicationTargets
{
    dns::DiscoveryOptions dns;
    mtasts::FetchOptions https;
};

// One TLSA RRset as a verification saw it.
struct TlsaEvidence
{
    QString host;
    bool secure = false;       // the RRset validated as DNSSEC-secure
    QStringList publishedSpki; // "3 1 1" digests found (hex)
    QStringList expectedSpki;  // what the plan publishes (hex)
    bool ok = false;           // secure and every expected digest published
};

// The evidence that a policy version is live, gathered at `checkedAt`: what DNS and the policy
// host answered, and what was wrong. Stored with the version (policy_verifications) and shown in
// the runbook; the judgement is pure (judgePublication) so it is tested without servers.
struct PublicationCheck
{
    qint64 rowId = 0; // 0 until stored
    QString policyId; // the version checked
    QDateTime checkedAt;
    bool ok = false;

    // DNS
    QStringList stsTxt; // TXT strings at _mta-sts.<domain>
    QString stsId;      // the id the one valid record announces
    bool stsTxtSecure = false;
    QStringList tlsRptTxt; // TXT strings at _smtp._tls.<domain>
    QStringList tlsRptRua; // as published
    QStringList expectedRua;
    QList<TlsaEvidence> tlsa; // for the hosts the plan publishes TLSA for
    QString resolver;         // which resolver answered

    // HTTPS
    QString url;
    int httpStatus = 0;
    QString fetchError; // the TLS-RPT result type a sender would report, empty on success
    QString fetchReason;
    QByteArray servedSha256; // of the served body (hex)
    bool servedEqual = false;

    QList<mtasts::Problem> problems; // codes "live.*"

    QJsonObject toJson() const;
    static PublicationCheck fromJson(const QJsonObject &json);
};

// Judges what `report` (a discovery run now) and `fetched` (the policy fetched now) show against
// `expected` and what `plan` publishes: the _mta-sts id is the version's, the served file is the
// version's byte for byte, every MX host matches a served pattern, the _smtp._tls record carries
// the planned addresses, and each planned TLSA RRset is secure and holds the planned digests.
PublicationCheck judgePublication(const dns::DiscoveryReport &report,
                                  const mtasts::FetchResult &fetched,
                                  const storage::StoredPolicyVersion &expected,
                                  const PublishPlan &plan, const QDateTime &checkedAt);

} // namespace sts::services
