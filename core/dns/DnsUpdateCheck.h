#pragma once

#include "dns/DnsTcpExchange.h"
#include "dns/DnsUpdate.h"
#include "util/CancelToken.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sts::dns {

// What the server serves for one record that was sent.
enum class ServedState {
    Present,   // served as sent (same rdata and TTL)
    Different, // the RRset is there, but not with this record (or with another TTL)
    Missing,   // no RRset of this type at the name
};
QString servedStateKey(ServedState state); // "present", "different", "missing"

struct ServedRecord
{
    QString owner;
    quint16 type = 0;
    quint32 ttl = 0;
    QString rdata; // as sent
    ServedState state = ServedState::Missing;
    QStringList found; // what the server serves at owner/type: "TTL rdata"
};

// How long to wait for a server that applies an update a moment after it answered (Knot and BIND
// answer once the change is journaled; a signer may publish it later).
struct CheckPolicy
{
    int windowMs = 5000;    // re-query RRsets not yet as sent until this much time has passed
    int firstRetryMs = 200; // then 400, 800, ...
};

// Asks `server` (non-recursive, over TCP) for every RRset of `request` and compares each sent
// record with what is served, one entry per record in the request's order. Blocking; notices
// `cancel` within 100 ms; reports one progress step per query round.
// Errors: those of exchangeOverTcp, dns.mismatch, dns.requery (the server answered with an error
// such as REFUSED or SERVFAIL).
Result<QList<ServedRecord>> checkServed(const DnsServer &server, const UpdateRequest &request,
                                        const CancelToken &cancel, const Progress &progress = {},
                                        const CheckPolicy &policy = {});

} // namespace sts::dns
