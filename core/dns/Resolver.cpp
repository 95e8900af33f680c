#include "Resolver.h"

#include "dns/LdnsPtr.h"
#include "util/LdnsError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::dns {

using namespace detail;

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns::Resolver", text);
}

void PacketDeleter::operator()(ldns_struct_pkt *packet) const
{
    ldns_pkt_free(packet);
}

Resolver::Resolver(ResolverConfig config, ldns_struct_resolver *resolver)
    : m_config(std::move(config)), m_resolver(resolver)
{}

Resolver::~Resolver()
{
    ldns_resolver_deep_free(m_resolver);
}

Result<std::unique_ptr<Resolver>> Resolver::create(const ResolverConfig &config)
{
    ldns_resolver *raw = nullptr;
    if (config.isSystem()) {
        const QByteArray path = config.resolvConf.toLocal8Bit();
        const ldns_status status = ldns_resolver_new_frm_file(&raw, path.constData());
        if (status != LDNS_STATUS_OK)
            return ldnsError(
                u"dns.resolver-config"_s, status,
                tr("Cannot read the system resolver from “%1”").arg(config.resolvConf));
        if (ldns_resolver_nameserver_count(raw) == 0) {
            ldns_resolver_deep_free(raw);
            return Error{u"dns.resolver-config"_s,
                         tr("“%1” names no DNS server.").arg(config.resolvConf)};
        }
        // resolv.conf search lists must not turn "example.com" into "example.com.corp.lan".
        ldns_resolver_set_defnames(raw, false);
        ldns_resolver_set_dnsrch(raw, false);
    } else {
        raw = ldns_resolver_new();
        const bool v6 = config.host.contains(QLatin1Char(':'));
        const QByteArray host = config.host.toLatin1();
        RdfPtr address(
            ldns_rdf_new_frm_str(v6 ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A, host.constData()));
        if (!address || ldns_resolver_push_nameserver(raw, address.get()) != LDNS_STATUS_OK) {
            ldns_resolver_deep_free(raw);
            return Error{u"dns.resolver-syntax"_s,
                         tr("“%1” is not a usable resolver address.").arg(config.host)};
        }
    }
    ldns_resolver_set_port(raw, config.port);
    ldns_resolver_set_dnssec(raw, true);    // DO: we validate ourselves
    ldns_resolver_set_dnssec_cd(raw, true); // CD: a validating upstream must hand us bogus data
    ldns_resolver_set_edns_udp_size(raw, 1232);
    ldns_resolver_set_fallback(raw, true); // TC -> TCP
    timeval timeout{config.timeoutMs / 1000, (config.timeoutMs % 1000) * 1000};
    ldns_resolver_set_timeout(raw, timeout);
    // ldns counts tries, not retries.
    ldns_resolver_set_retry(raw, static_cast<uint8_t>(qBound(1, config.retries + 1, 10)));
    ldns_resolver_set_random(raw, false);
    return std::unique_ptr<Resolver>(new Resolver(config, raw));
}

Result<Packet> Resolver::query(const QString &name, quint16 type)
{
    const QByteArray text = name.toLatin1();
    RdfPtr qname(ldns_dname_new_frm_str(text.constData()));
    if (!qname)
        return Error{u"dns.name"_s, tr("“%1” is not a valid DNS name.").arg(name)};
    ldns_pkt *rawQuery = nullptr;
    ldns_status status =
        ldns_resolver_prepare_query_pkt(&rawQuery, m_resolver, qname.get(),
                                        static_cast<ldns_rr_type>(type), LDNS_RR_CLASS_IN, LDNS_RD);
    PktPtr query(rawQuery);
    if (status != LDNS_STATUS_OK)
        return ldnsError(u"dns.query"_s, status, tr("Cannot build a query for “%1”").arg(name));
    ldns_pkt *rawAnswer = nullptr;
    ++m_queries;
    status = ldns_resolver_send_pkt(&rawAnswer, m_resolver, query.get());
    // After one timeout ldns marks the server unreachable for good; every later query would then
    // fail at once. Each query deserves its own chance.
    for (size_t i = 0; i < ldns_resolver_nameserver_count(m_resolver); ++i)
        ldns_resolver_set_nameserver_rtt(m_resolver, i, LDNS_RESOLV_RTT_MIN);
    Packet answer(rawAnswer);
    if (status != LDNS_STATUS_OK || !answer)
        return ldnsError(
            u"dns.unreachable"_s, status,
            tr("No answer from DNS server %1 for “%2”").arg(m_config.describe(), name));
    // ldns parses whatever datagram arrives first; make sure it answers our question.
    const ldns_rr_list *question = ldns_pkt_question(answer.get());
    const bool sameQuestion =
        question && ldns_rr_list_rr_count(question) == 1 &&
        ldns_dname_compare(ldns_rr_owner(ldns_rr_list_rr(question, 0)), qname.get()) == 0 &&
        ldns_rr_get_type(ldns_rr_list_rr(question, 0)) == type;
    if (ldns_pkt_id(answer.get()) != ldns_pkt_id(query.get()) || !sameQuestion ||
        !ldns_pkt_qr(answer.get()))
        return Error{u"dns.mismatch"_s, tr("The answer from %1 does not match the question “%2”.")
                                            .arg(m_config.describe(), name)};
    return answer;
}

} // namespace sts::dns
