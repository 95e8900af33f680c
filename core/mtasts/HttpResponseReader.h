#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sts::mtasts {

// Incremental reader for one HTTP/1.1 response (status, headers, Content-Length, chunked or
// read-to-close body) with a hard body limit: the policy fetch must fail on an oversized body,
// never truncate it, and must not buffer an arbitrarily large answer to find out.
class HttpResponseReader
{
public:
    explicit HttpResponseReader(qsizetype maxBody) : m_maxBody(maxBody) {}

    void feed(const QByteArray &data);
    void finishAtEof(); // the peer closed the connection

    bool headerDone() const { return m_headerDone; }
    bool isDone() const { return m_done; }
    int status() const { return m_status; }
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return m_headers.value(lowerCaseName);
    }
    QByteArray body() const { return m_body; }
    bool tooLarge() const { return m_tooLarge; }
    QString error() const { return m_error; } // untranslated diagnostic; empty when fine

private:
    enum class Framing { Length, Chunked, UntilClose };
    void parseHeader(const QByteArray &head);
    void consumeBody();
    bool appendBody(const QByteArray &data);
    void failWith(const char *message);

    qsizetype m_maxBody;
    QByteArray m_raw;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    Framing m_framing = Framing::UntilClose;
    qint64 m_length = 0;
    qint64 m_chunkLeft = -1; // -1: expecting a chunk-size line
    int m_status = 0;
    bool m_headerDone = false;
    bool m_done = false;
    bool m_tooLarge = false;
    QString m_error;
};

} // namespace sts::mtasts
