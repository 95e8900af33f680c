#include "runbook/BsiEvidence.h"

#include "dane/PublishedTlsa.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::runbook::bsi {

bool recommendedCipher(const QString &protocol, const QString &cipher)
{
    // TR-02102-2, 2024-01, tables 1 and 2 (TLS 1.2 without PSK; TLS 1.3).
    static const QStringList tls13{u"TLS_AES_128_GCM_SHA256"_s, u"TLS_AES_256_GCM_SHA384"_s,
                                   u"TLS_AES_128_CCM_SHA256"_s};
    static const QStringList tls12{u"ECDHE-ECDSA-AES128-SHA256"_s,
                                   u"ECDHE-ECDSA-AES256-SHA384"_s,
                                   u"ECDHE-ECDSA-AES128-GCM-SHA256"_s,
                                   u"ECDHE-ECDSA-AES256-GCM-SHA384"_s,
                                   u"ECDHE-ECDSA-AES128-CCM"_s,
                                   u"ECDHE-ECDSA-AES256-CCM"_s,
                                   u"ECDHE-RSA-AES128-SHA256"_s,
                                   u"ECDHE-RSA-AES256-SHA384"_s,
                                   u"ECDHE-RSA-AES128-GCM-SHA256"_s,
                                   u"ECDHE-RSA-AES256-GCM-SHA384"_s,
                                   u"DHE-RSA-AES128-SHA256"_s,
                                   u"DHE-RSA-AES256-SHA256"_s,
                                   u"DHE-RSA-AES128-GCM-SHA256"_s,
                                   u"DHE-RSA-AES256-GCM-SHA384"_s,
                                   u"DHE-RSA-AES128-CCM"_s,
                                   u"DHE-RSA-AES256-CCM"_s};
    if (protocol == u"TLSv1.3"_s)
        return tls13.contains(cipher);
    if (protocol == u"TLSv1.2"_s)
        return tls12.contains(cipher);
    return false;
}

std::optional<bool> legacyRefused(const storage::StoredProbe &probe)
{
    const QJsonObject legacy = probe.detail.value(u"legacyProtocols"_s).toObject();
    const QString v10 = legacy.value(u"TLSv1"_s).toString();
    const QString v11 = legacy.value(u"TLSv1.1"_s).toString();
    if (v10.isEmpty() || v11.isEmpty())
        return std::nullopt;
    return v10 == u"refused"_s && v11 == u"refused"_s;
}

QList<QPair<QString, TlsaState>> tlsaInDns(const RunbookData &data)
{
    QList<QPair<QString, TlsaState>> out;
    if (!data.plan)
        return out;
    for (const services::HostDigests &planned : data.plan->daneHosts) {
        const dns::MxHostReport *found = nullptr;
        if (data.discovery)
            for (const dns::MxHostReport &host : data.discovery->report.hosts)
                if (host.name == planned.host)
                    found = &host;
        QByteArray served; // the newest SMTP probe's key (probes are newest first per address)
        for (const storage::StoredProbe &probe : data.probes)
            if (probe.protocol == u"smtp"_s && probe.host == planned.host && served.isEmpty())
                served = QByteArray::fromHex(probe.leafSpkiSha256.toLatin1());
        TlsaState state = TlsaState::Matches;
        if (!found || !found->tlsa.hasRecords())
            state = TlsaState::NotInDns;
        else if (!found->tlsa.verdict.isSecure())
            state = TlsaState::NotSecure;
        else if (served.isEmpty())
            state = TlsaState::ServedKeyUnknown;
        else if (!dane::publishedSpkiSha256(found->tlsa.records).contains(served))
            state = TlsaState::NoMatch;
        out.append({planned.host, state});
    }
    return out;
}

} // namespace sts::runbook::bsi
