#include "dnslab/BrokenResolverLab.h"

#include "TestEnv.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sts::test {

BrokenResolverLab::BrokenResolverLab(Kind kind) : m_kind(kind) {}

BrokenResolverLab::~BrokenResolverLab()
{
    m_knot.stop(); // before the directory it runs in goes
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
    if (QStandardPaths::findExecutable(u"knotd"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"kdig"_s).isEmpty()) {
        *error = u"knotd/kdig not installed"_s;
        return false;
    }
    m_dir = std::make_unique<LabDir>(u"broken-resolver"_s);
    if (!m_dir->isValid()) {
        *error = u"no lab directory"_s;
        return false;
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
