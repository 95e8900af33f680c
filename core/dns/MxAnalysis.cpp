#include "MxAnalysis.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sts::dns {

static QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::dns", text);
}

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return u"info"_s;
}

QJsonObject Finding::toJson() const
{
    QJsonObject json{
        {u"code"_s, code}, {u"severity"_s, severityName(severity)}, {u"message"_s, message}};
    if (!host.isEmpty())
        json.insert(u"host"_s, host);
    return json;
}

Finding Finding::fromJson(const QJsonObject &json)
{
    const QString s = json.value(u"severity"_s).toString();
    return {json.value(u"code"_s).toString(),
            s == u"error"_s     ? Severity::Error
            : s == u"warning"_s ? Severity::Warning
                                : Severity::Info,
            json.value(u"host"_s).toString(), json.value(u"message"_s).toString()};
}

QString recognizeProvider(const QString &mxHost)
{
    const QString host = normalizeName(mxHost);
    auto under = [&host](const QString &suffix) {
        return host.endsWith(u"."_s + suffix) && host.size() > suffix.size() + 1;
    };
    if (under(u"mail.protection.outlook.com"_s) || under(u"mx.microsoft"_s))
        return u"microsoft365"_s;
    if (host == u"aspmx.l.google.com"_s || under(u"aspmx.l.google.com"_s) ||
        host == u"smtp.google.com"_s)
        return u"google-workspace"_s;
    return {};
}

QString providerDisplayName(const QString &provider)
{
    if (provider == u"microsoft365"_s)
        return tr("Microsoft 365");
    if (provider == u"google-workspace"_s)
        return tr("Google Workspace");
    return provider;
}

bool isIpLiteral(const QString &mxHost)
{
    QString host = mxHost.trimmed();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return true;
    QHostAddress address;
    return address.setAddress(host);
}

static qsizetype expectedLength(int matching)
{
    return matching == 1 ? 32 : matching == 2 ? 64 : -1;
}

bool isUsableTlsa(const DnsRecord &record)
{
    if (record.tlsaUsage != 2 && record.tlsaUsage != 3)
        return false;
    if (record.tlsaSelector != 0 && record.tlsaSelector != 1)
        return false;
    if (record.tlsaMatching == 0)
        return !record.tlsaData.isEmpty();
    if (record.tlsaMatching != 1 && record.tlsaMatching != 2)
        return false;
    return record.tlsaData.size() == expectedLength(record.tlsaMatching) &&
           record.tlsaData != QCryptographicHash::hash({}, QCryptographicHash::Sha256);
}

QList<Finding> checkTlsaRecords(const QString &host, const QList<DnsRecord> &records)
{
    QList<Finding> out;
    const QByteArray empty = QCryptographicHash::hash({}, QCryptographicHash::Sha256);
    for (const DnsRecord &r : records) {
        if (r.tlsaUsage < 0)
            continue;
        if (r.tlsaData == empty)
            out.append({u"tlsa.empty-input-digest"_s, Finding::Severity::Error, host,
                        tr("TLSA record “%1” carries the SHA-256 of empty input, not of a key.")
                            .arg(r.rdata)});
        const qsizetype expected = expectedLength(r.tlsaMatching);
        if (expected > 0 && r.tlsaData.size() != expected)
            out.append({u"tlsa.digest-length"_s, Finding::Severity::Error, host,
                        tr("TLSA record “%1” has a %2-byte digest; matching type %3 needs %4.")
                            .arg(r.rdata)
                            .arg(r.tlsaData.size())
                            .arg(r.tlsaMatching)
                            .arg(expected)});
        if (r.tlsaUsage == 0 || r.tlsaUsage == 1)
            out.append({u"tlsa.pkix-usage"_s, Finding::Severity::Warning, host,
                        tr("TLSA record “%1” uses usage %2 (PKIX), which senders ignore on "
                           "port 25 (RFC 7672 §3.1.3); publish “3 1 1”.")
                            .arg(r.rdata)
                            .arg(r.tlsaUsage)});
    }
    return out;
}

} // namespace sts::dns
