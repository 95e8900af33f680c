#pragma once

#include "bundle/BundleArchive.h"

#include <QJsonObject>

namespace sts::bundle {

inline constexpr char16_t kManifestName[] = u"MANIFEST.json";
inline constexpr char16_t kSumsName[] = u"SHA256SUMS";

// Who made the bundle, for whom, when.
struct ManifestInfo
{
    qint64 engagementId = 0;
    QString customer;
    QString domain;
    QDateTime createdAt; // UTC
    bool privateKeysIncluded = false;
};

struct ManifestEntry
{
    QString path;
    qint64 size = 0;
    QByteArray sha256; // raw
};

// MANIFEST.json: tool and version, creation time, engagement, and path/size/SHA-256 of every
// file (itself and SHA256SUMS excepted).
QByteArray buildManifest(const QList<BundleFile> &files, const ManifestInfo &info);
Result<QList<ManifestEntry>> parseManifest(const QByteArray &json, QJsonObject *header = nullptr);

// SHA256SUMS in the format `sha256sum -c` reads: "<hex>  <path>", the manifest included.
QByteArray buildSha256Sums(const QList<BundleFile> &files, const QByteArray &manifest);
Result<QList<ManifestEntry>> parseSha256Sums(const QByteArray &text);

} // namespace sts::bundle
