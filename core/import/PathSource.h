#pragma once

#include "import/ReportSource.h"

namespace sts::tlsrpt {

// Files and folders as a report source, all in one batch for the import pipeline: those the
// consultant names (kind "files"), or those the watched folder found complete (kind "folder", see
// FolderSource). It keeps no cursor: a report imported again is only counted as a duplicate.
class PathSource : public ReportSource
{
public:
    PathSource(QStringList paths, QString kind = QStringLiteral("files"), QString id = {});

    QString kind() const override { return m_kind; }
    QString id() const override { return m_id; }
    Status open(const QString &cursor) override;
    Result<std::optional<SourceBatch>> next() override;

private:
    QStringList m_paths;
    QString m_kind;
    QString m_id;
    bool m_handedOut = false;
};

} // namespace sts::tlsrpt
