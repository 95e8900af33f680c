#include "tlsrpt/ReportParser.h"

#include "tlsrpt/SenderName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <array>
#include <cstring>
#include <optional>
#include <rapidjson/document.h>
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

// "2026-01-01T23:59:59Z", what nearly every sender writes, read without the general ISO parser
// (that one dominated parsing). Anything else, or an invalid date or time, returns null and takes
// the general path below, which gives the same value for this form.
QDateTime plainUtc(const QString &s)
{
    if (s.size() != 20 || s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' ||
        s.at(13) != u':' || s.at(16) != u':' || (s.at(19) != u'Z' && s.at(19) != u'z'))
        return {};
    const auto number = [&s](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + int(c - u'0');
        }
        return n;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

struct Context
{
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
        qint64 n = 0;
        if (value.isDouble()) {
            n = value.toInteger(-1);
            // A fractional count is truncated; one beyond 2^53 (or NaN) is no count at all, and
            // converting it to an integer would be undefined behaviour (found by the fuzzer).
            const double d = value.toDouble();
            if (n < 0 && d >= 0 && d <= 9007199254740992.0)
                n = qint64(d);
        } else if (value.isString()) {
            bool ok = false;
            n = value.toString().trimmed().toLongLong(&ok);
            if (!ok)
                n = -1;
            else
                warnings << tr("“%1” is a string, read as a number.").arg(key);
        } else {
            n = -1;
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

QString domainName(QString text)
{
    text = text.trimmed().toLower();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

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
        c.warnings << tr("A failure detail has no “result-type”.");
        d.resultTypeName = u"unspecified"_s;
    }
    d.resultType = resultTypeFromName(d.resultTypeName);
    if (d.resultType == ResultType::Other)
        c.warnings << tr("Unknown result type “%1” kept as “other”.").arg(d.resultTypeName);
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
        c.warnings << tr("“policy-string” lines ended in a carriage return, which was removed.");
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
        c.warnings << tr("A policy entry has no “policy” object.");
    const Fields pf(policy, policyKeys, c.warnings);
    p.policyTypeName = c.text(pf[0], policyKeys[0]).trimmed();
    if (p.policyTypeName.isEmpty()) {
        c.warnings << tr("A policy has no “policy-type”.");
        p.policyTypeName = u"unspecified"_s;
    }
    p.policyType = policyTypeFromName(p.policyTypeName);
    if (p.policyType == PolicyType::Other)
        c.warnings << tr("Unknown policy type “%1” kept as “other”.").arg(p.policyTypeName);
    parsePolicyStrings(p, pf[1], c);
    p.policyDomain = domainName(c.text(pf[2], policyKeys[2]));
    if (p.policyDomain.isEmpty())
        c.warnings << tr("A “%1” policy has no “policy-domain”.").arg(p.policyTypeName);
    if (pf[3].isString()) {
        if (!pf[3].toString().trimmed().isEmpty())
            p.mxHosts << domainName(pf[3].toString());
        c.warnings << tr("“mx-host” is a single string instead of an array.");
    } else {
        for (const QString &host : c.textList(pf[3], policyKeys[3]))
            p.mxHosts << domainName(host);
    }

    if (!outer[1].isObject())
        c.warnings << tr("A policy entry has no “summary” object.");
    const Fields sf(outer[1].toObject(), summaryKeys, c.warnings);
    p.totalSuccessfulSessions = c.count(sf[0], summaryKeys[0]);
    p.totalFailureSessions = c.count(sf[1], summaryKeys[1]);

    if (outer[2].isArray()) {
        for (const QJsonValue &detail : outer[2].toArray()) {
            if (detail.isObject())
                p.failureDetails << parseDetail(detail.toObject(), c);
            else
                c.warnings << tr("A failure detail that is not an object was ignored.");
        }
    } else if (!outer[2].isUndefined() && !outer[2].isNull()) {
        c.warnings << tr("“failure-details” is not an array and was ignored.");
    }
    return p;
}

// The strict path: a report exactly as RFC 8460 describes it, which is what nearly every sender
// writes, read with rapidjson instead of QJsonDocument (that tree and its conversions were most of
// the parse time). It accepts only documents the general parser reads without a single warning,
// and then gives the same Report; at the first deviation (unknown or misspelled key, wrong type,
// unusual date, escape sequence, …) it gives up and the general parser below decides. The fuzz
// target checks that both agree.
namespace strict {

using Value = rapidjson::Value;

QString string(const Value &v)
{
    return QString::fromLatin1(v.GetString(), qsizetype(v.GetStringLength())); // ASCII only
}

bool is(const Value &key, const char *name, std::size_t length)
{
    return key.GetStringLength() == length && std::memcmp(key.GetString(), name, length) == 0;
}

// Index of `key` in `names`, or -1; `seen` catches a key given twice.
template <std::size_t N>
int known(const Value &key, const std::array<std::string_view, N> &names, unsigned &seen)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (is(key, names[i].data(), names[i].size())) {
            if (seen & (1u << i))
                return -1;
            seen |= 1u << i;
            return int(i);
        }
    }
    return -1;
}

// Text as Context::text() reads it when it gives no warning: a string, or nothing.
bool optionalText(const Value &v, QString &out)
{
    if (v.IsString()) {
        out = string(v);
        return true;
    }
    if (v.IsNull()) {
        out = QString();
        return true;
    }
    return false;
}

bool count(const Value &v, qint64 &out)
{
    if (!v.IsInt64() || v.GetInt64() < 0 || v.GetInt64() > (qint64(1) << 53))
        return false;
    out = v.GetInt64();
    return true;
}

bool textList(const Value &v, QStringList &out)
{
    if (v.IsNull())
        return true;
    if (!v.IsArray())
        return false;
    out.reserve(v.Size());
    for (const Value &item : v.GetArray()) {
        if (!item.IsString())
            return false;
        out << string(item);
    }
    return true;
}

bool detail(const Value &object, FailureDetail &d)
{
    static constexpr std::array<std::string_view, 8> keys{
        "result-type",  "sending-mta-ip",       "receiving-mx-hostname",  "receiving-mx-helo",
        "receiving-ip", "failed-session-count", "additional-information", "failure-reason-code"};
    unsigned seen = 0;
    QString text;
    for (const auto &member : object.GetObject()) {
        switch (known(member.name, keys, seen)) {
        case 0:
            if (!member.value.IsString())
                return false;
            d.resultTypeName = string(member.value).trimmed();
            break;
        case 1:
            if (!optionalText(member.value, text))
                return false;
            d.sendingMtaIp = text.trimmed();
            break;
        case 2:
            if (!optionalText(member.value, text))
                return false;
            d.receivingMxHostname = domainName(text);
            break;
        case 3:
            if (!optionalText(member.value, text))
                return false;
            d.receivingMxHelo = text.trimmed();
            break;
        case 4:
            if (!optionalText(member.value, text))
                return false;
            d.receivingIp = text.trimmed();
            break;
        case 5:
            if (!count(member.value, d.failedSessionCount))
                return false;
            break;
        case 6:
            if (!optionalText(member.value, d.additionalInformation))
                return false;
            break;
        case 7:
            if (!optionalText(member.value, d.failureReasonCode))
                return false;
            break;
        default:
            return false;
        }
    }
    // Unset members read as the general parser reads a missing one.
    if (!(seen & (1u << 1)))
        d.sendingMtaIp = QString().trimmed();
    if (!(seen & (1u << 2)))
        d.receivingMxHostname = domainName(QString());
    if (!(seen & (1u << 3)))
        d.receivingMxHelo = QString().trimmed();
    if (!(seen & (1u << 4)))
        d.receivingIp = QString().trimmed();
    if (!(seen & 1u) || !(seen & (1u << 5)) || d.resultTypeName.isEmpty())
        return false;
    d.resultType = resultTypeFromName(d.resultTypeName);
    return d.resultType != ResultType::Other;
}

bool policyObject(const Value &object, PolicyResult &p)
{
    static constexpr std::array<std::string_view, 4> keys{"policy-type", "policy-string",
                                                          "policy-domain", "mx-host"};
    unsigned seen = 0;
    QString text;
    QStringList hosts;
    for (const auto &member : object.GetObject()) {
        switch (known(member.name, keys, seen)) {
        case 0:
            if (!member.value.IsString())
                return false;
            p.policyTypeName = string(member.value).trimmed();
            break;
        case 1:
            if (!textList(member.value, p.policyStrings))
                return false;
            break;
        case 2:
            if (!member.value.IsString())
                return false;
            p.policyDomain = domainName(string(member.value));
            break;
        case 3:
            if (!textList(member.value, hosts))
                return false;
            break;
        default:
            return false;
        }
    }
    if (p.policyTypeName.isEmpty() || p.policyDomain.isEmpty())
        return false;
    p.policyType = policyTypeFromName(p.policyTypeName);
    if (p.policyType == PolicyType::Other)
        return false;
    // A JSON array inside one string, or line ends to strip: the general path words them.
    if (p.policyStrings.size() == 1 && p.policyStrings.first().trimmed().startsWith(u'['))
        return false;
    for (const QString &line : std::as_const(p.policyStrings)) {
        if (line.endsWith(QLatin1Char('\r')) || line.endsWith(QLatin1Char('\n')))
            return false;
    }
    p.mxHosts.reserve(hosts.size());
    for (const QString &host : std::as_const(hosts))
        p.mxHosts << domainName(host);
    return true;
}

bool policy(const Value &object, PolicyResult &p)
{
    static constexpr std::array<std::string_view, 3> keys{"policy", "summary", "failure-details"};
    static constexpr std::array<std::string_view, 2> summaryKeys{"total-successful-session-count",
                                                                 "total-failure-session-count"};
    unsigned seen = 0;
    bool havePolicy = false;
    for (const auto &member : object.GetObject()) {
        switch (known(member.name, keys, seen)) {
        case 0:
            if (!member.value.IsObject() || !policyObject(member.value, p))
                return false;
            havePolicy = true;
            break;
        case 1: {
            if (!member.value.IsObject())
                return false;
            unsigned summarySeen = 0;
            for (const auto &s : member.value.GetObject()) {
                const int index = known(s.name, summaryKeys, summarySeen);
                if (index < 0 || !count(s.value, index == 0 ? p.totalSuccessfulSessions
                                                            : p.totalFailureSessions))
                    return false;
            }
            if (summarySeen != 3u)
                return false;
            break;
        }
        case 2:
            if (member.value.IsNull())
                break;
            if (!member.value.IsArray())
                return false;
            p.failureDetails.reserve(member.value.Size());
            for (const Value &item : member.value.GetArray()) {
                FailureDetail d;
                if (!item.IsObject() || !detail(item, d))
                    return false;
                p.failureDetails << std::move(d);
            }
            break;
        default:
            return false;
        }
    }
    return havePolicy && (seen & 2u);
}

std::optional<Report> parse(const QByteArray &json, const Origin &origin)
{
    // Escapes (\u, \", \n, …) and anything beyond ASCII are left to the general parser, so that
    // both decode every string the same way.
    for (const char c : json) {
        if (c == '\\' || uchar(c) >= 0x80)
            return std::nullopt;
    }
    char buffer[16384];
    rapidjson::MemoryPoolAllocator<> allocator(buffer, sizeof buffer);
    rapidjson::Document document(&allocator);
    document.Parse<rapidjson::kParseIterativeFlag>(json.constData(), std::size_t(json.size()));
    if (document.HasParseError() || !document.IsObject())
        return std::nullopt;

    static constexpr std::array<std::string_view, 5> keys{"organization-name", "date-range",
                                                          "contact-info", "report-id", "policies"};
    static constexpr std::array<std::string_view, 2> rangeKeys{"start-datetime", "end-datetime"};
    Report report;
    unsigned seen = 0;
    for (const auto &member : document.GetObject()) {
        switch (known(member.name, keys, seen)) {
        case 0:
            if (!member.value.IsString())
                return std::nullopt;
            report.organizationName = string(member.value).simplified();
            break;
        case 1: {
            if (!member.value.IsObject())
                return std::nullopt;
            unsigned rangeSeen = 0;
            for (const auto &r : member.value.GetObject()) {
                const int index = known(r.name, rangeKeys, rangeSeen);
                if (index < 0 || !r.value.IsString())
                    return std::nullopt;
                const QDateTime at = plainUtc(string(r.value).trimmed());
                if (!at.isValid())
                    return std::nullopt;
                (index == 0 ? report.startDateTime : report.endDateTime) = at;
            }
            if (rangeSeen != 3u)
                return std::nullopt;
            break;
        }
        case 2: {
            QString text;
            if (!optionalText(member.value, text))
                return std::nullopt;
            report.contactInfo = text.trimmed();
            break;
        }
        case 3:
            if (!member.value.IsString())
                return std::nullopt;
            report.reportId = string(member.value).trimmed();
            break;
        case 4:
            if (!member.value.IsArray())
                return std::nullopt;
            report.policies.reserve(member.value.Size());
            for (const Value &item : member.value.GetArray()) {
                PolicyResult p;
                if (!item.IsObject() || !policy(item, p))
                    return std::nullopt;
                report.policies << std::move(p);
            }
            break;
        default:
            return std::nullopt;
        }
    }
    if (seen != 0b11011u && seen != 0b11111u)
        return std::nullopt;
    if (!(seen & 4u))
        report.contactInfo = QString().trimmed();
    if (report.organizationName.isEmpty() || report.reportId.isEmpty() ||
        report.endDateTime < report.startDateTime)
        return std::nullopt;
    report.sender = normalizedSenderName(report.organizationName);
    report.raw = json;
    report.origin = origin;
    return report;
}

} // namespace strict

} // namespace

Result<Report> ReportParser::parse(const QByteArray &json, const Origin &origin)
{
    if (std::optional<Report> report = strict::parse(json, origin))
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
