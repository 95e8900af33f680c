#include "services/RecordPush.h"

#include "dns/DnsUpdate.h"
#include "dns/TsigKey.h"
#include "engagement/EventKinds.h"
#include "services/PolicyVersions.h"
#include "services/PublishPlanner.h"
#include "services/RecordPushUpdate.h"
#include "storage/EventLog.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services::RecordPush", text);
}

QJsonArray recordsJson(const QList<records::DnsRecordSpec> &list)
{
    QJsonArray out;
    for (const records::DnsRecordSpec &r : list)
        out.append(r.toJson());
    return out;
}

} // namespace

bool PushOutcome::allServed() const
{
    return checkProblem.isEmpty() &&
           std::all_of(records.cbegin(), records.cend(),
                       [](const PushedRecord &r) { return r.state == dns::ServedState::Present; });
}

QJsonObject PushOutcome::toJson() const
{
    QJsonArray pushed;
    for (const PushedRecord &r : records) {
        QJsonObject json = r.record.toJson();
        json.insert(u"served"_s, dns::servedStateKey(r.state));
        if (r.state != dns::ServedState::Present)
            json.insert(u"found"_s, QJsonArray::fromStringList(r.found));
        pushed.append(json);
    }
    QJsonObject json{{u"zone"_s, zone},
                     {u"server"_s, server},
                     {u"key"_s, keyName},
                     {u"records"_s, pushed},
                     {u"outsideZone"_s, recordsJson(outsideZone)},
                     {u"allServed"_s, allServed()}};
    if (!checkProblem.isEmpty())
        json.insert(u"checkProblem"_s, checkProblem);
    return json;
}

RecordPush::RecordPush(ServiceContext context) : m_context(std::move(context)) {}

Result<PushOutcome> RecordPush::push(qint64 engagementId, const PushTarget &target,
                                     const CancelToken &cancel, const Progress &progress)
{
    PublishChoices choices;
    if (!target.policyId.isEmpty()) {
        if (Result<StoredPolicyVersion> version =
                PolicyVersions(m_context).find(engagementId, target.policyId);
            !version)
            return version.error();
        choices.policyId = target.policyId;
    }
    Result<PublishPlan> plan = PublishPlanner(m_context.database).plan(engagementId, choices);
    if (!plan)
        return plan.error();
    Result<records::RecordSet> set = plan->recordSet();
    if (!set)
        return set.error();
    return push(engagementId, *set, target, cancel, progress);
}

Result<PushOutcome> RecordPush::push(qint64 engagementId, const records::RecordSet &set,
                                     const PushTarget &target, const CancelToken &cancel,
                                     const Progress &progress)
{
    Result<dns::DnsServer> server = dns::DnsServer::parse(target.server, target.port);
    if (!server)
        return server.error();
    server->connectTimeoutMs = target.timeoutMs;
    server->readTimeoutMs = target.timeoutMs;
    Result<dns::TsigKey> key = dns::readTsigKeyFile(target.keyFile);
    if (!key)
        return key.error();

    PushOutcome outcome;
    outcome.zone = absoluteZone(target.zone, set.domain());
    outcome.server = server->describe();
    outcome.keyName = key->name;
    const dns::UpdateRequest update = zoneUpdate(set, outcome.zone, &outcome.outsideZone);
    if (update.rrsets.isEmpty())
        return Error{u"records.push-zone"_s,
                     tr("No record of %1 lies in the zone %2: nothing to push.")
                         .arg(set.domain(), outcome.zone)};

    progress.report(0, 2, tr("Sending the update to %1").arg(outcome.server));
    if (Status sent = dns::sendUpdate(*server, *key, update, cancel); !sent) {
        // What the server said, or its silence after it got the update, is part of the
        // engagement's story; a failure before anything was sent is not.
        const QString code = sent.error().code;
        const bool answered =
            (code.startsWith(u"dns.update-"_s) && code != u"dns.update-record"_s) ||
            code.startsWith(u"dns.tsig-"_s);
        const bool unanswered = code == u"dns.read-timeout"_s || code == u"dns.closed"_s;
        if (answered || unanswered)
            if (Status logged = record(engagementId, outcome, target.keyFile, &sent.error());
                !logged)
                return logged.error();
        return sent.error();
    }

    progress.report(1, 2, tr("Checking what %1 serves").arg(outcome.server));
    Result<QList<dns::ServedRecord>> served =
        dns::checkServed(*server, update, cancel, progress, target.check);
    for (const QList<records::DnsRecordSpec> &rrset : set.rrsets())
        for (const records::DnsRecordSpec &r : rrset) {
            if (outcome.outsideZone.contains(r))
                continue;
            PushedRecord pushed{r, dns::ServedState::Missing, {}};
            if (served)
                for (const dns::ServedRecord &s : *served)
                    if (s.owner == r.owner && s.type == r.type && s.rdata == r.rdata())
                        pushed = {r, s.state, s.found};
            outcome.records << pushed;
        }
    if (!served)
        outcome.checkProblem = served.error().message;
    if (Status logged = record(engagementId, outcome, target.keyFile, nullptr); !logged)
        return logged.error();
    progress.report(2, 2);
    return outcome;
}

Result<std::optional<PushTarget>> RecordPush::lastTarget(qint64 engagementId) const
{
    Result<QList<storage::EngagementEvent>> log =
        storage::EventLog(m_context.database).forEngagement(engagementId);
    if (!log)
        return log.error();
    for (auto it = log->crbegin(); it != log->crend(); ++it) {
        if (it->kind != events::kRecordsPushed)
            continue;
        PushTarget target;
        target.server = it->payload.value(u"server"_s).toString();
        target.zone = it->payload.value(u"zone"_s).toString();
        target.keyFile = it->payload.value(u"keyFile"_s).toString();
        return std::optional<PushTarget>(target);
    }
    return std::optional<PushTarget>();
}

Status RecordPush::record(qint64 engagementId, const PushOutcome &outcome, const QString &keyFile,
                          const Error *failure)
{
    QJsonObject payload = outcome.toJson();
    payload.insert(u"keyFile"_s, keyFile);
    const bool silent =
        failure && (failure->code == u"dns.read-timeout"_s || failure->code == u"dns.closed"_s);
    payload.insert(u"result"_s, !failure ? u"applied"_s : silent ? u"unanswered"_s : u"refused"_s);
    if (failure)
        payload.insert(u"error"_s,
                       QJsonObject{{u"code"_s, failure->code}, {u"message"_s, failure->message}});
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = m_context.clock->now();
    event.kind = events::kRecordsPushed;
    event.actor = m_context.actor;
    event.payload = payload;
    Result<qint64> appended = storage::EventLog(m_context.database).append(event);
    if (!appended)
        return appended.error();
    return Status::success();
}

} // namespace sts::services
