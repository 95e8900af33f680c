#pragma once

#include "probe/ProbeResult.h"
#include "probe/SmtpReplyReader.h"
#include "tls/TlsClientStream.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace sts::tls {

struct ProbeOptions;

// One connection to one address: the SMTP chat up to STARTTLS and the TLS handshake (or, for the
// policy host, a direct TLS handshake). Event-driven on a QTcpSocket, with TLS as a byte stream
// (TlsClientStream) once STARTTLS is accepted, a single step timer that is re-armed with the
// budget of each step, so no stage can hang, and hard caps on line length and on the size of any
// reply, so a hostile server can neither stall nor flood the probe.
class ProbeSession : public QObject
{
    Q_OBJECT

public:
    ProbeSession(AddressProbe seed, const QHostAddress &address, const ProbeOptions &options,
                 const ChainVerifier &verifier, const QList<dane::TlsaRecord> &tlsa,
                 QObject *parent = nullptr);
    ~ProbeSession() override;

    // Makes this a legacy protocol check: the same SMTP chat, then a handshake offering only
    // `version` (TlsClientStream). It verifies nothing; the result says whether the server
    // agreed (tlsEstablished, tlsProtocol, cipher) or refused (errorCode "tls-refused").
    void setLegacyVersion(LegacyTlsVersion version) { m_legacy = version; }
    std::optional<LegacyTlsVersion> legacyVersion() const { return m_legacy; }

    void start();
    void abort(const QString &code, const QString &message); // ends now; finished() follows

    const AddressProbe &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    enum class Expect { Banner, Ehlo, Starttls, Quit };

    void onConnected();
    void onReadyRead();
    void onEncrypted();
    void onTlsBytes(const QByteArray &fromServer);
    void handleSmtp(const QByteArray &bytes);
    void sendRaw(const QByteArray &bytes);
    void onSocketError();
    void onTimeout();
    void handleReply(int code, const QStringList &lines);
    void send(const QByteArray &command, Expect next, int timeoutMs);
    void startTls();
    void flushTls();
    void fail(const QString &code, const QString &message);
    void finish();

    AddressProbe m_result;
    QHostAddress m_address;
    const ProbeOptions &m_options;
    const ChainVerifier &m_verifier;
    QList<dane::TlsaRecord> m_tlsa;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    SmtpReplyReader m_reader;
    Expect m_expect = Expect::Banner;
    bool m_done = false;
    std::optional<LegacyTlsVersion> m_legacy;
    std::unique_ptr<TlsClientStream> m_tls; // from STARTTLS on (or from the start for HTTPS)
};

} // namespace sts::tls
