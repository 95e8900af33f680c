#pragma once

#include "dns/DiscoveryReport.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sts::ui {

// The mx patterns PolicyGenerator suggests for a discovery report, each with the reason in words
// (which MX hosts it covers, and whether it is a provider's documented pattern). Hosts the
// generator left out come last with an empty pattern and the generator's note.
QList<QPair<QString, QString>> suggestPatternsWithReasons(const dns::DiscoveryReport &report);

} // namespace sts::ui
