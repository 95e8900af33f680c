#pragma once

#include "util/TextLanguage.h"

#include <QString>

namespace sts {

// Where an engagement stands. "Ready for enforce" is not a recorded phase: it is what the rollout
// rules conclude while the engagement is in Testing (see RolloutRules).
enum class RolloutPhase { Discovery, Prepared, Testing, Enforce, Monitoring, Removal };

QString toKey(RolloutPhase phase);
bool fromKey(const QString &key, RolloutPhase &out);
QString displayName(RolloutPhase phase, TextLanguage language = TextLanguage::Translated);

} // namespace sts
