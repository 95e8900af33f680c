#pragma once

#include <QDateTime>
#include <QString>

namespace sts::runbook {

// What the user chooses about one runbook.
struct RunbookOptions
{
    QString language =
        QStringLiteral("en");         // "de" or "en": the PDF's language, independent of the UI's
    QString consultant;               // cover page; empty: the engagement's consultant
    bool bsiChecklist = false;        // BSI TR-03108 checklist section
    bool privateKeysIncluded = false; // the bundle carries private keys: warning page
    QDateTime now;                    // "today" of the runbook; invalid = the current time
};

} // namespace sts::runbook
