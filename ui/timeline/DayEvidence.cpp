#include "timeline/DayEvidence.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::ui {

QStringList policyEvidenceLines(const DayVerdict &day)
{
    QStringList lines;
    if (!day.sendersWithoutPolicy.isEmpty())
        lines << QCoreApplication::translate("sts::ui::DayEvidence",
                                             "No MTA-STS policy seen by %1 (no-policy-found or "
                                             "only TLSA results)")
                     .arg(day.sendersWithoutPolicy.join(u", "_s));
    if (!day.sendersWithOtherPolicy.isEmpty())
        lines << QCoreApplication::translate("sts::ui::DayEvidence",
                                             "Another policy than the live one applied by %1")
                     .arg(day.sendersWithOtherPolicy.join(u", "_s));
    return lines;
}

} // namespace sts::ui
