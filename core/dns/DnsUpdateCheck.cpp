#include "dns/DnsUpdateCheck.h"

#include "dns/LdnsPtr.h"
#include "dns/PacketWire.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sts::dns {

using namespace detail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns", text); // lupdate: free functions in sts::dns
}

struct BufferFree
{
    void operator()(ldns_buffer *b) const { ldns_buffer_free(b); }
};

// The rdata in canonical wire form (RFC 4034 §6.2: names in lower case), so that a CNAME target
// the server spells in another case still counts as the same.
QByteArray canonicalRdata(const ldns_rr *rr)
{
    RrPtr copy(ldns_rr_clone(rr));
    ldns_rr2canonical(copy.get());
    std::unique_ptr<ldns_buffer, BufferFree> buffer(ldns_buffer_new(512));
    (void)ldns_rr_rdata2buffer_wire(buffer.get(), copy.get());
    return QByteArray(reinterpret_cast<const char *>(ldns_buffer_begin(buffer.get())),
                      qsizetype(ldns_buffer_position(buffer.get())));
}

QString presentRdata(const ldns_rr *rr)
{
    QStringList parts;
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i)
        parts << takeLdnsString(ldns_rdf2str(ldns_rr_rdf(rr, i)));
    return parts.join(u' ');
}

struct Served
{
    quint32 ttl;
    QByteArray rdata;
    QString text;
};

// The RRset `owner`/`type` as the server serves it now; empty when it has none.
Result<QList<Served>> query(const DnsServer &server, const QString &owner, quint16 type,
                            const CancelToken &cancel)
{
    const QByteArray name = owner.toLatin1();
    PktPtr question(ldns_pkt_query_new(ldns_dname_new_frm_str(name.constData()), ldns_rr_type(type),
                                       LDNS_RR_CLASS_IN, 0)); // no RD
    if (!question)
        return Error{u"dns.requery"_s, tr("“%1” is not a valid DNS name.").arg(owner)};
    ldns_pkt_set_random_id(question.get());
    const QByteArray message = packetWire(question.get());
    if (message.isEmpty())
        return Error{u"dns.requery"_s, tr("Cannot encode a query for “%1”.").arg(owner)};
    Result<QByteArray> bytes = exchangeOverTcp(server, message, cancel);
    if (!bytes)
        return bytes.error();
    const PktPtr answer = packetFromWire(*bytes);
    if (!answer || ldns_pkt_id(answer.get()) != ldns_pkt_id(question.get()) ||
        !ldns_pkt_qr(answer.get()))
        return Error{u"dns.mismatch"_s, tr("The answer from %1 does not match the question “%2”.")
                                            .arg(server.describe(), owner)};
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(answer.get());
    if (rcode != LDNS_RCODE_NOERROR && rcode != LDNS_RCODE_NXDOMAIN)
        return Error{u"dns.requery"_s,
                     tr("%1 answered %2 when asked for %3 %4.")
                         .arg(server.describe(), takeLdnsString(ldns_pkt_rcode2str(rcode)), owner,
                              takeLdnsString(ldns_rr_type2str(ldns_rr_type(type))))};
    const RdfPtr ownerName(ldns_dname_new_frm_str(name.constData()));
    QList<Served> served;
    const ldns_rr_list *records = ldns_pkt_answer(answer.get());
    for (size_t i = 0; i < ldns_rr_list_rr_count(records); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(records, i);
        if (ldns_rr_get_type(rr) == type &&
            ldns_dname_compare(ldns_rr_owner(rr), ownerName.get()) == 0)
            served.append({ldns_rr_ttl(rr), canonicalRdata(rr), presentRdata(rr)});
    }
    return served;
}

// Compares the records sent for one RRset with what is served. True when all are present.
bool compare(const UpdateRrset &rrset, const QList<Served> &served, QList<ServedRecord> &out)
{
    QStringList found;
    for (const Served &s : served)
        found << u"%1 %2"_s.arg(s.ttl).arg(s.text);
    bool all = true;
    for (ServedRecord &record : out) {
        if (record.owner != rrset.owner || record.type != rrset.type)
            continue;
        const QString text = u"%1 3600 IN %2 %3"_s.arg(
            rrset.owner, takeLdnsString(ldns_rr_type2str(ldns_rr_type(rrset.type))), record.rdata);
        ldns_rr *raw = nullptr;
        const QByteArray utf8 = text.toUtf8();
        (void)ldns_rr_new_frm_str(&raw, utf8.constData(), 0, nullptr, nullptr);
        const RrPtr sent(raw);
        const QByteArray rdata = sent ? canonicalRdata(sent.get()) : QByteArray();
        const bool present =
            sent && std::any_of(served.cbegin(), served.cend(), [&](const Served &s) {
                return s.rdata == rdata && s.ttl == record.ttl;
            });
        record.state = present            ? ServedState::Present
                       : served.isEmpty() ? ServedState::Missing
                                          : ServedState::Different;
        record.found = found;
        all = all && present;
    }
    return all;
}

bool pause(int ms, const CancelToken &cancel)
{
    const QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        if (cancel.isCancelled())
            return false;
        QThread::msleep(quint64(std::min<qint64>(until.remainingTime(), 50)));
    }
    return !cancel.isCancelled();
}

} // namespace

QString servedStateKey(ServedState state)
{
    switch (state) {
    case ServedState::Present:
        return u"present"_s;
    case ServedState::Different:
        return u"different"_s;
    case ServedState::Missing:
        return u"missing"_s;
    }
    return {};
}

Result<QList<ServedRecord>> checkServed(const DnsServer &server, const UpdateRequest &request,
                                        const CancelToken &cancel, const Progress &progress,
                                        const CheckPolicy &policy)
{
    QList<ServedRecord> out;
    for (const UpdateRrset &rrset : request.rrsets)
        for (const QString &rdata : rrset.rdata)
            out.append({rrset.owner, rrset.type, rrset.ttl, rdata, ServedState::Missing, {}});
    QList<UpdateRrset> pending = request.rrsets;
    const QDeadlineTimer window(policy.windowMs);
    int delay = policy.firstRetryMs;
    for (;;) {
        QList<UpdateRrset> notYet;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const UpdateRrset &rrset = pending[i];
            progress.report(i, pending.size(), tr("Checking %1").arg(rrset.owner));
            Result<QList<Served>> served = query(server, rrset.owner, rrset.type, cancel);
            if (!served)
                return served.error();
            if (!compare(rrset, *served, out))
                notYet.append(rrset);
        }
        pending = notYet;
        if (pending.isEmpty() || window.hasExpired())
            return out;
        if (!pause(int(std::min<qint64>(delay, window.remainingTime())), cancel))
            return Error{u"dns.cancelled"_s, tr("Cancelled.")};
        delay *= 2;
    }
}

} // namespace sts::dns
