// One monitor run over N engagements (default 200) against the labs with a round trip added to
// every DNS datagram and every TCP flight (default 5 ms), against the run for one engagement.
// The labs: Knot serving dyn.test with e0 … e(N-1).dyn.test (each: MX mail.dyn.test, its own
// _mta-sts TXT id, mta-sts A), one Postfix for the MX, one nginx serving the policy with a
// certificate for every mta-sts.eI.dyn.test. Every engagement has a live testing policy (served,
// announced) and a stored scan, so each run does all of its checks and finds nothing.
// Prints the median of 5 single-engagement runs, then the N-engagement run per --jobs value,
// the ratio, CPU time and peak RSS. Needs root, postfix and nginx; exits 77 otherwise.
// Usage: bench_monitor [engagements = 200] [rtt-ms = 5] [jobs… = 4 16 32]
#include "TcpDelayRelay.h"
#include "TestEnv.h"
#include "UdpDelayRelay.h"
#include "dns/Discovery.h"
#include "dns/RrsigVerification.h"
#include "dnslab/DnsLabDynamic.h"
#include "nginx/NginxServer.h"
#include "nginx/PolicyHostLab.h"
#include "pki/TestPki.h"
#include "postfix/PostfixLab.h"
#include "services/DiscoveryService.h"
#include "services/EngagementService.h"
#include "services/Monitor.h"
#include "services/PolicyVersions.h"
#include "storage/PolicyRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <algorithm>
#include <arpa/inet.h>
#include <functional>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

namespace {

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// CPU time of this process's descendants (the lab servers: knotd, nginx, the Postfix master with
// the smtpd processes it reaped), in ms: what the servers cost, apart from what else runs here.
double labsCpuMs()
{
    QHash<int, int> parentOf;
    QHash<int, double> ticks;
    const QDir proc(u"/proc"_s);
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const int pid = entry.toInt(&number);
        if (!number)
            continue;
        QFile stat(proc.filePath(entry + u"/stat"_s));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // The command name may hold blanks: the fields start after its closing parenthesis.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 15)
            continue;
        parentOf.insert(pid, f.at(1).toInt());
        ticks.insert(pid, f.at(11).toDouble() + f.at(12).toDouble() + f.at(13).toDouble() +
                              f.at(14).toDouble());
    }
    const int self = int(getpid());
    double total = 0;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        for (int p = it.value(); p > 1; p = parentOf.value(p, 0))
            if (p == self) {
                total += ticks.value(it.key());
                break;
            }
    }
    return total * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// CPU time of the whole machine (every core, every process: the lab servers, the relays and the
// monitor) from /proc/stat, in ms: what the two cores could give at most is twice the wall time.
double machineBusyMs()
{
    QFile stat(u"/proc/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    // cpu user nice system idle iowait irq softirq steal ...
    double busy = 0;
    for (int i = 1; i < fields.size() && i <= 8; ++i)
        if (i != 4 && i != 5)
            busy += fields.at(i).toDouble();
    return busy * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "bench_monitor: " << what << '\n';
    std::exit(1);
}

struct Timed
{
    qint64 ms = 0;
    double cpu = 0;
    double machine = 0; // every process's CPU during the run
    double labs = 0;    // the lab servers' CPU during the run
    double relays = 0;  // the delay relays' CPU (threads of this process) during the run
    int checked = 0;
    int unresolved = 0;
};

// Holds `count` SMTP sessions open at once and ends them, straight to Postfix: its master then
// runs as many smtpd processes as the measured run will keep busy. A mail server on the network
// has its server processes running; without this the run would pay, on these two cores, for
// Postfix forking, linking and loading its TLS keys up to `count` times.
void warmSmtpProcesses(quint16 port, int count)
{
    std::vector<int> sockets;
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const timeval timeout{10, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
            sockets.push_back(fd);
        else
            ::close(fd);
    }
    for (int fd : sockets) {
        char banner[512];
        (void)::read(fd, banner, sizeof banner); // "220 …": an smtpd process took the session
    }
    for (int fd : sockets) {
        (void)::write(fd, "QUIT\r\n", 6);
        ::close(fd);
    }
}

// The relays' threads: their CPU is part of this process's but not of the monitor's.
std::function<double()> relaysCpuMs = [] { return 0.0; };

Timed timeRun(const ServiceContext &context, const MonitorOptions &options,
              const QList<qint64> &ids)
{
    // Each timed run starts as a daily run does, in a new process: no DNSSEC key parsed and no
    // signature verified yet (the set-up above validated the same records).
    dns::detail::forgetVerifications();
    const double cpuBefore = cpuMs();
    const double machineBefore = machineBusyMs();
    const double labsBefore = labsCpuMs();
    const double relaysBefore = relaysCpuMs();
    QElapsedTimer timer;
    timer.start();
    Result<MonitorRunResult> run = Monitor(context, options).run(ids);
    Timed t;
    t.ms = timer.elapsed();
    t.cpu = cpuMs() - cpuBefore;
    t.machine = machineBusyMs() - machineBefore;
    t.labs = labsCpuMs() - labsBefore;
    t.relays = relaysCpuMs() - relaysBefore;
    if (!run)
        fail(run.error().describe());
    for (const EngagementMonitoring &e : run->engagements) {
        if (e.outcome == EngagementMonitoring::Outcome::Checked)
            ++t.checked;
        else
            QTextStream(stderr) << "not checked: " << e.title << ' ' << e.error << '\n';
        t.unresolved += int(e.unresolved.size());
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    const int rtt = argc > 2 ? std::max(0, atoi(argv[2])) : 5;
    QList<int> jobsList;
    for (int i = 3; i < argc; ++i)
        jobsList << std::max(1, atoi(argv[i]));
    if (jobsList.isEmpty())
        jobsList = {4, 16, 32};
    QTextStream out(stdout);
    QString missing;
    if (!DnsLabDynamic::toolsAvailable(&missing) || !NginxServer::available() ||
        !PostfixLab::unavailableReason().isEmpty()) {
        out << "needs the Knot lab tools, nginx, postfix and root: " << missing
            << PostfixLab::unavailableReason() << '\n';
        return 77;
    }

    DnsLabDynamic dns;
    QString error;
    if (!dns.start(&error))
        fail(error);
    LabDir lab(u"benchmon"_s);
    QDir().mkpath(lab.filePath(u"monitor-pki"_s));
    TestPki pki(lab.filePath(u"monitor-pki"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestPki::Leaf mail = pki.expiringAt(u"mail"_s, {u"mail.dyn.test"_s}, now.addDays(90));
    QStringList policyNames;
    for (int i = 0; i < count; ++i)
        policyNames << u"mta-sts.e%1.dyn.test"_s.arg(i);
    const TestPki::Leaf policyLeaf = pki.expiringAt(u"policy"_s, policyNames, now.addDays(90));

    const quint16 smtpPort = freeTcpPort();
    PostfixLab postfix(lab.filePath(u"pf"_s));
    postfix.addListener({u"mail"_s, smtpPort, mail.keyChainPath, true, false});
    if (!postfix.start(&error))
        fail(error);
    PolicyHostLab policyHost(lab, u"dyn.test"_s);
    if (!policyHost.start() || !policyHost.useCertificate(policyLeaf.fullchainPath,
                                                          policyLeaf.keyPath, pki.rootCertPath()))
        fail(policyHost.errorString());

    // The workspace: N engagements, each with a live testing policy for mail.dyn.test.
    Result<ServiceContext> opened =
        openWorkspace(lab.filePath(u"ws.sqlite"_s), Clock::system(), u"bench"_s);
    if (!opened)
        fail(opened.error().describe());
    const ServiceContext context = *opened;
    QList<qint64> ids;
    QStringList liveIds;
    QByteArray body;
    for (int i = 0; i < count; ++i) {
        Engagement draft;
        draft.customer = u"Customer %1"_s.arg(i);
        draft.domain.ace = u"e%1.dyn.test"_s.arg(i);
        Result<Engagement> made = EngagementService(context).create(draft);
        if (!made)
            fail(made.error().describe());
        Result<StoredPolicyVersion> version = PolicyVersions(context).create(
            made->id, NewPolicyVersion{mtasts::PolicyMode::Testing, std::nullopt,
                                       QStringList{u"mail.dyn.test"_s}});
        if (!version ||
            !storage::PolicyRepository(context.database).markPublished(version->rowId, now).ok())
            fail(u"cannot store a live policy"_s);
        ids << made->id;
        liveIds << version->version.id;
        body = version->body; // the same bytes for every engagement
    }
    if (!policyHost.serve(body))
        fail(u"cannot serve the policy"_s);
    const QString header = u"server 127.0.0.1 %1\nzone dyn.test.\nkey %2:%3 %4\n"_s.arg(dns.port())
                               .arg(dns.tsigAlgorithm(), dns.tsigName(), dns.tsigSecret());
    QString script = header + u"update delete mail.dyn.test. AAAA\n"_s;
    for (int i = 0; i < count; ++i) {
        script += u"update add e%1.dyn.test. 300 MX 10 mail.dyn.test.\n"
                  "update add _mta-sts.e%1.dyn.test. 300 TXT \"v=STSv1; id=%2\"\n"
                  "update add mta-sts.e%1.dyn.test. 300 A 127.0.0.1\n"_s.arg(i)
                      .arg(liveIds.at(i));
        if (i % 40 == 39 || i == count - 1) {
            const ToolRun sent = dns.applyScript((script + u"send\n"_s).toLatin1(), u"knsupdate"_s);
            if (sent.exitCode != 0)
                fail(sent.describe());
            script = header;
        }
    }

    // Straight to the labs: the stored scans.
    dns::DiscoveryOptions direct;
    direct.resolver = *dns::ResolverConfig::parse(dns.resolverSpec());
    direct.trustAnchorFile = dns.trustAnchorFile();
    for (int i = 0; i < count; ++i) {
        Result<dns::DiscoveryReport> scan = dns::discover(u"e%1.dyn.test"_s.arg(i), direct);
        if (!scan || scan->stsId != liveIds.at(i))
            fail(u"scan of e%1.dyn.test"_s.arg(i));
        if (!DiscoveryService(context).store(ids.at(i), *scan, dns.trustAnchorFile()).ok())
            fail(u"cannot store a scan"_s);
    }

    // Through the relays: every datagram and every TCP flight half a round trip each way.
    UdpDelayRelay dnsRelay(dns.port(), rtt);
    TcpDelayRelay smtpRelay(smtpPort, rtt);
    TcpDelayRelay httpsRelay(policyHost.httpsPort(), rtt);
    if (!dnsRelay.start() || !smtpRelay.start() || !httpsRelay.start())
        fail(u"cannot start the relays"_s);
    relaysCpuMs = [&] {
        return dnsRelay.threadCpuMs() + smtpRelay.threadCpuMs() + httpsRelay.threadCpuMs();
    };
    MonitorOptions options = MonitorOptions::defaults();
    options.targets.dns = direct;
    options.targets.dns.resolver =
        *dns::ResolverConfig::parse(u"127.0.0.1:%1"_s.arg(dnsRelay.port()));
    options.targets.https.connectHost = u"127.0.0.1"_s;
    options.targets.https.port = httpsRelay.port();
    options.targets.https.caFile = pki.rootCertPath();
    options.probe.smtpPort = smtpRelay.port();
    options.probe.httpsPort = httpsRelay.port();
    options.probe.trust = tls::TrustSettings::fromCaFile(pki.rootCertPath());

    out << "engagements " << count << ", added round trip " << rtt << " ms\n";
    (void)timeRun(context, options, {ids.first()}); // warm-up
    QList<qint64> singles;
    double singleCpu = 0, singleMachine = 0, singleLabs = 0, singleRelays = 0;
    for (int round = 0; round < 5; ++round) {
        const Timed t = timeRun(context, options, {ids.at(round % count)});
        if (t.checked != 1 || t.unresolved != 0)
            fail(u"the single run did not check cleanly"_s);
        singles << t.ms;
        singleCpu += t.cpu / 5;
        singleMachine += t.machine / 5;
        singleLabs += t.labs / 5;
        singleRelays += t.relays / 5;
    }
    std::sort(singles.begin(), singles.end());
    const qint64 single = singles.at(singles.size() / 2);
    out << "one engagement: " << single << " ms (median of 5), cpu " << qRound(singleCpu)
        << " ms (relays " << qRound(singleRelays) << " ms), labs cpu " << qRound(singleLabs)
        << " ms, machine cpu " << qRound(singleMachine) << " ms\n";
    for (int jobs : jobsList) {
        options.jobs = jobs;
        warmSmtpProcesses(smtpPort, jobs);
        const Timed all = timeRun(context, options, ids);
        out << "all " << count << ", jobs " << jobs << ": " << all.ms << " ms, cpu "
            << qRound(all.cpu) << " ms (relays " << qRound(all.relays) << " ms), labs cpu "
            << qRound(all.labs) << " ms, machine cpu " << qRound(all.machine) << " ms, checked "
            << all.checked << ", unresolved findings " << all.unresolved << ", ratio "
            << QString::number(double(all.ms) / single, 'f', 1) << "x\n";
        out.flush();
    }
    out << "peak RSS " << peakRssMb() << " MB\n";
    return 0;
}
