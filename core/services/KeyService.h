#pragma once

#include "services/ServiceContext.h"
#include "storage/KeyFileRepository.h"
#include "tls/KeyGenerator.h"
#include "tls/StagedKeyFinder.h"

#include <QJsonObject>
#include <optional>

namespace sts {

// What to generate: a key (and the next one of a DANE rollover) with a CSR naming `hosts`.
struct KeyRequest
{
    QStringList hosts;
    tls::KeyAlgorithm algorithm = tls::KeyAlgorithm::EcdsaP256;
    QByteArray passphrase; // empty: an unencrypted key
    bool stageNext = false;
    QString secretsDir; // where the files go; empty: the engagement's secrets folder
};

// Keys and CSRs of an engagement: files on disk (mode 0600, never in the workspace) that the
// workspace records as the engagement's, with "tls.csr-created" in its log naming where they are
// and their public digests. One way for the key dialog and `stsdesk-cli csr`.
class KeyService
{
public:
    explicit KeyService(ServiceContext context);

    // The engagement's secrets folder, the default of KeyRequest::secretsDir.
    static QString secretsDir(qint64 engagementId);
    // The names a certificate of the engagement is for: the MX hosts of its newest scan (no
    // address literals), then mta-sts.<domain>.
    Result<QStringList> suggestedHosts(qint64 engagementId) const;
    // The base name of the files generated now: "<domain>-<UTC time>".
    Result<QString> keyName(qint64 engagementId) const;

    // Writes the key files (blocking, touches no database: any thread). `next` stays empty
    // unless the request stages it.
    static Result<tls::StagedKeys> writeKeys(const QString &dir, const QString &name,
                                             const KeyRequest &request);
    // Records written keys as the engagement's, and the event, in one transaction (both or
    // neither). Returns the event's payload: the engagement, the hosts and per key its paths,
    // algorithm, SPKI SHA-256 and TLSA 3 1 1 record.
    Result<QJsonObject> record(qint64 engagementId, const QStringList &hosts,
                               const tls::StagedKeys &keys);
    // keyName(), writeKeys() and record() in one call (blocking: the CLI).
    Result<QJsonObject> generate(qint64 engagementId, const KeyRequest &request);

    // The key and CSR files generated for the engagement, oldest first.
    Result<QList<storage::KeyFile>> files(qint64 engagementId) const;

    // The engagement's newest staged next key with its partner (stagedKeyOf).
    Result<std::optional<tls::StagedKey>> stagedKey(qint64 engagementId) const;

private:
    ServiceContext m_context;
};

} // namespace sts
