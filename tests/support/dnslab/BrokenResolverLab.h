#pragma once

#include "dnslab/KnotProcess.h"

#include <QString>
#include <memory>

namespace sts::test {

class LabDir;

// A DNS server that behaves like a resolver that cannot resolve, on knotd at 127.0.0.1:
//   ServFail    answers SERVFAIL to every question (its root zone is configured but cannot load),
//               like a resolver whose upstream is gone;
//   NoRootKeys  serves an unsigned root zone and nothing else: no DNSKEY for ".", NXDOMAIN for
//               every name below, like an offline resolver that claims nothing exists.
// A resolver that does not answer at all needs no server: a free port (freeTcpUdpPort()).
class BrokenResolverLab
{
public:
    enum class Kind { ServFail, NoRootKeys };

    explicit BrokenResolverLab(Kind kind);
    ~BrokenResolverLab();
    BrokenResolverLab(const BrokenResolverLab &) = delete;
    BrokenResolverLab &operator=(const BrokenResolverLab &) = delete;

    bool start(QString *error);   // false with `error` set when knotd is missing or fails
    QString resolverSpec() const; // "127.0.0.1:PORT"

private:
    QString knotConfig() const;

    Kind m_kind;
    std::unique_ptr<LabDir> m_dir;
    KnotProcess m_knot;
    quint16 m_port = 0;
};

} // namespace sts::test
