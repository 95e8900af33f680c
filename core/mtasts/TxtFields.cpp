#include "mtasts/TxtFields.h"

namespace sts::mtasts::detail {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

static QByteArray trimWsp(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isWsp(text.at(begin)))
        ++begin;
    while (end > begin && isWsp(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

TxtFields splitTxtFields(const QByteArray &rest)
{
    TxtFields out;
    const QList<QByteArray> pieces = rest.split(';');
    // pieces[0] is what sits between the version token and the first ";" (must be blank).
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QByteArray piece = trimWsp(pieces.at(i));
        if (i == 0) {
            if (!piece.isEmpty())
                out.fields.append(TxtField{piece, {}, false}); // reported as a malformed field
            continue;
        }
        if (piece.isEmpty()) {
            // Only one trailing separator is allowed ("[sts-sep]"); anything else is ";;".
            if (i != pieces.size() - 1)
                out.emptyField = true;
            continue;
        }
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0)
            out.fields.append(TxtField{piece, {}, false});
        else
            out.fields.append(TxtField{piece.left(eq), piece.mid(eq + 1), true});
    }
    return out;
}

bool isExtensionName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name.at(i);
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '_' && c != '-' && c != '.')))
            return false;
    }
    return true;
}

bool isExtensionValue(const QByteArray &value)
{
    if (value.isEmpty())
        return false;
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x21 || c > 0x7e || c == ';' || c == '=')
            return false;
    }
    return true;
}

QString displayText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace sts::mtasts::detail
