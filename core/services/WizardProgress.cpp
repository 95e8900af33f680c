#include "services/WizardProgress.h"

#include "engagement/EventKinds.h"
#include "services/PublishPlanner.h"
#include "storage/EventLog.h"
#include "storage/KeyFileRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

// Under the namespace's context: lupdate files the strings of these free functions there.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sts::services", text, disambiguation, n);
}

constexpr std::array<QLatin1StringView, kWizardStepCount> kKeys{
    "basics"_L1, "mail-servers"_L1, "dnssec"_L1,  "certificates"_L1, "preflight"_L1,
    "policy"_L1, "records"_L1,      "hosting"_L1, "dane"_L1};

StepProgress step(WizardStep which, StepState state, const QString &note)
{
    return StepProgress{which, state, note};
}

StepProgress mailServers(const storage::DiscoverySnapshot &snapshot)
{
    const dns::DiscoveryReport &report = snapshot.report;
    if (report.nullMx)
        return step(WizardStep::MailServers, StepState::NeedsAttention,
                    tr("the domain says it receives no mail (null MX)"));
    if (report.hosts.isEmpty())
        return step(WizardStep::MailServers, StepState::NeedsAttention, tr("no mail server found"));
    return step(WizardStep::MailServers, StepState::Done,
                tr("%n mail server(s)", nullptr, int(report.hosts.size())));
}

StepProgress dnssec(const storage::DiscoverySnapshot &snapshot)
{
    const dns::DiscoveryReport &report = snapshot.report;
    QList<const dns::LookupResult *> lookups{&report.mx};
    for (const dns::MxHostReport &host : report.hosts)
        if (!host.ipLiteral)
            lookups << &host.a << &host.aaaa << &host.tlsa;
    for (const dns::LookupResult *lookup : lookups)
        if (lookup->verdict.security == dns::Security::Bogus)
            return step(WizardStep::Dnssec, StepState::NeedsAttention,
                        tr("a bogus answer for %1").arg(lookup->name));
    if (report.mx.verdict.security == dns::Security::Indeterminate)
        return step(WizardStep::Dnssec, StepState::NeedsAttention,
                    tr("the MX answer could not be validated"));
    return step(WizardStep::Dnssec, StepState::Done,
                report.mx.verdict.security == dns::Security::Secure ? tr("signed")
                                                                    : tr("not signed"));
}

StepProgress certificates(const QList<storage::StoredProbe> &probes, int keyFiles)
{
    // The certificate verdict of each probe, not the probe's overall one: a wrong name at a
    // host whose TLSA also fails is reported as tlsa-invalid, yet its certificate needs work.
    for (const storage::StoredProbe &probe : probes) {
        const QJsonObject pkix = probe.detail.value(u"pkix"_s).toObject();
        if (!pkix.isEmpty() && !pkix.value(u"ok"_s).toBool())
            return step(WizardStep::Certificates, StepState::NeedsAttention,
                        tr("%1: %2").arg(probe.host, pkix.value(u"resultType"_s).toString()));
    }
    if (keyFiles > 0)
        return step(WizardStep::Certificates, StepState::Done, tr("key and CSR generated"));
    // A host that was not reached showed no certificate: that is no good certificate either.
    const bool seen = std::any_of(probes.cbegin(), probes.cend(),
                                  [](const auto &probe) { return probe.leafNotAfter.isValid(); });
    if (!seen)
        return step(WizardStep::Certificates, StepState::NotStarted, tr("no certificate seen yet"));
    return step(WizardStep::Certificates, StepState::Done, tr("every certificate seen is good"));
}

StepProgress preflight(const QList<storage::StoredProbe> &probes)
{
    if (probes.isEmpty())
        return step(WizardStep::Preflight, StepState::NotStarted, tr("not run yet"));
    int failed = 0;
    for (const storage::StoredProbe &probe : probes)
        failed += probe.verdict == u"ok"_s ? 0 : 1;
    if (failed > 0)
        return step(WizardStep::Preflight, StepState::NeedsAttention,
                    tr("%n address(es) failed", nullptr, failed));
    return step(WizardStep::Preflight, StepState::Done, tr("every address passed"));
}

StepProgress policy(const QList<storage::StoredPolicyVersion> &versions)
{
    if (versions.isEmpty())
        return step(WizardStep::Policy, StepState::NotStarted, tr("no version saved"));
    const storage::StoredPolicyVersion *shown = policyForRecords(versions);
    return step(WizardStep::Policy, StepState::Done,
                tr("version %1").arg(shown ? shown->version.id : versions.last().version.id));
}

StepProgress records(const PublishPlan &plan)
{
    Result<records::RecordSet> set = plan.recordSet();
    if (set) {
        // Without _smtp._tls nobody reports failures, and readiness for enforce can never be
        // shown: the records are not complete yet.
        const bool reporting =
            std::any_of(set->records().cbegin(), set->records().cend(), [](const auto &record) {
                return record.role == records::RecordRole::TlsReporting;
            });
        if (!reporting)
            return step(WizardStep::Records, StepState::NeedsAttention,
                        tr("no TLS-RPT address: failures would go unreported"));
        return step(WizardStep::Records, StepState::Done, tr("records ready to publish"));
    }
    if (set.error().code == u"publish.no-policy"_s)
        return step(WizardStep::Records, StepState::NotStarted, tr("needs a policy version"));
    return step(WizardStep::Records, StepState::NeedsAttention, set.error().message);
}

StepProgress dane(const PublishPlan &plan)
{
    if (!plan.daneAvailable)
        return step(WizardStep::Dane, StepState::NotStarted, plan.daneUnavailableReason);
    for (const HostDigests &host : plan.daneHosts)
        if (host.state == dns::DaneState::Broken)
            return step(WizardStep::Dane, StepState::NeedsAttention,
                        tr("%1: DANE senders defer mail").arg(host.host));
    for (const HostDigests &host : plan.daneHosts)
        if (host.current.isEmpty())
            return step(WizardStep::Dane, StepState::NotStarted, tr("no key for TLSA yet"));
    return step(WizardStep::Dane, StepState::Done, tr("TLSA records ready"));
}

} // namespace

QString wizardStepKey(WizardStep step)
{
    return QString(kKeys[std::size_t(step)]);
}

std::optional<WizardStep> wizardStepFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kKeys.size(); ++i)
        if (key == kKeys[i])
            return WizardStep(i);
    return std::nullopt;
}

QString wizardStepTitle(WizardStep step)
{
    switch (step) {
    case WizardStep::Basics:
        return tr("Customer and domain");
    case WizardStep::MailServers:
        return tr("Mail servers");
    case WizardStep::Dnssec:
        return tr("DNSSEC");
    case WizardStep::Certificates:
        return tr("Certificates");
    case WizardStep::Preflight:
        return tr("Pre-flight");
    case WizardStep::Policy:
        return tr("Policy");
    case WizardStep::Records:
        return tr("DNS records");
    case WizardStep::Hosting:
        return tr("Hosting & renewal");
    case WizardStep::Dane:
        return tr("DANE");
    }
    return {};
}

QString stepStateText(StepState state)
{
    switch (state) {
    case StepState::NotStarted:
        return tr("not started");
    case StepState::Done:
        return tr("done");
    case StepState::NeedsAttention:
        return tr("needs attention");
    }
    return {};
}

QList<StepProgress> wizardProgress(const std::optional<PublishFacts> &facts, int keyFiles)
{
    QList<StepProgress> steps;
    if (!facts) {
        for (int i = 0; i < kWizardStepCount; ++i)
            steps << step(WizardStep(i), StepState::NotStarted, QString());
        return steps;
    }
    steps << step(WizardStep::Basics, StepState::Done, facts->engagement.domain.display);
    if (facts->discovery && facts->handEntriesOnly) {
        // Mail servers entered by hand let the later steps work; DNSSEC needs a scan.
        steps << step(WizardStep::MailServers, StepState::Done,
                      tr("%n mail server(s) entered by hand", nullptr,
                         int(facts->handEnteredMx.size())))
              << step(WizardStep::Dnssec, StepState::NotStarted, tr("not scanned yet"));
    } else if (facts->discovery) {
        steps << mailServers(*facts->discovery) << dnssec(*facts->discovery);
    } else {
        steps << step(WizardStep::MailServers, StepState::NotStarted, tr("not scanned yet"))
              << step(WizardStep::Dnssec, StepState::NotStarted, tr("not scanned yet"));
    }
    const PublishPlan plan = planPublication(*facts);
    steps << certificates(facts->probes, keyFiles) << preflight(facts->probes)
          << policy(facts->policies) << records(plan)
          << step(WizardStep::Hosting,
                  facts->settings.updatedAt.isValid() ? StepState::Done : StepState::NotStarted,
                  facts->settings.updatedAt.isValid() ? tr("settings saved")
                                                      : tr("settings not saved yet"))
          << dane(plan);
    return steps;
}

WizardProgress::WizardProgress(ServiceContext context) : m_context(std::move(context)) {}

Result<QList<StepProgress>> WizardProgress::steps(qint64 engagementId) const
{
    if (engagementId <= 0)
        return wizardProgress(std::nullopt, 0);
    Result<PublishFacts> facts = PublishPlanner(m_context.database).facts(engagementId);
    if (!facts)
        return facts.error();
    Result<QList<storage::KeyFile>> keys =
        storage::KeyFileRepository(m_context.database).forEngagement(engagementId);
    if (!keys)
        return keys.error();
    return wizardProgress(*facts, int(keys->size()));
}

Result<std::optional<WizardStep>> WizardProgress::lastStep(qint64 engagementId) const
{
    Result<QList<storage::EngagementEvent>> events =
        storage::EventLog(m_context.database).forEngagement(engagementId);
    if (!events)
        return events.error();
    for (auto it = events->crbegin(); it != events->crend(); ++it)
        if (it->kind == events::kWizardLeft)
            return wizardStepFromKey(it->payload.value(u"page"_s).toString());
    return std::optional<WizardStep>();
}

Status WizardProgress::rememberStep(qint64 engagementId, WizardStep step)
{
    Result<std::optional<WizardStep>> last = lastStep(engagementId);
    if (!last)
        return last.error();
    if (*last == step)
        return {};
    const storage::EngagementEvent event{0,
                                         engagementId,
                                         m_context.clock->now(),
                                         events::kWizardLeft,
                                         m_context.actor,
                                         {{u"page"_s, wizardStepKey(step)}}};
    Result<qint64> appended = storage::EventLog(m_context.database).append(event);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace sts::services
