#include "util/PrintableText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sts {

namespace {

bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||      // C0, DEL, C1
           c == 0x061c || c == 0x200e || c == 0x200f || // bidirectional marks
           (c >= 0x2028 && c <= 0x202e) ||              // line/paragraph separators, embeddings
           (c >= 0x2066 && c <= 0x2069);                // bidirectional isolates
}

void appendEscaped(QString &out, char32_t c)
{
    switch (c) {
    case '\n':
        out += u"\\n"_s;
        return;
    case '\r':
        out += u"\\r"_s;
        return;
    case '\t':
        out += u"\\t"_s;
        return;
    default:
        break;
    }
    if (c <= 0xff)
        out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString printable(const QString &text)
{
    // Most text has nothing to escape: return it without a copy.
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 8);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (needsEscape(c))
            appendEscaped(out, c);
        else
            out += QChar(c);
    }
    return out;
}

QString printableLines(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines = normalized.split(u'\n');
    for (QString &line : lines)
        line = printable(line);
    return lines.join(u'\n');
}

} // namespace sts
