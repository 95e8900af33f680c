#include "dns/DnsUpdate.h"

#include "dns/LdnsPtr.h"
#include "dns/PacketWire.h"
#include "util/LdnsError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::dns {

using namespace detail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns", text); // lupdate: free functions in sts::dns
}

constexpr quint16 kFudgeSeconds = 300; // RFC 8945 §10
// RFC 8945 §5.2: the TSIG error field of a rejected request.
constexpr quint16 kBadSig = 16, kBadKey = 17, kBadTime = 18;

QByteArray absolute(const QString &name)
{
    return (name.endsWith(u'.') ? name : name + u'.').toLatin1();
}

Result<RrListPtr> updateSection(const UpdateRequest &request)
{
    RrListPtr list(ldns_rr_list_new());
    for (const UpdateRrset &rrset : request.rrsets) {
        const QByteArray owner = absolute(rrset.owner);
        if (!RdfPtr(ldns_dname_new_frm_str(owner.constData())))
            return Error{u"dns.update-record"_s,
                         tr("“%1” is not a valid DNS name.").arg(rrset.owner)};
        for (quint16 type : rrset.deleteTypes) {
            // "Delete an RRset" (RFC 2136 §2.5.2): class ANY, TTL 0, no rdata.
            ldns_rr *erase = ldns_rr_new();
            ldns_rr_set_owner(erase, ldns_dname_new_frm_str(owner.constData()));
            ldns_rr_set_type(erase, ldns_rr_type(type));
            ldns_rr_set_class(erase, LDNS_RR_CLASS_ANY);
            ldns_rr_set_ttl(erase, 0);
            ldns_rr_list_push_rr(list.get(), erase);
        }
        const QString typeName = takeLdnsString(ldns_rr_type2str(ldns_rr_type(rrset.type)));
        for (const QString &rdata : rrset.rdata) {
            const QByteArray text = u"%1 %2 IN %3 %4"_s.arg(QString::fromLatin1(owner))
                                        .arg(rrset.ttl)
                                        .arg(typeName, rdata)
                                        .toUtf8();
            ldns_rr *add = nullptr;
            const ldns_status status =
                ldns_rr_new_frm_str(&add, text.constData(), 0, nullptr, nullptr);
            if (status != LDNS_STATUS_OK)
                return ldnsError(u"dns.update-record"_s, status,
                                 tr("Cannot form the record “%1”").arg(QString::fromUtf8(text)));
            ldns_rr_list_push_rr(list.get(), add);
        }
    }
    return list;
}

Error rcodeError(const DnsServer &server, const UpdateRequest &request, ldns_pkt_rcode rcode)
{
    const QString where = server.describe();
    switch (rcode) {
    case LDNS_RCODE_REFUSED:
        return {u"dns.update-refused"_s,
                tr("%1 refused the update of %2: updates are not allowed there, or not for this "
                   "key.")
                    .arg(where, request.zone)};
    case LDNS_RCODE_NOTAUTH:
        return {u"dns.update-notauth"_s,
                tr("%1 is not authoritative for %2 (not its primary), or does not accept this "
                   "key for it.")
                    .arg(where, request.zone)};
    case LDNS_RCODE_NOTZONE:
        return {u"dns.update-notzone"_s,
                tr("A record of the update lies outside the zone %1 (%2 answered NOTZONE); "
                   "check the zone name.")
                    .arg(request.zone, where)};
    default:
        return {u"dns.update-failed"_s,
                tr("%1 did not apply the update of %2 (it answered %3).")
                    .arg(where, request.zone, takeLdnsString(ldns_pkt_rcode2str(rcode)))};
    }
}

Error tsigRejection(const DnsServer &server, const TsigKey &key, const UpdateRequest &request,
                    quint16 error)
{
    const QString where = server.describe();
    // Knot also answers BADKEY when it knows the key but no ACL lets it update this zone.
    if (error == kBadKey)
        return {u"dns.tsig-badkey"_s,
                tr("%1 does not accept the TSIG key “%2” (%3) for %4 (BADKEY): it does not know "
                   "the key, or the key may not update this zone.")
                    .arg(where, key.name, key.algorithm, request.zone)};
    if (error == kBadTime)
        return {u"dns.tsig-badtime"_s,
                tr("%1 refused the update because its clock and this computer's differ by more "
                   "than %2 seconds (BADTIME).")
                    .arg(where)
                    .arg(kFudgeSeconds)};
    return {u"dns.tsig-badsig"_s,
            tr("%1 rejected the signature of the update (BADSIG): the secret of the key “%2” "
               "does not match the server's.")
                .arg(where, key.name)};
}

// What the answer to the update says, believed only as far as its signature allows.
Status checkAnswer(const DnsServer &server, const TsigKey &key, const UpdateRequest &request,
                   const ldns_pkt *query, const QByteArray &wire)
{
    const PktPtr answer = packetFromWire(wire);
    if (!answer)
        return Error{u"dns.mismatch"_s,
                     tr("The answer from %1 cannot be read.").arg(server.describe())};
    if (ldns_pkt_id(answer.get()) != ldns_pkt_id(query) || !ldns_pkt_qr(answer.get()) ||
        ldns_pkt_get_opcode(answer.get()) != LDNS_PACKET_UPDATE)
        return Error{
            u"dns.mismatch"_s,
            tr("The answer from %1 does not belong to the update.").arg(server.describe())};
    const ldns_rr *tsig = ldns_pkt_tsig(answer.get());
    const quint16 tsigError =
        tsig && ldns_rr_rd_count(tsig) > 5 ? ldns_rdf2native_int16(ldns_rr_rdf(tsig, 5)) : 0;
    if (tsigError == kBadSig || tsigError == kBadKey || tsigError == kBadTime)
        return tsigRejection(server, key, request, tsigError);
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(answer.get());
    const QByteArray name = absolute(key.name);
    const bool signedByKey =
        tsig && ldns_pkt_tsig_verify(answer.get(), reinterpret_cast<const uint8_t *>(wire.data()),
                                     size_t(wire.size()), name.constData(), key.secret.constData(),
                                     ldns_rr_rdf(ldns_pkt_tsig(query), 3));
    // A refusal changes nothing, signed or not; only a success must prove it came from the
    // server holding the key.
    if (rcode != LDNS_RCODE_NOERROR)
        return rcodeError(server, request, rcode);
    if (!tsig)
        return Error{u"dns.tsig-unsigned"_s,
                     tr("%1 answered the update without a TSIG signature; whether the zone "
                        "changed is not known.")
                         .arg(server.describe())};
    if (!signedByKey)
        return Error{u"dns.tsig-bogus"_s,
                     tr("The answer of %1 is not signed with the key “%2”; whether the zone "
                        "changed is not known.")
                         .arg(server.describe(), key.name)};
    return Status::success();
}

} // namespace

Status sendUpdate(const DnsServer &server, const TsigKey &key, const UpdateRequest &request,
                  const CancelToken &cancel)
{
    Result<RrListPtr> updates = updateSection(request);
    if (!updates)
        return updates.error();
    const QByteArray zoneName = absolute(request.zone);
    ldns_rdf *zone = ldns_dname_new_frm_str(zoneName.constData());
    if (!zone)
        return Error{u"dns.update-notzone"_s,
                     tr("“%1” is not a valid zone name.").arg(request.zone)};
    // Takes `zone`, copies the lists.
    PktPtr update(ldns_update_pkt_new(zone, LDNS_RR_CLASS_IN, nullptr, updates->get(), nullptr));
    ldns_pkt_set_rd(update.get(), false);
    ldns_pkt_set_random_id(update.get());
    const QByteArray name = absolute(key.name);
    const QByteArray algorithm = key.algorithm.toLatin1() + '.';
    const ldns_status status =
        ldns_pkt_tsig_sign(update.get(), name.constData(), key.secret.constData(), kFudgeSeconds,
                           algorithm.constData(), nullptr);
    if (status != LDNS_STATUS_OK)
        return ldnsError(u"dns.tsig-secret"_s, status,
                         tr("Cannot sign the update with the key “%1”").arg(key.name));
    const QByteArray message = packetWire(update.get());
    if (message.isEmpty())
        return Error{u"dns.update-record"_s, tr("Cannot encode the update.")};
    Result<QByteArray> answer = exchangeOverTcp(server, message, cancel);
    if (!answer)
        return answer.error();
    return checkAnswer(server, key, request, update.get(), *answer);
}

} // namespace sts::dns
