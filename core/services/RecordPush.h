#pragma once

#include "dns/DnsUpdateCheck.h"
#include "records/RecordSet.h"
#include "services/ServiceContext.h"
#include "util/CancelToken.h"
#include "util/Progress.h"

#include <QJsonObject>
#include <optional>

namespace sts::services {

// Where the records go: the customer's primary, which takes RFC 2136 updates signed with the
// key in `keyFile`. Only the path is kept anywhere; the secret is read for the one update.
struct PushTarget
{
    QString server;    // "HOST", "HOST:PORT" or "[IPv6]:PORT"
    quint16 port = 53; // when `server` names none
    QString keyFile;   // see dns::readTsigKeyFile
    QString zone;      // empty: the engagement's domain
    // The version whose id the _mta-sts record announces: the one about to be published (RFC
    // 8461 §8: its file is served first, then the TXT id changes). Empty: the live version, else
    // the newest saved one.
    QString policyId;
    int timeoutMs = 10000; // to connect, and for each answer
    dns::CheckPolicy check;
};

struct PushedRecord
{
    records::DnsRecordSpec record;
    dns::ServedState state = dns::ServedState::Missing;
    QStringList found; // what the server serves at the name and type: "TTL rdata"
};

struct PushOutcome
{
    QString zone;   // absolute
    QString server; // "host:port"
    QString keyName;
    QList<PushedRecord> records;               // in the set's order
    QList<records::DnsRecordSpec> outsideZone; // not pushed: they belong to another zone
    QString checkProblem; // translated; set when the update was applied but the re-query failed

    bool allServed() const; // every pushed record present as sent
    QJsonObject toJson() const;
};

// "Push to DNS server": the engagement's records sent to its primary as one TSIG-signed RFC 2136
// update, then read back from the same server (no recursion, polled briefly) and compared record
// by record. Each push that reached the server is recorded as "records.pushed" in the
// engagement's log ("applied", "refused" or "unanswered"): the server, the zone, the key's name
// and file, every record and what is served; never the secret. One way for the wizard's dialog and
// `stsdesk-cli records push`. Blocking (network): run it as a task, with a context of that thread.
class RecordPush
{
public:
    explicit RecordPush(ServiceContext context);

    // The engagement's publish plan (what `records export --engagement` writes).
    // Errors: those of PublishPlanner and of push(set) below.
    Result<PushOutcome> push(qint64 engagementId, const PushTarget &target,
                             const CancelToken &cancel = {}, const Progress &progress = {});
    // `set` (the Records page's, with the consultant's edits) for the engagement.
    // Errors: dns.server, dns.tsig-* (the key file), records.push-zone (no record in the zone),
    // the errors of dns::sendUpdate; storage errors of the event log.
    Result<PushOutcome> push(qint64 engagementId, const records::RecordSet &set,
                             const PushTarget &target, const CancelToken &cancel = {},
                             const Progress &progress = {});

    // Server, zone and key file of the engagement's latest push, for the next one (the log is
    // where the key file's path is kept); nullopt when it was never pushed.
    Result<std::optional<PushTarget>> lastTarget(qint64 engagementId) const;

private:
    Status record(qint64 engagementId, const PushOutcome &outcome, const QString &keyFile,
                  const Error *failure);

    ServiceContext m_context;
};

} // namespace sts::services
