#include "services/PolicyHostingSync.h"

#include "engagement/DomainName.h"
#include "engagement/EventKinds.h"
#include "mtasts/MxPattern.h"
#include "services/PolicyVersions.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "storage/HostingRepository.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <optional>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services::PolicyHostingSync", text);
}

// One engagement as the host sees it: what it is, what is live, what the last sync served.
struct Entry
{
    Engagement engagement;
    std::optional<storage::StoredPolicyVersion> live;
    std::optional<storage::HostedSiteRow> row;

    bool eligible() const { return !engagement.archived && engagement.hosting == Hosting::Nginx; }
};

Result<QList<Entry>> collect(const ServiceContext &context)
{
    storage::EngagementRepository::Filter filter;
    filter.includeArchived = true;
    Result<QList<Engagement>> engagements =
        storage::EngagementRepository(context.database).list(filter);
    if (!engagements)
        return engagements.error();
    Result<QList<storage::HostedSiteRow>> rows =
        storage::HostingRepository(context.database).sites();
    if (!rows)
        return rows.error();
    QMap<qint64, storage::HostedSiteRow> byId;
    for (const storage::HostedSiteRow &row : *rows)
        byId.insert(row.engagementId, row);
    PolicyVersions versions(context);
    QList<Entry> out;
    for (const Engagement &e : *engagements) {
        Entry entry{e, std::nullopt, std::nullopt};
        if (byId.contains(e.id))
            entry.row = byId.value(e.id);
        if (!entry.eligible() && !entry.row)
            continue;
        Result<std::optional<storage::StoredPolicyVersion>> live = versions.current(e.id);
        if (!live)
            return live.error();
        entry.live = *live;
        out << entry;
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.engagement.domain.ace < b.engagement.domain.ace;
    });
    return out;
}

HostedCustomer customerOf(const Entry &entry, const QDateTime &now)
{
    HostedCustomer c;
    c.engagementId = entry.engagement.id;
    c.customer = entry.engagement.customer;
    c.domain = entry.engagement.domain.ace;
    if (entry.eligible()) {
        c.state =
            entry.live ? HostedCustomer::State::Hosted : HostedCustomer::State::WaitingForLive;
        if (entry.live) {
            c.policyId = entry.live->version.id;
            c.mode = mtasts::policyModeName(entry.live->version.policy.mode);
            c.maxAge = entry.live->version.policy.maxAge;
        }
        return c;
    }
    const storage::HostedSiteRow &row = *entry.row;
    c.maxAge = row.maxAge;
    if (!row.retiring()) {
        c.state = HostedCustomer::State::PendingRemoval;
        c.policyId = row.policyId;
        c.mode = row.mode;
        return c;
    }
    c.policyId = row.retirePolicyId;
    c.mode = u"none"_s;
    c.retireUntil = row.retireUntil;
    c.state =
        now >= row.retireUntil ? HostedCustomer::State::Dropping : HostedCustomer::State::Retiring;
    return c;
}

Status logEvent(const ServiceContext &context, qint64 engagementId, const QString &kind,
                const QJsonObject &payload)
{
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = context.clock->now();
    event.kind = kind;
    event.actor = context.actor;
    event.payload = payload;
    Result<qint64> appended = storage::EventLog(context.database).append(event);
    return appended ? Status::success() : Status(appended.error());
}

// The mode none version a leaving customer is served: the last max_age and patterns, a new id.
Result<storage::StoredPolicyVersion> retireVersion(const ServiceContext &context,
                                                   const storage::HostedSiteRow &row)
{
    QList<mtasts::MxPattern> patterns;
    for (const QString &mx : row.mx)
        if (Result<mtasts::MxPattern> pattern = mtasts::MxPattern::parse(mx); pattern)
            patterns << *pattern;
    const mtasts::PolicyVersion none =
        mtasts::PolicyGenerator(context.clock).make(mtasts::PolicyMode::None, patterns, row.maxAge);
    return PolicyVersions(context).add(row.engagementId, none);
}

QString reason(const Engagement &e)
{
    return e.archived ? u"archived"_s : u"hosting:"_s + toKey(e.hosting);
}

} // namespace

QString stateKey(HostedCustomer::State state)
{
    switch (state) {
    case HostedCustomer::State::Hosted:
        return u"hosted"_s;
    case HostedCustomer::State::WaitingForLive:
        return u"waiting"_s;
    case HostedCustomer::State::PendingRemoval:
        return u"pending-removal"_s;
    case HostedCustomer::State::Retiring:
        return u"retiring"_s;
    case HostedCustomer::State::Dropping:
        break;
    }
    return u"dropping"_s;
}

QString stateText(HostedCustomer::State state)
{
    // A free function: lupdate would file a plain tr() here under the namespace.
    const char *text =
        QT_TRANSLATE_NOOP("sts::services::PolicyHostingSync", "retired: the next sync drops it");
    switch (state) {
    case HostedCustomer::State::Hosted:
        text = QT_TRANSLATE_NOOP("sts::services::PolicyHostingSync", "hosted");
        break;
    case HostedCustomer::State::WaitingForLive:
        text = QT_TRANSLATE_NOOP("sts::services::PolicyHostingSync", "waiting for a live policy");
        break;
    case HostedCustomer::State::PendingRemoval:
        text = QT_TRANSLATE_NOOP("sts::services::PolicyHostingSync",
                                 "removal pending: the next sync serves mode none");
        break;
    case HostedCustomer::State::Retiring:
        text = QT_TRANSLATE_NOOP("sts::services::PolicyHostingSync", "retiring: serves mode none");
        break;
    case HostedCustomer::State::Dropping:
        break;
    }
    return tr(text);
}

QJsonObject HostedCustomer::toJson() const
{
    QJsonObject out{
        {u"engagementId"_s, engagementId}, {u"customer"_s, customer}, {u"domain"_s, domain},
        {u"policyId"_s, policyId},         {u"mode"_s, mode},         {u"maxAge"_s, maxAge},
        {u"state"_s, stateKey(state)}};
    if (retireUntil.isValid())
        out.insert(u"retireUntil"_s, toIsoUtc(retireUntil));
    return out;
}

QJsonObject HostingStatus::toJson() const
{
    QJsonArray list;
    for (const HostedCustomer &c : customers)
        list.append(c.toJson());
    return {{u"hostName"_s, hostName}, {u"customers"_s, list}};
}

QJsonObject HostingSyncReport::toJson() const
{
    QJsonArray fileList;
    for (const deploy::SyncedFile &f : files)
        fileList.append(QJsonObject{{u"path"_s, f.path},
                                    {u"domain"_s, f.domain},
                                    {u"change"_s, deploy::changeKey(f.change)}});
    QJsonArray customerList;
    for (const HostedCustomer &c : customers) {
        QJsonObject o = c.toJson();
        QJsonObject counts;
        for (const deploy::SyncedFile &f : files)
            if (f.domain == c.domain) {
                const QString key = deploy::changeKey(f.change);
                counts.insert(key, counts.value(key).toInt() + 1);
            }
        o.insert(u"files"_s, counts);
        customerList.append(o);
    }
    return {{u"changed"_s, changed()},      {u"files"_s, fileList},
            {u"customers"_s, customerList}, {u"dropped"_s, QJsonArray::fromStringList(dropped)},
            {u"reloaded"_s, reloaded},      {u"reloadExitCode"_s, reloadExitCode}};
}

PolicyHostingSync::PolicyHostingSync(ServiceContext context) : m_context(std::move(context)) {}

Result<QString> PolicyHostingSync::hostName() const
{
    return storage::HostingRepository(m_context.database)
        .setting(storage::HostingRepository::kPolicyHostName);
}

Result<QString> PolicyHostingSync::setHostName(const QString &name)
{
    QString stored;
    if (!name.trimmed().isEmpty()) {
        Result<DomainName> domain = DomainName::fromUserInput(name.trimmed());
        if (!domain)
            return Error{u"hosting.host-name"_s,
                         tr("“%1” is not a host name: %2").arg(name, domain.error().message)};
        stored = domain->ace;
    }
    if (Status saved = storage::HostingRepository(m_context.database)
                           .setSetting(storage::HostingRepository::kPolicyHostName, stored,
                                       m_context.clock->now());
        !saved)
        return saved.error();
    return stored;
}

Result<HostingStatus> PolicyHostingSync::status() const
{
    Result<QString> host = hostName();
    if (!host)
        return host.error();
    Result<QList<Entry>> entries = collect(m_context);
    if (!entries)
        return entries.error();
    HostingStatus out{*host, {}};
    const QDateTime now = m_context.clock->now();
    for (const Entry &entry : *entries)
        out.customers << customerOf(entry, now);
    return out;
}

Result<HostingSyncReport> PolicyHostingSync::sync(const HostingSyncOptions &options)
{
    Result<QList<Entry>> entries = collect(m_context);
    if (!entries)
        return entries.error();
    const QDateTime now = m_context.clock->now();
    HostingSyncReport report;
    QList<deploy::HostedPolicy> sites;
    storage::HostingRepository repository(m_context.database);
    PolicyVersions versions(m_context);

    // The workspace first: a retirement's mode none version needs its stored id in the files.
    const Status recorded = m_context.database->inTransaction([&]() -> Status {
        for (const Entry &entry : *entries) {
            const Engagement &e = entry.engagement;
            if (entry.eligible()) {
                if (!entry.live)
                    continue;
                const mtasts::PolicyVersion &v = entry.live->version;
                storage::HostedSiteRow row{e.id,
                                           e.domain.ace,
                                           v.id,
                                           mtasts::policyModeName(v.policy.mode),
                                           v.policy.maxAge,
                                           v.policy.mxTexts(),
                                           now,
                                           {},
                                           {},
                                           {}};
                if (!entry.row || entry.row->retiring())
                    if (Status logged = logEvent(
                            m_context, e.id,
                            QString(entry.row ? events::kHostingResumed : events::kHostingAdded),
                            {{u"policyId"_s, v.id}, {u"domain"_s, row.domain}});
                        !logged)
                        return logged;
                if (Status put = repository.putSite(row); !put)
                    return put;
                sites << deploy::HostedPolicy{e.id, e.customer, e.domain.ace, v, false};
                report.customers << customerOf(entry, now);
                continue;
            }
            storage::HostedSiteRow row = *entry.row;
            if (row.retiring() && now >= row.retireUntil) {
                if (Status removed = repository.removeSite(e.id); !removed)
                    return removed;
                if (Status logged =
                        logEvent(m_context, e.id, QString(events::kHostingRetired),
                                 {{u"domain"_s, row.domain}, {u"policyId"_s, row.retirePolicyId}});
                    !logged)
                    return logged;
                report.dropped << row.domain;
                continue;
            }
            Result<storage::StoredPolicyVersion> none =
                row.retiring() ? versions.find(e.id, row.retirePolicyId)
                               : retireVersion(m_context, row);
            if (!none)
                return none.error();
            if (!row.retiring()) {
                row.retirePolicyId = none->version.id;
                row.retireStartedAt = now;
                row.retireUntil = now.addSecs(row.maxAge);
                if (Status put = repository.putSite(row); !put)
                    return put;
                if (Status logged = logEvent(m_context, e.id, QString(events::kHostingRetiring),
                                             {{u"domain"_s, row.domain},
                                              {u"policyId"_s, row.retirePolicyId},
                                              {u"lastPolicyId"_s, row.policyId},
                                              {u"maxAge"_s, row.maxAge},
                                              {u"until"_s, toIsoUtc(row.retireUntil)},
                                              {u"reason"_s, reason(e)}});
                    !logged)
                    return logged;
            }
            sites << deploy::HostedPolicy{e.id, e.customer, row.domain, none->version, true};
            Entry now_{e, entry.live, row};
            report.customers << customerOf(now_, now);
        }
        return Status::success();
    });
    if (!recorded)
        return recorded.error();

    deploy::PolicyHostOptions host = options.host;
    if (host.installDir.isEmpty())
        host.installDir = QFileInfo(options.outDir).absoluteFilePath();
    Result<QList<deploy::SyncedFile>> files =
        deploy::syncFolder(deploy::composePolicyHost(sites, host), options.outDir);
    if (!files)
        return files.error();
    report.files = *files;
    if (!report.changed() || !options.reload)
        return report;

    // Only a change is applied: an unchanged host is never reloaded.
    QProcess reload;
    reload.setProcessChannelMode(QProcess::MergedChannels);
    const QString command =
        options.reloadCommand.isEmpty()
            ? u"sh "_s + QDir(options.outDir).absoluteFilePath(deploy::policyHostReloadPath())
            : options.reloadCommand;
    reload.start(u"/bin/sh"_s, {u"-c"_s, command});
    report.reloaded = true;
    if (!reload.waitForFinished(options.reloadTimeoutMs)) {
        reload.kill();
        reload.waitForFinished(1000);
        report.reloadExitCode = -1;
        report.reloadOutput = tr("The reload command did not finish in time: %1").arg(command);
        return report;
    }
    report.reloadExitCode = reload.exitStatus() == QProcess::NormalExit ? reload.exitCode() : -1;
    report.reloadOutput = QString::fromLocal8Bit(reload.readAll());
    return report;
}

} // namespace sts::services
