// Discovery of many.test (20 MX hosts: 75 queries, 78 signature verifications) against the Knot
// lab: the concurrent run versus the same lookups one after another, and versus a single host
// (19 queries, 19 verifications). On loopback every lookup is pure CPU, so each round-trip time
// given after the rounds (in ms, default "0 1 5") is also measured through a relay that delays
// the lab's datagrams by that much, as a network would. Run on demand:
// ./bench_discovery [rounds] [rtt-ms...]
#include "UdpDelayRelay.h"
#include "dns/Discovery.h"
#include "dnslab/DnsLab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

// CPU time of this process (all threads) in ms: unlike wall time it hardly depends on how busy
// the shared machine is.
static double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static double g_cpu = 0; // CPU ms of the last timeRun()

static qint64 timeRun(const sts::dns::DiscoveryOptions &options, int rounds,
                      const QString &domain = u"many.test"_s, int hosts = 20)
{
    const double cpuBefore = cpuMs();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        auto report = sts::dns::discover(domain, options);
        if (!report || report->hosts.size() != hosts) {
            QTextStream(stderr) << "discovery failed: "
                                << (report ? u"wrong host count"_s : report.error().describe())
                                << '\n';
            std::exit(1);
        }
    }
    const qint64 elapsed = timer.elapsed();
    g_cpu = (cpuMs() - cpuBefore) / rounds;
    return elapsed;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTextStream out(stdout);
    QString error;
    if (!sts::test::DnsLab::toolsAvailable(&error, false)) {
        out << "missing tools: " << error << '\n';
        return 77;
    }
    sts::test::DnsLab lab;
    if (!lab.start(&error)) {
        out << "lab failed: " << error << '\n';
        return 1;
    }
    QList<int> roundTrips;
    for (int i = 2; i < argc; ++i)
        roundTrips << std::max(0, atoi(argv[i]));
    if (roundTrips.isEmpty())
        roundTrips = {0, 1, 5};
    const sts::dns::ResolverConfig labResolver =
        *sts::dns::ResolverConfig::parse(lab.resolverSpec());
    for (const int rtt : roundTrips) {
        std::unique_ptr<UdpDelayRelay> relay;
        sts::dns::DiscoveryOptions options;
        options.resolver = labResolver;
        if (rtt > 0) {
            relay = std::make_unique<UdpDelayRelay>(labResolver.port, rtt);
            if (!relay->start()) {
                out << "relay failed\n";
                return 1;
            }
            options.resolver.port = relay->port();
        }
        options.trustAnchorFile = lab.trustAnchorFile();
        timeRun(options, 1); // warm-up
        options.parallelLookups = 1;
        const qint64 sequential = timeRun(options, rounds);
        const double sequentialCpu = g_cpu;
        options.parallelLookups = sts::dns::DiscoveryOptions{}.parallelLookups;
        const qint64 concurrent = timeRun(options, rounds);
        const double concurrentCpu = g_cpu;
        // The target: 20 hosts discovered concurrently within 1.5x the time of a single
        // host. dup.secure.test lists one host (twice), signed like many.test.
        const qint64 single = timeRun(options, rounds, u"dup.secure.test"_s, 1);
        const double singleCpu = g_cpu;
        out << u"many.test, 20 MX hosts, %1 rounds, round trip %2\n"_s.arg(rounds).arg(
            rtt > 0 ? u"%1 ms (delaying relay)"_s.arg(rtt) : u"0 (loopback)"_s);
        auto line = [&](const QString &label, qint64 wall, double cpu) {
            out << u"  %1 %2 ms per discovery (CPU %3 ms)\n"_s.arg(label)
                       .arg(double(wall) / rounds, 6, 'f', 1)
                       .arg(cpu, 0, 'f', 1);
        };
        line(u"one after another:"_s, sequential, sequentialCpu);
        line(u"concurrent (%1):   "_s.arg(options.parallelLookups), concurrent, concurrentCpu);
        line(u"single host:      "_s, single, singleCpu);
        out << u"  20 hosts concurrent / single host: %1x\n"_s.arg(
            double(concurrent) / std::max<qint64>(1, single), 0, 'f', 2);
        out << u"  speed-up:          %1x\n"_s.arg(
            double(sequential) / std::max<qint64>(1, concurrent), 0, 'f', 2);
        out.flush();
    }
    return 0;
}
