#pragma once

#include "runbook/RunbookDocument.h"
#include "runbook/RunbookHtml.h"

#include <QRegularExpression>
#include <QString>

namespace sts::test {

// The section with `key`, or null.
inline const runbook::RunbookSection *section(const runbook::RunbookDocument &document,
                                              const QString &key)
{
    for (const runbook::RunbookSection &s : document.sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

// What a reader sees of a section's HTML: tags gone, entities decoded, blanks simplified.
inline QString plainText(const QString &html)
{
    return QString(html)
        .replace(QRegularExpression(QStringLiteral("</(p|td|th|li|tr|h2)>")), QStringLiteral(" "))
        .remove(QRegularExpression(QStringLiteral("<[^>]*>")))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .simplified();
}

// The same with wrapped code lines joined again (the continuation mark and its blank removed).
inline QString unwrapped(const QString &html)
{
    return plainText(html).remove(QString(QChar(runbook::html::continuationMark)) +
                                  QStringLiteral(" "));
}

} // namespace sts::test
