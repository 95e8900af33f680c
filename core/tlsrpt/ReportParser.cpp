#include "tlsrpt/ReportParser.h"

#include "tlsrpt/ReportFields.h"
#include "tlsrpt/SenderName.h"
#include "tlsrpt/StrictReportParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::ReportParser", text);
}

namespace {

// "receiving-mx-host-name", "receiving_mx_hostname" and "ReceivingMxHostname" all fold to
// "receivingmxhostname": a misspelling is accepted only when it folds onto exactly one known key.
QString foldKey(const QString &key)
{
    QString folded;
    folded.reserve(key.size());
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
    }
    return folded;
}

// The members of one JSON object, looked up by their RFC names with misspellings tolerated.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(sts::tlsrpt::Fields)

public:
    Fields(const QJsonObject &object, std::span<const QString> known, QStringList &warnings)
    {
        m_values.fill(QJsonValue(QJsonValue::Undefined), qsizetype(known.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            qsizetype index = -1;
            for (qsizetype i = 0; i < qsizetype(known.size()); ++i) {
                if (known[i] == key) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                const QString folded = foldKey(key);
                for (qsizetype i = 0; i < qsizetype(known.size()); ++i) {
                    if (foldKey(known[i]) == folded || aliasOf(key) == known[i]) {
                        index = i;
                        break;
                    }
                }
                if (index >= 0 && !m_values[index].isUndefined())
                    continue; // the correctly spelled key wins
                if (index >= 0)
                    warnings << tr("Misspelled key “%1” read as “%2”.").arg(key, known[index]);
            }
            if (index >= 0 && m_values[index].isUndefined())
                m_values[index] = it.value();
        }
    }

    QJsonValue operator[](qsizetype index) const { return m_values[index]; }

private:
    static QString aliasOf(const QString &key)
    {
        if (foldKey(key) == u"organisationname"_s)
            return u"organization-name"_s;
        return {};
    }

    QList<QJsonValue> m_values;
};

struct Context
{
    Q_DECLARE_TR_FUNCTIONS(sts::tlsrpt::Context)

public:
    QStringList &warnings;

    QString text(const QJsonValue &value, const QString &key)
    {
        if (value.isString())
            return value.toString();
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isDouble()) {
            warnings << tr("“%1” is a number, read as text.").arg(key);
            return QString::number(value.toDouble(), 'g', 17);
        }
        warnings << tr("“%1” is not text and was ignored.").arg(key);
        return {};
    }

    qint64 count(const QJsonValue &value, const QString &key)
    {
        if (value.isUndefined() || value.isNull()) {
            warnings << tr("“%1” is missing, counted as 0.").arg(key);
            return 0;
        }
        qint64 n = -1;
        bool tooLarge = false;
        QString sent; // the count as the report gives it, for the warning
        if (value.isDouble()) {
            n = value.toInteger(-1);
            // A fractional count is truncated. One beyond int64 (or NaN) has no integer value, and
            // converting it to one would be undefined behaviour (found by the fuzzer).
            const double d = value.toDouble();
            if (n < 0 && d >= 0 && d <= 9007199254740992.0)
                n = qint64(d);
            tooLarge = n < 0 && d > 9007199254740992.0 && std::isfinite(d);
            sent = n >= 0 ? QString::number(n) : QString::number(d, 'g', 17);
        } else if (value.isString()) {
            sent = value.toString().trimmed();
            bool ok = false;
            n = sent.toLongLong(&ok);
            if (ok)
                warnings << tr("“%1” is a string, read as a number.").arg(key);
            else
                n = -1;
            static const QRegularExpression digits(u"^\\+?[0-9]+$"_s);
            tooLarge = !ok && digits.match(sent).hasMatch(); // beyond int64
        }
        if (tooLarge || n > maxSessionCount) {
            warnings << tr("“%1” is %2, more sessions than any sender has; counted as %3.")
                            .arg(key, sent, QString::number(maxSessionCount));
            return maxSessionCount;
        }
        if (n < 0) {
            warnings << tr("“%1” is not a non-negative integer, counted as 0.").arg(key);
            return 0;
        }
        return n;
    }

    QDateTime dateTime(const QJsonValue &value, const QString &key)
    {
        QString s = text(value, key).trimmed();
        if (s.isEmpty())
            return {};
        if (const QDateTime plain = plainUtc(s); plain.isValid())
            return plain;
        static const QRegularExpression zoned(u"([Zz]|[+-]\\d\\d:?\\d\\d)$"_s);
        static const QRegularExpression dateOnly(u"^\\d{4}-\\d\\d-\\d\\d$"_s);
        if (s.size() > 10 && s.at(10) == QLatin1Char(' ')) {
            s[10] = QLatin1Char('T');
            warnings << tr("“%1” uses a space instead of “T”.").arg(key);
        }
        if (dateOnly.match(s).hasMatch()) {
            warnings << tr("“%1” has no time, read as 00:00:00 UTC.").arg(key);
            s += u"T00:00:00Z"_s;
        } else if (!zoned.match(s).hasMatch()) {
            warnings << tr("“%1” has no time zone, read as UTC.").arg(key);
            s += QLatin1Char('Z');
        }
        if (s.endsWith(QLatin1Char('z')))
            s[s.size() - 1] = QLatin1Char('Z');
        QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!at.isValid())
            return {};
        return at.toUTC();
    }

    QStringList textList(const QJsonValue &value, const QString &key)
    {
        QStringList list;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray()) {
                if (item.isString())
                    list << item.toString();
                else
                    warnings << tr("A non-text entry in “%1” was ignored.").arg(key);
            }
        } else if (value.isString()) {
            if (!value.toString().isEmpty())
                list << value.toString();
            warnings << tr("“%1” is a single string instead of an array.").arg(key);
        } else if (!value.isUndefined() && !value.isNull()) {
            warnings << tr("“%1” is neither an array nor a string and was ignored.").arg(key);
        }
        return list;
    }
};

FailureDetail parseDetail(const QJsonObject &object, Context &c)
{
    static const std::array<QString, 8> keys{u"result-type"_s,
                                             u"sending-mta-ip"_s,
                                             u"receiving-mx-hostname"_s,
                                             u"receiving-mx-helo"_s,
                                             u"receiving-ip"_s,
                                             u"failed-session-count"_s,
                                             u"additional-information"_s,
                                             u"failure-reason-code"_s};
    const Fields f(object, keys, c.warnings);
    FailureDetail d;
    d.resultTypeName = c.text(f[0], keys[0]).trimmed();
    if (d.resultTypeName.isEmpty()) {
        c.warnings << Context::tr("A failure detail has no “result-type”.");
        d.resultTypeName = u"unspecified"_s;
    }
    d.resultType = resultTypeFromName(d.resultTypeName);
    if (d.resultType == ResultType::Other)
        c.warnings
            << Context::tr("Unknown result type “%1” kept as “other”.").arg(d.resultTypeName);
    d.sendingMtaIp = c.text(f[1], keys[1]).trimmed();
    d.receivingMxHostname = domainName(c.text(f[2], keys[2]));
    d.receivingMxHelo = c.text(f[3], keys[3]).trimmed();
    d.receivingIp = c.text(f[4], keys[4]).trimmed();
    d.failedSessionCount = c.count(f[5], keys[5]);
    d.additionalInformation = c.text(f[6], keys[6]);
    d.failureReasonCode = c.text(f[7], keys[7]);
    return d;
}

void parsePolicyStrings(PolicyResult &p, const QJsonValue &value, Context &c)
{
    p.policyStrings = c.textList(value, u"policy-string"_s);
    // Microsoft sends tlsa records as one string that is itself a JSON array.
    if (p.policyStrings.size() == 1 && p.policyStrings.first().trimmed().startsWith(u'[')) {
        const QJsonDocument inner = QJsonDocument::fromJson(p.policyStrings.first().toUtf8());
        if (inner.isArray()) {
            QStringList records;
            for (const QJsonValue &item : inner.array())
                records << item.toString();
            p.policyStrings = records;
            c.warnings << QCoreApplication::translate(
                "sts::tlsrpt::ReportParser",
                "“policy-string” held a JSON array inside a string; read as %n entries.", nullptr,
                int(records.size()));
        }
    }
    bool stripped = false;
    for (QString &line : p.policyStrings) {
        while (line.endsWith(QLatin1Char('\r')) || line.endsWith(QLatin1Char('\n'))) {
            line.chop(1);
            stripped = true;
        }
    }
    if (stripped)
        c.warnings << Context::tr(
            "“policy-string” lines ended in a carriage return, which was removed.");
}

PolicyResult parsePolicy(const QJsonObject &object, Context &c)
{
    static const std::array<QString, 3> outerKeys{u"policy"_s, u"summary"_s, u"failure-details"_s};
    static const std::array<QString, 4> policyKeys{u"policy-type"_s, u"policy-string"_s,
                                                   u"policy-domain"_s, u"mx-host"_s};
    static const std::array<QString, 2> summaryKeys{u"total-successful-session-count"_s,
                                                    u"total-failure-session-count"_s};
    const Fields outer(object, outerKeys, c.warnings);
    PolicyResult p;
    const QJsonObject policy = outer[0].toObject();
    if (!outer[0].isObject())
        c.warnings << Context::tr("A policy entry has no “policy” object.");
    const Fields pf(policy, policyKeys, c.warnings);
    p.policyTypeName = c.text(pf[0], policyKeys[0]).trimmed();
    if (p.policyTypeName.isEmpty()) {
        c.warnings << Context::tr("A policy has no “policy-type”.");
        p.policyTypeName = u"unspecified"_s;
    }
    p.policyType = policyTypeFromName(p.policyTypeName);
    if (p.policyType == PolicyType::Other)
        c.warnings
            << Context::tr("Unknown policy type “%1” kept as “other”.").arg(p.policyTypeName);
    parsePolicyStrings(p, pf[1], c);
    p.policyDomain = domainName(c.text(pf[2], policyKeys[2]));
    if (p.policyDomain.isEmpty())
        c.warnings << Context::tr("A “%1” policy has no “policy-domain”.").arg(p.policyTypeName);
    if (pf[3].isString()) {
        if (!pf[3].toString().trimmed().isEmpty())
            p.mxHosts << domainName(pf[3].toString());
        c.warnings << Context::tr("“mx-host” is a single string instead of an array.");
    } else {
        for (const QString &host : c.textList(pf[3], policyKeys[3]))
            p.mxHosts << domainName(host);
    }

    if (!outer[1].isObject())
        c.warnings << Context::tr("A policy entry has no “summary” object.");
    const Fields sf(outer[1].toObject(), summaryKeys, c.warnings);
    p.totalSuccessfulSessions = c.count(sf[0], summaryKeys[0]);
    p.totalFailureSessions = c.count(sf[1], summaryKeys[1]);

    if (outer[2].isArray()) {
        for (const QJsonValue &detail : outer[2].toArray()) {
            if (detail.isObject())
                p.failureDetails << parseDetail(detail.toObject(), c);
            else
                c.warnings << Context::tr("A failure detail that is not an object was ignored.");
        }
    } else if (!outer[2].isUndefined() && !outer[2].isNull()) {
        c.warnings << Context::tr("“failure-details” is not an array and was ignored.");
    }
    return p;
}

// Where `json` holds an escaped NUL ("\u0000"), or -1. Backslashes appear only in escapes, so
// skipping each escape's next byte keeps "\\u0000" (a backslash, then text) apart.
qsizetype escapedNul(QByteArrayView json)
{
    for (qsizetype i = json.indexOf('\\'); i >= 0 && i + 1 < json.size();
         i = json.indexOf('\\', i + 2)) {
        if (json[i + 1] == 'u' && json.sliced(i + 2).startsWith("0000"))
            return i;
    }
    return -1;
}

} // namespace

Result<Report> ReportParser::parse(const QByteArray &json, const Origin &origin)
{
    if (std::optional<Report> report = parseStrictReport(json, origin))
        return std::move(*report);
    return parseGeneral(json, origin);
}

Result<Report> ReportParser::parseGeneral(const QByteArray &json, const Origin &origin)
{
    Report report;
    report.raw = json;
    report.origin = origin;
    Context c{report.warnings};

    QByteArray body = json;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
        c.warnings << tr("The document starts with a byte order mark, which was skipped.");
    }
    // A NUL in a string is refused rather than stripped. No field of a report (names, ids,
    // hosts, addresses, reasons) can hold one; whatever reads the stored text as a C string
    // would end it there, showing "a" for "a\u0000b" while keeping both apart; and stripping
    // it would turn one report-id into another's, so that a forged report could pass as a
    // duplicate of a real one. A refused report stays in the quarantine, as it came. (The fast
    // path never sees one: it leaves every escape to this parser.)
    if (const qsizetype at = escapedNul(body); at >= 0)
        return Error{u"tlsrpt.nul-in-text"_s,
                     tr("The report holds a NUL character (\\u0000 at byte %1) in a text, "
                        "which no report field can hold; refused.")
                         .arg(at)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"tlsrpt.not-json"_s,
                     tr("This is not a TLS-RPT report: it is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    if (!document.isObject())
        return Error{u"tlsrpt.not-report"_s,
                     tr("This is not a TLS-RPT report: the JSON document is not an object.")};

    static const std::array<QString, 5> keys{u"organization-name"_s, u"date-range"_s,
                                             u"contact-info"_s, u"report-id"_s, u"policies"_s};
    const QJsonObject root = document.object();
    const Fields f(root, keys, c.warnings);
    if (f[0].isUndefined() && f[1].isUndefined() && f[3].isUndefined() && f[4].isUndefined())
        return Error{u"tlsrpt.not-report"_s,
                     tr("This is not a TLS-RPT report: the JSON object has none of “"
                        "organization-name”, “date-range”, “report-id” and “policies”.")};

    report.organizationName = c.text(f[0], keys[0]).simplified();
    report.reportId = c.text(f[3], keys[3]).trimmed();
    if (report.organizationName.isEmpty() || report.reportId.isEmpty())
        return Error{u"tlsrpt.missing-id"_s,
                     tr("The report has no “organization-name” or no “report-id”, so it cannot "
                        "be told apart from other reports.")};
    report.sender = normalizedSenderName(report.organizationName);
    report.contactInfo = c.text(f[2], keys[2]).trimmed();

    static const std::array<QString, 2> rangeKeys{u"start-datetime"_s, u"end-datetime"_s};
    const Fields range(f[1].toObject(), rangeKeys, c.warnings);
    report.startDateTime = c.dateTime(range[0], rangeKeys[0]);
    report.endDateTime = c.dateTime(range[1], rangeKeys[1]);
    if (!report.startDateTime.isValid() || !report.endDateTime.isValid())
        return Error{u"tlsrpt.bad-date-range"_s,
                     tr("The report “%1” from “%2” has no readable “date-range” (start “%3”, end "
                        "“%4”).")
                         .arg(report.reportId, report.organizationName,
                              range[0].toVariant().toString(), range[1].toVariant().toString())};
    if (report.endDateTime < report.startDateTime)
        c.warnings << tr("The date range ends before it starts.");

    if (f[4].isArray()) {
        for (const QJsonValue &policy : f[4].toArray()) {
            if (policy.isObject())
                report.policies << parsePolicy(policy.toObject(), c);
            else
                c.warnings << tr("A policy entry that is not an object was ignored.");
        }
    } else {
        c.warnings << tr("The report has no “policies” array.");
    }
    report.warnings.removeDuplicates();
    return report;
}

} // namespace sts::tlsrpt
