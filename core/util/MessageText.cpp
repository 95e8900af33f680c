#include "util/MessageText.h"

namespace sts {

static bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString messageText(const char *context, const char *source, TextLanguage language)
{
    return language.translate(context, source);
}

QString fillArguments(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != u'%' || i + 1 >= pattern.size() || !isAsciiDigit(pattern.at(i + 1))) {
            out += c;
            continue;
        }
        // Up to two digits, as QString::arg() reads its markers.
        qsizetype end = i + 2;
        if (end < pattern.size() && isAsciiDigit(pattern.at(end)))
            ++end;
        const int number = pattern.mid(i + 1, end - i - 1).toInt();
        if (number >= 1 && number <= args.size()) {
            out += args.at(number - 1);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

const CodedPhrase *phraseFor(std::span<const CodedPhrase> phrases, const QString &code)
{
    for (const CodedPhrase &phrase : phrases)
        if (code == QLatin1String(phrase.code))
            return &phrase;
    return nullptr;
}

} // namespace sts
