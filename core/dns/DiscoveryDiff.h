#pragma once

#include "dns/DiscoveryReport.h"

#include <QList>
#include <QString>

namespace sts::dns {

// One difference between two discovery runs of the same domain.
struct DiscoveryChange
{
    enum class Kind {
        MxHostAdded,
        MxHostRemoved,
        MxPriorityChanged,
        AddressesChanged,
        RecordAppeared,    // the name had no records of the type before, now it has
        RecordDisappeared, // the name had records of the type, now it has none
        RecordChanged,     // records of the type before and after, but different
        DnssecChanged,     // the verdict (security or bogus reason) of a lookup changed
        DaneChanged,       // whether DANE is usable toward an MX host changed
    };
    Kind kind = Kind::RecordChanged;
    QString subject; // MX host, or "owner TYPE" ("_mta-sts.example.com TXT")
    QString before;  // short display values ("10", "127.0.0.1, ::1", "secure")
    QString after;
    QString description; // translated sentence for the user

    static QString kindName(Kind kind); // stable: "mx-host-added", "dnssec-changed", ...
    bool operator==(const DiscoveryChange &) const = default;
};

// What changed from `before` to `after` (older run first). Records are compared by their data,
// not their TTL; a lookup that got no answer in either run is not compared record by record
// (only its verdict), so an outage does not look like deleted records.
QList<DiscoveryChange> diffReports(const DiscoveryReport &before, const DiscoveryReport &after);

} // namespace sts::dns
