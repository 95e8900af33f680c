#include "DnssecValidator.h"

#include "dns/DnssecProofs.h"
#include "dns/Resolver.h"
#include "dns/TrustAnchorFile.h"
#include "util/LdnsError.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace sts::dns {

using namespace detail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns::DnssecValidator", text);
}

// Where the walk stands after a name: the closest enclosing zone and its validated keys, or a
// final verdict (insecure / bogus / indeterminate) that holds for everything below.
struct WalkState
{
    std::shared_ptr<const ldns_rdf> zone;
    std::shared_ptr<const ldns_rr_list> keys;
    std::optional<DnssecVerdict> final;
    bool nothingBelow = false; // the name was proven not to exist
};

std::shared_ptr<const ldns_rdf> shareRdf(ldns_rdf *rdf)
{
    return {rdf, [](const ldns_rdf *r) { ldns_rdf_deep_free(const_cast<ldns_rdf *>(r)); }};
}

std::shared_ptr<const ldns_rr_list> shareList(ldns_rr_list *list)
{
    return {list,
            [](const ldns_rr_list *l) { ldns_rr_list_deep_free(const_cast<ldns_rr_list *>(l)); }};
}

bool answered(const ldns_pkt *pkt)
{
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(pkt);
    return rcode == LDNS_RCODE_NOERROR || rcode == LDNS_RCODE_NXDOMAIN;
}

QString rcodeText(const ldns_pkt *pkt)
{
    return takeLdnsString(ldns_pkt_rcode2str(ldns_pkt_get_rcode(pkt)));
}

} // namespace

struct DnssecValidator::Impl
{
    RrListPtr anchors;
    std::shared_ptr<const ldns_rdf> anchorOwner;
    std::shared_ptr<const Clock> clock;
    QMutex mutex;
    QHash<QString, WalkState> cache; // by name: the state after that name's DS step

    WalkState fail(const DnssecVerdict &verdict)
    {
        WalkState s;
        s.final = verdict;
        return s;
    }

    Result<Packet> ask(Resolver &resolver, const ldns_rdf *name, ldns_rr_type type)
    {
        return resolver.query(dnameText(name), static_cast<quint16>(type));
    }

    // Step 4 of the walk: the DNSKEY RRset of `zone`, trusted through `trust` (DS or anchors).
    WalkState trustedKeys(Resolver &resolver, const ldns_rdf *zone, const ldns_rr_list *trust,
                          time_t now)
    {
        const QString zoneText = dnameText(zone);
        Result<Packet> pkt = ask(resolver, zone, LDNS_RR_TYPE_DNSKEY);
        if (!pkt)
            return fail(DnssecVerdict::indeterminate(pkt.error().message));
        if (!answered(pkt->get()))
            return fail(DnssecVerdict::indeterminate(
                u"%1 DNSKEY: %2"_s.arg(zoneText, rcodeText(pkt->get()))));
        RrListPtr keys = rrsetFrom(pkt->get(), zone, LDNS_RR_TYPE_DNSKEY, LDNS_SECTION_ANSWER);
        if (ldns_rr_list_rr_count(keys.get()) == 0)
            return fail(DnssecVerdict::bogus(BogusReason::NoDnskey, zoneText,
                                             u"%1 DNSKEY: no keys"_s.arg(zoneText)));
        RrViewPtr matching(ldns_rr_list_new());
        for (size_t k = 0; k < ldns_rr_list_rr_count(keys.get()); ++k) {
            ldns_rr *key = ldns_rr_list_rr(keys.get(), k);
            for (size_t t = 0; t < ldns_rr_list_rr_count(trust); ++t) {
                if (ldns_rr_compare_ds(ldns_rr_list_rr(trust, t), key)) {
                    ldns_rr_list_push_rr(matching.get(), key);
                    break;
                }
            }
        }
        if (ldns_rr_list_rr_count(matching.get()) == 0)
            return fail(DnssecVerdict::bogus(BogusReason::NoMatchingDnskey, zoneText,
                                             u"%1 DNSKEY: no key matches DS"_s.arg(zoneText)));
        RrListPtr sigs =
            signaturesFor(pkt->get(), zone, LDNS_RR_TYPE_DNSKEY, LDNS_SECTION_ANSWER, zone);
        const ldns_status status = verifyRRset(keys.get(), sigs.get(), matching.get(), now);
        if (status != LDNS_STATUS_OK)
            return fail(
                DnssecVerdict::bogus(reasonFromStatus(status), zoneText,
                                     u"%1 DNSKEY: %2"_s.arg(zoneText, ldnsStatusText(status))));
        WalkState s;
        s.zone = shareRdf(ldns_rdf_clone(zone));
        s.keys = shareList(keys.release());
        return s;
    }

    // Step 5 for one name: is `name` a zone cut below `state.zone`, and is it signed?
    WalkState stepDs(Resolver &resolver, const ldns_rdf *name, const WalkState &state, time_t now)
    {
        const QString nameText = dnameText(name);
        const QString zoneText = dnameText(state.zone.get());
        Result<Packet> pkt = ask(resolver, name, LDNS_RR_TYPE_DS);
        if (!pkt)
            return fail(DnssecVerdict::indeterminate(pkt.error().message));
        if (!answered(pkt->get()))
            return fail(
                DnssecVerdict::indeterminate(u"%1 DS: %2"_s.arg(nameText, rcodeText(pkt->get()))));
        RrListPtr ds = rrsetFrom(pkt->get(), name, LDNS_RR_TYPE_DS, LDNS_SECTION_ANSWER);
        if (ldns_rr_list_rr_count(ds.get()) > 0) {
            RrListPtr sigs = signaturesFor(pkt->get(), name, LDNS_RR_TYPE_DS, LDNS_SECTION_ANSWER,
                                           state.zone.get());
            const ldns_status status = verifyRRset(ds.get(), sigs.get(), state.keys.get(), now);
            if (status != LDNS_STATUS_OK)
                return fail(
                    DnssecVerdict::bogus(reasonFromStatus(status), zoneText,
                                         u"%1 DS: %2"_s.arg(nameText, ldnsStatusText(status))));
            bool usable = false;
            for (size_t i = 0; i < ldns_rr_list_rr_count(ds.get()); ++i) {
                const ldns_rr *rr = ldns_rr_list_rr(ds.get(), i);
                if (ldns_rr_rd_count(rr) < 4)
                    continue;
                const int algorithm = ldns_rdf2native_int8(ldns_rr_rdf(rr, 1));
                const int digest = ldns_rdf2native_int8(ldns_rr_rdf(rr, 2));
                if (ldns_key_algo_supported(algorithm) &&
                    (digest == 1 || digest == 2 || digest == 4))
                    usable = true;
            }
            // RFC 4035 §5.2: a DS set with no algorithm we implement makes the zone insecure.
            if (!usable)
                return fail(DnssecVerdict::insecure(nameText, u"no supported DS algorithm"_s));
            return trustedKeys(resolver, name, ds.get(), now);
        }
        if (ldns_rr_list_rr_count(
                rrsetFrom(pkt->get(), name, LDNS_RR_TYPE_CNAME, LDNS_SECTION_ANSWER).get()) > 0)
            return state; // an alias is never a zone cut
        const Denial denial =
            proveDenial(pkt->get(), name, LDNS_RR_TYPE_DS, state.zone.get(), state.keys.get(), now);
        switch (denial.kind) {
        case DenialKind::Failed:
            return fail(denial.failure);
        case DenialKind::InsecureCut:
            return fail(DnssecVerdict::insecure(nameText, u"unsigned delegation"_s));
        case DenialKind::NxDomain: {
            WalkState s = state;
            s.nothingBelow = true;
            return s;
        }
        case DenialKind::NoData:
            break;
        }
        return state;
    }

    WalkState anchorState(Resolver &resolver, time_t now)
    {
        const QString key = dnameText(anchorOwner.get());
        {
            QMutexLocker lock(&mutex);
            const auto it = cache.constFind(key);
            if (it != cache.constEnd())
                return *it;
        }
        WalkState s = trustedKeys(resolver, anchorOwner.get(), anchors.get(), now);
        if (!s.final || s.final->security != Security::Indeterminate) {
            QMutexLocker lock(&mutex);
            cache.insert(key, s);
        }
        return s;
    }

    WalkState walk(Resolver &resolver, const ldns_rdf *qname, time_t now)
    {
        WalkState state = anchorState(resolver, now);
        if (state.final)
            return state;
        if (ldns_dname_compare(qname, anchorOwner.get()) != 0 &&
            !ldns_dname_is_subdomain(qname, anchorOwner.get()))
            return fail(DnssecVerdict::insecure({}, u"outside the trust anchor"_s));
        const int total = ldns_dname_label_count(qname);
        for (int l = ldns_dname_label_count(anchorOwner.get()) + 1; l <= total; ++l) {
            RdfPtr name(ldns_dname_clone_from(qname, static_cast<uint16_t>(total - l)));
            const QString key = dnameText(name.get());
            bool cached = false;
            {
                QMutexLocker lock(&mutex);
                const auto it = cache.constFind(key);
                if (it != cache.constEnd()) {
                    state = *it;
                    cached = true;
                }
            }
            if (!cached) {
                state = stepDs(resolver, name.get(), state, now);
                if (!state.final || state.final->security != Security::Indeterminate) {
                    QMutexLocker lock(&mutex);
                    cache.insert(key, state);
                }
            }
            if (state.final || state.nothingBelow)
                break;
        }
        return state;
    }

    struct Step
    {
        DnssecVerdict verdict;
        int rcode = -1;
        QList<DnsRecord> records;
        QString cnameTarget;
        QString error;
    };

    // One name, no CNAME following: walk, query, validate the answer or the denial.
    Step lookupOne(Resolver &resolver, const QString &name, quint16 type, time_t now)
    {
        Step step;
        const QByteArray latin = name.toLatin1();
        RdfPtr qname(ldns_dname_new_frm_str(latin.constData()));
        if (!qname) {
            step.error = tr("“%1” is not a valid DNS name.").arg(name);
            step.verdict = DnssecVerdict::indeterminate(step.error);
            return step;
        }
        const WalkState state = walk(resolver, qname.get(), now);
        Result<Packet> pkt = ask(resolver, qname.get(), static_cast<ldns_rr_type>(type));
        if (!pkt) {
            step.error = pkt.error().message;
            step.verdict = weakest(state.final.value_or(DnssecVerdict::secure({})),
                                   DnssecVerdict::indeterminate(step.error));
            return step;
        }
        const ldns_pkt *answer = pkt->get();
        step.rcode = ldns_pkt_get_rcode(answer);
        if (!answered(answer)) {
            step.error = tr("The DNS server answered %1 for “%2”.").arg(rcodeText(answer), name);
            step.verdict = DnssecVerdict::indeterminate(step.error);
            return step;
        }
        ldns_rr_type dataType = static_cast<ldns_rr_type>(type);
        RrListPtr data = rrsetFrom(answer, qname.get(), dataType, LDNS_SECTION_ANSWER);
        if (ldns_rr_list_rr_count(data.get()) == 0 && type != RrType::CNAME) {
            RrListPtr alias =
                rrsetFrom(answer, qname.get(), LDNS_RR_TYPE_CNAME, LDNS_SECTION_ANSWER);
            if (ldns_rr_list_rr_count(alias.get()) > 0) {
                data = std::move(alias);
                dataType = LDNS_RR_TYPE_CNAME;
            }
        }
        const bool positive = ldns_rr_list_rr_count(data.get()) > 0;
        if (positive) {
            step.records = decodeRecords(data.get());
            if (dataType == LDNS_RR_TYPE_CNAME && type != RrType::CNAME) {
                step.cnameTarget = step.records.value(0).target;
                step.records.clear();
            }
        }
        if (state.final) {
            step.verdict = *state.final;
            return step;
        }
        const QString zoneText = dnameText(state.zone.get());
        if (positive) {
            RrListPtr sigs =
                signaturesFor(answer, qname.get(), dataType, LDNS_SECTION_ANSWER, state.zone.get());
            const ldns_status status = verifyRRset(data.get(), sigs.get(), state.keys.get(), now);
            if (status != LDNS_STATUS_OK)
                step.verdict = DnssecVerdict::bogus(
                    reasonFromStatus(status), zoneText,
                    u"%1 %2: %3"_s.arg(name, rrTypeName(static_cast<quint16>(dataType)),
                                       ldnsStatusText(status)));
            else if (isWildcardExpansion(sigs.get(), qname.get()) &&
                     !wildcardProven(answer, qname.get(), state.zone.get(), state.keys.get(), now))
                step.verdict =
                    DnssecVerdict::bogus(BogusReason::InvalidDenial, zoneText,
                                         u"%1: wildcard answer without proof"_s.arg(name));
            else
                step.verdict = DnssecVerdict::secure(zoneText);
            return step;
        }
        const Denial denial = proveDenial(answer, qname.get(), static_cast<ldns_rr_type>(type),
                                          state.zone.get(), state.keys.get(), now);
        step.verdict =
            denial.kind == DenialKind::Failed ? denial.failure : DnssecVerdict::secure(zoneText);
        return step;
    }
};

DnssecValidator::DnssecValidator(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
DnssecValidator::~DnssecValidator() = default;

QString DnssecValidator::defaultTrustAnchorFile()
{
    return u"/usr/share/dns/root.key"_s;
}

Result<std::shared_ptr<DnssecValidator>> DnssecValidator::create(const Options &options)
{
    const QString path =
        options.trustAnchorFile.isEmpty() ? defaultTrustAnchorFile() : options.trustAnchorFile;
    auto impl = std::make_unique<Impl>();
    Result<RrListPtr> anchors = loadTrustAnchors(path);
    if (!anchors)
        return anchors.error();
    impl->anchors = std::move(*anchors);
    const ldns_rdf *owner = ldns_rr_owner(ldns_rr_list_rr(impl->anchors.get(), 0));
    impl->anchorOwner = shareRdf(ldns_rdf_clone(owner));
    impl->clock = options.clock ? options.clock : Clock::system();
    return std::shared_ptr<DnssecValidator>(new DnssecValidator(std::move(impl)));
}

QString DnssecValidator::anchorZone() const
{
    return dnameText(d->anchorOwner.get());
}

Result<DnssecVerdict> DnssecValidator::checkAnchor(Resolver &resolver)
{
    const time_t now = static_cast<time_t>(d->clock->now().toSecsSinceEpoch());
    const WalkState state = d->anchorState(resolver, now);
    if (!state.final)
        return DnssecVerdict::secure(anchorZone());
    if (state.final->security == Security::Indeterminate)
        return Error{u"dns.unreachable"_s, state.final->detail};
    return *state.final;
}

LookupResult DnssecValidator::lookup(Resolver &resolver, const QString &name, quint16 type)
{
    const time_t now = static_cast<time_t>(d->clock->now().toSecsSinceEpoch());
    LookupResult out;
    out.name = normalizeName(name);
    out.type = type;
    QString current = out.name;
    for (int hop = 0;; ++hop) {
        const Impl::Step step = d->lookupOne(resolver, current, type, now);
        out.verdict = hop == 0 ? step.verdict : weakest(out.verdict, step.verdict);
        out.rcode = step.rcode;
        out.error = step.error;
        if (step.cnameTarget.isEmpty()) {
            out.records = step.records;
            break;
        }
        if (hop >= 8 || out.cnameChain.contains(step.cnameTarget) || step.cnameTarget == out.name) {
            out.error = tr("CNAME chain from “%1” is a loop or longer than 8.").arg(out.name);
            out.verdict = weakest(out.verdict, DnssecVerdict::indeterminate(out.error));
            break;
        }
        out.cnameChain.append(step.cnameTarget);
        current = step.cnameTarget;
    }
    return out;
}

} // namespace sts::dns
