#pragma once

#include <QDateTime>
#include <QFileInfo>
#include <QString>

namespace sts {

// What tells one version of a file from the next, for caches of its parsed contents (CA bundles
// are parsed once per process, again only when they change): modification time and size.
inline QString fileStamp(const QFileInfo &file)
{
    return QString::number(file.lastModified().toMSecsSinceEpoch()) + QLatin1Char('/') +
           QString::number(file.size());
}

} // namespace sts
