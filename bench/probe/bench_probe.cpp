// STARTTLS probe throughput: one loopback endpoint alone, N endpoints one after another, and N
// endpoints concurrently (one StarttlsProbe, N targets), against a real Postfix with N listeners.
// Prints times and ratios. Needs root and postfix; exits 77 otherwise.
// Usage: bench_probe [endpoints = 20] [rounds = 5]
#include "TestEnv.h"
#include "pki/TestPki.h"
#include "postfix/PostfixLab.h"
#include "probe/ProbeTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace sts::tls;

namespace {

// CPU time of this process (all threads) in ms.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

qint64 timeProbe(const QList<quint16> &ports, const ProbeOptions &options, int *failures)
{
    QList<ProbeTarget> targets;
    for (quint16 port : ports) {
        ProbeTarget target = ProbeTarget::smtp(u"mx1.lab.test"_s, {QHostAddress::LocalHost});
        target.port = port;
        targets.append(target);
    }
    QElapsedTimer timer;
    timer.start();
    const ProbeReport report = probeTargets(targets, options).valueOr({});
    const qint64 elapsed = timer.elapsed();
    for (const AddressProbe &a : report.addresses)
        *failures += a.ok() ? 0 : 1;
    return elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int endpoints = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    if (const QString why = sts::test::PostfixLab::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_probe: %s\n", qPrintable(why));
        return 77;
    }
    sts::test::LabDir lab(u"bprobe"_s);
    QDir().mkpath(lab.filePath(u"pki"_s));
    sts::test::TestPki pki(lab.filePath(u"pki"_s));
    const auto leaf = pki.valid(u"mx1"_s, {u"mx1.lab.test"_s});
    sts::test::PostfixLab postfix(lab.path());
    QList<quint16> ports;
    for (int i = 0; i < endpoints; ++i) {
        ports.append(sts::test::freeTcpPort());
        postfix.addListener({u"l%1"_s.arg(i), ports.last(), leaf.keyChainPath, true, false});
    }
    QString error;
    if (!postfix.start(&error)) {
        std::fprintf(stderr, "bench_probe: %s\n", qPrintable(error));
        return 1;
    }
    ProbeOptions options;
    options.trust = TrustSettings::fromCaFile(pki.rootCertPath());
    int failures = 0;
    // Warm-up: every listener spawns its smtpd once and TLS session caches fill, so that the
    // measured runs time probing, not Postfix starting processes.
    timeProbe(ports, options, &failures);

    // The machine is shared: medians of several rounds, and the CPU time of this process.
    const auto median = [](QList<qint64> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    QList<qint64> ones, sequentials, concurrents;
    double oneCpu = 0, concurrentCpu = 0;
    for (int round = 0; round < rounds; ++round) {
        double before = cpuMs();
        ones << timeProbe({ports.first()}, options, &failures);
        oneCpu += cpuMs() - before;
        qint64 sequential = 0;
        for (quint16 port : std::as_const(ports))
            sequential += timeProbe({port}, options, &failures);
        sequentials << sequential;
        before = cpuMs();
        concurrents << timeProbe(ports, options, &failures);
        concurrentCpu += cpuMs() - before;
    }
    const qint64 one = median(ones);
    const qint64 sequential = median(sequentials);
    const qint64 concurrent = median(concurrents);
    std::printf("endpoints:            %d (%d rounds, medians)\n", endpoints, rounds);
    std::printf("one endpoint:         %lld ms (client CPU %.1f ms)\n", static_cast<long long>(one),
                oneCpu / rounds);
    std::printf("%d sequential:        %lld ms\n", endpoints, static_cast<long long>(sequential));
    std::printf("%d concurrent:        %lld ms (client CPU %.1f ms)\n", endpoints,
                static_cast<long long>(concurrent), concurrentCpu / rounds);
    std::printf("concurrent / one:     %.2f\n",
                double(concurrent) / double(std::max<qint64>(1, one)));
    std::printf("sequential / concurrent: %.2f\n",
                double(sequential) / double(std::max<qint64>(1, concurrent)));
    std::printf("failed probes:        %d\n", failures);
    postfix.stop();
    return failures == 0 ? 0 : 1;
}
