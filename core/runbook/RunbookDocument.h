#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sts::runbook {

// The pictures a section can embed (<img src="name">). The document names them; the renderer
// paints them from the runbook's data (charts with QPainter, the rollout timeline).
namespace figures {
inline constexpr char16_t dailyResults[] = u"chart-daily"; // sessions per day by result type
inline constexpr char16_t senders[] = u"chart-senders";    // sessions per sender organisation
inline constexpr char16_t timeline[] = u"timeline";        // the rollout timeline
} // namespace figures

// One chapter: its heading goes into the table of contents, its body starts on a new page.
struct RunbookSection
{
    QString key; // stable: "summary", "mx", "records", ...
    QString title;
    QString html;        // body without the heading
    QStringList figures; // names of the pictures the body embeds (see figures::)
};

// The runbook before pagination: text in the runbook's language only, no database, no pictures.
struct RunbookDocument
{
    QString coverHtml;
    QString headerText; // running header, left
    QString tocTitle;
    QString pageTemplate; // "Page %1 of %2"
    QList<RunbookSection> sections;
    QString omittedTitle;
    QStringList omitted; // sections left out and why, in the runbook's language

    QStringList figures() const; // every picture the sections embed, in document order
};

} // namespace sts::runbook
