#include "bundle/HandoverBundle.h"

#include "bundle/BundleManifest.h"
#include "bundle/EngagementExport.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "tls/KeyGenerator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

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

static QStringList secretsDirs(const std::shared_ptr<const storage::Database> &db,
                               qint64 engagementId, const HandoverOptions &options)
{
    if (!options.secretsDirs.isEmpty())
        return options.secretsDirs;
    QStringList dirs{tls::KeyGenerator::engagementSecretsDir(engagementId)};
    Result<QList<storage::EngagementEvent>> events =
        storage::EventLog(db).forEngagement(engagementId);
    if (events) {
        for (const storage::EngagementEvent &event : *events) {
            if (event.kind != u"tls.csr-created"_s)
                continue;
            for (const QString &which : {u"current"_s, u"next"_s}) {
                const QString csr =
                    event.payload.value(which).toObject().value(u"csrPath"_s).toString();
                if (!csr.isEmpty())
                    dirs << QFileInfo(csr).absolutePath();
            }
        }
    }
    dirs.removeDuplicates();
    return dirs;
}

static Status collectSecrets(const QStringList &dirs, bool includeKeys, QList<BundleFile> &out)
{
    QSet<QString> seen;
    for (const QString &dirPath : dirs) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        const QFileInfoList entries =
            dir.entryInfoList({u"*.csr.pem"_s, u"*.key"_s}, QDir::Files, QDir::Name);
        for (const QFileInfo &info : entries) {
            const bool key = info.fileName().endsWith(u".key"_s);
            if ((key && !includeKeys) || seen.contains(info.fileName()))
                continue;
            if (info.size() > kMaxSecretFileBytes)
                continue;
            QFile file(info.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly))
                return Error{
                    u"bundle.read"_s,
                    tr("Cannot read “%1”: %2").arg(info.absoluteFilePath(), file.errorString())};
            seen.insert(info.fileName());
            BundleFile bundled{(key ? u"private-keys/"_s : u"csr/"_s) + info.fileName(),
                               file.readAll(), false, key};
            // A CSR file that holds a key is treated like a key.
            if (!key && looksLikePrivateKey(bundled.content))
                continue;
            out << bundled;
        }
    }
    return Status::success();
}

Result<QList<BundleFile>> collectHandoverFiles(std::shared_ptr<const storage::Database> db,
                                               qint64 engagementId, const HandoverOptions &options,
                                               const std::atomic_bool *cancel)
{
    Result<Engagement> engagement = storage::EngagementRepository(db).get(engagementId);
    if (!engagement)
        return engagement.error();
    deploy::ArtifactOptions artifactOptions = options.artifacts;
    if (options.hostingFromEngagement)
        artifactOptions.hosting = engagement->hosting == sts::Hosting::StaticPages
                                      ? deploy::Hosting::StaticPages
                                      : deploy::Hosting::Nginx;
    QList<BundleFile> files;
    Result<QList<deploy::Artifact>> artifacts =
        deploy::buildEngagementArtifacts(db, engagementId, artifactOptions);
    if (!artifacts)
        return artifacts.error();
    for (const deploy::Artifact &artifact : *artifacts)
        files << BundleFile{u"artifacts/"_s + artifact.relativePath, artifact.content,
                            artifact.executable, false};
    if (cancel && cancel->load())
        return Error{u"bundle.cancelled"_s, tr("Writing the bundle was cancelled.")};

    const Status secrets =
        collectSecrets(secretsDirs(db, engagementId, options), options.includePrivateKeys, files);
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
                                        const std::atomic_bool *cancel)
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
