#include "runbook/RunbookHtml.h"

using namespace Qt::StringLiterals;

namespace sts::runbook::html {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString para(const QString &text)
{
    return u"<p>%1</p>"_s.arg(esc(text));
}

QString heading(const QString &text)
{
    return u"<h2>%1</h2>"_s.arg(esc(text));
}

QString note(const QString &text)
{
    return u"<table width=\"100%\" cellpadding=\"6\" style=\"background-color:#fff4d6; "
           u"border-color:#d9a300; border-style:solid\" border=\"1\" cellspacing=\"0\">"
           u"<tr><td>%1</td></tr></table>"_s.arg(esc(text));
}

QStringList wrapCodeLine(const QString &line, int columns)
{
    if (line.size() <= columns)
        return {line};
    // Continuations keep the line's indentation, so the structure of a script stays visible.
    qsizetype indent = 0;
    while (indent < line.size() && indent < columns / 4 && line.at(indent) == u' ')
        ++indent;
    const QString prefix = QString(indent, u' ') + continuationMark + u' ';
    QStringList out;
    QString rest = line;
    QString lead;
    while (lead.size() + rest.size() > columns) {
        const qsizetype room = columns - lead.size();
        // Break after the last blank that leaves a reasonable part, else within the word.
        qsizetype cut = rest.lastIndexOf(u' ', room - 1) + 1;
        if (cut < room / 2)
            cut = room;
        out.append(lead + rest.left(cut));
        rest = rest.mid(cut);
        lead = prefix;
    }
    out.append(lead + rest);
    return out;
}

QString code(const QByteArray &text)
{
    QString raw = QString::fromUtf8(text);
    raw.remove(u'\r');
    raw.replace(u'\t', u"        "_s); // as a terminal shows it, so the width is what is counted
    if (raw.endsWith(u'\n'))
        raw.chop(1);
    QStringList lines;
    for (const QString &line : raw.split(u'\n'))
        lines += wrapCodeLine(line);
    // One paragraph per line, not one <pre>: the layout draws the line above a page's top edge
    // again when it belongs to a paragraph that started on the page before (QTextLayout::draw),
    // hidden behind the clip but in the PDF's text twice.
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += u"<p class=\"code\" style=\"margin-top:%1px; margin-bottom:%2px; white-space:pre; "
               u"font-family:'DejaVu Sans Mono',monospace; font-size:7.5pt; "
               u"background-color:#f3f4f6\">%3</p>"_s.arg(i == 0 ? 6 : 0)
                   .arg(i + 1 == lines.size() ? 8 : 0)
                   .arg(lines.at(i).isEmpty() ? u" "_s : esc(lines.at(i)));
    return out;
}

// Text with line breaks as one paragraph per line: a multi-line paragraph split by a page break
// (a table row may be) would show its last line of the earlier page in the PDF's text again.
static QString lines(const QString &text)
{
    if (!text.contains(u'\n'))
        return esc(text);
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += u"<p style=\"margin:0\">%1</p>"_s.arg(esc(line));
    return out;
}

QString list(const QStringList &items, bool ordered)
{
    QString out = ordered ? u"<ol>"_s : u"<ul>"_s;
    for (const QString &item : items)
        out += u"<li>%1</li>"_s.arg(lines(item));
    return out + (ordered ? u"</ol>"_s : u"</ul>"_s);
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths)
{
    QString out = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                  u"style=\"border-color:#9ca3af; border-style:solid\"><tr>"_s;
    for (qsizetype i = 0; i < headers.size(); ++i)
        out += u"<th style=\"background-color:#e5e7eb\" align=\"left\"%1>%2</th>"_s.arg(
            i < widths.size() ? u" width=\"%1%\""_s.arg(widths.at(i)) : QString(),
            esc(headers.at(i)));
    out += u"</tr>"_s;
    for (const QStringList &row : rows) {
        out += u"<tr>"_s;
        for (const QString &cell : row)
            out += u"<td>%1</td>"_s.arg(lines(cell));
        out += u"</tr>"_s;
    }
    return out + u"</table>"_s;
}

QString keyValues(const QList<QPair<QString, QString>> &rows)
{
    QString out = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const auto &[key, value] : rows)
        out += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(key), lines(value));
    return out + u"</table>"_s;
}

QString image(const QString &name, int widthPx)
{
    return u"<p><img src=\"%1\" width=\"%2\"/></p>"_s.arg(esc(name)).arg(widthPx);
}

} // namespace sts::runbook::html
