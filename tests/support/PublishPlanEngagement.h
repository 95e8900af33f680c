#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

namespace sts::test {

// One engagement stored through the real repositories whose publication needs every rule of the
// publish plan, each a point where the faces used to decide on their own:
// - policy: a published testing version and a newer enforce draft (the id is the published one);
// - TLSA: mx1 serves key K1 (its probe) and DNS publishes K1 plus an older K0 (secure); mx2 sits
//   in the signed zone without TLSA yet and serves K2; a staged pair (current, next) lies in the
//   engagement's secrets folder; the provider host (Google) is unsigned;
// - TLS-RPT: one rua, so the DANE hosts get host-level records;
// - mta-sts.<domain> is a CNAME to a Pages host (whose address the lookup also returned).
// The staged keys go to the secrets folder of the running application's name: set it to "stsdesk"
// first when stsdesk-cli must see them too.
struct PublishPlanEngagement
{
    QString domain = QStringLiteral("publish.example");
    QString pagesHost = QStringLiteral("pages.hoster.example");
    QString rua = QStringLiteral("mailto:tlsrpt@publish.example");

    // Filled by populate(); digests are raw SHA-256 of the SubjectPublicKeyInfo.
    qint64 engagementId = 0;
    QString policyId; // the published testing version
    QByteArray k0, k1, k2, stagedCurrent, stagedNext;
    QString error;

    // `dir` receives the test PKI (the probed certificates).
    bool populate(const std::shared_ptr<storage::Database> &db, const QString &dir,
                  const QDateTime &now);
};

} // namespace sts::test
