#pragma once

#include "dns/DnssecVerdict.h"
#include "util/Result.h"

#include <QString>
#include <optional>

namespace sts::dns {

// Why the resolver a discovery asked could not be used at all. These are told apart from a
// broken zone by the trust anchor zone (the root, normally): every working resolver answers for
// it, so when its keys cannot be had and validated, nothing said about the customer's zone
// ("does not exist", "bogus") would be true.
enum class ResolverFailure {
    NoAnswer,       // no answer in time, or none that matched the question
    ServerFailure,  // SERVFAIL, REFUSED, ... for the anchor zone's keys
    NoAnchorKeys,   // no DNSKEY for the anchor zone (NXDOMAIN or empty): offline or filtering
    AnchorMismatch, // keys that do not match or validate with the configured trust anchor
};

struct ResolverProblem
{
    ResolverFailure failure = ResolverFailure::NoAnswer;
    QString resolver;   // ResolverConfig::describe(): "127.0.0.1:53", "system"
    QString anchorZone; // "."
    QString detail;     // technical detail (ldns status, rcode), for experts

    // Stable names for JSON and the CLI: "no-answer", "server-failure", "no-anchor-keys",
    // "anchor-mismatch".
    static QString failureName(ResolverFailure failure);

    // What happened (naming the resolver) and what it means, translated; the face adds what to
    // do next, because only it knows where the setting lives (Settings or --resolver).
    QString describe() const;
    // The setting to change first: the trust anchor for AnchorMismatch, else the resolver.
    bool trustAnchorAtFault() const { return failure == ResolverFailure::AnchorMismatch; }

    // dns.resolver-unavailable with describe() as its message.
    Error toError() const;
    static constexpr const char *errorCode = "dns.resolver-unavailable";
};

// Judges the check of the anchor zone (DnssecValidator::checkAnchor): the problem, or nullopt
// when the resolver delivered the anchor zone's keys and they validated.
std::optional<ResolverProblem> resolverProblem(const Result<DnssecVerdict> &anchorCheck,
                                               const QString &resolver, const QString &anchorZone);

} // namespace sts::dns
