#include "storage/StoredReport.h"

#include "util/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <QtEndian>
#include <memory>
#include <openssl/evp.h>

namespace sts::storage {

static bool isPlainAscii(QStringView value)
{
    for (const QChar c : value) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

StoredReport::Text StoredReport::append(QStringView value)
{
    const Text text{int(m_text.size()), 0};
    if (isPlainAscii(value)) {
        // Most of a report is ASCII: narrowed in place, without a temporary QByteArray.
        const qsizetype at = m_text.size();
        m_text.resize(at + value.size());
        char *out = m_text.data() + at;
        for (const QChar c : value)
            *out++ = char(c.unicode());
    } else {
        m_text += value.toUtf8();
    }
    return Text{text.offset, int(m_text.size()) - text.offset};
}

StoredReport::Text StoredReport::appendLatin1(QByteArrayView value)
{
    const int offset = int(m_text.size());
    m_text.append(value);
    return Text{offset, int(value.size())};
}

StoredReport::Text StoredReport::appendJsonList(const QStringList &list)
{
    if (list.isEmpty())
        return appendLatin1("[]");
    // Printable ASCII needs no escaping: written directly, as QJsonDocument would write it.
    bool plain = true;
    for (const QString &item : list) {
        for (const QChar c : item) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\') {
                plain = false;
                break;
            }
        }
    }
    if (!plain)
        return appendLatin1(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    const int offset = int(m_text.size());
    m_text += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            m_text += ',';
        m_text += '"';
        append(list.at(i));
        m_text += '"';
    }
    m_text += ']';
    return Text{offset, int(m_text.size()) - offset};
}

// The proleptic Gregorian date of a day counted from 1970-01-01 (H. Hinnant's civil_from_days).
static void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shifted = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
    month = int(shifted < 10 ? shifted + 3 : shifted - 9);
    year = int(qint64(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0));
}

// toIsoUtc() goes through QDateTime::toString(format), and even QDateTime::date() and time() go
// through Qt's calendar code, slow enough to matter at 100,000 reports (3% of an import): this
// writes the same text from the milliseconds since the epoch, into the row's buffer without a
// QByteArray of its own, for the years 0001-9999 and defers to toIsoUtc() otherwise.
StoredReport::Text StoredReport::appendIsoUtc(const QDateTime &at)
{
    if (!at.isValid())
        return appendLatin1({});
    static constexpr qint64 msPerDay = 86400000;
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    const qint64 msOfDay = ms - days * msPerDay;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999)
        return appendLatin1(toIsoUtc(at).toLatin1());
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int from, qint64 value, int digits) {
        for (int i = from + digits - 1; i >= from; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, msOfDay / 3600000, 2);
    put(14, msOfDay / 60000 % 60, 2);
    put(17, msOfDay / 1000 % 60, 2);
    put(20, msOfDay % 1000, 3);
    return appendLatin1(QByteArrayView(text, qsizetype(sizeof text) - 1));
}

qint64 StoredReport::memoryBytes() const
{
    qint64 bytes = sizeof(StoredReport) + m_text.capacity() + policies.capacity() * sizeof(Policy);
    for (const Policy &policy : policies)
        bytes += policy.failures.capacity() * sizeof(Failure);
    return bytes;
}

StoredReport StoredReport::build(const tlsrpt::Report &report, const EngagementDomains &domains)
{
    StoredReport stored;
    stored.m_text.reserve(256 + report.raw.size() / 2);
    // The content first, so that hashContent() reads it in one piece.
    stored.organization = stored.append(report.organizationName);
    stored.reportId = stored.append(report.reportId);
    stored.startAt = stored.appendIsoUtc(report.startDateTime);
    stored.endAt = stored.appendIsoUtc(report.endDateTime);
    stored.day = Text{stored.startAt.offset, qMin(stored.startAt.size, 10)};
    stored.contactInfo = stored.append(report.contactInfo);
    stored.policies.reserve(report.policies.size());
    for (const tlsrpt::PolicyResult &policy : report.policies) {
        Policy p;
        p.engagement = domains.match(policy.policyDomain);
        if (p.engagement == 0)
            stored.unassigned = true;
        else if (!stored.engagements.contains(p.engagement))
            stored.engagements << p.engagement;
        p.type = stored.append(policy.displayPolicyType());
        p.domain = stored.append(policy.policyDomain);
        p.strings = stored.appendJsonList(policy.policyStrings);
        p.mxHosts = stored.appendJsonList(policy.mxHosts);
        p.successfulSessions = policy.totalSuccessfulSessions;
        p.failedSessions = policy.totalFailureSessions;
        p.failures.reserve(policy.failureDetails.size());
        for (const tlsrpt::FailureDetail &detail : policy.failureDetails) {
            Failure f;
            f.resultType = stored.append(detail.displayResultType());
            f.sendingIp = stored.append(detail.sendingMtaIp);
            f.receivingMx = stored.append(detail.receivingMxHostname);
            f.receivingHelo = stored.append(detail.receivingMxHelo);
            f.receivingIp = stored.append(detail.receivingIp);
            f.additionalInformation = stored.append(detail.additionalInformation);
            f.failureReasonCode = stored.append(detail.failureReasonCode);
            f.failedSessions = detail.failedSessionCount;
            p.failures << f;
        }
        stored.policies << std::move(p);
    }
    const qsizetype contentEnd = stored.m_text.size();
    stored.sender = stored.append(report.sender); // derived from the organisation
    stored.warnings = stored.appendJsonList(report.warnings);
    stored.origin = stored.append(report.origin.describe());
    stored.contentSha256 = stored.hashContent(contentEnd);
    return stored;
}

QByteArray StoredReport::hashContent(qsizetype contentEnd) const
{
    // The texts run into each other in m_text: their sizes, the structure and the counts go into
    // the hash as well, so that no two different reports give the same input.
    QVarLengthArray<char, 512> numbers;
    const auto number = [&numbers](qint64 n) {
        const qint64 little = qToLittleEndian(n);
        numbers.append(reinterpret_cast<const char *>(&little), sizeof little);
    };
    for (const Text t : {organization, reportId, startAt, endAt, contactInfo})
        number(t.size);
    number(policies.size());
    for (const Policy &p : policies) {
        for (const Text t : {p.type, p.domain, p.strings, p.mxHosts})
            number(t.size);
        number(p.successfulSessions);
        number(p.failedSessions);
        number(p.failures.size());
        for (const Failure &f : p.failures) {
            for (const Text t : {f.resultType, f.sendingIp, f.receivingMx, f.receivingHelo,
                                 f.receivingIp, f.additionalInformation, f.failureReasonCode})
                number(t.size);
            number(f.failedSessions);
        }
    }
    // OpenSSL's SHA-256, fetched once (looking an algorithm up by name is not free), with one
    // context per thread that each digest starts afresh: creating and freeing a context for
    // every report was half the time of the hash.
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok =
        context && EVP_DigestInit_ex(context.get(), sha256, nullptr) == 1 &&
        EVP_DigestUpdate(context.get(), m_text.constData(), size_t(contentEnd)) == 1 &&
        EVP_DigestUpdate(context.get(), numbers.constData(), size_t(numbers.size())) == 1 &&
        EVP_DigestFinal_ex(context.get(), digest, &length) == 1;
    if (!ok)
        return {};
    return QByteArrayView(digest, qsizetype(length)).toByteArray().toHex();
}

} // namespace sts::storage
