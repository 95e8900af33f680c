#pragma once

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

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

    // One report from each sender for every day in [from, to], all sessions fine.
    QStringList writeCleanDays(const QStringList &organizations, const QDate &from, const QDate &to,
                               qint64 sessions = 100);

private:
    QJsonObject policy(const QJsonValue &successful, const QJsonValue &failed,
                       const QString &resultType) const; // no failure details without a type
    QString save(const QString &reportId, const QString &organization, const QDate &day,
                 const QJsonArray &policies);

    QString m_directory;
    QString m_policyDomain;
    QString m_mxHost;
    int m_count = 0;
};

} // namespace sts::test
