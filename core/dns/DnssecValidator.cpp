#include "DnssecValidator.h"

#include "dns/DnssecAnswer.h"
#include "dns/Resolver.h"
#include "dns/TrustAnchorFile.h"
#include "util/LdnsError.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QWaitCondition>
#include <algorithm>
#include <limits>
#include <memory>
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
    bool nothingBelow = false;  // the name was proven not to exist
    bool serverFailure = false; // indeterminate because the server answered SERVFAIL, REFUSED...
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
    Q_DECLARE_TR_FUNCTIONS(sts::dns::DnssecValidator::Impl)

public:
    RrListPtr anchors;
    std::shared_ptr<const ldns_rdf> anchorOwner;
    std::shared_ptr<const Clock> clock;
    QMutex mutex;
    QHash<QByteArray, WalkState> cache; // by name (dnameKey): the state after its DS step
    QSet<QByteArray> inflight;          // names whose DS step a thread is doing right now
    QWaitCondition inflightDone;        // something left `inflight` or `answering`

    // Validated answers by name and type, for as long as their TTL allows and at most a minute:
    // customers of one mail hoster share its MX hosts, and a run over all of them would ask for
    // the same addresses and TLSA records once per customer. Undecided answers are not kept.
    struct CachedStep;
    QHash<QByteArray, CachedStep> answers;
    QSet<QByteArray> answering; // answers a thread is looking up right now

    // The value for `key`, worked out once for every thread of the run: a thread that finds
    // another one working on it waits for its result instead of repeating the queries (hosts of
    // one zone reach the same labels, customers of one hoster the same MX hosts, at the same
    // time). `usable` says whether a kept value still holds, `keep` whether a new one is kept;
    // at `limit` entries the store starts over.
    template <typename Value, typename Usable, typename Compute, typename Keep>
    Value sharedOnce(QHash<QByteArray, Value> &kept, QSet<QByteArray> &busy, const QByteArray &key,
                     qsizetype limit, Usable usable, Compute compute, Keep keep)
    {
        QMutexLocker lock(&mutex);
        while (busy.contains(key))
            inflightDone.wait(&mutex);
        if (const auto it = kept.constFind(key); it != kept.constEnd() && usable(*it))
            return *it;
        busy.insert(key);
        lock.unlock();
        Value value = compute();
        lock.relock();
        busy.remove(key);
        inflightDone.wakeAll();
        if (keep(value)) {
            if (kept.size() >= limit)
                kept.clear();
            kept.insert(key, value);
        }
        return value;
    }

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
        Result<Packet> pkt = ask(resolver, zone, LDNS_RR_TYPE_DNSKEY);
        if (!pkt)
            return fail(DnssecVerdict::indeterminate(pkt.error().message));
        if (!answered(pkt->get())) {
            WalkState s = fail(DnssecVerdict::indeterminate(
                u"%1 DNSKEY: %2"_s.arg(dnameText(zone), rcodeText(pkt->get()))));
            s.serverFailure = true;
            return s;
        }
        RrListPtr keys = rrsetFrom(pkt->get(), zone, LDNS_RR_TYPE_DNSKEY, LDNS_SECTION_ANSWER);
        if (ldns_rr_list_rr_count(keys.get()) == 0)
            return fail(DnssecVerdict::bogus(
                BogusReason::NoDnskey, dnameText(zone),
                u"%1 DNSKEY: no keys (%2)"_s.arg(dnameText(zone), rcodeText(pkt->get()))));
        const RrViewPtr matching = keysMatching(keys.get(), trust);
        if (ldns_rr_list_rr_count(matching.get()) == 0)
            return fail(
                DnssecVerdict::bogus(BogusReason::NoMatchingDnskey, dnameText(zone),
                                     u"%1 DNSKEY: no key matches DS"_s.arg(dnameText(zone))));
        RrViewPtr sigs =
            signaturesFor(pkt->get(), zone, LDNS_RR_TYPE_DNSKEY, LDNS_SECTION_ANSWER, zone);
        const ldns_status status = verifyRRset(keys.get(), sigs.get(), matching.get(), now);
        if (status != LDNS_STATUS_OK)
            return fail(DnssecVerdict::bogus(
                reasonFromStatus(status), dnameText(zone),
                u"%1 DNSKEY: %2"_s.arg(dnameText(zone), ldnsStatusText(status))));
        WalkState s;
        s.zone = shareRdf(ldns_rdf_clone(zone));
        s.keys = shareList(keys.release());
        return s;
    }

    // Step 5 for one name: is `name` a zone cut below `state.zone`, and is it signed?
    WalkState stepDs(Resolver &resolver, const ldns_rdf *name, const WalkState &state, time_t now)
    {
        Result<Packet> pkt = ask(resolver, name, LDNS_RR_TYPE_DS);
        if (!pkt)
            return fail(DnssecVerdict::indeterminate(pkt.error().message));
        if (!answered(pkt->get()))
            return fail(DnssecVerdict::indeterminate(
                u"%1 DS: %2"_s.arg(dnameText(name), rcodeText(pkt->get()))));
        RrListPtr ds = rrsetFrom(pkt->get(), name, LDNS_RR_TYPE_DS, LDNS_SECTION_ANSWER);
        if (ldns_rr_list_rr_count(ds.get()) > 0) {
            RrViewPtr sigs = signaturesFor(pkt->get(), name, LDNS_RR_TYPE_DS, LDNS_SECTION_ANSWER,
                                           state.zone.get());
            const ldns_status status = verifyRRset(ds.get(), sigs.get(), state.keys.get(), now);
            if (status != LDNS_STATUS_OK)
                return fail(DnssecVerdict::bogus(
                    reasonFromStatus(status), dnameText(state.zone.get()),
                    u"%1 DS: %2"_s.arg(dnameText(name), ldnsStatusText(status))));
            if (!hasSupportedDs(ds.get()))
                return fail(
                    DnssecVerdict::insecure(dnameText(name), u"no supported DS algorithm"_s));
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
            return fail(DnssecVerdict::insecure(dnameText(name), u"unsigned delegation"_s));
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
        const QByteArray key = dnameKey(anchorOwner.get());
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
            state = sharedOnce(
                cache, inflight, dnameKey(name.get()), std::numeric_limits<qsizetype>::max(),
                [](const WalkState &) { return true; },
                [&] { return stepDs(resolver, name.get(), state, now); },
                [](const WalkState &s) {
                    return !s.final || s.final->security != Security::Indeterminate;
                });
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

    struct CachedStep
    {
        Step step;
        time_t expires = 0; // an undecided answer expires at once: it is never kept
    };
    static constexpr time_t kMaxAnswerSeconds = 60;
    static constexpr qsizetype kMaxAnswers = 4096;

    // lookupOne() through the run's answers.
    Step answer(Resolver &resolver, const QString &name, quint16 type, time_t now)
    {
        const QByteArray key = name.toLower().toLatin1() + '/' + QByteArray::number(type);
        const CachedStep found = sharedOnce(
            answers, answering, key, kMaxAnswers,
            [now](const CachedStep &c) { return c.expires > now; },
            [&] {
                CachedStep c{lookupOne(resolver, name, type, now), now};
                if (c.step.verdict.security != Security::Indeterminate && c.step.error.isEmpty()) {
                    quint32 ttl = kMaxAnswerSeconds;
                    for (const DnsRecord &r : std::as_const(c.step.records))
                        ttl = std::min(ttl, r.ttl);
                    c.expires = now + time_t(ttl);
                }
                return c;
            },
            [now](const CachedStep &c) { return c.expires > now; });
        return found.step;
    }

    // The validated keys of `zone` if an earlier walk of this run reached it as a signed zone.
    std::optional<WalkState> knownZone(const ldns_rdf *zone)
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(dnameKey(zone));
        if (it == cache.constEnd() || it->final || !it->keys ||
            ldns_dname_compare(it->zone.get(), zone) != 0)
            return std::nullopt;
        return *it;
    }

    // A signature by zone S over data at the name can only exist if S is authoritative for it,
    // so when the answer's signer is a zone this run already validated, the labels between S
    // and the name need no DS queries. Negative answers take this path only with proof that
    // S is authoritative down to the name: a record matching the name that shows it is no zone
    // cut (NODATA), or an NSEC3 closest encloser proof, which rejects a delegation or DNAME at
    // the encloser and can only match names S holds itself (RFC 5155 §7.1, §8.3; NXDOMAIN).
    // An NXDOMAIN proved with NSEC takes the long way: a parent's NSEC at a delegation covers
    // the names below it. Anything unusual (no or unknown signer, a failing signature or
    // proof, an opt-out span) takes the long way too, which also names the reason.
    std::optional<DnssecVerdict> viaKnownSigner(const ldns_pkt *answer, const ldns_rdf *qname,
                                                ldns_rr_type qtype, ldns_rr_type dataType,
                                                const ldns_rr_list *data, time_t now)
    {
        const bool positive = ldns_rr_list_rr_count(data) > 0;
        const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(answer);
        const bool nxdomain = !positive && rcode == LDNS_RCODE_NXDOMAIN;
        if (!positive && rcode != LDNS_RCODE_NOERROR && !nxdomain)
            return std::nullopt;
        if (nxdomain && !hasNsec3Proof(answer))
            return std::nullopt;
        RdfPtr signer = positive ? signerOf(answer, qname, dataType, LDNS_SECTION_ANSWER)
                                 : signerOfDenial(answer);
        if (!signer || (ldns_dname_compare(signer.get(), qname) != 0 &&
                        !ldns_dname_is_subdomain(qname, signer.get())))
            return std::nullopt;
        const std::optional<WalkState> zone = knownZone(signer.get());
        if (!zone)
            return std::nullopt;
        const QString zoneText = dnameText(signer.get());
        if (nxdomain) {
            if (proveDenial(answer, qname, qtype, signer.get(), zone->keys.get(), now).kind !=
                DenialKind::NxDomain)
                return std::nullopt;
            return DnssecVerdict::secure(zoneText);
        }
        if (!positive) {
            if (!deniesAsNonCut(answer, qname, signer.get()) ||
                proveDenial(answer, qname, qtype, signer.get(), zone->keys.get(), now).kind !=
                    DenialKind::NoData)
                return std::nullopt;
            return DnssecVerdict::secure(zoneText);
        }
        RrViewPtr sigs = signaturesFor(answer, qname, dataType, LDNS_SECTION_ANSWER, signer.get());
        if (verifyRRset(data, sigs.get(), zone->keys.get(), now) != LDNS_STATUS_OK)
            return std::nullopt;
        if (const int labels = wildcardLabels(sigs.get(), qname);
            labels >= 0 &&
            wildcardProof(answer, qname, labels, signer.get(), zone->keys.get(), now).kind !=
                DenialKind::NoData)
            return std::nullopt;
        return DnssecVerdict::secure(zoneText);
    }

    // One name, no CNAME following: query, then validate the answer or the denial (through a
    // known signer, or by walking down from the trust anchor).
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
        Result<Packet> pkt = ask(resolver, qname.get(), static_cast<ldns_rr_type>(type));
        if (!pkt) {
            step.error = pkt.error().message;
            step.verdict = DnssecVerdict::indeterminate(step.error);
            return step;
        }
        const ldns_pkt *answer = pkt->get();
        step.rcode = ldns_pkt_get_rcode(answer);
        if (!answered(answer)) {
            step.error = tr("The DNS resolver %1 answered %2 for “%3”.")
                             .arg(resolver.config().describe(), rcodeText(answer), name);
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
        if (std::optional<DnssecVerdict> known = viaKnownSigner(
                answer, qname.get(), static_cast<ldns_rr_type>(type), dataType, data.get(), now)) {
            step.verdict = *known;
            return step;
        }
        const WalkState state = walk(resolver, qname.get(), now);
        if (state.final) {
            step.verdict = *state.final;
            return step;
        }
        step.verdict = answerVerdict(answer, name, qname.get(), static_cast<ldns_rr_type>(type),
                                     dataType, data.get(), state.zone.get(), state.keys.get(), now);
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
        return Error{state.serverFailure ? u"dns.server-failure"_s : u"dns.unreachable"_s,
                     state.final->detail};
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
        const Impl::Step step = d->answer(resolver, current, type, now);
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
