#include "mtasts/PolicyFetcher.h"

#include "mtasts/HttpResponseReader.h"
#include "tls/ChainVerifier.h"
#include "tls/TlsClientStream.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

static QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::mtasts::Fetch", text);
}

namespace {

constexpr int kSliceMs = 100; // how often a blocking wait looks at the cancel token

// One fetch on a plain socket with TLS as a byte stream (TlsClientStream) and the served chain
// judged by ChainVerifier (WebPKI: trust store, validity, RFC 6125 name), as a sender would.
class Fetch
{
public:
    Fetch(const QString &domain, const FetchOptions &options, const CancelToken &cancel)
        : m_host(u"mta-sts."_s + domain), m_options(options), m_cancel(cancel),
          m_deadline(QDeadlineTimer(options.overallTimeoutMs)), m_tls(m_host),
          m_verifier(options.caFile.isEmpty() ? tls::TrustSettings::system()
                                              : tls::TrustSettings::fromCaFile(options.caFile))
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
    void failCancelled()
    {
        fail("sts-policy-fetch-error", u"cancelled"_s, tr("The fetch was cancelled."));
    }
    // Waits in slices so that cancellation is seen; false on timeout, cancel or `done` failing.
    template <typename Wait> bool waitFor(Wait wait, QDeadlineTimer deadline);
    bool connect();
    bool handshake();
    bool verify();
    bool exchange();
    void flushTls() { m_socket.write(m_tls.takeOutgoing()); }

    QString m_host;
    FetchOptions m_options;
    CancelToken m_cancel;
    QDeadlineTimer m_deadline;
    QTcpSocket m_socket;
    tls::TlsClientStream m_tls;
    tls::ChainVerifier m_verifier;
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
    // The store is loaded once per trust setting and process (ChainVerifier), not per fetch.
    if (Status loaded = m_verifier.load(); !loaded) {
        fail("sts-policy-fetch-error", u"ca-file"_s,
             m_options.caFile.isEmpty()
                 ? loaded.error().message
                 : tr("The CA file “%1” holds no PEM certificate.").arg(m_options.caFile));
        return false;
    }

    const QString target = m_options.connectHost.isEmpty() ? m_host : m_options.connectHost;
    m_socket.connectToHost(target, m_options.port);
    const QDeadlineTimer connectDeadline(
        std::min<qint64>(m_options.connectTimeoutMs, m_deadline.remainingTime()));
    if (waitFor([this](int ms) { return m_socket.waitForConnected(ms); }, connectDeadline))
        return true;
    if (cancelled())
        failCancelled();
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

bool Fetch::handshake()
{
    tls::TlsClientStream::State state = m_tls.start();
    flushTls();
    while (state == tls::TlsClientStream::State::Handshaking) {
        if (!waitFor([this](int ms) { return m_socket.waitForReadyRead(ms); }, m_deadline)) {
            if (cancelled())
                failCancelled();
            else if (m_deadline.hasExpired())
                fail("sts-policy-fetch-error", u"timeout"_s,
                     tr("The TLS handshake did not finish in time."));
            else
                fail("sts-policy-fetch-error", u"tls-handshake"_s,
                     tr("The TLS handshake with “%1” failed: %2")
                         .arg(m_host, m_socket.errorString()));
            return false;
        }
        state = m_tls.feed(m_socket.readAll());
        flushTls();
    }
    if (state == tls::TlsClientStream::State::Failed) {
        fail("sts-policy-fetch-error", u"tls-handshake"_s,
             tr("The TLS handshake with “%1” failed: %2").arg(m_host, m_tls.error()));
        return false;
    }
    return true;
}

// WebPKI as RFC 8461 §3.3 asks: a name mismatch first (the most common mistake), then the
// validity period, then trust.
bool Fetch::verify()
{
    const QList<tls::Certificate> served = m_tls.peerChain();
    const tls::ChainVerification v = m_verifier.verify(tls::CertificateChain(served), m_host);
    if (v.ok()) {
        m_result.leafCertificate = served.value(0);
        return true;
    }
    if (v.nameChecked && !v.nameMatches)
        fail("sts-webpki-invalid", u"hostname-mismatch"_s,
             tr("The certificate is not valid for “%1” (its names: %2).")
                 .arg(m_host, served.value(0).dnsNames().join(u", ")));
    else if (v.expired || v.notYetValid)
        fail("sts-webpki-invalid", u"expired"_s,
             tr("The certificate of “%1” is outside its validity period: %2")
                 .arg(m_host, v.summary()));
    else
        fail("sts-webpki-invalid", u"untrusted"_s,
             tr("The certificate of “%1” is not trusted: %2").arg(m_host, v.summary()));
    return false;
}

bool Fetch::exchange()
{
    QByteArray host = m_host.toLatin1();
    if (m_options.port != 443)
        host += ':' + QByteArray::number(m_options.port);
    m_tls.write("GET /.well-known/mta-sts.txt HTTP/1.1\r\nHost: " + host +
                "\r\nUser-Agent: STS-Desk/" STSDESK_VERSION "\r\nAccept: text/plain\r\n"
                "Connection: close\r\n\r\n");
    flushTls();
    HttpResponseReader reader(kMaxPolicyBytes);
    const auto take = [&](const QByteArray &fromServer) {
        m_tls.feed(fromServer);
        flushTls();
        reader.feed(m_tls.takePlaintext());
    };
    while (!reader.isDone()) {
        if (m_tls.peerClosed()) {
            reader.finishAtEof();
            break;
        }
        if (!waitFor([this](int ms) { return m_socket.waitForReadyRead(ms); }, m_deadline)) {
            if (m_socket.state() != QAbstractSocket::ConnectedState ||
                m_socket.error() == QAbstractSocket::RemoteHostClosedError) {
                take(m_socket.readAll());
                reader.finishAtEof();
                break;
            }
            fail("sts-policy-fetch-error", cancelled() ? u"cancelled"_s : u"timeout"_s,
                 cancelled() ? tr("The fetch was cancelled.")
                             : tr("The server did not send the whole response in time."));
            return false;
        }
        take(m_socket.readAll());
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
    if (cancelled()) {
        failCancelled();
        return m_result;
    }
    if (connect() && handshake() && verify() && exchange()) {
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
