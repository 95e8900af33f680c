#include "runbook/BsiEvidence.h"

#include "dane/PublishedTlsa.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::runbook::bsi {

tls::BsiCipherRating cipherRating(const storage::StoredProbe &probe)
{
    const QString protocol = probe.detail.value(u"tlsProtocol"_s).toString();
    const QString cipher = probe.detail.value(u"cipher"_s).toString();
    // The evidence is what was negotiated; the rating is today's table's (the same the
    // pre-flight shows), not a verdict stored by an older version.
    return tls::rateCipherSuite(protocol, cipher);
}

std::optional<bool> legacyRefused(const storage::StoredProbe &probe)
{
    QString v10, v11;
    for (const QJsonValue &value : probe.detail.value(u"legacyProtocols"_s).toArray()) {
        const QJsonObject check = value.toObject();
        const QString outcome = check.value(u"outcome"_s).toString();
        if (check.value(u"protocol"_s).toString() == u"TLSv1"_s)
            v10 = outcome;
        else if (check.value(u"protocol"_s).toString() == u"TLSv1.1"_s)
            v11 = outcome;
    }
    if (v10 == u"unknown"_s || v11 == u"unknown"_s) // a timeout proves nothing
        return std::nullopt;
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
