#pragma once

#include "probe/SmtpReplyReader.h"
#include "util/Result.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace sts::mail {

// One SMTP conversation on a QSslSocket with a timeout on every wait: reads whole replies
// (probe's SmtpReplyReader, bounded), sends commands, upgrades with STARTTLS. Errors name the
// step that failed and what the server said.
class SmtpConnection
{
public:
    using Reply = tls::SmtpReplyReader::Reply;

    explicit SmtpConnection(int timeoutMs);

    Status connectTo(const QString &host, quint16 port);
    // Reads the next reply; fails unless its code is in [minCode, maxCode].
    Result<Reply> expect(const QString &step, int minCode, int maxCode);
    // Sends `line` + CRLF, then expect(). `shown` replaces the line in errors (AUTH secrets).
    Result<Reply> command(const QByteArray &line, int minCode, int maxCode,
                          const QString &shown = {});
    Status writeRaw(const QByteArray &bytes, const QString &step);
    Status startTls(const QSslConfiguration &config, const QString &peerName);
    void quit();
    // Drops the connection without a goodbye: after a failure the server may be the problem.
    void abort() { m_socket.abort(); }

private:
    Status timeout(const QString &step) const;

    QSslSocket m_socket;
    tls::SmtpReplyReader m_reader{2048, 64 * 1024};
    int m_timeoutMs;
};

} // namespace sts::mail
