#include "tlsrpt/StrictReportParser.h"

#include "tlsrpt/ReportFields.h"
#include "tlsrpt/SenderName.h"

#include <array>
#include <cstring>
// SSE2 is part of every x86-64: rapidjson then skips whitespace and scans strings 16 bytes at a
// time, with aligned loads that never cross a page (nor, for a report parsed in place, the
// zeros after its copy; see parse()).
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>
#include <string_view>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

namespace {

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

// A count beyond the bound is the general parser's to read (it warns and bounds it).
bool count(const Value &v, qint64 &out)
{
    if (!v.IsInt64() || v.GetInt64() < 0 || v.GetInt64() > maxSessionCount)
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
    // both decode every string the same way. So is a NUL byte: rapidjson reads it as the end of
    // the input and accepted a report followed by zeros that the general parser refuses (found
    // by the fuzzer).
    for (const char c : json) {
        if (c == '\\' || c == '\0' || uchar(c) >= 0x80)
            return std::nullopt;
    }
    char buffer[16384];
    rapidjson::MemoryPoolAllocator<> allocator(buffer, sizeof buffer);
    rapidjson::Document document(&allocator);
    // A report of usual size is parsed in place (kParseInsituFlag) from a copy on the stack: its
    // strings stay where they are instead of each being copied into the document (a fifth of
    // the parse time), and the copy ends in zeros for the SIMD loads above. A larger one is
    // parsed from where it is, so that it takes no more memory than its parse cost counted.
    static constexpr qsizetype padding = 16;
    char copy[4096];
    if (json.size() + padding <= qsizetype(sizeof copy)) {
        std::memcpy(copy, json.constData(), std::size_t(json.size()));
        std::memset(copy + json.size(), 0, padding);
        document.ParseInsitu<rapidjson::kParseIterativeFlag>(copy);
    } else {
        document.Parse<rapidjson::kParseIterativeFlag>(json.constData(), std::size_t(json.size()));
    }
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

std::optional<Report> parseStrictReport(const QByteArray &json, const Origin &origin)
{
    return strict::parse(json, origin);
}

} // namespace sts::tlsrpt
