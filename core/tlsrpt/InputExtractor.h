#pragma once

#include "tlsrpt/Extraction.h"
#include "util/PosixFiles.h"

namespace sts::tlsrpt {

// Turns whatever the user points at into report documents: .json, .json.gz, .zip, a single mail
// (.eml), an mbox file, a Maildir folder, and folders of all of these, recursively. The format
// is recognised from the bytes, not the file name. Thread-safe: each call is independent.
class InputExtractor
{
public:
    explicit InputExtractor(ExtractionLimits limits = {}) : m_limits(limits) {}

    // The files below `paths` (folders walked recursively, Maildir tmp/ and index files skipped),
    // sorted so that imports are repeatable. Paths that do not exist are returned in `missing`.
    static QStringList collectFiles(const QStringList &paths, QStringList *missing = nullptr);
    // The same as local 8-bit paths (QFile::encodeName), without converting each one.
    static QList<QByteArray> collectLocalFiles(const QStringList &paths,
                                               QStringList *missing = nullptr);

    Extraction extractFile(const QString &path) const;
    // The same for many files given as local 8-bit paths, read together (io_uring where the
    // kernel has it); in order.
    QList<Extraction> extractFiles(const QList<QByteArray> &localPaths) const;
    // `origin` says where `bytes` came from; a bare mail with no report attachment is rejected
    // unless `mailMayHaveNoReport` (an IMAP folder also holds ordinary mail).
    Extraction extractBytes(const QByteArray &bytes, const Origin &origin,
                            bool mailMayHaveNoReport = false) const;

    const ExtractionLimits &limits() const { return m_limits; }

private:
    Extraction extractRead(const QString &path, const FileRead &read,
                           const QByteArray &bytes) const;
    void extract(const QByteArray &bytes, const Origin &origin, int depth, bool mailMayHaveNoReport,
                 QStringList warnings, Extraction &out) const;
    void extractMail(const QByteArray &bytes, const Origin &origin, int depth,
                     bool mailMayHaveNoReport, Extraction &out) const;

    ExtractionLimits m_limits;
};

} // namespace sts::tlsrpt
