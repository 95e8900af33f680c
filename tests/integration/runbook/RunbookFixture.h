#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

namespace sts::test {

// A fully populated engagement for runbook tests and the benchmark, stored through the real
// repositories and services: discovery snapshot (signed zone, two MX hosts), TLS probes with
// certificates from a throw-away PKI, a testing policy published without proof and an enforce
// policy published on a stored verification, a staged next key, imported TLS reports and the
// rollout events. Everything is relative to `now`.
struct RunbookFixture
{
    QString domain = QStringLiteral("runbook.example");
    QStringList senders{QStringLiteral("Google LLC"), QStringLiteral("Microsoft Corporation"),
                        QStringLiteral("Yahoo Inc.")};
    int reportDays = 20;

    // Filled by populate().
    qint64 engagementId = 0;
    QString testingPolicyId;
    QString enforcePolicyId;
    QString privateKeyPath;      // a real key in the secrets folder: must never reach the PDF
    QByteArray mx1SpkiSha256Hex; // for the expected TLSA record (also in DNS, TTL 1800)
    QByteArray stagedNextSpkiSha256Hex; // the staged next key in the engagement's secrets folder
    QDateTime enforcePublishedAt, enforceVerifiedAt;
    QString testingPublishReason = QStringLiteral("DNS provider changed the records by hand");
    QString error;

    // `dir` receives the PKI (secrets/) and report files (reports/).
    bool populate(const std::shared_ptr<storage::Database> &db, const QString &dir,
                  const QDateTime &now);
    // A new SQLite workspace `dir`/runbook.sqlite, populated; null (with `error`) on failure.
    std::shared_ptr<storage::Database> openPopulated(const QString &dir, const QDateTime &now);
};

} // namespace sts::test
