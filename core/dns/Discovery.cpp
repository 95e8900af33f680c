#include "Discovery.h"

#include "dns/DnssecValidator.h"
#include "dns/Resolver.h"
#include "engagement/DomainName.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns::Discovery", text);
}

struct Job
{
    QString name;
    quint16 type;
    LookupResult *out;
};

class JobRunner
{
public:
    JobRunner(const DiscoveryOptions &options, DnssecValidator &validator,
              const std::atomic_bool *cancel, const DiscoveryProgress &progress)
        : m_options(options), m_validator(validator), m_cancel(cancel), m_progress(progress)
    {
        m_pool.setMaxThreadCount(std::max(1, options.parallelLookups));
    }

    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void addToTotal(int n) { m_total += n; }

    void run(QList<Job> &jobs)
    {
        auto work = [this](Job &job) {
            if (cancelled())
                return;
            // One ldns resolver per job keeps every thread on its own resolver.
            Result<std::unique_ptr<Resolver>> resolver = Resolver::create(m_options.resolver);
            if (!resolver) {
                job.out->name = normalizeName(job.name);
                job.out->type = job.type;
                job.out->error = resolver.error().message;
                job.out->verdict = DnssecVerdict::indeterminate(job.out->error);
            } else {
                *job.out = m_validator.lookup(**resolver, job.name, job.type);
            }
            const int done = ++m_done;
            if (m_progress)
                m_progress(done, m_total.load(), u"%1 %2"_s.arg(job.name, rrTypeName(job.type)));
        };
        if (m_options.parallelLookups <= 1) {
            for (Job &job : jobs)
                work(job);
        } else {
            QtConcurrent::blockingMap(&m_pool, jobs, work);
        }
    }

private:
    const DiscoveryOptions &m_options;
    DnssecValidator &m_validator;
    const std::atomic_bool *m_cancel;
    const DiscoveryProgress &m_progress;
    QThreadPool m_pool;
    std::atomic_int m_done{0};
    std::atomic_int m_total{0};
};

Error cancelledError()
{
    return Error{u"dns.cancelled"_s, tr("Discovery was cancelled.")};
}

// Hosts from the MX RRset: sorted by preference, each name once.
void collectHosts(DiscoveryReport &report)
{
    QList<DnsRecord> mx = report.mx.records;
    std::stable_sort(mx.begin(), mx.end(), [](const DnsRecord &a, const DnsRecord &b) {
        return a.preference < b.preference;
    });
    if (mx.size() == 1 && mx.first().target == u"."_s) {
        report.nullMx = true;
        return;
    }
    if (mx.isEmpty() && report.mx.answered() && !report.mx.isNxDomain()) {
        report.implicitMx = true;
        report.hosts.append({report.domain, 0, {}, false, {}, {}, {}, DaneState::Unknown});
        return;
    }
    for (const DnsRecord &r : mx) {
        const bool seen = std::any_of(report.hosts.cbegin(), report.hosts.cend(),
                                      [&r](const MxHostReport &h) { return h.name == r.target; });
        if (seen)
            continue;
        MxHostReport host;
        host.name = r.target;
        host.preference = r.preference;
        host.provider = recognizeProvider(r.target);
        host.ipLiteral = isIpLiteral(r.target);
        report.hosts.append(host);
    }
}

} // namespace

Result<DiscoveryReport> discover(const QString &domainInput, const DiscoveryOptions &options,
                                 const std::atomic_bool *cancel, const DiscoveryProgress &progress)
{
    Result<DomainName> domain = DomainName::fromUserInput(domainInput);
    if (!domain)
        return Error{u"dns.domain"_s, domain.error().message};
    Result<std::shared_ptr<DnssecValidator>> validator =
        DnssecValidator::create({options.trustAnchorFile, options.clock});
    if (!validator)
        return validator.error();
    Result<std::unique_ptr<Resolver>> probe = Resolver::create(options.resolver);
    if (!probe)
        return probe.error();
    // Also warms the key cache before the workers start.
    Result<DnssecVerdict> anchor = (*validator)->checkAnchor(**probe);
    if (!anchor)
        return Error{u"dns.unreachable"_s,
                     tr("DNS could not be reached through %1: %2")
                         .arg(options.resolver.describe(), anchor.error().message)};

    DiscoveryReport report;
    report.domain = domain->ace;
    report.resolver = options.resolver.describe();
    report.anchorZone = (*validator)->anchorZone();
    const QString d = domain->ace;
    JobRunner runner(options, **validator, cancel, progress);
    QList<Job> first{{d, RrType::MX, &report.mx},
                     {u"_mta-sts."_s + d, RrType::TXT, &report.stsTxt},
                     {u"_smtp._tls."_s + d, RrType::TXT, &report.tlsRptTxt},
                     {u"_smtp-tlsrpt."_s + d, RrType::TXT, &report.oldTlsRptTxt},
                     {u"mta-sts."_s + d, RrType::A, &report.policyHostA},
                     {u"mta-sts."_s + d, RrType::AAAA, &report.policyHostAaaa}};
    runner.addToTotal(first.size());
    runner.run(first);
    if (runner.cancelled())
        return cancelledError();

    collectHosts(report);
    QList<Job> second;
    for (MxHostReport &host : report.hosts) {
        if (host.ipLiteral)
            continue;
        second.append({host.name, RrType::A, &host.a});
        second.append({host.name, RrType::AAAA, &host.aaaa});
        if (!report.implicitMx)
            second.append({u"_25._tcp."_s + host.name, RrType::TLSA, &host.tlsa});
        else
            second.append({u"_25._tcp."_s + d, RrType::TLSA, &host.tlsa});
    }
    runner.addToTotal(second.size());
    runner.run(second);
    if (runner.cancelled())
        return cancelledError();

    const std::shared_ptr<const Clock> clock = options.clock ? options.clock : Clock::system();
    report.finishedAt = clock->now();
    analyzeReport(report);
    return report;
}

} // namespace sts::dns
