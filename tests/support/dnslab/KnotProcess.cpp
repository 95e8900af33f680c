#include "dnslab/KnotProcess.h"

#include "TestEnv.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace sts::test {

bool KnotProcess::start(const LabDir &lab, quint16 &port,
                        const std::function<bool(quint16)> &writeConfig, const QStringList &zones,
                        bool signedZones, QString *error)
{
    for (int attempt = 1;; ++attempt) {
        if (startOnce(lab, port, zones, signedZones, error))
            return true;
        if (isRunning() || attempt == 3)
            return false;
        port = freeTcpUdpPort();
        if (!writeConfig(port)) {
            *error = u"cannot rewrite knot.conf"_s;
            return false;
        }
    }
}

bool KnotProcess::startOnce(const LabDir &lab, quint16 port, const QStringList &zones,
                            bool signedZones, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(lab.filePath(u"knotd.stderr"_s), QIODevice::Append);
    m_process->setStandardErrorFile(lab.filePath(u"knotd.stderr"_s), QIODevice::Append);
    m_process->start(u"knotd"_s, {u"-c"_s, lab.filePath(u"knot.conf"_s)});
    if (!m_process->waitForStarted(10000)) {
        *error = u"knotd did not start: "_s + m_process->errorString();
        return false;
    }
    QStringList query{u"-p"_s,     QString::number(port), u"+tcp"_s,
                      u"+norec"_s, u"+time=1"_s,          u"+retry=0"_s};
    if (signedZones)
        query << u"+dnssec"_s;
    const bool ready = waitUntil(
        [&] {
            if (!isRunning())
                return true;
            for (const QString &zone : zones) {
                const ToolRun probe = runTool(
                    u"kdig"_s, QStringList{u"@127.0.0.1"_s} + query + QStringList{u"SOA"_s, zone},
                    5000);
                if (!probe.out.contains("status: NOERROR") ||
                    (signedZones && !probe.out.contains("RRSIG")))
                    return false;
            }
            return true;
        },
        20000);
    if (!ready || !isRunning()) {
        QFile log(lab.filePath(u"knotd.log"_s));
        log.open(QIODevice::ReadOnly);
        *error = u"knotd not serving all zones: "_s + QString::fromUtf8(log.readAll().right(3000));
        return false;
    }
    return true;
}

void KnotProcess::stop()
{
    stopProcess(m_process);
}

void KnotProcess::stopProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

} // namespace sts::test
