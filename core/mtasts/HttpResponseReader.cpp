#include "mtasts/HttpResponseReader.h"

namespace sts::mtasts {

constexpr qsizetype kMaxHeaderBytes = 32 * 1024;

void HttpResponseReader::failWith(const char *message)
{
    m_error = QString::fromLatin1(message);
    m_done = true;
}

void HttpResponseReader::feed(const QByteArray &data)
{
    if (m_done)
        return;
    m_raw += data;
    if (!m_headerDone) {
        const qsizetype end = m_raw.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_raw.size() > kMaxHeaderBytes)
                failWith("response header too large");
            return;
        }
        parseHeader(m_raw.left(end));
        m_raw.remove(0, end + 4);
        if (m_done)
            return;
    }
    consumeBody();
}

void HttpResponseReader::parseHeader(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    if (statusLine.size() >= 2 && statusLine.first().startsWith("HTTP/1."))
        m_status = statusLine.at(1).toInt(&ok);
    if (!ok || m_status < 100 || m_status > 999) {
        m_status = 0;
        failWith("malformed status line");
        return;
    }
    m_headerDone = true;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (!m_headers.contains(name))
            m_headers.insert(name, line.mid(colon + 1).trimmed());
    }
    if (header("transfer-encoding").toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (m_headers.contains("content-length")) {
        m_length = header("content-length").toLongLong(&ok);
        if (!ok || m_length < 0) {
            failWith("invalid Content-Length");
            return;
        }
        m_framing = Framing::Length;
        if (m_length > m_maxBody) {
            m_tooLarge = true;
            m_done = true;
        }
    }
}

bool HttpResponseReader::appendBody(const QByteArray &data)
{
    if (m_body.size() + data.size() > m_maxBody) {
        m_tooLarge = true;
        m_done = true;
        return false;
    }
    m_body += data;
    return true;
}

void HttpResponseReader::consumeBody()
{
    if (m_framing == Framing::UntilClose) {
        appendBody(m_raw);
        m_raw.clear();
        return;
    }
    if (m_framing == Framing::Length) {
        const QByteArray part = m_raw.left(m_length - m_body.size());
        m_raw.clear();
        if (appendBody(part) && m_body.size() == m_length)
            m_done = true;
        return;
    }
    while (!m_done) {
        if (m_chunkLeft < 0) {
            const qsizetype eol = m_raw.indexOf("\r\n");
            if (eol < 0)
                return;
            bool ok = false;
            m_chunkLeft = m_raw.left(eol).split(';').first().trimmed().toLongLong(&ok, 16);
            m_raw.remove(0, eol + 2);
            if (!ok || m_chunkLeft < 0)
                return failWith("invalid chunk size");
            // Compared without adding: a chunk size near 2^63 would overflow the sum.
            if (m_chunkLeft > m_maxBody - m_body.size()) {
                m_tooLarge = true;
                m_done = true;
                return;
            }
            if (m_chunkLeft == 0) {
                m_done = true; // trailers are of no interest
                return;
            }
        }
        if (m_raw.size() < m_chunkLeft + 2)
            return;
        if (!appendBody(m_raw.left(m_chunkLeft)))
            return;
        if (m_raw.mid(m_chunkLeft, 2) != "\r\n")
            return failWith("chunk not followed by CRLF");
        m_raw.remove(0, m_chunkLeft + 2);
        m_chunkLeft = -1;
    }
}

void HttpResponseReader::finishAtEof()
{
    if (m_done)
        return;
    if (!m_headerDone)
        failWith("connection closed before the response header ended");
    else if (m_framing == Framing::Length)
        failWith("connection closed before Content-Length bytes arrived");
    else if (m_framing == Framing::Chunked)
        failWith("connection closed inside the chunked body");
    else
        m_done = true;
}

} // namespace sts::mtasts
