#pragma once

#include "engagement/RolloutRules.h"

#include <QStringList>

namespace sts::ui {

// Why a day on which the major senders reported is still no evidence for the live policy: who saw
// no MTA-STS policy and who applied another one (RolloutRules). Lines for the day tooltips of the
// timeline and the testing strip.
QStringList policyEvidenceLines(const DayVerdict &day);

} // namespace sts::ui
