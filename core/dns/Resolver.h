#pragma once

#include "dns/ResolverConfig.h"
#include "util/Result.h"

#include <QString>
#include <memory>

struct ldns_struct_pkt;
struct ldns_struct_resolver;

namespace sts::dns {

struct PacketDeleter
{
    void operator()(ldns_struct_pkt *packet) const;
};
// A checked DNS answer (any rcode). Owned; parse it with the ldns API inside core/dns.
using Packet = std::unique_ptr<ldns_struct_pkt, PacketDeleter>;

// A stub resolver on ldns: RD+DO+CD, EDNS 1232, TCP fallback on truncation, bounded timeout and
// retries, and the answer's ID and question checked (ldns takes the first datagram it gets).
// NOT shareable between threads: ldns writes into its resolver while querying. Create one per
// worker thread (cheap).
class Resolver
{
public:
    static Result<std::unique_ptr<Resolver>> create(const ResolverConfig &config);
    ~Resolver();
    Resolver(const Resolver &) = delete;
    Resolver &operator=(const Resolver &) = delete;

    // `name` in A-label form, with or without the final dot; `type` an RR type number.
    // Errors: dns.unreachable (no answer in time / send failed), dns.mismatch (wrong ID or
    // question), dns.name (not a valid name).
    Result<Packet> query(const QString &name, quint16 type);

    const ResolverConfig &config() const { return m_config; }
    int queryCount() const { return m_queries; }

private:
    Resolver(ResolverConfig config, ldns_struct_resolver *resolver);

    ResolverConfig m_config;
    ldns_struct_resolver *m_resolver = nullptr;
    int m_queries = 0;
};

} // namespace sts::dns
