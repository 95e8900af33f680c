#include "mtasts/TlsRptTxtRecord.h"

#include "mtasts/ProblemText.h"
#include "mtasts/TxtFields.h"

#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

using detail::displayText;

constexpr qsizetype kVersionLength = 10; // "v=TLSRPTv1"

static Problem error(const QString &code, const QStringList &args = {})
{
    return Problem{Problem::Severity::Error, code, problemText(code, args), 0, args};
}

static Problem warning(const QString &code, const QStringList &args = {})
{
    return Problem{Problem::Severity::Warning, code, problemText(code, args), 0, args};
}

QString encodeRuaUri(const QString &uri)
{
    QString out;
    for (const char c : uri.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == ',' || c == '!' || c == ';' || u <= 0x20 || u >= 0x7f)
            out += u'%' + QString::number(u, 16).toUpper().rightJustified(2, u'0');
        else
            out += QLatin1Char(c);
    }
    return out;
}

QByteArray TlsRptTxtRecord::toTxt() const
{
    QStringList encoded;
    for (const QString &uri : rua)
        encoded.append(encodeRuaUri(uri));
    return "v=TLSRPTv1; rua=" + encoded.join(u',').toUtf8();
}

static bool startsWithVersion(const QByteArray &rr)
{
    if (!rr.startsWith("v=TLSRPTv1"))
        return false;
    if (rr.size() == kVersionLength)
        return true;
    const char next = rr.at(kVersionLength);
    return next == ';' || detail::isWsp(next);
}

static bool isNearMiss(const QByteArray &rr)
{
    const QByteArray lower = rr.trimmed().toLower();
    return lower.startsWith("v=tlsrpt") || lower.startsWith("v=tslrpt") ||
           lower.startsWith("v=tlsrtp") || lower.contains("rua=");
}

static bool validUri(const QByteArray &uri, QList<Problem> &problems)
{
    const QString text = displayText(uri);
    const qsizetype colon = uri.indexOf(':');
    if (colon <= 0) {
        problems.append(error(u"tlsrpt-txt.rua-not-uri"_s, {text}));
        return false;
    }
    const QByteArray scheme = uri.left(colon).toLower();
    if (scheme != "mailto" && scheme != "https") {
        problems.append(error(u"tlsrpt-txt.rua-scheme"_s, {text, displayText(uri.left(colon))}));
        return false;
    }
    if (uri.contains('!')) {
        problems.append(error(u"tlsrpt-txt.rua-unencoded"_s, {text}));
        return false;
    }
    // RFC 8460 §3: a rua is a URI (RFC 3986), and URIs are ASCII. QUrl would take an IRI, but
    // senders differ on it, and its published form (percent-encoded) is no valid URI any more.
    if (std::any_of(uri.cbegin(), uri.cend(), [](char c) { return uchar(c) >= 0x80; })) {
        problems.append(error(u"tlsrpt-txt.rua-not-ascii"_s, {text}));
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    bool ok = url.isValid();
    if (scheme == "mailto")
        ok = ok && url.path().contains(u'@') && !url.path().startsWith(u'@') &&
             !url.path().endsWith(u'@');
    else
        ok = ok && !url.host().isEmpty();
    if (!ok)
        problems.append(error(u"tlsrpt-txt.rua-invalid"_s, {text, QString::fromLatin1(scheme)}));
    return ok;
}

std::optional<Problem> checkRuaUri(const QString &uri)
{
    QList<Problem> problems;
    // Checked before encoding: encodeRuaUri would percent-encode non-ASCII into a URI senders
    // read differently from what was typed.
    const QByteArray raw = uri.trimmed().toUtf8();
    if (std::any_of(raw.cbegin(), raw.cend(), [](char c) { return uchar(c) >= 0x80; }))
        return error(u"tlsrpt-txt.rua-not-ascii"_s, {displayText(raw)});
    if (validUri(encodeRuaUri(uri.trimmed()).toUtf8(), problems))
        return std::nullopt;
    return problems.value(0);
}

static void parseOne(const QByteArray &rr, TlsRptTxtLookup &out)
{
    const detail::TxtFields split = detail::splitTxtFields(rr.mid(kVersionLength));
    bool valid = !split.emptyField;
    if (split.emptyField)
        out.problems.append(error(u"tlsrpt-txt.empty-field"_s));
    TlsRptTxtRecord record;
    bool haveRua = false;
    for (const detail::TxtField &field : split.fields) {
        if (field.hasEquals && field.name == "rua") {
            if (haveRua) {
                out.problems.append(error(u"tlsrpt-txt.duplicate-rua"_s));
                valid = false;
                continue;
            }
            haveRua = true;
            for (const QByteArray &piece : field.value.split(',')) {
                const QByteArray uri = piece.trimmed();
                if (validUri(uri, out.problems))
                    record.rua.append(QString::fromUtf8(uri));
                else
                    valid = false;
            }
        } else if (!field.hasEquals || !detail::isExtensionName(field.name) ||
                   !detail::isExtensionValue(field.value)) {
            out.problems.append(error(
                u"tlsrpt-txt.syntax"_s,
                {displayText(field.hasEquals ? field.name + '=' + field.value : field.name)}));
            valid = false;
        }
    }
    if (!haveRua) {
        out.problems.append(error(u"tlsrpt-txt.rua-missing"_s));
        valid = false;
    }
    if (record.rua.size() > 1)
        out.problems.append(
            warning(u"tlsrpt-txt.rua-several"_s, {QString::number(record.rua.size())}));
    if (valid)
        out.record = record;
}

TlsRptTxtLookup parseTlsRptTxtRecords(const QList<QByteArray> &rrs)
{
    TlsRptTxtLookup out;
    QList<QByteArray> candidates;
    for (const QByteArray &rr : rrs) {
        if (startsWithVersion(rr)) {
            candidates.append(rr);
        } else if (isNearMiss(rr)) {
            out.problems.append(warning(u"tlsrpt-txt.near-miss"_s, {displayText(rr)}));
        }
    }
    if (candidates.isEmpty()) {
        out.problems.append(error(u"tlsrpt-txt.missing"_s));
        return out;
    }
    if (candidates.size() > 1) {
        out.problems.append(error(u"tlsrpt-txt.multiple"_s, {QString::number(candidates.size())}));
        return out;
    }
    parseOne(candidates.first(), out);
    return out;
}

} // namespace sts::mtasts
