#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <memory>

namespace sts::storage {

// How far each report source has synced (see tlsrpt::ReportSource): one text per source, keyed by
// its kind and id, that only the source reads. A new kind of source stores its cursor here as it
// is; nothing in the workspace changes for it.
class SourceCursors
{
public:
    explicit SourceCursors(std::shared_ptr<const Database> database);

    // Empty when the source never synced.
    Result<QString> cursor(const QString &kind, const QString &source) const;
    Status setCursor(const QString &kind, const QString &source, const QString &cursor,
                     const QDateTime &at);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage
