#include "postfix/PostfixLab.h"

#include "TestEnv.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

const char *const kMaster = "/usr/lib/postfix/sbin/master";

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    file.close();
    // Pitfall 2: a main.cf younger than a second makes every postfix call nap for ~2 s.
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                            QFileDevice::FileModificationTime);
}

bool accepts(const QString &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    const bool ok = socket.waitForConnected(200);
    socket.abort();
    return ok;
}

} // namespace

PostfixLab::PostfixLab(QString directory) : m_dir(std::move(directory)) {}

PostfixLab::~PostfixLab()
{
    stop();
}

QString PostfixLab::unavailableReason()
{
    if (::geteuid() != 0)
        return u"Postfix needs root to start"_s;
    if (!QFileInfo(QString::fromLatin1(kMaster)).isExecutable() || !haveProgram(u"postfix"_s))
        return u"postfix is not installed"_s;
    return {};
}

bool PostfixLab::haveIpv6Loopback()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHostIPv6, 0);
}

void PostfixLab::addListener(const Listener &listener)
{
    m_listeners.append(listener);
}

quint16 PostfixLab::port(const QString &name) const
{
    for (const Listener &l : m_listeners) {
        if (l.name == name)
            return l.port;
    }
    return 0;
}

QString PostfixLab::logText() const
{
    QFile log(m_dir + u"/mx/log/postfix.log"_s);
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(8000)) : QString();
}

bool PostfixLab::writeConfig(QString *error) const
{
    const QString base = m_dir + u"/mx"_s;
    for (const char *sub : {"etc", "spool", "log"}) {
        if (!QDir().mkpath(base + u'/' + QLatin1String(sub))) {
            *error = u"cannot create "_s + base;
            return false;
        }
    }
    bool v6 = false;
    for (const Listener &l : m_listeners)
        v6 = v6 || l.ipv6;
    // Every master.cf entry binds its own loopback address; "all" only keeps `postfix check`
    // from refusing 127.0.0.x addresses that are not listed as interfaces (only 127.0.0.1 is).
    const QString interfaces = u"all"_s;
    // The default chain is only a fallback; every listener names its own.
    QString mainCf = uR"(compatibility_level = 3.6
queue_directory = %1/spool
data_directory = %1/data
maillog_file = %1/log/postfix.log
maillog_file_prefixes = /tmp
mail_owner = postfix
setgid_group = postdrop
myhostname = mx1.lab.test
mydomain = lab.test
myorigin = $myhostname
mydestination =
relay_domains =
inet_interfaces = %2
inet_protocols = %3
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
biff = no
smtpd_banner = $myhostname ESMTP lab
smtpd_relay_restrictions = reject_unauth_destination
default_transport = error:5.7.0 outbound delivery disabled in lab
relay_transport = error:5.7.0 outbound delivery disabled in lab
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
)"_s.arg(base, interfaces, v6 ? u"ipv4, ipv6"_s : u"ipv4"_s);
    if (!m_delivery.domain.isEmpty()) {
        QStringList maps;
        for (const auto &[address, path] : m_delivery.maps)
            maps.append(address + u'=' + path);
        mainCf += uR"(virtual_mailbox_domains = %1
virtual_mailbox_base = %2
virtual_mailbox_maps = inline:{ %3 }
virtual_uid_maps = static:%4
virtual_gid_maps = static:%5
)"_s.arg(m_delivery.domain, m_delivery.base, maps.join(u", "_s))
                      .arg(m_delivery.ownerUid)
                      .arg(m_delivery.ownerGid);
    }

    QString masterCf;
    for (const Listener &l : m_listeners) {
        QStringList addresses{l.address};
        if (l.ipv6)
            addresses.append(u"[::1]"_s);
        for (const QString &address : addresses) {
            masterCf += u"%1:%2 inet n - n - - smtpd\n"_s.arg(address).arg(l.port);
            if (l.submission) {
                masterCf += uR"(  -o smtpd_tls_chain_files=%1
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_type=dovecot
  -o smtpd_sasl_path=%2
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
)"_s.arg(l.chainFile, m_delivery.saslSocket);
            } else if (l.starttls) {
                masterCf += u"  -o smtpd_tls_chain_files=%1\n"_s.arg(l.chainFile);
                // OpenSSL 3 needs security level 0 for the SHA-1 signatures of TLS 1.0/1.1.
                masterCf += l.legacyTls ? u"  -o smtpd_tls_protocols=>=TLSv1\n"
                                          "  -o tls_medium_cipherlist=DEFAULT:@SECLEVEL=0\n"_s
                                        : u"  -o smtpd_tls_protocols=>=TLSv1.2\n"_s;
            } else
                masterCf += u"  -o smtpd_tls_security_level=none\n"_s;
        }
    }
    masterCf += uR"(pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
)"_s;
    if (!m_delivery.domain.isEmpty())
        masterCf += u"virtual   unix  -       n       n       -       -       virtual\n"_s;
    if (!writeText(base + u"/etc/main.cf"_s, mainCf) ||
        !writeText(base + u"/etc/master.cf"_s, masterCf)) {
        *error = u"cannot write the Postfix configuration"_s;
        return false;
    }
    return true;
}

bool PostfixLab::start(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (const QString why = unavailableReason(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!writeConfig(error))
        return false;
    const QString etc = m_dir + u"/mx/etc"_s;
    // `postfix check` creates the spool layout and data_directory with the right owners.
    const ToolRun check = runTool(u"postfix"_s, {u"-c"_s, etc, u"check"_s}, 30000);
    if (check.exitCode != 0) {
        *error = u"postfix check failed: "_s + check.describe() + logText();
        return false;
    }
    const QByteArray etcNative = QFile::encodeName(etc);
    const pid_t pid = ::fork();
    if (pid < 0) {
        *error = u"fork failed"_s;
        return false;
    }
    if (pid == 0) {
        // Own session: master kills its process group on exit, which must not be ours.
        ::setsid();
        const int devnull = ::open("/dev/null", O_RDWR);
        if (devnull >= 0) {
            ::dup2(devnull, 0);
            ::dup2(devnull, 1);
            ::dup2(devnull, 2);
        }
        ::execl(kMaster, "master", "-c", etcNative.constData(), "-d", static_cast<char *>(nullptr));
        ::_exit(127);
    }
    m_pid = pid;
    const bool ready = waitUntil(
        [this] {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                return true; // died: reported below
            }
            for (const Listener &l : std::as_const(m_listeners)) {
                if (!accepts(l.address, l.port) || (l.ipv6 && !accepts(u"::1"_s, l.port)))
                    return false;
            }
            return true;
        },
        15000);
    if (!ready || m_pid < 0) {
        *error = u"Postfix did not start listening: "_s + logText();
        stop();
        return false;
    }
    return true;
}

void PostfixLab::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 250; ++i) {
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            return;
        }
        ::usleep(20000);
    }
    ::kill(m_pid, SIGKILL);
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
}

} // namespace sts::test
