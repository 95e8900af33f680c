#pragma once

#include "dns/DiscoveryReport.h"

#include <QIcon>
#include <QString>

namespace sts::ui {

// How the wizard shows DNSSEC verdicts and DANE states: a short label, a plain explanation and
// an icon whose shape differs per state (colour is never the only cue).
class VerdictPresentation
{
public:
    static QString label(const dns::DnssecVerdict &verdict);
    // `resolver`: ResolverConfig::describe() of the scan; a lookup that could not be checked is
    // the resolver's problem as far as anyone knows, so its explanation names it.
    static QString explanation(const dns::LookupResult &lookup, const QString &resolver = {});
    static QIcon icon(dns::Security security);

    static QString daneLabel(dns::DaneState state);
    static QString daneExplanation(const dns::MxHostReport &host, const QString &resolver = {});
    static QIcon daneIcon(dns::DaneState state);
};

} // namespace sts::ui
