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

QString code(const QByteArray &text)
{
    QString body = QString::fromUtf8(text);
    body.remove(u'\r');
    if (body.endsWith(u'\n'))
        body.chop(1);
    return u"<pre style=\"font-family:'DejaVu Sans Mono',monospace; font-size:7.5pt; "
           u"background-color:#f3f4f6\">%1</pre>"_s.arg(esc(body));
}

QString list(const QStringList &items, bool ordered)
{
    QString out = ordered ? u"<ol>"_s : u"<ul>"_s;
    for (const QString &item : items)
        out += u"<li>%1</li>"_s.arg(esc(item));
    return out + (ordered ? u"</ol>"_s : u"</ul>"_s);
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString out = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                  u"style=\"border-color:#9ca3af; border-style:solid\"><tr>"_s;
    for (const QString &header : headers)
        out += u"<th style=\"background-color:#e5e7eb\" align=\"left\">%1</th>"_s.arg(esc(header));
    out += u"</tr>"_s;
    for (const QStringList &row : rows) {
        out += u"<tr>"_s;
        for (const QString &cell : row)
            out += u"<td>%1</td>"_s.arg(esc(cell).replace(u'\n', u"<br/>"_s));
        out += u"</tr>"_s;
    }
    return out + u"</table>"_s;
}

QString keyValues(const QList<QPair<QString, QString>> &rows)
{
    QString out = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const auto &[key, value] : rows)
        out += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(key), esc(value));
    return out + u"</table>"_s;
}

QString image(const QString &name, int widthPx)
{
    return u"<p><img src=\"%1\" width=\"%2\"/></p>"_s.arg(esc(name)).arg(widthPx);
}

} // namespace sts::runbook::html
