#pragma once

#include "tlsrpt/Extraction.h"
#include "tlsrpt/InputAllowance.h"
#include "util/PosixFiles.h"

#include <functional>

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
    // The files of the workspace database `workspace` (with its -wal, -shm and -journal) are
    // never inputs: met in a folder they are skipped, named themselves they go to `own`.
    static QStringList collectFiles(const QStringList &paths, QStringList *missing = nullptr);
    // The same as local 8-bit paths (QFile::encodeName), without converting each one.
    static QList<QByteArray> collectLocalFiles(const QStringList &paths,
                                               QStringList *missing = nullptr,
                                               const QString &workspace = {},
                                               QStringList *own = nullptr);

    // Without a memory budget (tests, single files).
    Extraction extractFile(const QString &path) const;

    // What extractFiles() does after an input: go on, stop after it, or take it back (it was
    // deferred after its extraction, for example while it was parsed).
    enum class Next { Continue, Stop, Deferred };
    // Extracts `localPaths` in order, small files read together (io_uring where the kernel has
    // it), larger ones one at a time; each within an allowance from `scope`. `each` gets every
    // input extracted. Returns how many inputs were done: fewer than all when `each` stopped or
    // an input was deferred (that one is not counted, and was not given to `each`).
    qsizetype extractFiles(const QList<QByteArray> &localPaths, const MemoryScope &scope,
                           const std::function<Next(Extraction &&, InputAllowance &)> &each) const;

    // `origin` says where `bytes` came from; a bare mail with no report attachment is rejected
    // unless `mailMayHaveNoReport` (an IMAP folder also holds ordinary mail). No memory budget:
    // the bytes are in memory already.
    Extraction extractBytes(const QByteArray &bytes, const Origin &origin,
                            bool mailMayHaveNoReport = false) const;

    const ExtractionLimits &limits() const { return m_limits; }

private:
    struct State;
    Extraction extractRead(const QByteArray &localPath, const FileRead &read,
                           const QByteArray &bytes, InputAllowance &allowance) const;
    void finish(const QByteArray &bytes, HeldBytes held, Extraction &out) const;
    void extract(QByteArray bytes, HeldBytes held, const Origin &origin, int depth,
                 bool mailMayHaveNoReport, QStringList warnings, State &state) const;
    void extractZip(const QByteArray &bytes, const Origin &origin, int depth,
                    bool mailMayHaveNoReport, const QStringList &warnings, State &state) const;
    void extractMbox(const QByteArray &bytes, const Origin &origin, int depth, State &state) const;
    void extractMail(const QByteArray &bytes, const Origin &origin, int depth,
                     bool mailMayHaveNoReport, State &state) const;

    ExtractionLimits m_limits;
};

} // namespace sts::tlsrpt
