#pragma once

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sts::test {

// Writes small RFC 8460 aggregate reports (one policy, one UTC day) the way senders write them,
// for tests that need many days of reports with known counts.
class TlsReportWriter
{
public:
    TlsReportWriter(QString directory, QString policyDomain, QString mxHost);

    // Returns the path of the written report file.
    QString write(const QString &organization, const QDate &day, qint64 successful, qint64 failed,
                  const QString &resultType = QStringLiteral("certificate-host-mismatch"));
    // The same with a report-id of the caller's: another report under it is a conflict.
    QString writeAs(const QString &reportId, const QString &organization, const QDate &day,
                    qint64 successful, qint64 failed,
                    const QString &resultType = QStringLiteral("certificate-host-mismatch"));
    // `policies` policies that each give `count` (a JSON number or string, however absurd) as
    // both session counts and as the count of one validation-failure detail.
    QString writeCounts(const QString &reportId, const QString &organization, const QDate &day,
                        const QJsonValue &count, int policies = 1);

    // A report whose one policy is of `policyType` ("sts", "tlsa", "no-policy-found") with
    // `policyStrings` (left out when empty): what a sender writes when it saw no MTA-STS policy,
    // only TLSA records, or another policy than the one published.
    QString writePolicy(const QString &organization, const QDate &day, const QString &policyType,
                        const QStringList &policyStrings, qint64 successful, qint64 failed = 0);
    // The `policy-string` of the sts results written from now on (default: testing, the MX
    // host, max_age 86400).
    void setPolicyStrings(const QStringList &lines) { m_policyStrings = lines; }
    QStringList policyStrings() const { return m_policyStrings; }

    // One report from each sender for every day in [from, to], all sessions fine.
    QStringList writeCleanDays(const QStringList &organizations, const QDate &from, const QDate &to,
                               qint64 sessions = 100);

private:
    QString nextReportId(const QString &organization, const QDate &day) const;
    QJsonObject policy(const QJsonValue &successful, const QJsonValue &failed,
                       const QString &resultType) const; // no failure details without a type
    QJsonObject policy(const QString &policyType, const QStringList &policyStrings,
                       const QJsonValue &successful, const QJsonValue &failed,
                       const QString &resultType) const;
    QString save(const QString &reportId, const QString &organization, const QDate &day,
                 const QJsonArray &policies);

    QString m_directory;
    QString m_policyDomain;
    QString m_mxHost;
    QStringList m_policyStrings;
    int m_count = 0;
};

} // namespace sts::test
