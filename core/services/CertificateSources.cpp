#include "services/CertificateSources.h"

#include "services/EffectiveMx.h"
#include "storage/EngagementRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/ProbeRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts {

// The chain as the probe stored it: DER certificates in base64, leaf first.
static tls::CertificateChain chainOf(const QJsonObject &detail)
{
    QList<tls::Certificate> certificates;
    for (const QJsonValue &c : detail.value(u"chain"_s).toArray())
        if (auto parsed = tls::Certificate::fromDer(
                QByteArray::fromBase64(c.toObject().value(u"der"_s).toString().toLatin1())))
            certificates.append(*parsed);
    return tls::CertificateChain(certificates);
}

Result<CertificateSources> loadCertificateSources(const ServiceContext &context,
                                                  qint64 engagementId)
{
    CertificateSources sources;
    Result<Engagement> engagement =
        storage::EngagementRepository(context.database).get(engagementId);
    if (!engagement)
        return engagement.error();
    sources.domain = engagement->domain.ace;

    Result<QList<storage::StoredProbe>> probes =
        storage::ProbeRepository(context.database).latest(engagementId);
    if (!probes)
        return probes.error();
    for (const storage::StoredProbe &probe : *probes) {
        tls::CertificateChain chain = chainOf(probe.detail);
        if (chain.isEmpty())
            continue;
        sources.served.append({probe.host, probe.address, probe.probedAt, std::move(chain)});
    }

    Result<services::EffectiveMx> mx = services::loadEffectiveMx(context.database, engagementId);
    if (!mx)
        return mx.error();
    for (const services::EffectiveMxHost &host : mx->hosts)
        sources.mxHosts.append({host.host.name, host.host.preference});

    Result<std::optional<storage::StoredPolicyVersion>> policy =
        storage::PolicyRepository(context.database).current(engagementId);
    if (!policy)
        return policy.error();
    if (*policy)
        sources.plannedPatterns = (*policy)->version.policy.mxTexts();
    return sources;
}

} // namespace sts
