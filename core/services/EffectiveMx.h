#pragma once

#include "storage/DiscoveryRepository.h"
#include "storage/ManualMxRepository.h"
#include "util/TextLanguage.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace sts::services {

// Where an MX host of the effective set comes from.
enum class MxOrigin { Dns, Hand };
// "found in DNS" / "entered by hand" (the table, the CLI, the runbook say the same).
QString mxOriginText(MxOrigin origin, TextLanguage language = TextLanguage::Translated);
QString mxOriginKey(MxOrigin origin); // stable: "dns", "hand"

struct EffectiveMxHost
{
    dns::MxHostReport host; // a hand entry: name, priority, its addresses as A/AAAA records
    MxOrigin origin = MxOrigin::Dns;
    // DNS named the host but gave it no address, and the hand entry's addresses fill in.
    bool addressesByHand = false;
    qint64 manualId = 0; // the hand entry of this name; 0 when there is none
    QString note;        // the hand entry's
};

// The MX hosts an engagement works with: what the newest discovery found plus what the
// consultant entered by hand (a hand entry for a host DNS has adds only what DNS lacks: its
// addresses). Pre-flight, certificate coverage, policy mx suggestions, DANE/TLSA, the artifacts
// and the runbook read this one set, never the snapshot's hosts alone.
struct EffectiveMx
{
    QString domain;
    std::optional<storage::DiscoverySnapshot> snapshot; // the newest scan, if any
    QList<EffectiveMxHost> hosts;                       // by priority, DNS before hand
    QDateTime handEditedAt; // the newest change of a hand entry; invalid when there is none

    bool hasHandEntries() const;
    QStringList names() const;
    QStringList handEnteredNames() const; // hosts DNS does not name
    // The scan with `hosts` as its MX hosts; without a scan but with hand entries, a report of
    // `domain` that holds only them (taken at the newest hand edit, so that what is generated from
    // it stays the same until the entries change). Unset when there is neither.
    std::optional<storage::DiscoverySnapshot> effectiveSnapshot() const;
};

// Pure: merges a scan and the hand entries.
EffectiveMx mergeMx(const QString &domain, const std::optional<storage::DiscoverySnapshot> &scan,
                    const QList<storage::ManualMxHost> &manual);
// Reads the engagement, its newest scan and its hand entries.
Result<EffectiveMx> loadEffectiveMx(const std::shared_ptr<const storage::Database> &db,
                                    qint64 engagementId);

} // namespace sts::services
