// libFuzzer target: the SMTP reply reader of the STARTTLS probe (what a probed server sends)
// must never crash, hang or leak, must keep its caps on line length and reply size, and must
// read the same replies whether the bytes arrive at once or in pieces.
//
// Input: byte 0 picks the size of the pieces (1 to 256 bytes); the rest is what the server sends.
// The caps are the probe's defaults scaled down (256-byte lines, 1 KiB replies) so that short
// inputs reach them.
#include "probe/SmtpReplyReader.h"

#include <cstdint>
#include <cstdlib>

using sts::tls::SmtpReplyReader;

namespace {

constexpr int kMaxLine = 256;
constexpr qint64 kMaxReply = 1024;

struct Event
{
    SmtpReplyReader::Status status;
    SmtpReplyReader::Reply reply;
};

// Feeds `bytes` in pieces of `piece` and takes out every reply, as the probe does.
QList<Event> readAll(const QByteArray &bytes, qsizetype piece)
{
    SmtpReplyReader reader(kMaxLine, kMaxReply);
    QList<Event> events;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        reader.feed(bytes.mid(at, piece));
        for (;;) {
            Event event;
            event.status = reader.next(&event.reply);
            if (event.status == SmtpReplyReader::Status::NeedMore)
                break;
            if (event.status == SmtpReplyReader::Status::Malformed &&
                reader.malformedLine().contains('\n'))
                std::abort();
            events.append(event);
            if (event.status != SmtpReplyReader::Status::Reply)
                return events; // the probe gives up at the first error
            qint64 bytesInReply = 0;
            for (const QString &line : event.reply.lines)
                bytesInReply += line.size() + 6; // code, separator, CRLF (5 for a bare code)
            if (event.reply.code < 0 || event.reply.code > 999 || event.reply.lines.isEmpty() ||
                bytesInReply > kMaxReply + event.reply.lines.size())
                std::abort();
        }
    }
    return events;
}

bool operator==(const Event &a, const Event &b)
{
    return a.status == b.status && a.reply.code == b.reply.code && a.reply.lines == b.reply.lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QList<Event> whole = readAll(bytes, qMax<qsizetype>(bytes.size(), 1));
    const QList<Event> pieces = readAll(bytes, qsizetype(data[0]) + 1);
    if (whole != pieces)
        std::abort();
    return 0;
}
