#pragma once

#include "mtasts/PolicyFetcher.h"
#include "mtasts/Problem.h"

#include <QByteArray>
#include <QStringList>

namespace sts::mtasts {

// What is live for a domain, gathered by the caller (TXT lookup by the DNS part, the fetch by
// fetchPolicy), compared with what the engagement says should be live.
struct PublishedStateInput
{
    QList<QByteArray> txtRecords;  // TXT RRs at _mta-sts.<domain>, strings concatenated
    QString expectedId;            // the policy version we published
    QByteArray expectedPolicyFile; // our file, byte for byte
    QStringList mxHosts;           // the domain's MX hosts now
    FetchResult fetched;
};

struct PublishedState
{
    bool ok = false;         // no errors
    QList<Problem> problems; // codes "live.*" plus the TXT parser's own
};

// Checks: exactly one valid STS TXT record; its id is the expected one; the policy could be
// fetched; the served bytes equal ours; every MX host is matched by a served pattern.
PublishedState checkPublishedState(const PublishedStateInput &input);

} // namespace sts::mtasts
