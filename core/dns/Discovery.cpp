#include "Discovery.h"

#include "dns/DnssecValidator.h"
#include "dns/Resolver.h"
#include "dns/ResolverProblem.h"
#include "engagement/DomainName.h"
#include "util/WorkerPool.h"

#include <QCoreApplication>
#include <QMutex>
#include <QWaitCondition>
#include <algorithm>
#include <atomic>
#include <functional>
#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::dns", text);
}

struct Job
{
    QString name;
    quint16 type;
    LookupResult *out;
    std::function<void()> then = {}; // runs on the worker after the lookup, may submit more
};

constexpr int maxLookupThreads = 64;

// Lookup threads outlive a discovery: creating a thread per lookup slot and run cost more CPU
// than the lookups themselves on a fast network. Each thread blocks in one ldns query at a time.
//
// The pool lives until the process exits, and its threads verify signatures with OpenSSL. It was
// a Q_GLOBAL_STATIC QThreadPool, whose destructor at exit let the (detached) threads end while
// OpenSSL's exit-time cleanup ran: heap corruption at the exit of stsdesk-cli and test programs.
// Now the threads are joined (WorkerPool), and OpenSSL is initialised before the pool is
// constructed, so its cleanup is registered first and runs after the pool is gone (exit
// handlers run in reverse order of registration).
WorkerPool &lookupPool()
{
    [[maybe_unused]] static const bool openSslFirst = OPENSSL_init_crypto(0, nullptr) == 1;
    static WorkerPool pool(maxLookupThreads);
    return pool;
}

// Runs lookups on the lookup pool, at most `parallelLookups` of this run at a time, each on its
// own ldns resolver (one socket per query, none shared). Jobs may submit follow-up jobs, so the
// MX hosts are looked up as soon as the MX RRset is known, while the other first lookups still
// run.
class JobRunner
{
public:
    JobRunner(const DiscoveryOptions &options, DnssecValidator &validator,
              const CancelToken &cancel, const DiscoveryProgress &progress)
        : m_options(options), m_validator(validator), m_cancel(cancel), m_progress(progress),
          m_limit(std::clamp(options.parallelLookups, 1, maxLookupThreads))
    {}

    bool cancelled() const { return m_cancel.isCancelled(); }

    void submit(QList<Job> jobs)
    {
        m_total += int(jobs.size());
        QMutexLocker lock(&m_state->mutex);
        for (Job &job : jobs)
            m_state->waiting.append(std::move(job));
        if (m_limit > 1)
            startWaiting();
    }

    // Returns when every submitted job (and what they submitted) has finished.
    void wait()
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_limit <= 1) {
            // The baseline: one after another, in order, on this thread.
            while (!m_state->waiting.isEmpty()) {
                const Job job = m_state->waiting.takeFirst();
                lock.unlock();
                run(job);
                lock.relock();
            }
            return;
        }
        while (m_state->running > 0 || !m_state->waiting.isEmpty())
            m_state->idle.wait(&m_state->mutex);
    }

private:
    // Shared with the pool's tasks, so that a task that finishes last never touches a runner
    // that wait() has already let go.
    struct State
    {
        QMutex mutex;
        QWaitCondition idle;
        QList<Job> waiting;
        int running = 0;
    };

    // Under the state's mutex. A worker runs waiting jobs until none is left, so that a job's
    // follow-ups run on the thread that found them instead of waking another one: on a fast
    // network those hand-overs cost more CPU than the lookups.
    void startWaiting()
    {
        const auto wanted =
            std::min<qsizetype>(m_limit - m_state->running, m_state->waiting.size());
        for (qsizetype i = 0; i < wanted; ++i) {
            ++m_state->running;
            lookupPool().start([this, state = m_state] {
                QMutexLocker lock(&state->mutex);
                while (!state->waiting.isEmpty()) {
                    const Job job = state->waiting.takeFirst();
                    lock.unlock();
                    run(job);
                    lock.relock();
                }
                if (--state->running == 0)
                    state->idle.wakeAll();
            });
        }
    }

    void run(const Job &job)
    {
        if (cancelled())
            return;
        Result<std::unique_ptr<Resolver>> resolver = Resolver::create(m_options.resolver);
        if (!resolver) {
            job.out->name = normalizeName(job.name);
            job.out->type = job.type;
            job.out->error = resolver.error().message;
            job.out->verdict = DnssecVerdict::indeterminate(job.out->error);
        } else {
            *job.out = m_validator.lookup(**resolver, job.name, job.type);
        }
        if (job.then)
            job.then();
        const int done = ++m_done;
        if (m_progress)
            m_progress(done, m_total.load(), u"%1 %2"_s.arg(job.name, rrTypeName(job.type)));
    }

    const DiscoveryOptions &m_options;
    DnssecValidator &m_validator;
    const CancelToken &m_cancel;
    const DiscoveryProgress &m_progress;
    const int m_limit;
    std::shared_ptr<State> m_state = std::make_shared<State>();
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
                                 const CancelToken &cancel, const DiscoveryProgress &progress)
{
    Result<DomainName> domain = DomainName::fromUserInput(domainInput);
    if (!domain)
        return Error{u"dns.domain"_s, domain.error().message};
    Result<std::shared_ptr<DnssecValidator>> validator =
        options.validator ? Result<std::shared_ptr<DnssecValidator>>(options.validator)
                          : DnssecValidator::create({options.trustAnchorFile, options.clock});
    if (!validator)
        return validator.error();
    Result<std::unique_ptr<Resolver>> probe = Resolver::create(options.resolver);
    if (!probe)
        return probe.error();
    // Also warms the key cache before the workers start. A resolver that cannot deliver the
    // anchor zone's keys is the problem, not the customer's zone: without this check an offline
    // resolver answering NXDOMAIN for everything made the domain "not exist" and "bogus".
    if (std::optional<ResolverProblem> problem =
            resolverProblem((*validator)->checkAnchor(**probe), options.resolver.describe(),
                            (*validator)->anchorZone()))
        return problem->toError();

    DiscoveryReport report;
    report.domain = domain->ace;
    report.resolver = options.resolver.describe();
    report.anchorZone = (*validator)->anchorZone();
    const QString d = domain->ace;
    JobRunner runner(options, **validator, cancel, progress);
    // The hosts' lookups, submitted by the MX job as soon as the MX RRset is in. Only that job
    // touches report.hosts (and nullMx / implicitMx); the others write their own fields.
    auto lookUpHosts = [&runner, &report, d] {
        if (runner.cancelled())
            return;
        collectHosts(report);
        QList<Job> jobs;
        for (MxHostReport &host : report.hosts) {
            if (host.ipLiteral)
                continue;
            jobs.append({host.name, RrType::A, &host.a});
            jobs.append({host.name, RrType::AAAA, &host.aaaa});
            jobs.append(
                {u"_25._tcp."_s + (report.implicitMx ? d : host.name), RrType::TLSA, &host.tlsa});
        }
        runner.submit(std::move(jobs));
    };
    runner.submit({{d, RrType::MX, &report.mx, lookUpHosts},
                   {u"_mta-sts."_s + d, RrType::TXT, &report.stsTxt},
                   {u"_smtp._tls."_s + d, RrType::TXT, &report.tlsRptTxt},
                   {u"_smtp-tlsrpt."_s + d, RrType::TXT, &report.oldTlsRptTxt},
                   {u"mta-sts."_s + d, RrType::A, &report.policyHostA},
                   {u"mta-sts."_s + d, RrType::AAAA, &report.policyHostAaaa}});
    runner.wait();
    if (runner.cancelled())
        return cancelledError();

    const std::shared_ptr<const Clock> clock = options.clock ? options.clock : Clock::system();
    report.finishedAt = clock->now();
    analyzeReport(report);
    return report;
}

} // namespace sts::dns
