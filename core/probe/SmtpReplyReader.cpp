#include "probe/SmtpReplyReader.h"

#include <cctype>
#include <utility>

namespace sts::tls {

SmtpReplyReader::Status SmtpReplyReader::next(Reply *reply)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            return m_buffer.size() > m_maxLineLength ? Status::LineTooLong : Status::NeedMore;
        if (newline > m_maxLineLength)
            return Status::LineTooLong;
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        m_replyBytes += line.size() + 2;
        if (m_replyBytes > m_maxReplyBytes)
            return Status::TooLarge;
        const bool wellFormed = line.size() >= 3 && std::isdigit(uchar(line[0])) &&
                                std::isdigit(uchar(line[1])) && std::isdigit(uchar(line[2])) &&
                                (line.size() == 3 || line[3] == '-' || line[3] == ' ');
        if (!wellFormed) {
            m_malformedLine = line;
            return Status::Malformed;
        }
        m_lines.append(QString::fromLatin1(line.mid(4)));
        if (line.size() > 3 && line[3] == '-')
            continue;
        reply->code = line.left(3).toInt();
        reply->lines = std::exchange(m_lines, {});
        m_replyBytes = 0;
        return Status::Reply;
    }
}

} // namespace sts::tls
