#pragma once

#include "dane/Tlsa.h"
#include "probe/ProbeResult.h"
#include "tls/ChainVerifier.h"
#include "tls/LegacyTlsVersion.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <memory>

namespace sts::tls {

class ProbeSession;

struct ProbeOptions
{
    quint16 smtpPort = 25;
    quint16 httpsPort = 443;
    int resolveTimeoutMs = 15000;
    int connectTimeoutMs = 15000;
    int bannerTimeoutMs = 60000; // RFC 5321 allows 5 min; greylisting banners are often slow
    int commandTimeoutMs = 30000;
    int handshakeTimeoutMs = 30000;
    int quitTimeoutMs = 3000;
    int maxLineLength = 2048;            // RFC 5321 says 512; be lenient, but bounded
    qint64 maxResponseBytes = 64 * 1024; // per reply
    int maxConcurrent = 32;
    bool ipv4 = true;
    bool ipv6 = true;
    bool daneExpected = false; // check DANE even when no TLSA record was given (→ tlsa-invalid)
    // After a session that saw STARTTLS offered, two more connections to that address offer TLS 1.0
    // and TLS 1.1 alone (AddressProbe::legacyProtocols), each with the same step timeouts.
    bool checkLegacyProtocols = true;
    QString heloName = QStringLiteral("stsdesk.invalid");
    TrustSettings trust;
    std::shared_ptr<const Clock> clock = Clock::system();
};

// One host to probe. With no addresses, the host name is resolved (A and AAAA) by the system
// resolver and every address is probed.
struct ProbeTarget
{
    QString host;
    QList<QHostAddress> addresses;
    QList<dane::TlsaRecord> tlsa; // DNSSEC-validated TLSA RRset, if any
    quint16 port = 0;             // 0: the options' SMTP or HTTPS port
    AddressProbe::Protocol protocol = AddressProbe::Protocol::Smtp;

    static ProbeTarget smtp(const QString &host, const QList<QHostAddress> &addresses = {});
    // The MTA-STS policy host: "mta-sts.<domain>" on the HTTPS port.
    static ProbeTarget policyHost(const QString &domain, const QList<QHostAddress> &addresses = {});
};

// Probes every address of every target concurrently: SMTP banner, EHLO, STARTTLS, handshake
// with SNI, chain capture, QUIT; or a plain TLS handshake for the policy host.
//
// Why event-driven sockets and not a blocking connection per worker thread: the probe is
// I/O-bound, and a QTcpSocket per address lets dozens run at once on one thread without a thread
// per connection, with timeouts as timers and cancellation as a plain abort. TLS runs as a byte
// stream over that socket (TlsClientStream: one shared OpenSSL context, certificates parsed once
// by the handshake); the captured chain is judged by our own ChainVerifier and DaneMatcher. The
// object works in any thread with an event loop; probeTargets() (ProbeTask.h) runs it as a task,
// so that handshake CPU never lands on the GUI thread.
class StarttlsProbe : public QObject
{
    Q_OBJECT

public:
    explicit StarttlsProbe(ProbeOptions options = {}, QObject *parent = nullptr);
    ~StarttlsProbe() override;

    // Starts probing; finished() is emitted exactly once (also when nothing could be probed).
    void start(const QList<ProbeTarget> &targets);
    void cancel();
    bool isRunning() const { return m_running; }
    const ProbeReport &report() const { return m_report; }
    // Addresses to probe so far (grows while host names resolve).
    int total() const { return m_total; }

Q_SIGNALS:
    void addressFinished(const sts::tls::AddressProbe &result);
    void progress(int done, int total);
    void finished(const sts::tls::ProbeReport &report);

private:
    void enqueue(const ProbeTarget &target, const QHostAddress &address);
    void launchMore();
    void sessionDone(ProbeSession *session);
    void resolved(const ProbeTarget &target, const QList<QHostAddress> &addresses,
                  const QString &error);
    void maybeFinish();
    void addressDone(const AddressProbe &result);
    void startLegacyChecks(const AddressProbe &result);
    void legacyCheckDone(int owner, const LegacyProtocolCheck &check);

    struct Pending
    {
        ProbeTarget target;
        QHostAddress address;
        std::optional<LegacyTlsVersion> legacy; // a legacy protocol check of `owner`
        int owner = 0;
    };
    // An address whose result waits for its legacy protocol checks.
    struct Awaiting
    {
        AddressProbe result;
        int remaining = 0;
    };

    ProbeOptions m_options;
    ChainVerifier m_verifier;
    QList<Pending> m_queue;
    QList<ProbeSession *> m_active;
    QList<int> m_lookups;
    QHash<int, Awaiting> m_awaiting;
    QHash<ProbeSession *, int> m_owners; // legacy check sessions → their address in m_awaiting
    int m_lastOwner = 0;
    ProbeReport m_report;
    int m_total = 0;
    bool m_running = false;
};

} // namespace sts::tls
