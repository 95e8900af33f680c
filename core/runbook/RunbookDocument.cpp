#include "runbook/RunbookDocument.h"

namespace sts::runbook {

QStringList RunbookDocument::figures() const
{
    QStringList names;
    for (const RunbookSection &section : sections)
        names += section.figures;
    return names;
}

} // namespace sts::runbook
