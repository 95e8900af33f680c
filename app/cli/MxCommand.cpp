// stsdesk-cli mx list|add|edit|remove ID …: the mail servers an engagement works with, the ones
// entered by hand among them (services::ManualMx, the same use case as the wizard's editor).
#include "MxCommand.h"

#include "services/ManualMx.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

QJsonObject entryJson(const services::ManualMxHost &h)
{
    return {{u"id"_s, h.id},
            {u"host"_s, h.host},
            {u"priority"_s, h.priority},
            {u"addresses"_s, QJsonArray::fromStringList(h.addresses)},
            {u"note"_s, h.note}};
}

int list(Context &ctx, services::ManualMx &mx, qint64 id)
{
    Result<services::EffectiveMx> effective = mx.effective(id);
    if (!effective)
        return ctx.failure(effective.error());
    Result<std::optional<services::ManualMxDiff>> diff = mx.compareWithDns(id);
    if (!diff)
        return ctx.failure(diff.error());
    auto comparisonOf = [&](qint64 manualId) -> const services::ManualMxComparison * {
        if (*diff)
            for (const services::ManualMxComparison &c : (*diff)->entries)
                if (c.entry.id == manualId)
                    return &c;
        return nullptr;
    };
    if (ctx.json()) {
        QJsonArray hosts;
        for (const services::EffectiveMxHost &h : effective->hosts) {
            QJsonObject row{{u"host"_s, h.host.name},
                            {u"priority"_s, h.host.preference},
                            {u"addresses"_s, QJsonArray::fromStringList(h.host.addresses())},
                            {u"origin"_s, services::mxOriginKey(h.origin)},
                            {u"addressesByHand"_s, h.addressesByHand}};
            if (h.manualId != 0) {
                row.insert(u"id"_s, h.manualId);
                row.insert(u"note"_s, h.note);
                if (const services::ManualMxComparison *c = comparisonOf(h.manualId))
                    row.insert(u"inDns"_s, c->inDns);
            }
            hosts.append(row);
        }
        ctx.printJson(QJsonObject{{u"domain"_s, effective->domain},
                                  {u"scanned"_s, effective->snapshot.has_value()},
                                  {u"hosts"_s, hosts}});
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    if (!effective->snapshot)
        out << tr("No scan of %1 yet.").arg(effective->domain) << '\n';
    if (effective->hosts.isEmpty())
        out << tr("No mail servers: none found in DNS and none entered by hand (mx add).") << '\n';
    for (const services::EffectiveMxHost &h : effective->hosts) {
        const QStringList addresses = h.host.addresses();
        out << u"%1  %2  %3  [%4]"_s.arg(h.host.preference)
                   .arg(printable(h.host.name),
                        addresses.isEmpty() ? tr("no address") : addresses.join(u", "_s),
                        services::mxOriginText(h.origin));
        if (h.manualId != 0)
            out << "  " << tr("hand entry %1").arg(h.manualId);
        out << '\n';
        if (h.addressesByHand)
            out << "    " << tr("addresses entered by hand (DNS has none)") << '\n';
        if (!h.note.isEmpty())
            out << "    " << printable(h.note) << '\n';
        if (const services::ManualMxComparison *c = comparisonOf(h.manualId); c && c->inDns)
            out << "    " << c->text() << '\n';
    }
    out.flush();
    return ExitOk;
}

services::ManualMxInput inputFrom(const QCommandLineParser &p, const services::ManualMxHost *base,
                                  bool &priorityOk)
{
    services::ManualMxInput in;
    if (base) {
        in.host = base->host;
        in.priority = base->priority;
        in.addresses = base->addresses;
        in.note = base->note;
    }
    if (p.isSet(u"host"_s))
        in.host = p.value(u"host"_s);
    priorityOk = true;
    if (p.isSet(u"priority"_s))
        in.priority = p.value(u"priority"_s).toInt(&priorityOk);
    if (p.isSet(u"address"_s))
        in.addresses = p.values(u"address"_s);
    if (p.isSet(u"no-address"_s))
        in.addresses.clear();
    if (p.isSet(u"note"_s))
        in.note = p.value(u"note"_s);
    return in;
}

int printEntry(Context &ctx, const services::ManualMxHost &h, const QString &message)
{
    if (ctx.json())
        ctx.printJson(entryJson(h));
    else {
        ctx.out() << message << '\n';
        ctx.out().flush();
    }
    return ExitOk;
}

int runMx(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The mail servers of an engagement: those found in DNS and those entered by hand, for "
           "an MX that is not in DNS yet or a network where DNS cannot be asked."));
    p.addPositionalArgument(u"action"_s,
                            tr("list ID | add ID HOST | edit ID ENTRY | remove ID ENTRY"));
    p.addOptions({
        {u"host"_s, tr("The host name (edit)."), u"name"_s},
        {u"priority"_s, tr("MX priority 0..65535, lower first (add: default 10)."), u"number"_s},
        {u"address"_s, tr("An IPv4 or IPv6 address; repeat for each (add, edit)."), u"address"_s},
        {u"no-address"_s, tr("Forget the addresses entered (edit).")},
        {u"note"_s, tr("A note, e.g. why the host is entered by hand (add, edit)."), u"text"_s},
        {u"dns-has-it"_s, tr("Record that the host is removed because DNS has it now (remove).")},
    });
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    const QString usage = tr("Use “mx list ID”, “mx add ID HOST [--priority N] [--address A]”, "
                             "“mx edit ID ENTRY [--host H] [--priority N] [--address A]” or “mx "
                             "remove ID ENTRY”.");
    qint64 id = 0, entry = 0;
    const bool known = (action == u"list"_s && args.size() == 2) ||
                       (action == u"add"_s && args.size() == 3) ||
                       ((action == u"edit"_s || action == u"remove"_s) && args.size() == 3 &&
                        parseEngagementId(args.value(2), entry));
    if (!known || !parseEngagementId(args.value(1), id))
        return ctx.usageError(usage);
    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    services::ManualMx mx(*workspace);
    if (action == u"list"_s)
        return list(ctx, mx, id);
    if (action == u"remove"_s) {
        if (Status removed =
                mx.remove(id, entry, p.isSet(u"dns-has-it"_s) ? u"dns-has-it"_s : QString());
            !removed)
            return ctx.failure(removed.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{u"removed"_s, entry}});
        else
            ctx.out() << tr("Hand entry %1 removed.").arg(entry) << '\n';
        ctx.out().flush();
        return ExitOk;
    }
    const services::ManualMxHost *base = nullptr;
    QList<services::ManualMxHost> entries;
    if (action == u"edit"_s) {
        Result<QList<services::ManualMxHost>> all = mx.list(id);
        if (!all)
            return ctx.failure(all.error());
        entries = *all;
        for (const services::ManualMxHost &h : std::as_const(entries))
            if (h.id == entry)
                base = &h;
        if (!base)
            return ctx.failure(Error{u"mx.not-found"_s,
                                     tr("There is no hand-entered mail server %1.").arg(entry)});
    }
    bool priorityOk = true;
    services::ManualMxInput in = inputFrom(p, base, priorityOk);
    if (!priorityOk)
        return ctx.usageError(tr("--priority takes a number from 0 to 65535."));
    if (action == u"add"_s) {
        in.host = args.value(2);
        Result<services::ManualMxHost> added = mx.add(id, in);
        if (!added)
            return ctx.failure(added.error());
        return printEntry(ctx, *added,
                          tr("Hand entry %1 added: %2 (priority %3).")
                              .arg(added->id)
                              .arg(added->host)
                              .arg(added->priority));
    }
    Result<services::ManualMxHost> edited = mx.update(id, entry, in);
    if (!edited)
        return ctx.failure(edited.error());
    return printEntry(ctx, *edited,
                      tr("Hand entry %1 saved: %2 (priority %3).")
                          .arg(edited->id)
                          .arg(edited->host)
                          .arg(edited->priority));
}

} // namespace

void printHandEntriesAgainstScan(Context &ctx, const ServiceContext &workspace, qint64 engagementId)
{
    Result<std::optional<services::ManualMxDiff>> diff =
        services::ManualMx(workspace).compareWithDns(engagementId);
    if (!diff || !*diff || (*diff)->entries.isEmpty())
        return;
    QTextStream &err = ctx.err();
    bool covered = false;
    for (const services::ManualMxComparison &c : (*diff)->entries) {
        err << tr("Entered by hand, entry %1: %2: %3")
                   .arg(c.entry.id)
                   .arg(printable(c.entry.host), c.text())
            << '\n';
        covered = covered || c.inDns;
    }
    for (const QString &host : (*diff)->dnsOnly)
        err << tr("Found in DNS, not entered by hand: %1").arg(printable(host)) << '\n';
    if (covered)
        err << tr("Remove a hand entry DNS has now with “mx remove %1 ENTRY --dns-has-it”.")
                   .arg(engagementId)
            << '\n';
    err.flush();
}

static const Registration reg{
    u"mx"_s, QT_TRANSLATE_NOOP("cli", "List, add, edit and remove mail servers entered by hand"),
    &runMx};

} // namespace sts::cli
