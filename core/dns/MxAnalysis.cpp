#include "MxAnalysis.h"

#include "dns/FindingText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::dns {

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
    QJsonObject json{{u"code"_s, code},
                     {u"severity"_s, severityName(severity)},
                     {u"message"_s, text(TextLanguage::English)}};
    // A sentence stored without arguments stays one: "args" would make it a phrase to fill.
    if (storedText.isEmpty() || !args.isEmpty())
        json.insert(u"args"_s, QJsonArray::fromStringList(args));
    if (!host.isEmpty())
        json.insert(u"host"_s, host);
    return json;
}

Finding Finding::fromJson(const QJsonObject &json)
{
    const QString s = json.value(u"severity"_s).toString();
    Finding f{json.value(u"code"_s).toString(),
              s == u"error"_s     ? Severity::Error
              : s == u"warning"_s ? Severity::Warning
                                  : Severity::Info,
              json.value(u"host"_s).toString()};
    for (const QJsonValue &arg : json.value(u"args"_s).toArray())
        f.args.append(arg.toString());
    // Written before findings had arguments (the sentence in the language of the run), or
    // by a newer version with a code this one does not know: the stored sentence is all there is.
    if (!json.contains(u"args"_s) || !isFindingCode(f.code))
        f.storedText = json.value(u"message"_s).toString();
    return f;
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

QString providerDisplayName(const QString &provider, TextLanguage language)
{
    if (provider == u"microsoft365"_s)
        return messageText("sts::dns", QT_TRANSLATE_NOOP("sts::dns", "Microsoft 365"), language);
    if (provider == u"google-workspace"_s)
        return messageText("sts::dns", QT_TRANSLATE_NOOP("sts::dns", "Google Workspace"), language);
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
            out.append({u"tlsa.empty-input-digest"_s, Finding::Severity::Error, host, {r.rdata}});
        const qsizetype expected = expectedLength(r.tlsaMatching);
        if (expected > 0 && r.tlsaData.size() != expected)
            out.append({u"tlsa.digest-length"_s,
                        Finding::Severity::Error,
                        host,
                        {r.rdata, QString::number(r.tlsaData.size()),
                         QString::number(r.tlsaMatching), QString::number(expected)}});
        if (r.tlsaUsage == 0 || r.tlsaUsage == 1)
            out.append({u"tlsa.pkix-usage"_s,
                        Finding::Severity::Warning,
                        host,
                        {r.rdata, QString::number(r.tlsaUsage)}});
    }
    return out;
}

} // namespace sts::dns
