#pragma once

#include "tlsrpt/Extraction.h"

namespace sts::tlsrpt {

// Zip archives (libarchive). Limits: entries per archive, bytes per entry, bytes in total.
class ZipReader
{
public:
    struct Entry
    {
        QString name;
        QByteArray bytes;
    };

    static bool looksLikeZip(const QByteArray &data);
    static Result<QList<Entry>> read(const QByteArray &data, const ExtractionLimits &limits);
};

} // namespace sts::tlsrpt
