#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sts::mail {

// Where and how to submit mail (RFC 6409): STARTTLS is required and the password is only sent
// after it succeeded. The password lives here only for one send; it is never stored (the faces
// read it from a password file or, later, the keychain).
struct SmtpSettings
{
    QString host;
    quint16 port = 587;
    QString user;
    QString password;
    QString caFile;   // PEM CA certificates to trust instead of the system store; empty: system
    QString peerName; // name the certificate must carry; empty: host
    QString heloName = QStringLiteral("stsdesk.invalid");
    int timeoutMs = 30000; // for every step: connect, each reply, the handshake
};

struct Envelope
{
    QString from;
    QStringList recipients;
    QByteArray message; // RFC 5322 with CRLF line ends, as MimeComposer writes it
};

// Submits one message over a fresh connection: EHLO, STARTTLS, EHLO, AUTH PLAIN or LOGIN,
// MAIL, RCPT, DATA (dot-stuffed), QUIT. Blocking with a timeout on every step, so it runs on a
// worker thread or in the CLI, never on the GUI thread. Error codes: mail.connect, mail.timeout,
// mail.protocol, mail.no-starttls, mail.tls, mail.no-auth, mail.auth, mail.rejected, mail.ca-file.
class SmtpSubmission
{
public:
    explicit SmtpSubmission(SmtpSettings settings);
    Status send(const Envelope &envelope);

    // Dot-stuffing (RFC 5321 §4.5.2) and CRLF line ends, followed by the terminating ".".
    static QByteArray dataBlock(const QByteArray &message);

private:
    SmtpSettings m_settings;
};

} // namespace sts::mail
