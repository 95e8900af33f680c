#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::ui::runbook {

// A picture a section embeds (<img src="name">); painted as an image so PDF tools list it.
struct RunbookImage
{
    QString name;
    QImage image;
};

// One chapter: its heading goes into the table of contents, its body starts on a new page.
struct RunbookSection
{
    QString key; // stable: "summary", "mx", "records", ...
    QString title;
    QString html; // body without the heading
    QList<RunbookImage> images;
};

// The runbook before pagination: translated text only, no database, no widgets.
struct RunbookDocument
{
    QString coverHtml;
    QString headerText; // running header, left
    QString tocTitle;
    QString pageTemplate; // "Page %1 of %2"
    QList<RunbookSection> sections;
    QString omittedTitle;
    QStringList omitted; // translated: sections left out and why
};

} // namespace sts::ui::runbook
