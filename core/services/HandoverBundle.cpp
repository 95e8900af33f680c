#include "services/HandoverBundle.h"

#include "bundle/BundleManifest.h"
#include "services/DeployInputLoader.h"
#include "services/EngagementExport.h"
#include "storage/EngagementRepository.h"
#include "storage/KeyFileRepository.h"
#include "tls/PemKeyDigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <optional>

using namespace Qt::StringLiterals;

namespace sts::bundle {

// Keys and CSRs are a few kilobytes; anything larger in a secrets folder is not one of ours.
static constexpr qint64 kMaxSecretFileBytes = 1024 * 1024;

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::bundle", text);
}

static bool looksLikePrivateKey(const QByteArray &content)
{
    return content.contains("PRIVATE KEY-----");
}

// The recorded file, when it is still a regular file that holds the key it was written with:
// a file replaced by another key (another engagement's, written into a shared folder) is left out.
static std::optional<QByteArray> stillOurs(const storage::KeyFile &file)
{
    const QFileInfo info(file.path);
    if (!info.isFile() || info.size() > kMaxSecretFileBytes)
        return std::nullopt;
    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray content = in.read(kMaxSecretFileBytes + 1);
    if (content.size() > kMaxSecretFileBytes)
        return std::nullopt;
    const bool key = file.kind == storage::KeyFile::Kind::Key;
    // A CSR file that holds a key is treated like a key: never taken as a CSR.
    if (!key && looksLikePrivateKey(content))
        return std::nullopt;
    Result<QByteArray> spki = tls::pemSpkiSha256(content);
    if (spki)
        return *spki == file.spkiSha256 ? std::optional(content) : std::nullopt;
    // An encrypted key cannot show its public key: the bytes as written must be unchanged.
    if (key && spki.error().code == u"tls.key-encrypted"_s && !file.fileSha256.isEmpty() &&
        QCryptographicHash::hash(content, QCryptographicHash::Sha256) == file.fileSha256)
        return content;
    return std::nullopt;
}

static Status collectSecrets(const std::shared_ptr<const storage::Database> &db,
                             qint64 engagementId, bool includeKeys, QList<BundleFile> &out)
{
    Result<QList<storage::KeyFile>> files =
        storage::KeyFileRepository(db).forEngagement(engagementId);
    if (!files)
        return files.error();
    QSet<QString> taken;
    for (const storage::KeyFile &file : *files) {
        const bool key = file.kind == storage::KeyFile::Kind::Key;
        if (key && !includeKeys)
            continue;
        const std::optional<QByteArray> content = stillOurs(file);
        if (!content)
            continue;
        const QString folder = key ? u"private-keys/"_s : u"csr/"_s;
        QString name = folder + QFileInfo(file.path).fileName();
        if (taken.contains(name)) // the same name in two folders: both are kept
            name = folder + u"%1-"_s.arg(file.id) + QFileInfo(file.path).fileName();
        taken.insert(name);
        out << BundleFile{name, *content, false, key};
    }
    return Status::success();
}

Result<QList<BundleFile>> collectHandoverFiles(std::shared_ptr<const storage::Database> db,
                                               qint64 engagementId, const HandoverOptions &options,
                                               const CancelToken &cancel)
{
    Result<Engagement> engagement = storage::EngagementRepository(db).get(engagementId);
    if (!engagement)
        return engagement.error();
    deploy::ArtifactOptions artifactOptions = options.artifacts;
    if (options.hostingFromEngagement)
        artifactOptions.hosting.reset(); // the saved choice (DeliverySettings)
    QList<BundleFile> files;
    Result<QList<deploy::Artifact>> artifacts =
        deploy::buildEngagementArtifacts(db, engagementId, artifactOptions);
    if (!artifacts)
        return artifacts.error();
    for (const deploy::Artifact &artifact : *artifacts)
        files << BundleFile{u"artifacts/"_s + artifact.relativePath, artifact.content,
                            artifact.executable, false};
    if (cancel.isCancelled())
        return Error{u"bundle.cancelled"_s, tr("Writing the bundle was cancelled.")};

    const Status secrets = collectSecrets(db, engagementId, options.includePrivateKeys, files);
    if (!secrets)
        return secrets.error();

    Result<QByteArray> exported = engagementExportJson(db, engagementId, options.clock->now());
    if (!exported)
        return exported.error();
    files << BundleFile{u"engagement.json"_s, *exported, false, false};
    return files;
}

Result<QStringList> writeHandoverBundle(std::shared_ptr<const storage::Database> db,
                                        qint64 engagementId, const QString &zipPath,
                                        const QList<BundleFile> &files,
                                        const HandoverOptions &options,
                                        const std::function<void(int, int)> &progress,
                                        const CancelToken &cancel)
{
    Result<Engagement> engagement = storage::EngagementRepository(db).get(engagementId);
    if (!engagement)
        return engagement.error();
    QSet<QString> paths;
    bool anySecret = false;
    for (const BundleFile &file : files) {
        if (!isSafeBundlePath(file.path) || file.path == QString::fromUtf16(kManifestName) ||
            file.path == QString::fromUtf16(kSumsName) || paths.contains(file.path))
            return Error{u"bundle.path"_s,
                         tr("“%1” is not a valid path inside a bundle.").arg(file.path)};
        paths.insert(file.path);
        if (file.secret && !options.includePrivateKeys)
            return Error{
                u"bundle.secret"_s,
                tr("“%1” is a private key and private keys were not asked for.").arg(file.path)};
        if (!file.secret && looksLikePrivateKey(file.content))
            return Error{u"bundle.secret"_s,
                         tr("“%1” contains private key material; it is not written to the bundle.")
                             .arg(file.path)};
        anySecret = anySecret || file.secret;
    }

    ManifestInfo info{engagementId, engagement->customer, engagement->domain.ace,
                      options.clock->now().toUTC(), anySecret};
    const QByteArray manifest = buildManifest(files, info);
    QList<BundleFile> all = files;
    all << BundleFile{QString::fromUtf16(kManifestName), manifest, false, false}
        << BundleFile{QString::fromUtf16(kSumsName), buildSha256Sums(files, manifest), false,
                      false};
    const Status written = writeZip(zipPath, all, info.createdAt, progress, cancel);
    if (!written)
        return written.error();
    QStringList result;
    for (const BundleFile &file : all)
        result << file.path;
    return result;
}

QJsonObject BundleVerification::toJson() const
{
    return {{u"ok"_s, ok()},
            {u"checkedFiles"_s, checkedFiles},
            {u"missing"_s, QJsonArray::fromStringList(missing)},
            {u"extra"_s, QJsonArray::fromStringList(extra)},
            {u"altered"_s, QJsonArray::fromStringList(altered)},
            {u"manifest"_s, header}};
}

Result<BundleVerification> verifyBundle(const QString &zipPath, const BundleLimits &limits)
{
    const QString manifestName = QString::fromUtf16(kManifestName);
    const QString sumsName = QString::fromUtf16(kSumsName);
    Result<QList<ReadEntry>> entries = readZip(zipPath, {manifestName, sumsName}, limits);
    if (!entries)
        return entries.error();
    QHash<QString, ReadEntry> inZip;
    BundleVerification report;
    for (const ReadEntry &entry : *entries) {
        if (inZip.contains(entry.path) || !isSafeBundlePath(entry.path))
            report.extra << entry.path; // a duplicate or unsafe name is never what we wrote
        else
            inZip.insert(entry.path, entry);
    }
    if (!inZip.contains(manifestName))
        return Error{u"bundle.manifest"_s,
                     tr("“%1” has no MANIFEST.json; it is not an STS Desk bundle.").arg(zipPath)};
    const ReadEntry manifestEntry = inZip.value(manifestName);
    Result<QList<ManifestEntry>> manifest = parseManifest(manifestEntry.content, &report.header);
    if (!manifest)
        return manifest.error();

    QSet<QString> listed{manifestName, sumsName};
    for (const ManifestEntry &expected : *manifest) {
        listed.insert(expected.path);
        ++report.checkedFiles;
        const auto found = inZip.constFind(expected.path);
        if (found == inZip.cend())
            report.missing << expected.path;
        else if (found->size != expected.size || found->sha256 != expected.sha256)
            report.altered << expected.path;
    }
    for (auto it = inZip.cbegin(); it != inZip.cend(); ++it) {
        if (!listed.contains(it.key()))
            report.extra << it.key();
    }

    // SHA256SUMS must agree with the manifest, and it covers the manifest itself.
    if (!inZip.contains(sumsName)) {
        report.missing << sumsName;
    } else {
        Result<QList<ManifestEntry>> sums = parseSha256Sums(inZip.value(sumsName).content);
        bool consistent = bool(sums) && sums->size() == manifest->size() + 1;
        if (consistent) {
            QHash<QString, QByteArray> expected{{manifestName, manifestEntry.sha256}};
            for (const ManifestEntry &entry : *manifest)
                expected.insert(entry.path, entry.sha256);
            for (const ManifestEntry &line : *sums)
                consistent = consistent && expected.value(line.path) == line.sha256;
        }
        if (!consistent)
            report.altered << sumsName;
    }
    report.missing.sort();
    report.extra.sort();
    report.altered.sort();
    return report;
}

} // namespace sts::bundle
