// Discovery of many.test (20 MX hosts, 66 validated lookups) against the Knot lab: the concurrent
// run versus the same lookups one after another. Run on demand: ./bench_discovery [rounds]
#include "dns/Discovery.h"
#include "dnslab/DnsLab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

static qint64 timeRun(const sts::dns::DiscoveryOptions &options, int rounds,
                      const QString &domain = u"many.test"_s, int hosts = 20)
{
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
    return timer.elapsed();
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
    sts::dns::DiscoveryOptions options;
    options.resolver = *sts::dns::ResolverConfig::parse(lab.resolverSpec());
    options.trustAnchorFile = lab.trustAnchorFile();
    timeRun(options, 1); // warm-up
    options.parallelLookups = 1;
    const qint64 sequential = timeRun(options, rounds);
    options.parallelLookups = 8;
    const qint64 concurrent = timeRun(options, rounds);
    // The target: 20 hosts discovered concurrently within 1.5x the time of a single host.
    // dup.secure.test lists one host (twice), signed like many.test.
    const qint64 single = timeRun(options, rounds, u"dup.secure.test"_s, 1);
    out << u"many.test, 20 MX hosts, %1 rounds\n"_s.arg(rounds);
    out << u"  one after another: %1 ms per discovery\n"_s.arg(double(sequential) / rounds, 0, 'f',
                                                               1);
    out << u"  concurrent (8):    %1 ms per discovery\n"_s.arg(double(concurrent) / rounds, 0, 'f',
                                                               1);
    out << u"  single host:       %1 ms per discovery (20 concurrent = %2x of it)\n"_s
               .arg(double(single) / rounds, 0, 'f', 1)
               .arg(double(concurrent) / std::max<qint64>(1, single), 0, 'f', 2);
    out << u"  speed-up:          %1x\n"_s.arg(double(sequential) / std::max<qint64>(1, concurrent),
                                               0, 'f', 2);
    return 0;
}
