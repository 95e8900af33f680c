#include "services/ManualMx.h"

#include "engagement/DomainName.h"
#include "engagement/EventKinds.h"
#include "services/ChangedValues.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services::ManualMx", text);
}

QJsonObject toJson(const ManualMxHost &h)
{
    return {{u"id"_s, h.id},
            {u"host"_s, h.host},
            {u"priority"_s, h.priority},
            {u"addresses"_s, QJsonArray::fromStringList(h.addresses)},
            {u"note"_s, h.note}};
}

storage::EngagementEvent event(const ServiceContext &context, qint64 engagementId,
                               QLatin1StringView kind, QJsonObject payload)
{
    storage::EngagementEvent e;
    e.engagementId = engagementId;
    e.at = context.clock->now();
    e.kind = QString(kind);
    e.actor = context.actor;
    e.payload = std::move(payload);
    return e;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

ManualMx::ManualMx(ServiceContext context) : m_context(std::move(context)) {}

Result<ManualMxHost> ManualMx::validated(const ManualMxInput &input)
{
    ManualMxHost out;
    QString host = input.host.trimmed();
    if (host.endsWith(u'.')) // as zone files write it
        host.chop(1);
    if (host.isEmpty())
        return Error{kHostError, tr("Enter the mail server's host name (mx1.example.com).")};
    Result<DomainName> name = DomainName::fromUserInput(host);
    if (!name)
        return Error{
            kHostError,
            tr("“%1” is not a host name. Type it like mx1.example.com: letters, digits and "
               "hyphens, with dots between the labels.")
                .arg(input.host.trimmed())};
    out.host = name->ace;
    if (input.priority < 0 || input.priority > 65535)
        return Error{kPriorityError,
                     tr("The priority is a number from 0 to 65535 (lower is tried first).")};
    out.priority = input.priority;
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    for (const QString &typed : input.addresses)
        for (const QString &part : typed.split(separators, Qt::SkipEmptyParts)) {
            QString text = part;
            if (text.startsWith(u'[') && text.endsWith(u']'))
                text = text.mid(1, text.size() - 2);
            // QHostAddress also takes inet_aton shorthand ("127.1", "1.2.3"): a typo, not an
            // address anyone means for a mail server.
            static const QRegularExpression dotted(u"^\\d{1,3}(\\.\\d{1,3}){3}$"_s);
            const QHostAddress address(
                text.contains(u':') || dotted.match(text).hasMatch() ? text : QString());
            const auto protocol = address.protocol();
            if (address.isNull() || !address.scopeId().isEmpty() ||
                (protocol != QAbstractSocket::IPv4Protocol &&
                 protocol != QAbstractSocket::IPv6Protocol))
                return Error{kAddressError, tr("“%1” is not an IPv4 or IPv6 address "
                                               "(192.0.2.25, 2001:db8::25).")
                                                .arg(part)};
            if (!out.addresses.contains(address.toString()))
                out.addresses << address.toString();
        }
    out.note = input.note.trimmed();
    return out;
}

Result<QList<ManualMxHost>> ManualMx::list(qint64 engagementId) const
{
    return storage::ManualMxRepository(m_context.database).list(engagementId);
}

Result<ManualMxHost> ManualMx::find(qint64 engagementId, qint64 id) const
{
    Result<QList<ManualMxHost>> all = list(engagementId);
    if (!all)
        return all.error();
    for (const ManualMxHost &h : *all)
        if (h.id == id)
            return h;
    return Error{u"mx.not-found"_s, tr("There is no hand-entered mail server %1.").arg(id)};
}

Status ManualMx::unique(qint64 engagementId, const QString &host, qint64 exceptId) const
{
    Result<QList<ManualMxHost>> all = list(engagementId);
    if (!all)
        return all.error();
    for (const ManualMxHost &h : *all)
        if (h.id != exceptId && h.host == host)
            return Error{kDuplicateError,
                         tr("%1 is already in the list (entry %2): edit that one instead.")
                             .arg(h.host)
                             .arg(h.id)};
    return Status::success();
}

Result<ManualMxHost> ManualMx::add(qint64 engagementId, const ManualMxInput &input)
{
    Result<ManualMxHost> entry = validated(input);
    if (!entry)
        return entry.error();
    if (Status fresh = unique(engagementId, entry->host, 0); !fresh)
        return fresh.error();
    entry->engagementId = engagementId;
    entry->createdAt = entry->updatedAt = m_context.clock->now();
    Result<qint64> id =
        storage::ManualMxRepository(m_context.database)
            .insert(*entry, event(m_context, engagementId, events::kMxEntered, toJson(*entry)));
    if (!id)
        return id.error();
    return find(engagementId, *id);
}

Result<ManualMxHost> ManualMx::update(qint64 engagementId, qint64 id, const ManualMxInput &input)
{
    Result<ManualMxHost> before = find(engagementId, id);
    if (!before)
        return before.error();
    Result<ManualMxHost> entry = validated(input);
    if (!entry)
        return entry.error();
    if (Status fresh = unique(engagementId, entry->host, id); !fresh)
        return fresh.error();
    entry->id = id;
    entry->engagementId = engagementId;
    entry->createdAt = before->createdAt;
    QJsonObject changes = changedValues(toJson(*before), toJson(*entry));
    if (changes.isEmpty())
        return *before; // nothing changed: nothing written, nothing logged
    entry->updatedAt = m_context.clock->now();
    changes.insert(u"id"_s, id);
    changes.insert(u"host"_s, entry->host);
    if (Status stored =
            storage::ManualMxRepository(m_context.database)
                .update(*entry, event(m_context, engagementId, events::kMxEdited, changes));
        !stored)
        return stored.error();
    return find(engagementId, id);
}

Status ManualMx::remove(qint64 engagementId, qint64 id, const QString &reason)
{
    Result<ManualMxHost> entry = find(engagementId, id);
    if (!entry)
        return entry.error();
    QJsonObject payload = toJson(*entry);
    if (!reason.isEmpty())
        payload.insert(u"reason"_s, reason);
    return storage::ManualMxRepository(m_context.database)
        .remove(engagementId, id, event(m_context, engagementId, events::kMxRemoved, payload));
}

Result<EffectiveMx> ManualMx::effective(qint64 engagementId) const
{
    return loadEffectiveMx(m_context.database, engagementId);
}

ManualMxDiff ManualMx::compare(const dns::DiscoveryReport &scan, const QList<ManualMxHost> &manual)
{
    ManualMxDiff out;
    for (const ManualMxHost &entry : manual) {
        ManualMxComparison c;
        c.entry = entry;
        for (const dns::MxHostReport &host : scan.hosts) {
            if (host.name != entry.host)
                continue;
            c.inDns = true;
            c.dnsPriority = host.preference;
            c.dnsAddresses = host.ipLiteral ? QStringList{host.name} : host.addresses();
            c.samePriority = host.preference == entry.priority;
            c.sameAddresses =
                entry.addresses.isEmpty() || sorted(entry.addresses) == sorted(c.dnsAddresses);
        }
        out.entries << c;
    }
    for (const dns::MxHostReport &host : scan.hosts)
        if (std::none_of(manual.cbegin(), manual.cend(),
                         [&](const ManualMxHost &m) { return m.host == host.name; }))
            out.dnsOnly << host.name;
    return out;
}

Result<std::optional<ManualMxDiff>> ManualMx::compareWithDns(qint64 engagementId) const
{
    Result<EffectiveMx> mx = effective(engagementId);
    if (!mx)
        return mx.error();
    if (!mx->snapshot)
        return std::optional<ManualMxDiff>();
    Result<QList<ManualMxHost>> manual = list(engagementId);
    if (!manual)
        return manual.error();
    return std::optional<ManualMxDiff>(compare(mx->snapshot->report, *manual));
}

QString ManualMxComparison::text(TextLanguage language) const
{
    if (!inDns)
        return language.translate("sts::services::ManualMx", "not in DNS (yet)");
    if (samePriority && sameAddresses)
        return language.translate("sts::services::ManualMx",
                                  "DNS has it now, with the same priority and addresses");
    QStringList differences;
    if (!samePriority)
        differences
            << language.translate("sts::services::ManualMx", "priority %1 in DNS").arg(dnsPriority);
    if (!sameAddresses)
        differences << language.translate("sts::services::ManualMx", "addresses in DNS: %1")
                           .arg(dnsAddresses.isEmpty()
                                    ? language.translate("sts::services::ManualMx", "none")
                                    : dnsAddresses.join(u", "_s));
    return language.translate("sts::services::ManualMx", "DNS has it now, but with %1")
        .arg(differences.join(u"; "_s));
}

} // namespace sts::services
