#include "deploy/FolderSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace sts::deploy {

QString changeKey(SyncedFile::Change change)
{
    switch (change) {
    case SyncedFile::Change::Added:
        return u"added"_s;
    case SyncedFile::Change::Changed:
        return u"changed"_s;
    case SyncedFile::Change::Removed:
        break;
    }
    return u"removed"_s;
}

QString syncManifestName()
{
    return u".stsdesk-hosting.json"_s;
}

namespace {

// path -> domain, as the previous sync recorded it.
QMap<QString, QString> readManifest(const QDir &root)
{
    QMap<QString, QString> out;
    QFile file(root.filePath(syncManifestName()));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonArray files = QJsonDocument::fromJson(file.readAll()).object()[u"files"_s].toArray();
    for (const QJsonValue &f : files)
        out.insert(f[u"path"_s].toString(), f[u"domain"_s].toString());
    return out;
}

QByteArray manifest(const QList<PolicyHostFile> &files)
{
    QJsonArray list;
    for (const PolicyHostFile &f : files)
        list.append(QJsonObject{{u"path"_s, f.artifact.relativePath}, {u"domain"_s, f.domain}});
    return QJsonDocument(
               QJsonObject{{u"generator"_s, u"STS Desk hosting sync"_s}, {u"files"_s, list}})
        .toJson();
}

// Never outside the folder: the manifest is a file anyone could edit.
bool safe(const QString &path)
{
    return !path.isEmpty() && !QDir::isAbsolutePath(path) &&
           !QDir::cleanPath(path).startsWith(u".."_s) && !path.contains(u"/../"_s);
}

void removeEmptyParents(QDir root, QString relative)
{
    for (relative = QFileInfo(relative).path(); relative != u"."_s && !relative.isEmpty();
         relative = QFileInfo(relative).path())
        if (!root.rmdir(relative))
            break;
}

} // namespace

Result<QList<SyncedFile>> syncFolder(const QList<PolicyHostFile> &files, const QString &dir)
{
    QDir root(dir);
    const QMap<QString, QString> previous = readManifest(root);
    QList<SyncedFile> changes;
    QList<Artifact> toWrite;
    QStringList wanted;
    for (const PolicyHostFile &f : files) {
        wanted << f.artifact.relativePath;
        QFile existing(root.filePath(f.artifact.relativePath));
        const bool exists = existing.exists();
        if (exists && existing.open(QIODevice::ReadOnly) &&
            existing.readAll() == f.artifact.content)
            continue;
        toWrite << f.artifact;
        changes << SyncedFile{f.artifact.relativePath, f.domain,
                              exists ? SyncedFile::Change::Changed : SyncedFile::Change::Added};
    }
    QStringList toRemove;
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        if (!wanted.contains(it.key()) && safe(it.key())) {
            toRemove << it.key();
            changes << SyncedFile{it.key(), it.value(), SyncedFile::Change::Removed};
        }
    if (changes.isEmpty() && QFileInfo::exists(root.filePath(syncManifestName())))
        return changes;

    toWrite << Artifact{syncManifestName(), manifest(files), false, {}};
    if (Result<QStringList> written = writeArtifacts(toWrite, dir, true); !written)
        return written.error();
    for (const QString &path : toRemove) {
        if (QFileInfo::exists(root.filePath(path)) && !root.remove(path))
            return Error{u"deploy.write"_s, QCoreApplication::translate("sts::deploy::FolderSync",
                                                                        "Could not remove “%1”.")
                                                .arg(root.filePath(path))};
        removeEmptyParents(root, path);
    }
    std::sort(changes.begin(), changes.end(),
              [](const SyncedFile &a, const SyncedFile &b) { return a.path < b.path; });
    return changes;
}

} // namespace sts::deploy
