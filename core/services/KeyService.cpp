#include "services/KeyService.h"

#include "engagement/EventKinds.h"
#include "services/EffectiveMx.h"
#include "services/StagedKeyLookup.h"
#include "storage/DiscoveryRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/KeyFileRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts {

static QJsonObject keyJson(const tls::GeneratedKey &key)
{
    const QString spki = QString::fromLatin1(key.spkiSha256.toHex());
    return {{u"keyPath"_s, key.keyPath},
            {u"csrPath"_s, key.csrPath},
            {u"algorithm"_s, tls::toKey(key.algorithm)},
            {u"spkiSha256"_s, spki},
            {u"tlsa"_s, u"3 1 1 "_s + spki}};
}

KeyService::KeyService(ServiceContext context) : m_context(std::move(context)) {}

QString KeyService::secretsDir(qint64 engagementId)
{
    return tls::StagedKeyFinder::secretsDir(engagementId);
}

Result<QStringList> KeyService::suggestedHosts(qint64 engagementId) const
{
    Result<Engagement> engagement =
        storage::EngagementRepository(m_context.database).get(engagementId);
    if (!engagement)
        return engagement.error();
    Result<services::EffectiveMx> mx = services::loadEffectiveMx(m_context.database, engagementId);
    if (!mx)
        return mx.error();
    QStringList hosts;
    for (const services::EffectiveMxHost &host : mx->hosts)
        if (!host.host.ipLiteral && !hosts.contains(host.host.name))
            hosts.append(host.host.name);
    hosts.append(u"mta-sts."_s + engagement->domain.ace);
    return hosts;
}

Result<QString> KeyService::keyName(qint64 engagementId) const
{
    Result<Engagement> engagement =
        storage::EngagementRepository(m_context.database).get(engagementId);
    if (!engagement)
        return engagement.error();
    return tls::KeyGenerator::keyName(engagement->domain.ace, m_context.clock->now());
}

Result<tls::StagedKeys> KeyService::writeKeys(const QString &dir, const QString &name,
                                              const KeyRequest &request)
{
    const tls::KeyGenerator generator(dir);
    if (request.stageNext)
        return generator.generateWithNext(name, request.algorithm, request.hosts,
                                          request.passphrase);
    Result<tls::GeneratedKey> key =
        generator.generate(name, request.algorithm, request.hosts, request.passphrase);
    if (!key)
        return key.error();
    return tls::StagedKeys{*key, {}};
}

Result<QJsonObject> KeyService::record(qint64 engagementId, const QStringList &hosts,
                                       const tls::StagedKeys &keys)
{
    const bool staged = !keys.next.keyPath.isEmpty();
    QJsonObject payload{{u"engagement"_s, engagementId},
                        {u"hosts"_s, QJsonArray::fromStringList(hosts)},
                        {u"current"_s, keyJson(keys.current)}};
    QList<storage::KeyFile> files = storage::keyFilesOf(keys.current);
    if (staged) {
        payload.insert(u"next"_s, keyJson(keys.next));
        files << storage::keyFilesOf(keys.next);
    }
    // Where the files are and the public digests, never the key itself; recorded as this
    // engagement's files, so that its handover bundle takes them and no other does.
    const storage::EngagementEvent event{
        0, engagementId, m_context.clock->now(), events::kCsrCreated, m_context.actor, payload};
    if (Status logged = storage::KeyFileRepository(m_context.database).record(event, files);
        !logged)
        return logged.error();
    return payload;
}

Result<QList<storage::KeyFile>> KeyService::files(qint64 engagementId) const
{
    return storage::KeyFileRepository(m_context.database).forEngagement(engagementId);
}

Result<QJsonObject> KeyService::generate(qint64 engagementId, const KeyRequest &request)
{
    Result<QString> name = keyName(engagementId);
    if (!name)
        return name.error();
    const QString dir =
        request.secretsDir.isEmpty() ? secretsDir(engagementId) : request.secretsDir;
    Result<tls::StagedKeys> keys = writeKeys(dir, *name, request);
    if (!keys)
        return keys.error();
    return record(engagementId, request.hosts, *keys);
}

Result<std::optional<tls::StagedKey>> KeyService::stagedKey(qint64 engagementId) const
{
    return services::stagedKeyOf(m_context.database, engagementId);
}

} // namespace sts
