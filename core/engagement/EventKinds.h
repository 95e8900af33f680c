#pragma once

#include <QString>

// The kinds of an engagement's event log, each spelled once. They are stored in workspaces and read
// back by every later version: an existing kind is never renamed, a new capability adds its own.
namespace sts::events {

inline constexpr QLatin1StringView kEngagementCreated{"engagement.created"};
inline constexpr QLatin1StringView kEngagementUpdated{"engagement.updated"};
inline constexpr QLatin1StringView kEngagementRenamed{"engagement.renamed"};
inline constexpr QLatin1StringView kEngagementArchived{"engagement.archived"};
inline constexpr QLatin1StringView kEngagementRestored{"engagement.restored"};
// Given to a consultant of the team (services::Assignments): the assignee and the previous one.
inline constexpr QLatin1StringView kEngagementAssigned{"engagement.assigned"};
inline constexpr QLatin1StringView kEngagementUnassigned{"engagement.unassigned"};

inline constexpr QLatin1StringView kDiscoveryCompleted{"discovery.completed"};
// Key and CSR files written; the payload says where and their public digests, never the key.
inline constexpr QLatin1StringView kCsrCreated{"tls.csr-created"};
// Records sent to the customer's primary as an RFC 2136 update: the server, the zone, the TSIG
// key's name and file, each record and what the server served after it; never the secret.
inline constexpr QLatin1StringView kRecordsPushed{"records.pushed"};

// What the consultant typed about delivery (TLS-RPT addresses, alert addresses, MTA, hosting):
// each changed value before and after.
inline constexpr QLatin1StringView kSettingsChanged{"settings.changed"};

// The engagement's IMAP mailbox (services::Mailboxes), never its password: saved (each changed
// value before and after), removed (what it was), and a sync that brought reports in (its summary).
inline constexpr QLatin1StringView kMailboxChanged{"mailbox.changed"};
inline constexpr QLatin1StringView kMailboxRemoved{"mailbox.removed"};
inline constexpr QLatin1StringView kMailboxSynced{"mailbox.synced"};

// Mail servers entered by hand (services::ManualMx): the entry as stored (id, host, priority,
// addresses, note); an edit with each changed value before and after; a removal with its reason.
inline constexpr QLatin1StringView kMxEntered{"mx.entered"};
inline constexpr QLatin1StringView kMxEdited{"mx.edited"};
inline constexpr QLatin1StringView kMxRemoved{"mx.removed"};

// Policy versions: made (draft), looked at from outside (the evidence row's id), gone live (how:
// verified, or on the consultant's word with the reason).
inline constexpr QLatin1StringView kPolicyCreated{"policy.created"};
inline constexpr QLatin1StringView kPolicyVerified{"policy.verified"};
inline constexpr QLatin1StringView kPolicyPublished{"policy.published"};

// Decoded into typed events by decodeRolloutEvent() (engagement/RolloutEvents.h), nowhere else.
inline constexpr QLatin1StringView kRolloutPhase{"rollout.phase"};
inline constexpr QLatin1StringView kRolloutAcknowledged{"rollout.acknowledged"};
// A major sender marked as not sending to this customer (with the reason), or included again.
inline constexpr QLatin1StringView kRolloutSenderExcluded{"rollout.sender-excluded"};
inline constexpr QLatin1StringView kRolloutSenderIncluded{"rollout.sender-included"};

// A policy domain the engagement takes reports for besides its own, added or removed: the
// domain and how many stored reports moved to (or away from) the engagement with it.
inline constexpr QLatin1StringView kReportDomainAdded{"engagement.report-domain-added"};
inline constexpr QLatin1StringView kReportDomainRemoved{"engagement.report-domain-removed"};
// The wizard page the consultant left the engagement's wizard on ({"page": "certificates"}), so
// that reopening it resumes there; logged only when it differs from the page logged before.
inline constexpr QLatin1StringView kWizardLeft{"wizard.left"};

inline constexpr QLatin1StringView kReportQuarantined{"report.quarantined"};
inline constexpr QLatin1StringView kReportRemoved{"report.removed"};
inline constexpr QLatin1StringView kReportConflictResolved{"report.conflict-resolved"};

// Monitoring findings (storage::FindingRepository): the payload carries findingId, kind, subject,
// severity and details; opened when a run first sees a condition, acknowledged by a person,
// resolved when a run sees its check pass again.
inline constexpr QLatin1StringView kFindingOpened{"finding.opened"};
inline constexpr QLatin1StringView kFindingAcknowledged{"finding.acknowledged"};
inline constexpr QLatin1StringView kFindingResolved{"finding.resolved"};
// The consultant's policy host (services::PolicyHostingSync): an engagement first served there,
// served again after a retirement began, served mode none for the last max_age (its id, the last
// live id, until when, why), and dropped from the host.
inline constexpr QLatin1StringView kHostingAdded{"hosting.added"};
inline constexpr QLatin1StringView kHostingResumed{"hosting.resumed"};
inline constexpr QLatin1StringView kHostingRetiring{"hosting.retiring"};
inline constexpr QLatin1StringView kHostingRetired{"hosting.retired"};

} // namespace sts::events
