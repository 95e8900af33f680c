#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sts::test {

// What postfix-mta-sts-resolver's `mta-sts-query DOMAIN` (a third party's reading of RFC 8461)
// makes of a published policy. It resolves through /etc/resolv.conf and fetches from port 443
// only, so it runs in a throw-away network namespace (labs/mta-sts-query.md, recipe 2B) with a
// Knot serving `domain` (the given _mta-sts TXT strings, MX mail.<domain>) and nginx serving
// `policyFile` with a certificate of a fresh test CA on 127.0.0.1:443.
struct ThirdPartyCheck
{
    bool ran = false; // false: tools or namespaces missing (skipReason says which)
    QString skipReason;
    QByteArray output; // mta-sts-query's output
    QString error;     // set when it could not be run although it should have

    bool valid() const { return output.contains("STSFetchResult.VALID"); }
    bool announces(const QString &id) const { return output.contains("'" + id.toLatin1() + "'"); }
};

ThirdPartyCheck runMtaStsQuery(const QString &domain, const QStringList &stsTxt,
                               const QByteArray &policyFile);

} // namespace sts::test
