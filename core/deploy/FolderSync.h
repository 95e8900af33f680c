#pragma once

#include "deploy/PolicyHostConfig.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace sts::deploy {

// What a sync did to one file of the folder.
struct SyncedFile
{
    enum class Change { Added, Changed, Removed };
    QString path;   // relative to the folder
    QString domain; // the customer it belongs to; empty: shared
    Change change = Change::Added;
};

QString changeKey(SyncedFile::Change change); // "added", "changed", "removed"

// The folder's own record of the files it wrote (and whose customer they were), so that a later
// sync knows which files belong to customers no longer hosted.
QString syncManifestName(); // .stsdesk-hosting.json

// Makes `dir` hold exactly `files`: writes only the files whose bytes differ (or are new), and
// deletes the files the previous sync wrote that are not wanted any more (with their folders
// once empty); files it never wrote are left alone. Nothing changed: nothing is written, the
// manifest included. Returns the changes, by path.
Result<QList<SyncedFile>> syncFolder(const QList<PolicyHostFile> &files, const QString &dir);

} // namespace sts::deploy
