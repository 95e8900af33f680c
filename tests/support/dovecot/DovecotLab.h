#pragma once

#include "TestEnv.h"

#include <QProcess>
#include <memory>

namespace sts::test {

// A real Dovecot (IMAPS + STARTTLS) on 127.0.0.1 from a temporary config (labs/dovecot.md), with
// a test CA and server certificate made by the openssl tool, one passwd-file user and a Maildir
// (owned by nobody under root, else by the user running the test). Start once per test program;
// stop() (or the destructor) ends it, LabReaper when the program ends any other way.
class DovecotLab
{
public:
    DovecotLab();
    ~DovecotLab();

    static bool available(); // dovecot and openssl installed
    // Before start(): also serve the auth socket to Postfix (smtpd_sasl_type = dovecot), so a
    // PostfixLab submission port logs in the lab's user.
    void enableAuthSocket() { m_authSocket = true; }
    QString authSocketPath() const;
    // The lab's base of mail (mail/<user>/Maildir) and the tester's Maildir.
    QString mailBase() const;
    QString maildir() const;
    // The server certificate chain (key first) for Postfix, valid for 127.0.0.1, and the CA.
    QString postfixChainFile() const;
    bool start(QString *error);
    void stop();

    // Drops a message into Maildir/new; UIDs follow file-name order, so `order` must increase.
    bool deliver(int order, const QByteArray &message);

    quint16 imapsPort() const { return m_imapsPort; }
    quint16 imapPort() const { return m_imapPort; }
    QString caFile() const;
    QString user() const { return QStringLiteral("tester"); }
    QString password() const { return QStringLiteral("testpass"); }
    QString passwordFile() const;

private:
    bool makePki(QString *error);
    std::unique_ptr<LabDir> m_dir;
    QProcess m_process;
    quint16 m_imapsPort = 0;
    quint16 m_imapPort = 0;
    bool m_authSocket = false;
};

} // namespace sts::test
