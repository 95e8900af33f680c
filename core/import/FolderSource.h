#pragma once

#include "import/PathSource.h"

namespace sts::tlsrpt {

// The complete files of a watched folder (WatchedFolder decides which are complete) as a report
// source. Once imported, each file moves to "imported/" below the folder, or to "quarantined/"
// when it was quarantined, so that nothing is imported twice: what is still in the folder is new,
// and that is its cursor. A file that cannot be moved is named in stuck().
class FolderSource : public PathSource
{
public:
    FolderSource(QString folder, QStringList files);

    Status imported(const SourceBatch &batch, const ImportSummary &summary) override;

    // Files imported but left in the folder, and why (for the consultant).
    QStringList stuck() const { return m_stuck; }
    QStringList problems() const { return m_problems; }

    static QString importedDirName() { return QStringLiteral("imported"); }
    static QString quarantinedDirName() { return QStringLiteral("quarantined"); }

private:
    void moveAway(const QString &file, const QString &subdir);

    QString m_folder;
    QStringList m_stuck;
    QStringList m_problems;
};

} // namespace sts::tlsrpt
