#include "probe/ProbePlan.h"

namespace sts::tls {
namespace {

QList<QHostAddress> addressesOf(const QList<const dns::LookupResult *> &lookups)
{
    QList<QHostAddress> out;
    for (const dns::LookupResult *lookup : lookups)
        for (const dns::DnsRecord &record : lookup->records) {
            QHostAddress address;
            if (!record.address.isEmpty() && address.setAddress(record.address) &&
                !out.contains(address))
                out.append(address);
        }
    return out;
}

} // namespace

ProbePlan ProbePlan::fromDiscovery(const dns::DiscoveryReport &report, bool includePolicyHost)
{
    ProbePlan plan;
    for (const dns::MxHostReport &host : report.hosts) {
        QList<QHostAddress> addresses;
        if (host.ipLiteral) {
            QHostAddress literal;
            if (literal.setAddress(host.name))
                addresses.append(literal);
        } else {
            addresses = addressesOf({&host.a, &host.aaaa});
        }
        if (addresses.isEmpty()) {
            plan.skippedHosts.append(host.name);
            continue;
        }
        ProbeTarget target = ProbeTarget::smtp(host.name, addresses);
        // Only a secure, usable TLSA RRset makes a DANE sender check it; an insecure one is
        // ignored by senders and so by the probe.
        if (host.dane == dns::DaneState::Usable)
            for (const dns::DnsRecord &record : host.tlsa.records)
                if (Result<dane::TlsaRecord> tlsa = dane::TlsaRecord::parse(record.rdata))
                    target.tlsa.append(*tlsa);
        plan.addressCount += int(addresses.size());
        plan.targets.append(target);
    }
    if (includePolicyHost && !report.domain.isEmpty()) {
        const QList<QHostAddress> addresses =
            addressesOf({&report.policyHostA, &report.policyHostAaaa});
        if (!addresses.isEmpty()) {
            plan.targets.append(ProbeTarget::policyHost(report.domain, addresses));
            plan.addressCount += int(addresses.size());
        }
    }
    return plan;
}

} // namespace sts::tls
