#include "mtasts/PolicyFetcher.h"

#include "mtasts/HttpResponseReader.h"
#include "util/FileStamp.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

static QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::mtasts::Fetch", text);
}

namespace {

constexpr int kSliceMs = 100; // how often a blocking wait looks at the cancel token

// The CA file's certificates, parsed once per version of the file: parsing them took a twentieth
// of a monitor run's CPU when every policy fetch did it.
QList<QSslCertificate> caCertificates(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::pair<QString, QList<QSslCertificate>>> cache;
    const QString stamp = fileStamp(QFileInfo(path));
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(path);
    if (it != cache.cend() && it->first == stamp)
        return it->second;
    lock.unlock();
    QList<QSslCertificate> parsed = QSslCertificate::fromPath(path);
    lock.relock();
    if (!parsed.isEmpty())
        cache.insert(path, {stamp, parsed});
    return parsed;
}

class Fetch
{
public:
    Fetch(const QString &domain, const FetchOptions &options, const CancelToken &cancel)
        : m_host(u"mta-sts."_s + domain), m_options(options), m_cancel(cancel),
          m_deadline(QDeadlineTimer(options.overallTimeoutMs))
    {
        m_result.url = u"https://"_s + m_host + u"/.well-known/mta-sts.txt"_s;
    }
    FetchResult run();

private:
    void fail(const char *type, const QString &reason, const QString &message)
    {
        m_result.error = Error{QString::fromLatin1(type), message};
        m_result.reason = reason;
    }
    bool cancelled() const { return m_cancel.isCancelled(); }
    // Waits in slices so that cancellation is seen; false on timeout, cancel or `done` failing.
    template <typename Wait> bool waitFor(Wait wait, QDeadlineTimer deadline);
    bool connect();
    bool exchange();
    void mapHandshakeFailure();

    QString m_host;
    FetchOptions m_options;
    CancelToken m_cancel;
    QDeadlineTimer m_deadline;
    QSslSocket m_socket;
    FetchResult m_result;
};

template <typename Wait> bool Fetch::waitFor(Wait wait, QDeadlineTimer deadline)
{
    while (!cancelled() && !deadline.hasExpired()) {
        if (wait(int(std::min<qint64>(kSliceMs, deadline.remainingTime()))))
            return true;
        const auto error = m_socket.error();
        if (error != QAbstractSocket::SocketTimeoutError &&
            error != QAbstractSocket::UnknownSocketError)
            return false;
    }
    return false;
}

bool Fetch::connect()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_options.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = caCertificates(m_options.caFile);
        if (cas.isEmpty()) {
            fail("sts-policy-fetch-error", u"ca-file"_s,
                 tr("The CA file “%1” holds no PEM certificate.").arg(m_options.caFile));
            return false;
        }
        config.setCaCertificates(cas);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket.setSslConfiguration(config);

    const QString target = m_options.connectHost.isEmpty() ? m_host : m_options.connectHost;
    m_socket.connectToHostEncrypted(target, m_options.port, m_host);
    const QDeadlineTimer connectDeadline(
        std::min<qint64>(m_options.connectTimeoutMs, m_deadline.remainingTime()));
    if (!waitFor([this](int ms) { return m_socket.waitForConnected(ms); }, connectDeadline)) {
        if (cancelled())
            fail("sts-policy-fetch-error", u"cancelled"_s, tr("The fetch was cancelled."));
        else if (m_socket.error() == QAbstractSocket::HostNotFoundError)
            fail("sts-policy-fetch-error", u"dns"_s,
                 tr("The policy host “%1” could not be resolved.").arg(target));
        else if (m_socket.state() != QAbstractSocket::ConnectedState &&
                 (m_socket.error() == QAbstractSocket::SocketTimeoutError ||
                  m_socket.error() == QAbstractSocket::UnknownSocketError))
            fail("sts-policy-fetch-error", u"timeout"_s,
                 tr("No connection to %1 port %2 within the time limit.")
                     .arg(target)
                     .arg(m_options.port));
        else
            fail("sts-policy-fetch-error", u"connect"_s,
                 tr("Could not connect to %1 port %2: %3")
                     .arg(target)
                     .arg(m_options.port)
                     .arg(m_socket.errorString()));
        return false;
    }
    if (!waitFor([this](int ms) { return m_socket.waitForEncrypted(ms); }, m_deadline)) {
        mapHandshakeFailure();
        return false;
    }
    m_result.leafCertificate = m_socket.peerCertificate();
    return true;
}

void Fetch::mapHandshakeFailure()
{
    if (cancelled()) {
        fail("sts-policy-fetch-error", u"cancelled"_s, tr("The fetch was cancelled."));
        return;
    }
    const QList<QSslError> errors = m_socket.sslHandshakeErrors();
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::HostNameMismatch) {
            fail("sts-webpki-invalid", u"hostname-mismatch"_s,
                 tr("The certificate is not valid for “%1” (its names: %2).")
                     .arg(m_host, e.certificate().subjectAlternativeNames().values().join(u", ")));
            return;
        }
    }
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::CertificateExpired ||
            e.error() == QSslError::CertificateNotYetValid) {
            fail("sts-webpki-invalid", u"expired"_s,
                 tr("The certificate of “%1” is outside its validity period: %2")
                     .arg(m_host, e.errorString()));
            return;
        }
    }
    if (!errors.isEmpty()) {
        fail("sts-webpki-invalid", u"untrusted"_s,
             tr("The certificate of “%1” is not trusted: %2")
                 .arg(m_host, errors.first().errorString()));
        return;
    }
    if (m_deadline.hasExpired())
        fail("sts-policy-fetch-error", u"timeout"_s,
             tr("The TLS handshake did not finish in time."));
    else
        fail("sts-policy-fetch-error", u"tls-handshake"_s,
             tr("The TLS handshake with “%1” failed: %2").arg(m_host, m_socket.errorString()));
}

bool Fetch::exchange()
{
    QByteArray host = m_host.toLatin1();
    if (m_options.port != 443)
        host += ':' + QByteArray::number(m_options.port);
    m_socket.write("GET /.well-known/mta-sts.txt HTTP/1.1\r\nHost: " + host +
                   "\r\nUser-Agent: STS-Desk/" STSDESK_VERSION "\r\nAccept: text/plain\r\n"
                   "Connection: close\r\n\r\n");
    HttpResponseReader reader(kMaxPolicyBytes);
    while (!reader.isDone()) {
        if (m_socket.bytesAvailable() == 0 &&
            !waitFor([this](int ms) { return m_socket.waitForReadyRead(ms); }, m_deadline)) {
            if (m_socket.state() != QAbstractSocket::ConnectedState ||
                m_socket.error() == QAbstractSocket::RemoteHostClosedError) {
                reader.feed(m_socket.readAll());
                reader.finishAtEof();
                break;
            }
            fail("sts-policy-fetch-error", cancelled() ? u"cancelled"_s : u"timeout"_s,
                 cancelled() ? tr("The fetch was cancelled.")
                             : tr("The server did not send the whole response in time."));
            return false;
        }
        reader.feed(m_socket.readAll());
        if (reader.headerDone() && reader.status() != 200)
            break; // the status alone decides; no need to read a redirect's body
    }
    m_result.httpStatus = reader.status();
    m_result.contentType = reader.header("content-type");
    if (!reader.error().isEmpty() && reader.status() == 0) {
        fail("sts-policy-fetch-error", u"http-syntax"_s,
             tr("The server's answer is not valid HTTP: %1").arg(reader.error()));
        return false;
    }
    if (reader.status() >= 300 && reader.status() < 400) {
        fail("sts-policy-fetch-error", u"redirect"_s,
             tr("The server answered %1 redirecting to “%2”; senders do not follow redirects.")
                 .arg(reader.status())
                 .arg(QString::fromLatin1(reader.header("location"))));
        return false;
    }
    if (reader.status() != 200) {
        fail("sts-policy-fetch-error", u"http-status"_s,
             tr("The server answered HTTP %1; only 200 counts.").arg(reader.status()));
        return false;
    }
    const QByteArray mediaType = m_result.contentType.split(';').first().trimmed().toLower();
    if (mediaType != "text/plain") {
        fail("sts-policy-fetch-error", u"content-type"_s,
             tr("The policy is served as “%1”; it must be text/plain.")
                 .arg(QString::fromLatin1(m_result.contentType)));
        return false;
    }
    if (reader.tooLarge()) {
        fail("sts-policy-fetch-error", u"too-large"_s,
             tr("The policy is larger than 64 KiB; senders reject it."));
        return false;
    }
    if (!reader.error().isEmpty()) {
        fail("sts-policy-fetch-error", u"http-syntax"_s,
             tr("The response body is incomplete or malformed: %1").arg(reader.error()));
        return false;
    }
    m_result.body = reader.body();
    return true;
}

FetchResult Fetch::run()
{
    if (connect() && exchange()) {
        m_result.parse = parsePolicy(m_result.body);
        if (!m_result.parse.policy) {
            QString first;
            for (const Problem &p : m_result.parse.problems) {
                if (p.severity == Problem::Severity::Error) {
                    first = p.line > 0 ? tr("line %1: %2").arg(p.line).arg(p.message) : p.message;
                    break;
                }
            }
            fail("sts-policy-invalid", u"policy-syntax"_s,
                 tr("The served policy is invalid: %1").arg(first));
        }
    }
    m_socket.abort();
    return m_result;
}

} // namespace

FetchResult fetchPolicy(const QString &domain, const FetchOptions &options,
                        const CancelToken &cancel)
{
    return Fetch(domain, options, cancel).run();
}

} // namespace sts::mtasts
