#pragma once

#include "util/CancelToken.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace sts::bundle {

// One file of a handover bundle, "/"-separated path relative to the bundle root.
struct BundleFile
{
    QString path;
    QByteArray content;
    bool executable = false;
    bool secret = false; // a private key: stored 0600 and only when the user asked for it
};

// What an untrusted bundle may contain before we refuse to read further.
struct BundleLimits
{
    int maxEntries = 5000;
    qint64 maxEntryBytes = 256ll * 1024 * 1024;
    qint64 maxTotalBytes = 1024ll * 1024 * 1024;
    qint64 maxKeptBytes = 8ll * 1024 * 1024; // MANIFEST.json and SHA256SUMS are read into memory
};

// One entry as read back: size and SHA-256 computed while streaming; the bytes only for the
// files asked for.
struct ReadEntry
{
    QString path;
    qint64 size = 0;
    QByteArray sha256; // raw
    QByteArray content;
};

// A relative, "/"-separated path without "..", "." or empty segments; what we write and accept.
bool isSafeBundlePath(const QString &path);

// Writes `files` as a zip at `zipPath` atomically (a temporary file renamed at the end). The zip
// is created 0600 when any file is secret, 0644 otherwise.
Status writeZip(const QString &zipPath, const QList<BundleFile> &files, const QDateTime &mtime,
                const std::function<void(int, int)> &progress = {}, const CancelToken &cancel = {});

// Reads every regular entry of the zip, keeping the content of entries named in `keep`.
Result<QList<ReadEntry>> readZip(const QString &zipPath, const QStringList &keep,
                                 const BundleLimits &limits = {});

} // namespace sts::bundle
