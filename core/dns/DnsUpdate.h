#pragma once

#include "dns/DnsTcpExchange.h"
#include "dns/TsigKey.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sts::dns {

// One RRset an update replaces: the RRsets of `deleteTypes` at `owner` are deleted (RFC 2136
// §2.5.2), then `records` added. Other types at the name stay as they are.
struct UpdateRrset
{
    QString owner; // absolute: "_mta-sts.example.com."
    quint16 type = 0;
    quint32 ttl = 3600;
    QStringList rdata;          // presentation form: "\"v=STSv1; id=1\"", "3 1 1 ab…"
    QList<quint16> deleteTypes; // at least `type`
};

struct UpdateRequest
{
    QString zone; // absolute: "example.com."
    QList<UpdateRrset> rrsets;
};

// Sends `request` as one RFC 2136 UPDATE (one transaction: all of it or nothing), signed with
// `key` (RFC 8945), over TCP to `server`, and checks the answer: its ID, its TSIG (an answer the
// key did not sign is not believed) and its rcode. Blocking; notices `cancel` within 100 ms.
// Errors: those of exchangeOverTcp, dns.update-record (a record ldns cannot read),
// dns.update-refused, dns.update-notauth (not primary for the zone, or the key is not allowed to
// update it), dns.update-notzone (a name outside the zone), dns.tsig-badkey (the server does not
// know the key), dns.tsig-badsig (wrong secret), dns.tsig-badtime (clocks differ),
// dns.tsig-unsigned, dns.tsig-bogus (the answer's signature is wrong), dns.update-failed (any other
// rcode), dns.mismatch (not the answer to this update).
Status sendUpdate(const DnsServer &server, const TsigKey &key, const UpdateRequest &request,
                  const CancelToken &cancel = {});

} // namespace sts::dns
