#pragma once

#include <QByteArray>
#include <QStringList>

namespace sts::tls {

// Splits what an SMTP server sends into replies (RFC 5321 §4.2): lines of three digits followed
// by '-' (more lines follow) or ' '/end (last line). Hard caps on the length of a line and on the
// size of one reply, so that a hostile server can neither stall nor flood the probe. No socket:
// the probe feeds it what it reads.
class SmtpReplyReader
{
public:
    enum class Status {
        NeedMore,    // no complete reply buffered yet
        Reply,       // a reply was taken out of the buffer
        LineTooLong, // a line (or the unterminated rest) is longer than maxLineLength
        TooLarge,    // the reply's lines add up to more than maxReplyBytes
        Malformed,   // a line is not SMTP; malformedLine() holds it
    };
    struct Reply
    {
        int code = 0;
        QStringList lines; // the text after the code and separator, one entry per line
    };

    SmtpReplyReader(int maxLineLength, qint64 maxReplyBytes)
        : m_maxLineLength(maxLineLength), m_maxReplyBytes(maxReplyBytes)
    {}

    void feed(const QByteArray &data) { m_buffer += data; }
    // The next reply, or why there is none. After an error the reader must not be used further.
    Status next(Reply *reply);

    QByteArray malformedLine() const { return m_malformedLine; }
    // Bytes received after the last reply taken out (data after a 220 to STARTTLS is an attack).
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }
    void discardBuffered() { m_buffer.clear(); }

private:
    int m_maxLineLength;
    qint64 m_maxReplyBytes;
    QByteArray m_buffer;
    QStringList m_lines;
    qint64 m_replyBytes = 0;
    QByteArray m_malformedLine;
};

} // namespace sts::tls
