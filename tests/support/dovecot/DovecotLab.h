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
};

} // namespace sts::test
