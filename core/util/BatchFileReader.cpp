#include "util/BatchFileReader.h"

#include <fcntl.h>
#include <liburing.h>
#include <memory>

namespace sts {

namespace {

// Slots in flight at once, each with a buffer for one whole file; larger files are read again
// with readWholeFile().
constexpr unsigned kSlots = 64;
constexpr unsigned kSlotBytes = 32 * 1024;

class Ring
{
public:
    Ring()
    {
        // Three entries a file: open into a fixed-file slot, read, close the slot.
        if (io_uring_queue_init(kSlots * 4, &m_ring, 0) != 0)
            return;
        if (io_uring_register_files_sparse(&m_ring, kSlots) != 0) {
            io_uring_queue_exit(&m_ring);
            return;
        }
        m_buffers = std::make_unique<char[]>(std::size_t(kSlots) * kSlotBytes);
        m_ok = true;
    }
    ~Ring()
    {
        if (m_ok)
            io_uring_queue_exit(&m_ring);
    }
    Ring(const Ring &) = delete;
    Ring &operator=(const Ring &) = delete;

    bool ok() const { return m_ok; }

    // Reads paths[first, first + count) (count <= kSlots) into `out`; false when the ring
    // itself failed, which retires it for good (requests may still be in flight).
    bool readSome(const QList<QByteArray> &paths, qsizetype first, unsigned count, qint64 maxBytes,
                  bool readLarger, QList<BatchFileReader::File> &out)
    {
        if (submitAndCollect(paths, first, count, maxBytes, readLarger, out))
            return true;
        m_ok = false;
        return false;
    }

private:
    bool submitAndCollect(const QList<QByteArray> &paths, qsizetype first, unsigned count,
                          qint64 maxBytes, bool readLarger, QList<BatchFileReader::File> &out)
    {
        for (unsigned i = 0; i < count; ++i) {
            io_uring_sqe *open = io_uring_get_sqe(&m_ring);
            io_uring_sqe *read = io_uring_get_sqe(&m_ring);
            io_uring_sqe *close = io_uring_get_sqe(&m_ring);
            if (!open || !read || !close)
                return false;
            // No O_CLOEXEC: a fixed-file slot is no descriptor, and the kernel refuses the flag.
            io_uring_prep_openat_direct(open, AT_FDCWD, paths.at(first + i).constData(), O_RDONLY,
                                        0, i);
            open->flags |= IOSQE_IO_LINK;
            io_uring_sqe_set_data64(open, tag(i, Step::Open));
            io_uring_prep_read(read, int(i), buffer(i), kSlotBytes, 0);
            // A hard link: the slot is closed even when the read fails.
            read->flags |= IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK;
            io_uring_sqe_set_data64(read, tag(i, Step::Read));
            io_uring_prep_close_direct(close, i);
            io_uring_sqe_set_data64(close, tag(i, Step::Close));
        }
        int opened[kSlots];
        int got[kSlots];
        for (unsigned i = 0; i < count; ++i)
            opened[i] = got[i] = -ECANCELED;
        unsigned pending = count * 3;
        if (io_uring_submit_and_wait(&m_ring, pending) != int(pending))
            return false;
        while (pending > 0) {
            io_uring_cqe *cqe = nullptr;
            if (io_uring_wait_cqe(&m_ring, &cqe) != 0)
                return false;
            const std::uint64_t data = io_uring_cqe_get_data64(cqe);
            const unsigned slot = unsigned(data >> 2);
            if (slot < count) {
                if (Step(data & 3) == Step::Open)
                    opened[slot] = cqe->res;
                else if (Step(data & 3) == Step::Read)
                    got[slot] = cqe->res;
            }
            io_uring_cqe_seen(&m_ring, cqe);
            --pending;
        }
        for (unsigned i = 0; i < count; ++i) {
            BatchFileReader::File file;
            const QByteArray &path = paths.at(first + i);
            if (!readLarger && opened[i] >= 0 && got[i] >= 0 && unsigned(got[i]) >= kSlotBytes) {
                file.read = {FileRead::NotRead, 0};
            } else if (opened[i] < 0 || got[i] < 0 || unsigned(got[i]) >= kSlotBytes) {
                // Not readable in one go, or an error to be told in readWholeFile()'s words.
                file.read = readWholeFile(path, maxBytes, file.bytes);
            } else if (got[i] > maxBytes) {
                file.read = {FileRead::TooLarge, 0};
            } else {
                file.bytes = QByteArray(buffer(i), got[i]);
                file.read = {FileRead::Ok, 0};
            }
            out << std::move(file);
        }
        return true;
    }

    enum class Step : std::uint64_t { Open = 0, Read = 1, Close = 2 };
    static std::uint64_t tag(unsigned slot, Step step)
    {
        return (std::uint64_t(slot) << 2) | std::uint64_t(step);
    }
    char *buffer(unsigned slot) { return m_buffers.get() + std::size_t(slot) * kSlotBytes; }

    io_uring m_ring{};
    std::unique_ptr<char[]> m_buffers;
    bool m_ok = false;
};

Ring &threadRing()
{
    thread_local Ring ring;
    return ring;
}

} // namespace

bool BatchFileReader::usesIoUring()
{
    return threadRing().ok();
}

QList<BatchFileReader::File> BatchFileReader::read(const QList<QByteArray> &paths, qint64 maxBytes,
                                                   bool readLarger)
{
    QList<File> files;
    files.reserve(paths.size());
    Ring &ring = threadRing();
    qsizetype next = 0;
    while (ring.ok() && next < paths.size()) {
        const unsigned count = unsigned(qMin<qsizetype>(kSlots, paths.size() - next));
        const qsizetype before = files.size();
        if (!ring.readSome(paths, next, count, maxBytes, readLarger, files)) {
            files.resize(before); // the rest one by one
            break;
        }
        next += count;
    }
    for (; next < paths.size(); ++next) {
        File file;
        if (!readLarger)
            file.read = {FileRead::NotRead, 0};
        else
            file.read = readWholeFile(paths.at(next), maxBytes, file.bytes);
        files << std::move(file);
    }
    return files;
}

} // namespace sts
