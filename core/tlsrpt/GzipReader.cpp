#include "tlsrpt/GzipReader.h"

#include "tlsrpt/BudgetedBuffer.h"

#include <QCoreApplication>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::GzipReader", text);
}

bool GzipReader::looksLikeGzip(const QByteArray &data)
{
    return data.size() >= 2 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b;
}

namespace {

// inflateInit2 allocates about 40 KiB of window and state: once per thread, not once per file
// (a bulk import inflates thousands of small reports).
struct Inflater
{
    z_stream zs{};
    bool ready = false;

    ~Inflater()
    {
        if (ready)
            inflateEnd(&zs);
    }
    z_stream *fresh()
    {
        if (!ready) {
            if (inflateInit2(&zs, 15 + 16) != Z_OK)
                return nullptr;
            ready = true;
        } else if (inflateReset(&zs) != Z_OK) {
            return nullptr;
        }
        return &zs;
    }
};

} // namespace

static QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Result<QByteArray> GzipReader::decompress(const QByteArray &data, qint64 maxBytes,
                                          InputAllowance &allowance, HeldBytes &held,
                                          QStringList *warnings)
{
    thread_local Inflater inflater;
    z_stream *stream = inflater.fresh();
    if (!stream)
        return Error{u"tlsrpt.gzip"_s, tr("The gzip decoder could not be started.")};
    z_stream &zs = *stream;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());

    const auto tooLarge = [&] {
        return Error{u"tlsrpt.too-large"_s,
                     tr("The gzip data decompresses to more than %1 MiB and was refused (limit "
                        "for one report).")
                         .arg(megabytes(maxBytes))};
    };
    BudgetedBuffer out(allowance);
    qint64 produced = 0;
    // The first guess: four times the input (reports compress about that well).
    qint64 guess = qMax<qint64>(data.size() * 4, 4096);
    for (;;) {
        if (produced > maxBytes)
            return tooLarge();
        if (!out.makeRoom(produced, qMin(guess, maxBytes + 1 - produced), maxBytes))
            return InputAllowance::deferral();
        guess = 1;
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.avail_out = uInt(out.capacity() - produced);
        const int rc = inflate(&zs, Z_NO_FLUSH);
        const qint64 before = produced;
        produced = out.capacity() - zs.avail_out;
        if (Status counted = allowance.unpacked(produced - before); !counted)
            return counted.error();
        if (rc == Z_STREAM_END) {
            // Another member may follow; anything else after the member is garbage we tolerate.
            const QByteArray rest =
                QByteArray::fromRawData(reinterpret_cast<const char *>(zs.next_in), zs.avail_in);
            if (rest.isEmpty())
                break;
            if (looksLikeGzip(rest)) {
                inflateReset(&zs);
                continue;
            }
            if (warnings)
                warnings->append(
                    tr("%1 bytes after the end of the gzip stream were ignored.").arg(rest.size()));
            break;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            return Error{u"tlsrpt.gzip-truncated"_s, tr("The gzip data is truncated.")};
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            const QString why = zs.msg ? QString::fromLatin1(zs.msg) : QString::number(rc);
            return Error{u"tlsrpt.gzip"_s, tr("The gzip data is corrupt (%1).").arg(why)};
        }
    }
    if (produced > maxBytes)
        return tooLarge();
    return out.take(produced, held);
}

} // namespace sts::tlsrpt
