#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

class QSslSocket;

namespace sts::tlsrpt {

struct ImapSettings
{
    enum class Security { ImplicitTls, StartTls };
    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls;
    QString user;
    QString password; // never logged
    QString folder = QStringLiteral("INBOX");
    QString caFile; // PEM; empty = system CA store
    bool markSeen = false;
    int timeoutMs = 30000;                       // every network step
    qint64 maxMessageBytes = 64ll * 1024 * 1024; // larger messages are skipped, not fetched
};

// A minimal IMAP4rev1 client for fetching report mail: TLS (implicit or STARTTLS), LOGIN, SELECT,
// UID SEARCH, UID FETCH BODY.PEEK[], UID STORE \Seen. Blocking with a timeout on every step: run it
// on a worker thread (a task, see util/Task.h), never on the GUI thread. One session per thread.
class ImapSession
{
public:
    explicit ImapSession(ImapSettings settings);
    ~ImapSession();
    ImapSession(const ImapSession &) = delete;
    ImapSession &operator=(const ImapSession &) = delete;

    Status open(); // connect, TLS, LOGIN
    // SELECT (or EXAMINE when not marking as seen); returns UIDVALIDITY.
    Result<qint64> select();
    Result<QList<qint64>> uidsAbove(qint64 lastUid);
    Result<qint64> messageSize(qint64 uid);
    Result<QByteArray> fetch(qint64 uid);
    Status markSeen(qint64 uid);
    void close(); // LOGOUT, best effort

private:
    struct Response
    {
        QList<QByteArray> untagged; // lines with literals replaced by "{n}"
        QList<QByteArray> literals;
        QByteArray status; // the tagged line after the tag
    };
    Result<Response> command(const QByteArray &line, bool sensitive = false);
    Result<QByteArray> readLine();
    Error networkError(const QString &what) const;

    ImapSettings m_settings;
    std::unique_ptr<QSslSocket> m_socket;
    int m_tag = 0;
};

} // namespace sts::tlsrpt
