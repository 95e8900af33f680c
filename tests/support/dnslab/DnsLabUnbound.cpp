// The independent half of the DNS lab: unbound validating with the lab's root key, and drill.
#include "DnsLab.h"
#include "TestEnv.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts::test {

bool DnsLab::startUnbound(QString *error)
{
    if (!m_dir || m_port == 0) {
        *error = u"start knotd first"_s;
        return false;
    }
    m_unboundPort = freeTcpUdpPort();
    const QString conf =
        u"server:\n    interface: 127.0.0.1\n    port: %2\n    username: \"\"\n"
        "    pidfile: \"%1/unbound.pid\"\n    use-syslog: no\n    logfile: \"%1/unbound.log\"\n"
        "    verbosity: 1\n    val-log-level: 2\n    chroot: \"\"\n"
        "    trust-anchor-file: \"%1/root.anchor\"\n    do-not-query-localhost: no\n"
        "    local-zone: \"test.\" nodefault\n"
        "forward-zone:\n    name: \".\"\n    forward-addr: 127.0.0.1@%3\n"
        "remote-control:\n    control-enable: yes\n    control-interface: \"%1/unbound.ctl\"\n"
        "    control-use-cert: no\n"_s.arg(m_dir->path())
            .arg(m_unboundPort)
            .arg(m_port);
    const QString confPath = m_dir->filePath(u"unbound.conf"_s);
    m_dir->writeFile(u"unbound.conf"_s, conf.toUtf8());
    const ToolRun check = runTool(u"unbound-checkconf"_s, {confPath}, 20000);
    if (check.exitCode != 0) {
        *error = u"unbound-checkconf: "_s + check.describe();
        return false;
    }
    m_unbound = std::make_unique<QProcess>();
    m_unbound->setStandardInputFile(QProcess::nullDevice());
    m_unbound->setStandardOutputFile(m_dir->filePath(u"unbound.stderr"_s), QIODevice::Append);
    m_unbound->setStandardErrorFile(m_dir->filePath(u"unbound.stderr"_s), QIODevice::Append);
    m_unbound->start(u"unbound"_s, {u"-d"_s, u"-c"_s, confPath});
    if (!m_unbound->waitForStarted(10000)) {
        *error = u"unbound did not start: "_s + m_unbound->errorString();
        return false;
    }
    const bool ready = waitUntil(
        [&] {
            return m_unbound->state() == QProcess::NotRunning ||
                   runTool(u"unbound-control"_s, {u"-c"_s, confPath, u"status"_s}, 5000).exitCode ==
                       0;
        },
        20000);
    if (!ready || m_unbound->state() == QProcess::NotRunning) {
        QFile log(m_dir->filePath(u"unbound.log"_s));
        log.open(QIODevice::ReadOnly);
        *error = u"unbound not ready: "_s + QString::fromUtf8(log.readAll().right(3000));
        return false;
    }
    return true;
}

DnsLab::Answer DnsLab::askUnbound(const QString &name, const QString &type) const
{
    Answer answer;
    const ToolRun run = runTool(u"kdig"_s,
                                {u"@127.0.0.1"_s, u"-p"_s, QString::number(m_unboundPort),
                                 u"+dnssec"_s, u"+time=5"_s, u"+retry=0"_s, type, name},
                                15000);
    answer.raw = QString::fromUtf8(run.out);
    static const QRegularExpression status(u"status: ([A-Z]+)"_s);
    static const QRegularExpression flags(u";; Flags: ([a-z ]+);"_s);
    const auto s = status.match(answer.raw);
    const auto f = flags.match(answer.raw);
    if (run.exitCode != 0 || !s.hasMatch() || !f.hasMatch())
        return answer;
    answer.ok = true;
    answer.rcode = s.captured(1);
    answer.ad = f.captured(1).split(QLatin1Char(' ')).contains(u"ad"_s);
    return answer;
}

bool DnsLab::drillChaseSecure(const QString &name, const QString &type, QString *output) const
{
    const ToolRun run = runTool(u"drill"_s,
                                {u"-p"_s, QString::number(m_port), u"@127.0.0.1"_s, u"-k"_s,
                                 trustAnchorFile(), u"-t"_s, u"-S"_s, type, name},
                                30000);
    if (output)
        *output = QString::fromUtf8(run.out + run.err);
    return run.exitCode == 0 && run.out.contains("Chase successful");
}

} // namespace sts::test
