#pragma once

#include "deploy/AlertAddresses.h"
#include "deploy/RenewalSettings.h"
#include "engagement/Engagement.h"
#include "services/PublicationCheck.h"
#include "services/PublishPlan.h"
#include "services/RolloutService.h"
#include "services/TimelineData.h"
#include "storage/Aggregator.h"
#include "storage/DiscoveryRepository.h"
#include "storage/Finding.h"
#include "storage/PolicyRepository.h"
#include "storage/ProbeRepository.h"
#include "util/Result.h"
#include "util/TextLanguage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace sts::runbook {

// A generated file the runbook quotes (nginx block, certbot hook, timer, alert script, zone file).
struct QuotedArtifact
{
    QString path;
    QString description;
    QByteArray content;
};

// Everything one runbook shows, read from the workspace in one go on the rendering thread. Texts
// core phrases (blocking reasons, timeline labels, artifact descriptions) are in the runbook's
// language.
struct RunbookData
{
    Engagement engagement;
    QDateTime now;
    std::optional<RolloutStatus> rollout;
    // The newest scan with the mail servers entered by hand among its hosts (EffectiveMx.h).
    std::optional<storage::DiscoverySnapshot> discovery;
    QStringList handEnteredMx;          // hosts of `discovery` entered by hand, not found in DNS
    bool handEntriesOnly = false;       // no scan: `discovery` holds only the hand-entered hosts
    QList<storage::StoredProbe> probes; // newest per host+address
    QList<storage::StoredPolicyVersion> policies;
    // The evidence versions went live on (PolicyVersions::verify), oldest first; rowId set.
    QList<services::PublicationCheck> verifications;
    std::optional<tls::StagedKey> stagedKey; // the next key of a DANE rollover, if staged
    QByteArray zoneFile;   // BIND export of the engagement's records; empty when not buildable
    QString zoneFileError; // why not, for the omitted list
    QList<QuotedArtifact> artifacts; // hosting and renewal automation (never key material)
    // Where the deploy hooks install each certificate and key, which hosts renew and alert: the
    // settings the quoted artifacts were generated from. Unset when no artifacts could be made.
    std::optional<deploy::RenewalSettings> renewal;
    // Whether the consultant recorded an alert address (renewal->alerts then holds it); else the
    // script mails the postmaster@ default, which nobody may read.
    bool alertsConfigured = false;
    QList<tlsrpt::DailySummary> reportDays;
    QList<tlsrpt::FailureBreakdown> reportFailures;
    QDate reportsFrom, reportsTo;
    // Policy domains the engagement takes reports for besides its own (assigned from the
    // workspace's unassigned reports), A-labels; the reports above include theirs.
    QStringList extraReportDomains;
    std::optional<TimelineData> timeline; // when the rollout has a history
    // Monitoring after handover: the engagement's unresolved findings (oldest first), when the
    // workspace's monitoring last finished (invalid: never), who gets the weekly summary.
    QList<storage::Finding> monitorFindings;
    QDateTime lastMonitorRun;
    QStringList weeklyRecipients;
    // Where TLS reports go (the _smtp._tls rua: saved, else as discovered) and who hears of
    // certificate expiry at each level (saved, empty levels resolved).
    QStringList tlsRptRua;
    deploy::AlertAddresses alerts;

    // What the engagement publishes, as every other face sees it (services/PublishPlan.h); unset
    // when it could not be planned (zoneFileError says why).
    std::optional<services::PublishPlan> plan;

    // Whether DANE applies, decided by the publish plan alone (the DANE section, the checklist).
    bool daneAvailable() const;
    // The version live now (published, not superseded); null when none is.
    const storage::StoredPolicyVersion *liveVersion() const;
    // The verification a version went live on; null when it went live without one.
    const services::PublicationCheck *verificationOf(const storage::StoredPolicyVersion &v) const;
};

// `db` must be a connection of the calling thread.
Result<RunbookData> loadRunbookData(std::shared_ptr<const storage::Database> db,
                                    qint64 engagementId, const QDateTime &now,
                                    TextLanguage language);

} // namespace sts::runbook
