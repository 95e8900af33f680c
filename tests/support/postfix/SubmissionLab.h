#pragma once

#include "TestEnv.h"
#include "dovecot/DovecotLab.h"
#include "postfix/PostfixLab.h"

#include <QByteArrayList>
#include <memory>

namespace sts::test {

// Mail submission as a desk sends it: a real Postfix submission port on 127.0.0.1 (TLS required
// via STARTTLS, SASL through Dovecot's auth socket, the DovecotLab user and password), delivering
// everything for lab.test into the Dovecot lab's Maildir, which the test reads back. Addresses
// digest@, critical@, customer@ and tester@lab.test all land in that one Maildir. Needs root
// (Postfix); start once per test program.
class SubmissionLab
{
public:
    SubmissionLab();
    ~SubmissionLab();

    static QString unavailableReason();
    bool start(QString *error);
    void stop();

    quint16 port() const { return m_port; }
    // A second listener of the same Postfix that offers no STARTTLS (and so no AUTH).
    quint16 plainPort() const { return m_plainPort; }
    QString caFile() const { return m_dovecot.caFile(); }
    QString user() const { return m_dovecot.user(); }
    QString password() const { return m_dovecot.password(); }
    QString passwordFile() const { return m_dovecot.passwordFile(); }
    QString logText() const { return m_postfix ? m_postfix->logText() : QString(); }

    // Waits up to `timeoutMs` until at least `count` messages arrived, then takes (removes) and
    // returns all that are there, oldest first.
    QByteArrayList takeMessages(int count, int timeoutMs = 15000);
    // Messages there now, without waiting (for "nothing was sent").
    int waitingCount() const;

private:
    DovecotLab m_dovecot;
    std::unique_ptr<LabDir> m_dir;
    std::unique_ptr<PostfixLab> m_postfix;
    quint16 m_port = 0;
    quint16 m_plainPort = 0;
};

} // namespace sts::test
