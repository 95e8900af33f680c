#include "import/ImportSummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

void ImportSummary::add(const ImportSummary &o)
{
    files += o.files;
    imported += o.imported;
    duplicates += o.duplicates;
    conflicts += o.conflicts;
    quarantined += o.quarantined;
    unassigned += o.unassigned;
    forEngagement += o.forEngagement;
    mailsWithoutReport += o.mailsWithoutReport;
    cancelled = cancelled || o.cancelled;
    quarantine += o.quarantine;
    elapsedMs += o.elapsedMs;
    peakHeldBytes = qMax(peakHeldBytes, o.peakHeldBytes);
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray items;
    for (const QuarantinedInput &q : quarantine)
        items.append(
            QJsonObject{{u"origin"_s, q.origin}, {u"code"_s, q.code}, {u"reason"_s, q.reason}});
    return QJsonObject{{u"files"_s, files},
                       {u"imported"_s, imported},
                       {u"duplicates"_s, duplicates},
                       {u"conflicts"_s, conflicts},
                       {u"quarantined"_s, quarantined},
                       {u"unassigned"_s, unassigned},
                       {u"for_engagement"_s, forEngagement},
                       {u"mails_without_report"_s, mailsWithoutReport},
                       {u"cancelled"_s, cancelled},
                       {u"elapsed_ms"_s, elapsedMs},
                       {u"peak_held_bytes"_s, peakHeldBytes},
                       {u"quarantine"_s, items}};
}

} // namespace sts::tlsrpt
