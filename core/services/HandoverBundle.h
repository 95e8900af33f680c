#pragma once

#include "bundle/BundleArchive.h"
#include "deploy/Artifacts.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts::bundle {

struct HandoverOptions
{
    // Private keys are left out unless this is set; the bundle zip is then created 0600.
    bool includePrivateKeys = false;
    deploy::ArtifactOptions artifacts;
    bool hostingFromEngagement = true; // artifacts.hosting follows the engagement's hosting
    std::shared_ptr<const Clock> clock = Clock::system();
};

// Everything the customer gets, except the runbook PDF (rendered by the UI layer):
// artifacts/ (policy files, DNS exports in every format, hosting and renewal artifacts), csr/,
// private-keys/ (only when asked), engagement.json. Keys and CSRs are the files recorded as the
// engagement's (storage::KeyFileRepository) that still hold the recorded key; nothing else from
// the folders they are in.
Result<QList<BundleFile>> collectHandoverFiles(std::shared_ptr<const storage::Database> db,
                                               qint64 engagementId, const HandoverOptions &options,
                                               const CancelToken &cancel = {});

// Adds MANIFEST.json and SHA256SUMS to `files` and writes the zip. Refuses to write private key
// material that is not marked secret, and secret files unless `options.includePrivateKeys`.
// Returns the paths inside the bundle.
Result<QStringList> writeHandoverBundle(std::shared_ptr<const storage::Database> db,
                                        qint64 engagementId, const QString &zipPath,
                                        const QList<BundleFile> &files,
                                        const HandoverOptions &options,
                                        const std::function<void(int, int)> &progress = {},
                                        const CancelToken &cancel = {});

struct BundleVerification
{
    QStringList missing; // in the manifest, not in the zip
    QStringList extra;   // in the zip, not in the manifest
    QStringList altered; // size or SHA-256 differs (SHA256SUMS included)
    QJsonObject header;  // the manifest without its file list
    int checkedFiles = 0;

    bool ok() const { return missing.isEmpty() && extra.isEmpty() && altered.isEmpty(); }
    QJsonObject toJson() const;
};

// Reads a bundle within `limits` and compares it with its manifest and SHA256SUMS. An error
// means the bundle could not be checked at all (not a zip, over a limit, no manifest).
Result<BundleVerification> verifyBundle(const QString &zipPath, const BundleLimits &limits = {});

} // namespace sts::bundle
