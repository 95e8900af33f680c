#pragma once

#include "dnslab/KnotProcess.h"

#include <QProcess>
#include <QString>
#include <memory>

namespace sts::test {

class LabDir;

// A DNS server that behaves like a resolver that cannot resolve, on knotd at 127.0.0.1:
//   ServFail    answers SERVFAIL to every question (its root zone is configured but cannot load),
//               like a resolver whose upstream is gone;
//   NoRootKeys  serves an unsigned root zone and nothing else: no DNSKEY for ".", NXDOMAIN for
//               every name below, like an offline resolver that claims nothing exists;
//   Refusing    unbound forwarding to a DnsLab's knotd (so the root and its keys are fine) that
//               answers REFUSED for one zone, like a filtering resolver: single lookups fail.
// A resolver that does not answer at all needs no server: a free port (freeTcpUdpPort()).
class BrokenResolverLab
{
public:
    enum class Kind { ServFail, NoRootKeys, Refusing };

    // `upstreamPort` and `refusedZone` ("insecure.test.") only for Refusing.
    explicit BrokenResolverLab(Kind kind, quint16 upstreamPort = 0,
                               const QString &refusedZone = {});
    ~BrokenResolverLab();
    BrokenResolverLab(const BrokenResolverLab &) = delete;
    BrokenResolverLab &operator=(const BrokenResolverLab &) = delete;

    bool start(QString *error);   // false with `error` set when knotd is missing or fails
    QString resolverSpec() const; // "127.0.0.1:PORT"

private:
    QString knotConfig() const;
    bool startUnbound(QString *error);

    Kind m_kind;
    quint16 m_upstreamPort;
    QString m_refusedZone;
    std::unique_ptr<QProcess> m_unbound;
    std::unique_ptr<LabDir> m_dir;
    KnotProcess m_knot;
    quint16 m_port = 0;
};

} // namespace sts::test
