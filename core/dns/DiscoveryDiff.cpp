#include "dns/DiscoveryDiff.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::dns", text);
}

using Kind = DiscoveryChange::Kind;

QString verdictText(const DnssecVerdict &v)
{
    QString text = DnssecVerdict::translatedSecurity(v.security);
    if (v.security == Security::Bogus && v.reason != BogusReason::None)
        text = tr("%1 (%2)").arg(text, DnssecVerdict::translatedReason(v.reason));
    return text;
}

// The record data of a lookup, sorted, TTL ignored.
QStringList dataOf(const LookupResult &r)
{
    QStringList out;
    for (const DnsRecord &record : r.records)
        out.append(record.rdata);
    std::sort(out.begin(), out.end());
    out.removeDuplicates();
    return out;
}

class Differ
{
    Q_DECLARE_TR_FUNCTIONS(sts::dns::Differ)

public:
    QList<DiscoveryChange> changes;

    void add(Kind kind, const QString &subject, const QString &before, const QString &after,
             const QString &description)
    {
        changes.append({kind, subject, before, after, description});
    }

    void verdict(const QString &subject, const LookupResult &b, const LookupResult &a)
    {
        if (b.verdict.security == a.verdict.security && b.verdict.reason == a.verdict.reason)
            return;
        const QString from = verdictText(b.verdict), to = verdictText(a.verdict);
        add(Kind::DnssecChanged, subject, from, to,
            tr("DNSSEC status of %1 changed from %2 to %3.").arg(subject, from, to));
    }

    void records(const LookupResult &b, const LookupResult &a)
    {
        const QString subject = u"%1 %2"_s.arg(a.name.isEmpty() ? b.name : a.name,
                                               rrTypeName(a.type ? a.type : b.type));
        verdict(subject, b, a);
        if (!b.answered() || !a.answered())
            return;
        const QStringList before = dataOf(b), after = dataOf(a);
        if (before == after)
            return;
        const QString from = before.join(u"; "_s), to = after.join(u"; "_s);
        if (before.isEmpty())
            add(Kind::RecordAppeared, subject, from, to,
                tr("%1 is now published: %2.").arg(subject, to));
        else if (after.isEmpty())
            add(Kind::RecordDisappeared, subject, from, to,
                tr("%1 is no longer published (was: %2).").arg(subject, from));
        else
            add(Kind::RecordChanged, subject, from, to,
                tr("%1 changed from “%2” to “%3”.").arg(subject, from, to));
    }

    void host(const MxHostReport &b, const MxHostReport &a)
    {
        if (b.preference != a.preference)
            add(Kind::MxPriorityChanged, a.name, QString::number(b.preference),
                QString::number(a.preference),
                tr("MX host %1 changed priority from %2 to %3.")
                    .arg(a.name)
                    .arg(b.preference)
                    .arg(a.preference));
        if (!a.ipLiteral && !b.ipLiteral) {
            QStringList before = b.addresses(), after = a.addresses();
            std::sort(before.begin(), before.end());
            std::sort(after.begin(), after.end());
            const bool comparable =
                b.a.answered() && b.aaaa.answered() && a.a.answered() && a.aaaa.answered();
            if (comparable && before != after) {
                const QString from = before.isEmpty() ? tr("none") : before.join(u", "_s);
                const QString to = after.isEmpty() ? tr("none") : after.join(u", "_s);
                add(Kind::AddressesChanged, a.name, from, to,
                    tr("Addresses of MX host %1 changed from %2 to %3.").arg(a.name, from, to));
            }
            verdict(a.name + u" A"_s, b.a, a.a);
            verdict(a.name + u" AAAA"_s, b.aaaa, a.aaaa);
            records(b.tlsa, a.tlsa);
        }
        if (b.dane != a.dane) {
            const QString from = daneStateText(b.dane), to = daneStateText(a.dane);
            add(Kind::DaneChanged, a.name, from, to,
                tr("DANE toward %1 changed from %2 to %3.").arg(a.name, from, to));
        }
    }
};

const MxHostReport *findHost(const QList<MxHostReport> &hosts, const QString &name)
{
    for (const MxHostReport &h : hosts)
        if (h.name == name)
            return &h;
    return nullptr;
}

} // namespace

QString DiscoveryChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MxHostAdded:
        return u"mx-host-added"_s;
    case Kind::MxHostRemoved:
        return u"mx-host-removed"_s;
    case Kind::MxPriorityChanged:
        return u"mx-priority-changed"_s;
    case Kind::AddressesChanged:
        return u"addresses-changed"_s;
    case Kind::RecordAppeared:
        return u"record-appeared"_s;
    case Kind::RecordDisappeared:
        return u"record-disappeared"_s;
    case Kind::RecordChanged:
        return u"record-changed"_s;
    case Kind::DnssecChanged:
        return u"dnssec-changed"_s;
    case Kind::DaneChanged:
        return u"dane-changed"_s;
    }
    return {};
}

QList<DiscoveryChange> diffReports(const DiscoveryReport &before, const DiscoveryReport &after)
{
    Differ d;
    // The MX RRset: its data shows up as host changes below, only its verdict is compared here.
    d.verdict(after.domain + u" MX"_s, before.mx, after.mx);
    for (const MxHostReport &b : before.hosts) {
        if (!findHost(after.hosts, b.name))
            d.add(Kind::MxHostRemoved, b.name, QString::number(b.preference), QString(),
                  tr("MX host %1 (priority %2) was removed.").arg(b.name).arg(b.preference));
    }
    for (const MxHostReport &a : after.hosts) {
        const MxHostReport *b = findHost(before.hosts, a.name);
        if (!b) {
            const QStringList addresses = a.addresses();
            d.add(Kind::MxHostAdded, a.name, QString(), QString::number(a.preference),
                  tr("MX host %1 (priority %2) was added; addresses: %3.")
                      .arg(a.name)
                      .arg(a.preference)
                      .arg(addresses.isEmpty() ? tr("none") : addresses.join(u", "_s)));
            continue;
        }
        d.host(*b, a);
    }
    d.records(before.stsTxt, after.stsTxt);
    d.records(before.tlsRptTxt, after.tlsRptTxt);
    d.records(before.oldTlsRptTxt, after.oldTlsRptTxt);
    d.records(before.policyHostA, after.policyHostA);
    d.records(before.policyHostAaaa, after.policyHostAaaa);
    return d.changes;
}

} // namespace sts::dns
