#include "services/EffectiveMx.h"

#include "storage/EngagementRepository.h"

#include <QHostAddress>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::services {

QString mxOriginText(MxOrigin origin, TextLanguage language)
{
    return origin == MxOrigin::Hand
               ? language.translate("sts::services::ManualMx", "entered by hand")
               : language.translate("sts::services::ManualMx", "found in DNS");
}

QString mxOriginKey(MxOrigin origin)
{
    return origin == MxOrigin::Hand ? u"hand"_s : u"dns"_s;
}

namespace {

// The addresses typed for a host, as the A and AAAA answers a scan would hold. No DNSSEC verdict:
// nothing was validated, so DANE never counts them as secure.
void fillAddresses(dns::MxHostReport &host, const QStringList &addresses)
{
    host.a.name = host.aaaa.name = host.name;
    host.a.type = dns::RrType::A;
    host.aaaa.type = dns::RrType::AAAA;
    for (const QString &text : addresses) {
        const QHostAddress address(text);
        const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        dns::DnsRecord record;
        record.owner = host.name;
        record.type = v4 ? dns::RrType::A : dns::RrType::AAAA;
        record.rdata = text;
        record.address = text;
        (v4 ? host.a : host.aaaa).records.append(record);
    }
}

} // namespace

bool EffectiveMx::hasHandEntries() const
{
    return std::any_of(hosts.cbegin(), hosts.cend(),
                       [](const EffectiveMxHost &h) { return h.manualId != 0; });
}

QStringList EffectiveMx::names() const
{
    QStringList out;
    for (const EffectiveMxHost &h : hosts)
        out << h.host.name;
    return out;
}

QStringList EffectiveMx::handEnteredNames() const
{
    QStringList out;
    for (const EffectiveMxHost &h : hosts)
        if (h.origin == MxOrigin::Hand)
            out << h.host.name;
    return out;
}

std::optional<storage::DiscoverySnapshot> EffectiveMx::effectiveSnapshot() const
{
    if (!snapshot && hosts.isEmpty())
        return std::nullopt;
    storage::DiscoverySnapshot out;
    if (snapshot) {
        out = *snapshot;
    } else {
        out.report.domain = domain;
        out.takenAt = out.report.finishedAt = handEditedAt;
    }
    out.report.hosts.clear();
    for (const EffectiveMxHost &h : hosts)
        out.report.hosts << h.host;
    return out;
}

EffectiveMx mergeMx(const QString &domain, const std::optional<storage::DiscoverySnapshot> &scan,
                    const QList<storage::ManualMxHost> &manual)
{
    EffectiveMx out;
    out.domain = domain;
    out.snapshot = scan;
    QList<const storage::ManualMxHost *> unmatched;
    for (const storage::ManualMxHost &m : manual) {
        unmatched << &m;
        out.handEditedAt = std::max(out.handEditedAt, m.updatedAt);
    }
    if (scan)
        for (const dns::MxHostReport &found : scan->report.hosts) {
            EffectiveMxHost h{found, MxOrigin::Dns, false, 0, {}};
            for (qsizetype i = 0; i < unmatched.size(); ++i) {
                if (unmatched[i]->host != found.name)
                    continue;
                h.manualId = unmatched[i]->id;
                h.note = unmatched[i]->note;
                if (!found.ipLiteral && found.addresses().isEmpty() &&
                    !unmatched[i]->addresses.isEmpty()) {
                    fillAddresses(h.host, unmatched[i]->addresses);
                    h.addressesByHand = true;
                }
                unmatched.removeAt(i);
                break;
            }
            out.hosts << h;
        }
    for (const storage::ManualMxHost *m : std::as_const(unmatched)) {
        dns::MxHostReport host;
        host.name = m->host;
        host.preference = m->priority;
        host.provider = dns::recognizeProvider(m->host);
        fillAddresses(host, m->addresses);
        out.hosts << EffectiveMxHost{host, MxOrigin::Hand, false, m->id, m->note};
    }
    std::stable_sort(out.hosts.begin(), out.hosts.end(),
                     [](const EffectiveMxHost &a, const EffectiveMxHost &b) {
                         return a.host.preference < b.host.preference;
                     });
    return out;
}

Result<EffectiveMx> loadEffectiveMx(const std::shared_ptr<const storage::Database> &db,
                                    qint64 engagementId)
{
    Result<Engagement> engagement = storage::EngagementRepository(db).get(engagementId);
    if (!engagement)
        return engagement.error();
    Result<std::optional<storage::DiscoverySnapshot>> scan =
        storage::DiscoveryRepository(db).latest(engagementId);
    if (!scan)
        return scan.error();
    Result<QList<storage::ManualMxHost>> manual =
        storage::ManualMxRepository(db).list(engagementId);
    if (!manual)
        return manual.error();
    return mergeMx(engagement->domain.ace, *scan, *manual);
}

} // namespace sts::services
