#pragma once

#include "dns/DnsRecord.h"
#include "dns/DnssecVerdict.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QString>
#include <memory>

namespace sts::dns {

class Resolver;

// A DNSSEC validator that does the top-down walk itself (trust anchor -> DS -> DNSKEY -> RRSIG,
// with NSEC/NSEC3 proofs of unsigned delegations), because none of ldns' one-shot chasers can
// tell insecure from bogus. The upstream's AD bit is never trusted.
//
// One validator per discovery run: it caches zone keys and zone cuts for the run. lookup() is
// thread-safe; each thread passes its own Resolver.
class DnssecValidator
{
public:
    struct Options
    {
        QString trustAnchorFile; // DS and/or DNSKEY RRs of one owner; empty = the system root key
        std::shared_ptr<const Clock> clock; // null = system clock
    };

    static QString defaultTrustAnchorFile(); // /usr/share/dns/root.key (package dns-root-data)

    // Errors: dns.trust-anchor (file missing, unreadable or without DS/DNSKEY records).
    static Result<std::shared_ptr<DnssecValidator>> create(const Options &options);
    ~DnssecValidator();
    DnssecValidator(const DnssecValidator &) = delete;
    DnssecValidator &operator=(const DnssecValidator &) = delete;

    // Fetches the anchor zone's DNSKEY RRset and checks it against the anchor. An error means DNS
    // could not be reached at all (dns.unreachable) or the server failed to answer
    // (dns.server-failure: SERVFAIL, REFUSED ...); a bogus anchor zone is a verdict, not an
    // error (resolverProblem() in ResolverProblem.h judges both).
    Result<DnssecVerdict> checkAnchor(Resolver &resolver);

    // Looks up (name, type), follows CNAMEs (at most 8), and validates every step.
    LookupResult lookup(Resolver &resolver, const QString &name, quint16 type);

    QString anchorZone() const;

private:
    struct Impl;
    explicit DnssecValidator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace sts::dns
