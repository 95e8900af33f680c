#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace sts::test {

class LabDir;

// knotd started from `<lab>/knot.conf` as a child process (output to `<lab>/knotd.stderr`), ready
// once every zone answers SOA over TCP; stopped (terminate, then kill) on destruction.
class KnotProcess
{
public:
    KnotProcess() = default;
    ~KnotProcess() { stop(); }
    KnotProcess(const KnotProcess &) = delete;
    KnotProcess &operator=(const KnotProcess &) = delete;

    // `signedZones`: also wait until the answers carry RRSIGs (zones knotd signs itself).
    // `port` was free when picked, but another test's server may take it while the zones are
    // built; knotd then exits at once ("address already in use"). So when knotd dies during
    // start-up, a new free port is picked, `writeConfig(port)` rewrites knot.conf with it, and
    // knotd starts again (three tries). `port` is the one that knotd serves on.
    bool start(const LabDir &lab, quint16 &port, const std::function<bool(quint16)> &writeConfig,
               const QStringList &zones, bool signedZones, QString *error);
    void stop();
    bool isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

    // Terminates a child process politely, then forcibly; shared with other lab servers.
    static void stopProcess(std::unique_ptr<QProcess> &process);

private:
    bool startOnce(const LabDir &lab, quint16 port, const QStringList &zones, bool signedZones,
                   QString *error);

    std::unique_ptr<QProcess> m_process;
};

} // namespace sts::test
