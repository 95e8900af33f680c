#include "mtasts/TlsRptTxtRecord.h"

#include "mtasts/TxtFields.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

using detail::displayText;

constexpr qsizetype kVersionLength = 10; // "v=TLSRPTv1"

static QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::mtasts", text);
}

static Problem error(const QString &code, const QString &message)
{
    return Problem{Problem::Severity::Error, code, message};
}

static Problem warning(const QString &code, const QString &message)
{
    return Problem{Problem::Severity::Warning, code, message};
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
        problems.append(error(u"tlsrpt-txt.rua-not-uri"_s,
                              tr("“%1” in rua is not a URI. If it belongs to the previous URI, "
                                 "write its comma as “%2C”.")
                                  .arg(text)));
        return false;
    }
    const QByteArray scheme = uri.left(colon).toLower();
    if (scheme != "mailto" && scheme != "https") {
        problems.append(error(u"tlsrpt-txt.rua-scheme"_s,
                              tr("“%1” uses the scheme “%2”; TLS-RPT reports go only to "
                                 "“mailto:” or “https:” URIs.")
                                  .arg(text, displayText(uri.left(colon)))));
        return false;
    }
    if (uri.contains('!')) {
        problems.append(
            error(u"tlsrpt-txt.rua-unencoded"_s,
                  tr("“%1” contains “!”; inside a rua URI it must be written “%21”.").arg(text)));
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
        problems.append(
            error(u"tlsrpt-txt.rua-invalid"_s,
                  tr("“%1” is not a valid %2 URI.").arg(text, QString::fromLatin1(scheme))));
    return ok;
}

static void parseOne(const QByteArray &rr, TlsRptTxtLookup &out)
{
    const detail::TxtFields split = detail::splitTxtFields(rr.mid(kVersionLength));
    bool valid = !split.emptyField;
    if (split.emptyField)
        out.problems.append(error(u"tlsrpt-txt.syntax"_s,
                                  tr("The record has an empty field (“;;”); senders reject it.")));
    TlsRptTxtRecord record;
    bool haveRua = false;
    for (const detail::TxtField &field : split.fields) {
        if (field.hasEquals && field.name == "rua") {
            if (haveRua) {
                out.problems.append(error(u"tlsrpt-txt.duplicate-rua"_s,
                                          tr("The record has more than one “rua” field; list "
                                             "all endpoints in one, separated by commas.")));
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
            out.problems.append(
                error(u"tlsrpt-txt.syntax"_s,
                      tr("“%1” is not a valid “name=value” field.")
                          .arg(displayText(field.hasEquals ? field.name + '=' + field.value
                                                           : field.name))));
            valid = false;
        }
    }
    if (!haveRua) {
        out.problems.append(error(u"tlsrpt-txt.rua-missing"_s,
                                  tr("The record has no “rua” field; it is required.")));
        valid = false;
    }
    if (record.rua.size() > 1)
        out.problems.append(warning(u"tlsrpt-txt.rua-several"_s,
                                    tr("The record lists %1 report endpoints; one is recommended "
                                       "(every sender delivers every report to each of them).")
                                        .arg(record.rua.size())));
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
            out.problems.append(
                warning(u"tlsrpt-txt.near-miss"_s,
                        tr("The record “%1” is ignored: a TLS-RPT record must start with exactly "
                           "“v=TLSRPTv1” (case-sensitive).")
                            .arg(displayText(rr))));
        }
    }
    if (candidates.isEmpty()) {
        out.problems.append(error(u"tlsrpt-txt.missing"_s,
                                  tr("No TXT record starts with “v=TLSRPTv1”: senders send no "
                                     "TLS reports.")));
        return out;
    }
    if (candidates.size() > 1) {
        out.problems.append(error(u"tlsrpt-txt.multiple"_s,
                                  tr("There are %1 records starting with “v=TLSRPTv1”; with more "
                                     "than one, senders send no reports. Keep exactly one.")
                                      .arg(candidates.size())));
        return out;
    }
    parseOne(candidates.first(), out);
    return out;
}

} // namespace sts::mtasts
