#include "DovecotLab.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::test {

// Dovecot refuses to serve mail as root: as root the mailbox belongs to nobody; as anybody else
// everything (login, internal processes and mail) runs as that user (docs/labs.md).
static uid_t mailUid()
{
    return ::geteuid() == 0 ? 65534 : ::geteuid();
}

static gid_t mailGid()
{
    return ::geteuid() == 0 ? 65534 : ::getegid();
}

// Unprivileged Dovecot cannot switch users: its login and internal processes run as the user
// who started it.
static QString processUsers()
{
    if (::geteuid() == 0)
        return {};
    const passwd *me = ::getpwuid(::geteuid());
    if (!me)
        return {};
    const group *primary = ::getgrgid(::getegid());
    if (!primary)
        return {};
    return u"default_internal_user = %1\ndefault_login_user = %1\ndefault_internal_group = %2\n"_s
        .arg(QString::fromLocal8Bit(me->pw_name), QString::fromLocal8Bit(primary->gr_name));
}

DovecotLab::DovecotLab() = default;

DovecotLab::~DovecotLab()
{
    stop();
}

bool DovecotLab::available()
{
    return haveProgram(u"dovecot"_s) && haveProgram(u"openssl"_s);
}

QString DovecotLab::caFile() const
{
    return m_dir->filePath(u"pki/ca.pem"_s);
}

QString DovecotLab::authSocketPath() const
{
    return m_dir->filePath(u"auth-client"_s);
}

QString DovecotLab::mailBase() const
{
    return m_dir->filePath(u"mail"_s);
}

QString DovecotLab::maildir() const
{
    return m_dir->filePath(u"mail/tester/Maildir"_s);
}

QString DovecotLab::postfixChainFile() const
{
    return m_dir->filePath(u"pki/imap-chain.pem"_s);
}

QString DovecotLab::passwordFile() const
{
    return m_dir->filePath(u"password"_s);
}

bool DovecotLab::makePki(QString *error)
{
    const QString pki = m_dir->filePath(u"pki"_s);
    QDir().mkpath(pki);
    const QString ext = pki + u"/leaf.ext"_s;
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly))
        return false;
    extFile.write("subjectAltName=DNS:imap.lab.test,IP:127.0.0.1,IP:::1\n"
                  "extendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n");
    extFile.close();
    const QList<QStringList> steps{
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
         u"-nodes"_s, u"-keyout"_s, pki + u"/ca.key"_s, u"-out"_s, pki + u"/ca.pem"_s, u"-days"_s,
         u"2"_s, u"-subj"_s, u"/CN=STS Desk IMAP test CA"_s},
        {u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
         u"-keyout"_s, pki + u"/imap.key"_s, u"-out"_s, pki + u"/imap.csr"_s, u"-subj"_s,
         u"/CN=imap.lab.test"_s},
        {u"x509"_s, u"-req"_s, u"-in"_s, pki + u"/imap.csr"_s, u"-CA"_s, pki + u"/ca.pem"_s,
         u"-CAkey"_s, pki + u"/ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, pki + u"/imap.pem"_s,
         u"-days"_s, u"2"_s, u"-extfile"_s, ext}};
    for (const QStringList &args : steps) {
        const ToolRun run = runTool(u"openssl"_s, args, 30000);
        if (run.exitCode != 0) {
            *error = run.describe();
            return false;
        }
    }
    // Postfix wants key and certificates in one file (smtpd_tls_chain_files), key first.
    QByteArray chain;
    for (const QString &part : {u"/imap.key"_s, u"/imap.pem"_s}) {
        QFile f(pki + part);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        chain += f.readAll();
    }
    if (!m_dir->writeFile(u"pki/imap-chain.pem"_s, chain))
        return false;
    ::chmod(QFile::encodeName(pki + u"/imap-chain.pem"_s).constData(), 0600);
    ::chmod(QFile::encodeName(pki + u"/ca.key"_s).constData(), 0600);
    ::chmod(QFile::encodeName(pki + u"/imap.key"_s).constData(), 0600);
    return true;
}

bool DovecotLab::start(QString *error)
{
    m_dir = std::make_unique<LabDir>(u"dc"_s);
    if (!m_dir->isValid() || !makePki(error))
        return false;
    const QString d = m_dir->path();
    for (const QString &sub : {u"run"_s, u"state"_s, u"log"_s, u"mail/tester/Maildir/new"_s,
                               u"mail/tester/Maildir/cur"_s, u"mail/tester/Maildir/tmp"_s})
        QDir().mkpath(d + u"/"_s + sub);
    for (const QString &sub :
         {u"mail"_s, u"mail/tester"_s, u"mail/tester/Maildir"_s, u"mail/tester/Maildir/new"_s,
          u"mail/tester/Maildir/cur"_s, u"mail/tester/Maildir/tmp"_s})
        if (::chown(QFile::encodeName(d + u"/"_s + sub).constData(), mailUid(), mailGid()) != 0)
            return false;
    m_imapsPort = freeTcpPort();
    do
        m_imapPort = freeTcpPort();
    while (m_imapPort == m_imapsPort);
    m_dir->writeFile(u"users"_s,
                     u"tester:{PLAIN}testpass:%1:%2::%3/mail/tester::\n"_s.arg(mailUid())
                         .arg(mailGid())
                         .arg(d)
                         .toUtf8());
    m_dir->writeFile(u"password"_s, "testpass\n");
    // Login processes are not chrooted: only root may chroot, and the lab trusts its clients.
    const QString conf = processUsers() +
                         uR"(instance_name = stsdesk-%1
base_dir = %2/run
state_dir = %2/state
log_path = %2/log/dovecot.log
info_log_path = %2/log/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <%2/pki/imap.pem
ssl_key = <%2/pki/imap.key
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n %2/users
}
userdb {
  driver = passwd-file
  args = username_format=%n %2/users
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
  inet_listener imap {
    port = %3
  }
  inet_listener imaps {
    port = %4
    ssl = yes
  }
}
)"_s.arg(m_imapsPort)
                             .arg(d)
                             .arg(m_imapPort)
                             .arg(m_imapsPort) +
                         (m_authSocket ? uR"(service auth {
  unix_listener %1 {
    mode = 0666
  }
}
)"_s.arg(authSocketPath())
                                       : QString());
    m_dir->writeFile(u"dovecot.conf"_s, conf.toUtf8());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setChildProcessModifier([] { ::setsid(); });
    m_process.start(u"dovecot"_s, {u"-F"_s, u"-c"_s, d + u"/dovecot.conf"_s});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    const bool up = waitUntil(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(u"127.0.0.1"_s, m_imapsPort);
            return probe.waitForConnected(200);
        },
        15000);
    if (!up) {
        QFile log(d + u"/log/dovecot.log"_s);
        log.open(QIODevice::ReadOnly);
        *error = QString::fromUtf8(m_process.readAll() + log.readAll());
        stop();
        return false;
    }
    return true;
}

void DovecotLab::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool DovecotLab::deliver(int order, const QByteArray &message)
{
    const QString name =
        u"mail/tester/Maildir/new/%1.M%2P1.lab"_s.arg(1764410000 + order).arg(order);
    if (!m_dir->writeFile(name, message))
        return false;
    return ::chown(QFile::encodeName(m_dir->filePath(name)).constData(), mailUid(), mailGid()) == 0;
}

} // namespace sts::test
