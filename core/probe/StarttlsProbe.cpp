#include "probe/StarttlsProbe.h"

#include "probe/ProbeSession.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTimer>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sts::tls {

ProbeTarget ProbeTarget::smtp(const QString &host, const QList<QHostAddress> &addresses)
{
    ProbeTarget target;
    target.host = host;
    target.addresses = addresses;
    return target;
}

ProbeTarget ProbeTarget::policyHost(const QString &domain, const QList<QHostAddress> &addresses)
{
    ProbeTarget target;
    target.host = u"mta-sts."_s + domain;
    target.addresses = addresses;
    target.protocol = AddressProbe::Protocol::Https;
    return target;
}

StarttlsProbe::StarttlsProbe(ProbeOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_verifier(m_options.trust, m_options.clock)
{}

StarttlsProbe::~StarttlsProbe()
{
    for (int id : std::as_const(m_lookups))
        QHostInfo::abortHostLookup(id);
}

void StarttlsProbe::start(const QList<ProbeTarget> &targets)
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_total = 0;
    const Status loaded = m_verifier.isLoaded() ? Status() : m_verifier.load();
    for (const ProbeTarget &target : targets) {
        if (!loaded) {
            AddressProbe failed;
            failed.host = target.host;
            failed.protocol = target.protocol;
            failed.errorCode = u"trust-store"_s;
            failed.error = loaded.error().message;
            m_report.addresses.append(failed);
            continue;
        }
        if (!target.addresses.isEmpty()) {
            for (const QHostAddress &address : target.addresses)
                enqueue(target, address);
            continue;
        }
        // The system resolver has no timeout of its own; abort the lookup when ours expires.
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        const int id =
            QHostInfo::lookupHost(target.host, this, [this, target, timer](const QHostInfo &info) {
                timer->stop();
                timer->deleteLater();
                m_lookups.removeOne(info.lookupId());
                resolved(target, info.addresses(),
                         info.error() == QHostInfo::NoError ? QString() : info.errorString());
            });
        m_lookups.append(id);
        connect(timer, &QTimer::timeout, this, [this, target, timer, id] {
            QHostInfo::abortHostLookup(id);
            m_lookups.removeOne(id);
            timer->deleteLater();
            resolved(target, {}, tr("The name lookup timed out"));
        });
        timer->start(m_options.resolveTimeoutMs);
    }
    launchMore();
    // Emit asynchronously even when nothing was queued, so callers can connect after start().
    QTimer::singleShot(0, this, &StarttlsProbe::maybeFinish);
}

void StarttlsProbe::resolved(const ProbeTarget &target, const QList<QHostAddress> &addresses,
                             const QString &error)
{
    if (!m_running)
        return;
    int used = 0;
    for (const QHostAddress &address : addresses) {
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        if ((v6 && m_options.ipv6) || (!v6 && m_options.ipv4)) {
            enqueue(target, address);
            ++used;
        }
    }
    if (used == 0) {
        AddressProbe failed;
        failed.host = target.host;
        failed.protocol = target.protocol;
        failed.stage = AddressProbe::Stage::Resolve;
        failed.errorCode = u"resolve"_s;
        failed.error = error.isEmpty() ? tr("“%1” has no usable address").arg(target.host)
                                       : tr("Cannot resolve “%1”: %2").arg(target.host, error);
        m_report.addresses.append(failed);
        Q_EMIT addressFinished(failed);
    }
    launchMore();
    maybeFinish();
}

void StarttlsProbe::enqueue(const ProbeTarget &target, const QHostAddress &address)
{
    m_queue.append({target, address, std::nullopt, 0});
    ++m_total;
}

void StarttlsProbe::launchMore()
{
    while (m_running && !m_queue.isEmpty() &&
           m_active.size() < std::max(1, m_options.maxConcurrent)) {
        const Pending next = m_queue.takeFirst();
        AddressProbe seed;
        seed.host = next.target.host;
        seed.protocol = next.target.protocol;
        seed.port = next.target.port != 0                                   ? next.target.port
                    : next.target.protocol == AddressProbe::Protocol::Https ? m_options.httpsPort
                                                                            : m_options.smtpPort;
        auto *session =
            new ProbeSession(seed, next.address, m_options, m_verifier, next.target.tlsa, this);
        if (next.legacy) {
            session->setLegacyVersion(*next.legacy);
            m_owners.insert(session, next.owner);
        }
        m_active.append(session);
        connect(session, &ProbeSession::finished, this, [this, session] { sessionDone(session); });
        session->start();
    }
}

void StarttlsProbe::sessionDone(ProbeSession *session)
{
    m_active.removeOne(session);
    session->deleteLater();
    const AddressProbe &result = session->result();
    if (const auto owner = m_owners.constFind(session); owner != m_owners.cend()) {
        const int id = *owner;
        m_owners.erase(owner);
        LegacyProtocolCheck check;
        check.protocol = toKey(*session->legacyVersion());
        if (result.tlsEstablished) {
            check.outcome = LegacyProtocolCheck::Outcome::Accepted;
            check.cipher = result.cipher;
        } else {
            check.outcome = result.errorCode == u"tls-refused"_s
                                ? LegacyProtocolCheck::Outcome::Refused
                                : LegacyProtocolCheck::Outcome::Unknown;
            check.detail = result.error;
        }
        legacyCheckDone(id, check);
    } else if (m_options.checkLegacyProtocols && !m_report.cancelled &&
               result.protocol == AddressProbe::Protocol::Smtp && result.starttlsOffered) {
        startLegacyChecks(result);
    } else {
        addressDone(result);
    }
    launchMore();
    maybeFinish();
}

void StarttlsProbe::addressDone(const AddressProbe &result)
{
    m_report.addresses.append(result);
    Q_EMIT addressFinished(result);
    Q_EMIT progress(int(m_report.addresses.size()), m_total);
}

void StarttlsProbe::startLegacyChecks(const AddressProbe &result)
{
    const int owner = ++m_lastOwner;
    ProbeTarget target = ProbeTarget::smtp(result.host);
    target.port = result.port;
    const QList<LegacyTlsVersion> versions{LegacyTlsVersion::Tls10, LegacyTlsVersion::Tls11};
    m_awaiting.insert(owner, Awaiting{result, int(versions.size())});
    // First in the queue: the address's result waits for them, new addresses do not.
    for (LegacyTlsVersion version : versions)
        m_queue.prepend({target, QHostAddress(result.address), version, owner});
}

void StarttlsProbe::legacyCheckDone(int owner, const LegacyProtocolCheck &check)
{
    const auto it = m_awaiting.find(owner);
    if (it == m_awaiting.end())
        return;
    it->result.legacyProtocols.append(check);
    if (--it->remaining > 0)
        return;
    AddressProbe result = it->result;
    m_awaiting.erase(it);
    // TLS 1.0 first, whichever answered first.
    std::sort(result.legacyProtocols.begin(), result.legacyProtocols.end(),
              [](const LegacyProtocolCheck &a, const LegacyProtocolCheck &b) {
                  return a.protocol < b.protocol;
              });
    addressDone(result);
}

void StarttlsProbe::maybeFinish()
{
    if (!m_running || !m_active.isEmpty() || !m_queue.isEmpty() || !m_lookups.isEmpty() ||
        !m_awaiting.isEmpty())
        return;
    m_running = false;
    Q_EMIT finished(m_report);
}

void StarttlsProbe::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    for (int id : std::as_const(m_lookups))
        QHostInfo::abortHostLookup(id);
    m_lookups.clear();
    const QList<Pending> queued = std::exchange(m_queue, {});
    for (const Pending &pending : queued) {
        if (pending.legacy) {
            legacyCheckDone(pending.owner, {toKey(*pending.legacy),
                                            LegacyProtocolCheck::Outcome::Unknown,
                                            {},
                                            tr("Cancelled")});
            continue;
        }
        AddressProbe skipped;
        skipped.host = pending.target.host;
        skipped.address = pending.address.toString();
        skipped.protocol = pending.target.protocol;
        skipped.errorCode = u"cancelled"_s;
        skipped.error = tr("Cancelled");
        m_report.addresses.append(skipped);
    }
    const QList<ProbeSession *> active = m_active;
    for (ProbeSession *session : active)
        session->abort(u"cancelled"_s, tr("Cancelled"));
    maybeFinish();
}

} // namespace sts::tls
