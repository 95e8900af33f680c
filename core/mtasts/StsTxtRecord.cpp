#include "mtasts/StsTxtRecord.h"

#include "mtasts/ProblemText.h"
#include "mtasts/TxtFields.h"

using namespace Qt::StringLiterals;

namespace sts::mtasts {

using detail::displayText;

constexpr qsizetype kVersionLength = 7; // "v=STSv1"

static Problem error(const QString &code, const QStringList &args = {})
{
    return Problem{Problem::Severity::Error, code, problemText(code, args), 0, args};
}

static Problem warning(const QString &code, const QStringList &args = {})
{
    return Problem{Problem::Severity::Warning, code, problemText(code, args), 0, args};
}

bool isValidStsId(const QString &id)
{
    if (id.isEmpty() || id.size() > 32)
        return false;
    for (const QChar c : id) {
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!ok)
            return false;
    }
    return true;
}

QByteArray StsTxtRecord::toTxt() const
{
    QByteArray out = "v=STSv1; id=" + id.toLatin1() + ';';
    for (const auto &[name, value] : extensions)
        out += ' ' + name.toUtf8() + '=' + value.toUtf8() + ';';
    return out;
}

// Looks like someone meant an MTA-STS record but got the version token wrong.
static bool isNearMiss(const QByteArray &rr)
{
    const QByteArray lower = rr.trimmed().toLower();
    return lower.startsWith("v=sts") || lower.startsWith("v = sts") || lower.startsWith("sts") ||
           lower.contains("stsv1");
}

static void parseOne(const QByteArray &rr, StsTxtLookup &out)
{
    const detail::TxtFields split = detail::splitTxtFields(rr.mid(kVersionLength));
    bool valid = true;
    if (split.emptyField) {
        out.problems.append(error(u"sts-txt.empty-field"_s));
        valid = false;
    }
    StsTxtRecord record;
    bool haveId = false;
    for (const detail::TxtField &field : split.fields) {
        if (!field.hasEquals) {
            out.problems.append(error(u"sts-txt.syntax"_s, {displayText(field.name)}));
            valid = false;
        } else if (field.name == "id") {
            const QString id = QString::fromLatin1(field.value);
            if (haveId) {
                out.problems.append(error(u"sts-txt.duplicate-id"_s));
                valid = false;
            } else if (!isValidStsId(id)) {
                out.problems.append(error(u"sts-txt.id-invalid"_s, {displayText(field.value)}));
                valid = false;
            }
            haveId = true;
            record.id = id;
        } else if (detail::isExtensionName(field.name) && detail::isExtensionValue(field.value)) {
            record.extensions.append(
                {QString::fromLatin1(field.name), QString::fromLatin1(field.value)});
        } else {
            out.problems.append(error(u"sts-txt.extension-invalid"_s,
                                      {displayText(field.name), displayText(field.value)}));
            valid = false;
        }
    }
    if (!haveId) {
        out.problems.append(error(u"sts-txt.id-missing"_s));
        valid = false;
    }
    if (valid)
        out.record = record;
}

StsTxtLookup parseStsTxtRecords(const QList<QByteArray> &rrs)
{
    StsTxtLookup out;
    QList<QByteArray> candidates;
    for (const QByteArray &rr : rrs) {
        if (rr.startsWith("v=STSv1;")) {
            candidates.append(rr);
        } else if (isNearMiss(rr)) {
            out.problems.append(warning(u"sts-txt.near-miss"_s, {displayText(rr)}));
        }
    }
    if (candidates.isEmpty()) {
        out.problems.append(error(u"sts-txt.missing"_s));
        return out;
    }
    if (candidates.size() > 1) {
        out.problems.append(error(u"sts-txt.multiple"_s, {QString::number(candidates.size())}));
        return out;
    }
    parseOne(candidates.first(), out);
    return out;
}

} // namespace sts::mtasts
