#include "dnslab/BrokenResolverLab.h"

#include "TestEnv.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sts::test {

BrokenResolverLab::BrokenResolverLab(Kind kind, quint16 upstreamPort, const QString &refusedZone)
    : m_kind(kind), m_upstreamPort(upstreamPort), m_refusedZone(refusedZone)
{}

BrokenResolverLab::~BrokenResolverLab()
{
    // Before the directory they run in goes.
    KnotProcess::stopProcess(m_unbound);
    m_knot.stop();
}

bool BrokenResolverLab::startUnbound(QString *error)
{
    // No validator module: the resolver under test only forwards (the CD queries of discovery
    // would skip validation anyway); "test." is one of unbound's built-in empty zones.
    const QString conf =
        u"server:\n    interface: 127.0.0.1\n    port: %2\n    username: \"\"\n"
        "    chroot: \"\"\n    pidfile: \"%1/unbound.pid\"\n    use-syslog: no\n"
        "    logfile: \"%1/unbound.log\"\n    module-config: \"iterator\"\n"
        "    do-not-query-localhost: no\n    local-zone: \"test.\" nodefault\n"
        "    local-zone: \"%4\" always_refuse\n"
        "forward-zone:\n    name: \".\"\n    forward-addr: 127.0.0.1@%3\n"_s.arg(m_dir->path())
            .arg(m_port)
            .arg(m_upstreamPort)
            .arg(m_refusedZone);
    m_dir->writeFile(u"unbound.conf"_s, conf.toUtf8());
    m_unbound = std::make_unique<QProcess>();
    m_unbound->setStandardInputFile(QProcess::nullDevice());
    m_unbound->setStandardOutputFile(m_dir->filePath(u"unbound.stderr"_s), QIODevice::Append);
    m_unbound->setStandardErrorFile(m_dir->filePath(u"unbound.stderr"_s), QIODevice::Append);
    m_unbound->start(u"unbound"_s, {u"-d"_s, u"-c"_s, m_dir->filePath(u"unbound.conf"_s)});
    if (!m_unbound->waitForStarted(10000)) {
        *error = u"unbound did not start: "_s + m_unbound->errorString();
        return false;
    }
    return true;
}

QString BrokenResolverLab::resolverSpec() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}

QString BrokenResolverLab::knotConfig() const
{
    // ServFail names a zone file that does not exist: knotd then answers SERVFAIL for the zone.
    return u"server:\n    rundir: \"%1\"\n    listen: 127.0.0.1@%2\n"
           "database:\n    storage: \"%1/db\"\n"
           "log:\n  - target: \"%1/knotd.log\"\n    any: info\n"
           "zone:\n  - domain: .\n    file: \"%1/%3\"\n"_s.arg(m_dir->path())
               .arg(m_port)
               .arg(m_kind == Kind::ServFail ? u"missing-root.zone"_s : u"root.zone"_s);
}

bool BrokenResolverLab::start(QString *error)
{
    const QString server = m_kind == Kind::Refusing ? u"unbound"_s : u"knotd"_s;
    if (QStandardPaths::findExecutable(server).isEmpty() ||
        QStandardPaths::findExecutable(u"kdig"_s).isEmpty()) {
        *error = server + u"/kdig not installed"_s;
        return false;
    }
    m_dir = std::make_unique<LabDir>(u"broken-resolver"_s);
    if (!m_dir->isValid()) {
        *error = u"no lab directory"_s;
        return false;
    }
    if (m_kind == Kind::Refusing) {
        m_port = freeTcpUdpPort();
        if (!startUnbound(error))
            return false;
        const bool ready = waitUntil(
            [&] {
                const ToolRun probe =
                    runTool(u"kdig"_s,
                            {u"@127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"+time=1"_s,
                             u"+retry=0"_s, u"SOA"_s, m_refusedZone},
                            5000);
                return m_unbound->state() == QProcess::NotRunning ||
                       probe.out.contains("status: REFUSED");
            },
            20000);
        if (!ready || m_unbound->state() == QProcess::NotRunning) {
            *error = u"unbound did not answer as a refusing resolver"_s;
            return false;
        }
        return true;
    }
    m_dir->writeFile(u"root.zone"_s, "$ORIGIN .\n$TTL 300\n"
                                     "@ SOA ns.invalid. hostmaster.invalid. 1 3600 600 86400 300\n"
                                     "@ NS ns.invalid.\n");
    m_port = freeTcpUdpPort();
    const auto writeConfig = [this](quint16) {
        return m_dir->writeFile(u"knot.conf"_s, knotConfig().toUtf8());
    };
    writeConfig(m_port);
    // KnotProcess waits for SOA NOERROR of the zones it is given; a SERVFAIL server has none,
    // so it gets no zones and the wait below looks for its first answer instead.
    const QStringList zones = m_kind == Kind::ServFail ? QStringList{} : QStringList{u"."_s};
    if (!m_knot.start(*m_dir, m_port, writeConfig, zones, false, error))
        return false;
    const QString expected = m_kind == Kind::ServFail ? u"SERVFAIL"_s : u"NOERROR"_s;
    const bool ready = waitUntil(
        [&] {
            const ToolRun probe =
                runTool(u"kdig"_s,
                        {u"@127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"+tcp"_s, u"+time=1"_s,
                         u"+retry=0"_s, u"DNSKEY"_s, u"."_s},
                        5000);
            return !m_knot.isRunning() ||
                   probe.out.contains(u"status: %1"_s.arg(expected).toUtf8());
        },
        20000);
    if (!ready || !m_knot.isRunning()) {
        *error = u"knotd did not answer as a broken resolver"_s;
        return false;
    }
    return true;
}

} // namespace sts::test
