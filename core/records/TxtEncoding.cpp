#include "records/TxtEncoding.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sts::records {

QList<QByteArray> splitCharacterStrings(const QByteArray &text)
{
    QList<QByteArray> out;
    for (qsizetype at = 0; at < text.size(); at += kMaxCharacterString)
        out.append(text.mid(at, kMaxCharacterString));
    if (out.isEmpty())
        out.append(QByteArray());
    return out;
}

QString quoteCharacterString(const QByteArray &string, EscapeStyle style)
{
    QString out(1, u'"');
    for (const char c : string) {
        const auto octet = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += u'\\';
            out += QLatin1Char(c);
        } else if (octet < 0x20 || octet > 0x7e) {
            out += u'\\';
            out += style == EscapeStyle::Decimal
                       ? QString::number(octet).rightJustified(3, u'0')
                       : QString::number(octet, 8).rightJustified(3, u'0');
        } else {
            out += QLatin1Char(c);
        }
    }
    out += u'"';
    return out;
}

QString quoteCharacterStrings(const QList<QByteArray> &strings, EscapeStyle style)
{
    QStringList quoted;
    for (const QByteArray &s : strings)
        quoted.append(quoteCharacterString(s, style));
    return quoted.join(u' ');
}

} // namespace sts::records
