// libFuzzer target: the HTTP response reader of the policy fetcher (what the policy host, or
// whoever answers in its place, sends) must never crash, hang or leak, must never hold a body
// over its limit, and must read a response the same whether it arrives at once or in pieces.
//
// Input: byte 0 picks the body limit (0 to 255 KiB in steps of 1 KiB, 0 meaning 64 KiB, the
// fetcher's), byte 1 the size of the pieces the response is fed in (1 to 256 bytes); the rest
// is the response, after which the peer closes the connection.
#include "mtasts/HttpResponseReader.h"

#include <cstdint>
#include <cstdlib>

using sts::mtasts::HttpResponseReader;

namespace {

// The body of a response over the limit is never used (the fetch fails), so how much of it was
// kept before the limit was seen may depend on the pieces.
bool sameOutcome(const HttpResponseReader &a, const HttpResponseReader &b)
{
    return a.isDone() == b.isDone() && a.headerDone() == b.headerDone() &&
           a.status() == b.status() && a.tooLarge() == b.tooLarge() &&
           (a.tooLarge() || a.body() == b.body()) && a.error() == b.error() &&
           a.header("content-type") == b.header("content-type");
}

void checkLimits(const HttpResponseReader &reader, qsizetype maxBody)
{
    if (reader.body().size() > maxBody || (reader.tooLarge() && !reader.isDone()))
        std::abort();
    if (reader.headerDone() && (reader.status() < 100 || reader.status() > 999))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype maxBody = data[0] == 0 ? 64 * 1024 : qsizetype(data[0]) * 1024;
    const qsizetype piece = qsizetype(data[1]) + 1;
    const QByteArray response(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    HttpResponseReader whole(maxBody);
    whole.feed(response);
    checkLimits(whole, maxBody);
    whole.finishAtEof();
    checkLimits(whole, maxBody);
    if (!whole.isDone())
        std::abort(); // after the peer closed, there is an outcome

    HttpResponseReader pieces(maxBody);
    for (qsizetype at = 0; at < response.size(); at += piece) {
        pieces.feed(response.mid(at, piece));
        checkLimits(pieces, maxBody);
    }
    pieces.finishAtEof();
    // The header size limit (32 KiB before the blank line) is checked on what has arrived, so
    // only a response whose header ends before it reads the same in any pieces.
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd >= 0 && headerEnd + 4 <= 32 * 1024 && !sameOutcome(whole, pieces))
        std::abort();
    return 0;
}
